<?php
/**
 * The WordPress side of test/wordpress/run.mjs, in place of wp-cli (which Debian does not
 * package): `php wp.php <site folder> <command> '<json arguments>'` loads that site's WordPress,
 * does one thing through WordPress's own API, and prints the result as JSON.
 *
 *   install       {password}                     wp_install(), as the installer does
 *   install-zip   {zip}                          unzip into wp-content/plugins and activate, as Plugins › Upload does
 *   user          {login, role, password}        a user with that role
 *   save-post     {login, title, content, status} the post saved as that user, so kses runs for their role
 *   option        {name}                         an option's value
 *   uninstall     {}                             deactivate and delete the plugin, as Plugins › Delete does
 *
 * @package MHM_Elements
 */

// phpcs:disable WordPress.Security, WordPress.WP.GlobalVariablesOverride

if ( PHP_SAPI !== 'cli' || $argc < 3 ) {
	fwrite( STDERR, "usage: php wp.php <site folder> <command> '<json>'\n" );
	exit( 2 );
}
$site    = rtrim( $argv[1], '/' );
$command = $argv[2];
$args    = isset( $argv[3] ) ? json_decode( $argv[3], true ) : array();

$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

/**
 * Prints the result and stops.
 *
 * @param mixed $result What to print.
 */
function mhm_test_done( $result ) {
	echo wp_json_encode( $result ), "\n";
	exit( 0 );
}

/**
 * Prints an error and stops with a failure.
 *
 * @param string $message What went wrong.
 */
function mhm_test_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'MHM Elements test site', 'admin', 'admin@example.org', false, '', $args['password'] );
		// Plain permalinks (?p=1): PHP's built-in server has no rewrite rules.
		update_option( 'permalink_structure', '' );
		mhm_test_done( array( 'user_id' => $result['user_id'] ) );
		break;

	case 'install-zip':
		WP_Filesystem();
		$unzipped = unzip_file( $args['zip'], WP_PLUGIN_DIR );
		if ( is_wp_error( $unzipped ) ) {
			mhm_test_fail( 'unzip: ' . $unzipped->get_error_message() );
		}
		$activated = activate_plugin( 'mhm-elements/mhm-elements.php', '', false, false );
		if ( is_wp_error( $activated ) ) {
			mhm_test_fail( 'activate: ' . $activated->get_error_message() );
		}
		mhm_test_done( array( 'active' => is_plugin_active( 'mhm-elements/mhm-elements.php' ) ) );
		break;

	case 'user':
		$id = wp_insert_user(
			array(
				'user_login' => $args['login'],
				'user_pass'  => $args['password'],
				'user_email' => $args['login'] . '@example.org',
				'role'       => $args['role'],
			)
		);
		if ( is_wp_error( $id ) ) {
			mhm_test_fail( 'user: ' . $id->get_error_message() );
		}
		mhm_test_done( array( 'id' => $id ) );
		break;

	case 'save-post':
		$user = get_user_by( 'login', $args['login'] );
		if ( ! $user ) {
			mhm_test_fail( 'no user ' . $args['login'] );
		}
		// Setting the current user runs kses_init(): the HTML filter applies unless the role has
		// unfiltered_html, exactly as when that user saves in the editor.
		wp_set_current_user( $user->ID );
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $args['title'],
					'post_content' => $args['content'],
					'post_status'  => $args['status'],
					'post_author'  => $user->ID,
				)
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			mhm_test_fail( 'save-post: ' . $id->get_error_message() );
		}
		mhm_test_done(
			array(
				'id'       => $id,
				'saved'    => get_post( $id )->post_content,
				'url'      => get_permalink( $id ),
				'unfiltered_html' => user_can( $user, 'unfiltered_html' ),
			)
		);
		break;

	case 'option':
		mhm_test_done( array( 'value' => get_option( $args['name'], null ) ) );
		break;

	case 'uninstall':
		deactivate_plugins( 'mhm-elements/mhm-elements.php' );
		WP_Filesystem();
		$deleted = delete_plugins( array( 'mhm-elements/mhm-elements.php' ) );
		if ( true !== $deleted ) {
			mhm_test_fail( 'delete_plugins: ' . ( is_wp_error( $deleted ) ? $deleted->get_error_message() : 'failed' ) );
		}
		mhm_test_done( array( 'deleted' => true ) );
		break;

	default:
		mhm_test_fail( 'unknown command ' . $command );
}
