<?php
/**
 * Shortcodes, for authors who cannot or would rather not write the tags:
 *
 *   [mhm_course lang="fr" course_id="awareness" persist]
 *   [mhm_quiz heading="Check your understanding" pass_mark="70"] <mhm-question …> … [/mhm_quiz]
 *   [mhm_reflection_prompt prompt="What helps you?" reflection_id="helps"]
 *   [mhm_lesson_card heading="…"] the lesson's body [/mhm_lesson_card]
 *   [mhm_five_reasons]
 *   [mhm] any elements' tags, kept clear of the classic editor's automatic paragraphs [/mhm]
 *
 * One shortcode per element that stands on its own, named after its tag; its attributes are the
 * element's documented attributes, with `_` or `-` ("course_id" or "course-id"). A bare word
 * (`persist`) sets a boolean attribute; `persist="false"` leaves it out. Values are escaped.
 *
 * @package MHM_Elements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'init', 'mhm_elements_register_shortcodes' );

/**
 * The shortcode of each element that stands on its own: `mhm-quiz` gives `mhm_quiz`.
 *
 * @return array<string, string> Shortcode => tag.
 */
function mhm_elements_shortcodes() {
	$shortcodes = array();
	foreach ( mhm_elements_data()['top_level'] as $tag ) {
		$shortcodes[ str_replace( '-', '_', $tag ) ] = $tag;
	}
	return $shortcodes;
}

/**
 * Every shortcode the plugin adds, the `[mhm]` wrapper included.
 *
 * @return string[]
 */
function mhm_elements_shortcode_tags() {
	return array_merge( array( 'mhm' ), array_keys( mhm_elements_shortcodes() ) );
}

/** Registers the shortcodes. */
function mhm_elements_register_shortcodes() {
	add_shortcode( 'mhm', 'mhm_elements_wrapper_shortcode' );
	foreach ( array_keys( mhm_elements_shortcodes() ) as $shortcode ) {
		add_shortcode( $shortcode, 'mhm_elements_element_shortcode' );
	}
}

/**
 * `[mhm]…[/mhm]`: the tags inside, without the paragraphs and line breaks the classic editor's
 * automatic formatting put between them.
 *
 * @param array|string $atts    Unused.
 * @param string|null  $content The tags.
 * @return string
 */
function mhm_elements_wrapper_shortcode( $atts, $content = null ) {
	mhm_elements_enqueue();
	return mhm_elements_apply_defaults( mhm_elements_unautop( do_shortcode( (string) $content ) ) );
}

/**
 * `[mhm_<element> …]…[/mhm_<element>]`: the element with the attributes given.
 *
 * @param array|string $atts      The shortcode's attributes.
 * @param string|null  $content   What goes inside the element (children, a lesson's body).
 * @param string       $shortcode Which shortcode.
 * @return string
 */
function mhm_elements_element_shortcode( $atts, $content = null, $shortcode = '' ) {
	$shortcodes = mhm_elements_shortcodes();
	if ( ! isset( $shortcodes[ $shortcode ] ) ) {
		return '';
	}
	$tag     = $shortcodes[ $shortcode ];
	$allowed = mhm_elements_attributes( $tag );
	$html    = '<' . $tag;
	$unknown = array();
	// WordPress passes '' for a shortcode written without attributes.
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		// A bare word is a boolean attribute: `[mhm_course persist]`.
		$written = is_int( $key ) ? (string) $value : (string) $key;
		$name    = str_replace( '_', '-', strtolower( $written ) );
		if ( is_int( $key ) ) {
			$value = true;
		}
		if ( ! in_array( $name, $allowed, true ) ) {
			$unknown[] = $written;
			continue;
		}
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( 'false' !== strtolower( (string) $value ) || ! mhm_elements_is_boolean( $tag, $name ) ) {
			$html .= sprintf( ' %s="%s"', $name, esc_attr( (string) $value ) );
		}
	}
	$html .= '>';

	$inner = mhm_elements_unautop( do_shortcode( (string) $content ) );
	if ( 'mhm-quiz' === $tag ) {
		// A quiz's children are data (questions and choices as text): no paragraph belongs there.
		$inner = preg_replace( '#</?p>|<br\s*/?>#i', '', $inner );
	}
	mhm_elements_enqueue();
	return mhm_elements_unknown_attributes_note( $shortcode, $unknown, $allowed ) . mhm_elements_apply_defaults( $html . $inner . '</' . $tag . '>' );
}

/**
 * Whether an attribute is a boolean one (`persist`, `optional`): `="false"` then leaves it out.
 *
 * @param string $tag  The element.
 * @param string $name The attribute.
 * @return bool
 */
function mhm_elements_is_boolean( $tag, $name ) {
	$data = mhm_elements_data();
	return isset( $data['booleans'][ $tag ] ) && in_array( $name, $data['booleans'][ $tag ], true );
}

/**
 * Removes what the classic editor's automatic paragraphs put around the elements' tags: a `<p>`
 * opened just before a tag, closed just after one, a `<br />` after one, and the stray `</p>` and
 * `<p>` at the ends of a shortcode's content. Paragraphs in a lesson's text are kept.
 *
 * @param string $html A shortcode's content.
 * @return string
 */
function mhm_elements_unautop( $html ) {
	$html = preg_replace( '#^\s*</p>|<p>\s*$#i', '', $html );
	$html = preg_replace( '#<p>\s*((?:<(?:/?mhm-[a-z0-9-]+|/p)\b[^>]*>\s*)+)#i', '$1', $html );
	$html = preg_replace( '#(</?mhm-[a-z0-9-]+\b[^>]*>)\s*(?:</p>|<br\s*/?>)#i', '$1', $html );
	return trim( $html );
}

/**
 * A note for whoever may edit the post, never for learners, naming attributes the element does not
 * have. They are left out of the element.
 *
 * @param string   $shortcode The shortcode.
 * @param string[] $unknown   Attribute names it does not know.
 * @param string[] $allowed   The attributes it has.
 * @return string
 */
function mhm_elements_unknown_attributes_note( $shortcode, array $unknown, array $allowed ) {
	if ( empty( $unknown ) || ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return sprintf(
		'<p class="mhm-elements-note" role="note">%s</p>',
		esc_html(
			sprintf(
				/* translators: 1: shortcode, 2: unknown attribute names, 3: attribute names it has. */
				__( '[%1$s] has no attribute %2$s, so it was left out. Its attributes are: %3$s. (Only people who can edit posts see this note.)', 'mhm-elements' ),
				$shortcode,
				'"' . implode( '", "', $unknown ) . '"',
				implode( ', ', array_map( 'mhm_elements_attribute_as_shortcode', $allowed ) )
			)
		)
	);
}

/**
 * An attribute as a shortcode writes it: `course-id` is `course_id`.
 *
 * @param string $name The attribute.
 * @return string
 */
function mhm_elements_attribute_as_shortcode( $name ) {
	return str_replace( '-', '_', $name );
}
