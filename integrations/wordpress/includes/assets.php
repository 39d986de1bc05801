<?php
/**
 * The browser build, served from the plugin's own assets/ folder (a copy of the library's whole
 * dist/cdn folder, so the entry finds its language and course files beside it). The entry is a
 * module script, enqueued only on pages that show an element: through a shortcode, or an
 * `<mhm-` tag in the content.
 *
 * @package MHM_Elements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The script handle; its tag is printed with type="module". */
const MHM_ELEMENTS_HANDLE = 'mhm-elements';

add_action( 'wp_enqueue_scripts', 'mhm_elements_enqueue_for_queried_posts' );
add_filter( 'script_loader_tag', 'mhm_elements_module_tag', 10, 3 );

/** Registers the entry and the stylesheets, once. */
function mhm_elements_register_assets() {
	$data = mhm_elements_data();
	if ( '' === $data['entry'] || wp_script_is( MHM_ELEMENTS_HANDLE, 'registered' ) ) {
		return;
	}
	// No version query: the entry imports its chunks by relative address, and a module loaded
	// under two URLs runs twice. The chunks' names carry their content hash.
	wp_register_script( MHM_ELEMENTS_HANDLE, plugins_url( 'assets/' . $data['entry'], MHM_ELEMENTS_FILE ), array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	foreach ( $data['styles'] as $index => $style ) {
		wp_register_style( MHM_ELEMENTS_HANDLE . '-' . $index, plugins_url( 'assets/' . $style, MHM_ELEMENTS_FILE ), array(), MHM_ELEMENTS_VERSION );
	}
}

/**
 * Enqueues the elements on this page. Called by the shortcodes and by the content filter, so a
 * page without elements loads nothing; called late, the script still prints in the footer.
 */
function mhm_elements_enqueue() {
	mhm_elements_register_assets();
	$data = mhm_elements_data();
	if ( '' === $data['entry'] ) {
		return;
	}
	wp_enqueue_script( MHM_ELEMENTS_HANDLE );
	foreach ( array_keys( $data['styles'] ) as $index ) {
		wp_enqueue_style( MHM_ELEMENTS_HANDLE . '-' . $index );
	}
}

/**
 * Whether a piece of content shows an element: an `<mhm-` tag or one of the shortcodes.
 *
 * @param string $content Post content.
 * @return bool
 */
function mhm_elements_content_uses_elements( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	if ( false !== stripos( $content, '<mhm-' ) ) {
		return true;
	}
	foreach ( mhm_elements_shortcode_tags() as $shortcode ) {
		if ( has_shortcode( $content, $shortcode ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Enqueues early (stylesheets in the head) when a post of the main query uses the elements; the
 * shortcodes and the content filter catch every other place (widgets, blocks, late queries).
 */
function mhm_elements_enqueue_for_queried_posts() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && mhm_elements_content_uses_elements( $post->post_content ) ) {
			mhm_elements_enqueue();
			return;
		}
	}
}

/**
 * Prints the entry as a module script.
 *
 * @param string $tag    The script tag WordPress built.
 * @param string $handle The script's handle.
 * @param string $src    The script's address.
 * @return string
 */
function mhm_elements_module_tag( $tag, $handle, $src ) {
	if ( MHM_ELEMENTS_HANDLE !== $handle ) {
		return $tag;
	}
	return sprintf( '<script type="module" src="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $handle ) ); // phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript
}
