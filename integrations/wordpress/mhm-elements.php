<?php
/**
 * Plugin Name:       MHM Elements
 * Description:       The Mental Health & Migration awareness-raising course and its activities (lesson cards, quizzes, reflections) as shortcodes and HTML tags, served from your own site. Learners' answers and reflections stay on their device.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       mhm-elements
 *
 * @package MHM_Elements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'MHM_ELEMENTS_VERSION', '0.1.0' );
define( 'MHM_ELEMENTS_FILE', __FILE__ );
define( 'MHM_ELEMENTS_DIR', __DIR__ );
/** The single option holding the settings (an array); uninstall.php deletes it. */
define( 'MHM_ELEMENTS_OPTION', 'mhm_elements_settings' );

require_once __DIR__ . '/includes/elements-api.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/shortcodes.php';
if ( is_admin() ) {
	require_once __DIR__ . '/includes/settings-page.php';
}
