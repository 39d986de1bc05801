<?php
/**
 * WordPress's HTML filter (kses) removes unknown tags when a user without `unfiltered_html` saves
 * a post, so an Author's `<mhm-quiz>` would vanish. This allows the elements' tags, with their
 * documented attributes only, in posts saved by users who may publish posts (`publish_posts`:
 * Authors, Editors, Administrators). Contributors, comments and every other context are unchanged.
 *
 * @package MHM_Elements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter( 'wp_kses_allowed_html', 'mhm_elements_kses_allowed_html', 10, 2 );
add_filter( 'wp_kses_uri_attributes', 'mhm_elements_kses_uri_attributes' );

/**
 * Adds the elements to the tags allowed in posts, for users who may publish posts.
 *
 * @param array        $tags    Allowed tags and their attributes.
 * @param string|array $context Where the HTML is going; only 'post' is widened.
 * @return array
 */
function mhm_elements_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) || ! current_user_can( 'publish_posts' ) ) {
		return $tags;
	}
	return mhm_elements_add_allowed_tags( $tags );
}

/**
 * The elements' tags with their documented attributes, and `slot` on the tags already allowed
 * (an author writes `<span slot="prompt">`), added to a kses list.
 *
 * @param array $tags Allowed tags and their attributes.
 * @return array
 */
function mhm_elements_add_allowed_tags( array $tags ) {
	foreach ( $tags as $tag => $attributes ) {
		if ( is_array( $attributes ) ) {
			$tags[ $tag ]['slot'] = true;
		}
	}
	foreach ( array_keys( mhm_elements_data()['tags'] ) as $tag ) {
		$tags[ $tag ] = array_fill_keys( mhm_elements_attributes( $tag ), true );
	}
	return $tags;
}

/**
 * The elements' attributes that hold an address are checked like `href`: kses keeps only the
 * protocols WordPress allows (no `javascript:`). The elements check them again in the browser.
 *
 * @param string[] $attributes Attribute names holding URLs.
 * @return string[]
 */
function mhm_elements_kses_uri_attributes( $attributes ) {
	$addresses = array();
	foreach ( mhm_elements_data()['tags'] as $names ) {
		foreach ( $names as $name ) {
			if ( preg_match( '/(^|-)(href|src)$/', $name ) ) {
				$addresses[] = $name;
			}
		}
	}
	return array_values( array_unique( array_merge( (array) $attributes, $addresses ) ) );
}
