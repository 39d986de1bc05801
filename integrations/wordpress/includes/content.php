<?php
/**
 * The site's settings, applied to the elements in a post's content: the default language on the
 * outermost elements, the theme on `<mhm-course>`, and the help contact on `<mhm-course>` and on
 * each `<mhm-reflection-prompt>` that is not inside a course (a course hands its own contact to its
 * reflections). An attribute the author wrote always wins. Also enqueues the script when the
 * content shows an element.
 *
 * @package MHM_Elements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// After do_shortcode (11), so shortcode output and raw tags are treated alike.
add_filter( 'the_content', 'mhm_elements_filter_content', 12 );

/**
 * Enqueues the elements and applies the defaults when the content shows an element.
 *
 * @param string $content The post's HTML.
 * @return string
 */
function mhm_elements_filter_content( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<mhm-' ) ) {
		return $content;
	}
	mhm_elements_enqueue();
	return mhm_elements_apply_defaults( $content );
}

/** One attribute in an opening tag: a name, and optionally a quoted or bare value. */
const MHM_ELEMENTS_ATTRIBUTE_PATTERN = '\s+([^\s"\'>\/=]+)(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'>]+))?';

/**
 * Adds the settings as attributes to the elements' opening tags where the author set none.
 *
 * @param string $html HTML with elements in it.
 * @return string
 */
function mhm_elements_apply_defaults( $html ) {
	$settings = mhm_elements_settings();
	if ( '' === $settings['lang'] && '' === $settings['theme'] && '' === $settings['support_href'] ) {
		return $html;
	}
	$depth        = 0; // How many elements are open around the current tag.
	$course_depth = 0; // How many of them are courses.
	$pattern      = '#<(?P<close>/?)(?P<tag>mhm-[a-z0-9-]+)(?P<attributes>(?:' . MHM_ELEMENTS_ATTRIBUTE_PATTERN . ')*)(?P<end>\s*/?)>#i';
	$result       = preg_replace_callback(
		$pattern,
		static function ( $match ) use ( $settings, &$depth, &$course_depth ) {
			$tag = strtolower( $match['tag'] );
			if ( '/' === $match['close'] ) {
				$depth = max( 0, $depth - 1 );
				if ( 'mhm-course' === $tag ) {
					$course_depth = max( 0, $course_depth - 1 );
				}
				return $match[0];
			}
			preg_match_all( '#' . MHM_ELEMENTS_ATTRIBUTE_PATTERN . '#', $match['attributes'], $names );
			$present = array_map( 'strtolower', $names[1] );
			$add     = array();
			if ( 0 === $depth && '' !== $settings['lang'] ) {
				$add['lang'] = $settings['lang'];
			}
			if ( 'mhm-course' === $tag && '' !== $settings['theme'] ) {
				$add['theme'] = $settings['theme'];
			}
			$takes_support = 'mhm-course' === $tag || ( 'mhm-reflection-prompt' === $tag && 0 === $course_depth );
			if ( $takes_support && '' !== $settings['support_href'] && ! in_array( 'support-href', $present, true ) ) {
				$add['support-href'] = $settings['support_href'];
				if ( '' !== $settings['support_label'] ) {
					$add['support-label'] = $settings['support_label'];
				}
			}
			if ( '' === trim( $match['end'] ) ) {
				++$depth;
				if ( 'mhm-course' === $tag ) {
					++$course_depth;
				}
			}
			$extra = '';
			foreach ( $add as $name => $value ) {
				if ( ! in_array( $name, $present, true ) && in_array( $name, mhm_elements_attributes( $tag ), true ) ) {
					$extra .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
				}
			}
			return '<' . $match['tag'] . $match['attributes'] . $extra . $match['end'] . '>';
		},
		$html
	);
	return null === $result ? $html : $result;
}
