<?php
/**
 * Deleting the plugin removes its settings. There is nothing else to remove: the plugin never
 * stores anything about learners on the server (progress and reflections stay on their device).
 *
 * @package MHM_Elements
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'mhm_elements_settings' );
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $mhm_elements_site ) {
		delete_blog_option( $mhm_elements_site, 'mhm_elements_settings' );
	}
}
