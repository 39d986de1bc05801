<?php
/**
 * The site's settings: a default help contact for reflections, a default language and a theme.
 * One option, an array, read everywhere through mhm_elements_settings(). Nothing about learners is
 * ever stored on the server: progress and reflections stay on the learner's device.
 *
 * @package MHM_Elements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The settings with their defaults: empty means "leave it to the element" (the page's language,
 * the device's colour scheme, the element's general help note).
 *
 * @return array{support_href: string, support_label: string, lang: string, theme: string}
 */
function mhm_elements_settings() {
	$stored = get_option( MHM_ELEMENTS_OPTION, array() );
	$clean  = array(
		'support_href'  => '',
		'support_label' => '',
		'lang'          => '',
		'theme'         => '',
	);
	if ( is_array( $stored ) ) {
		foreach ( $clean as $key => $default ) {
			if ( isset( $stored[ $key ] ) && is_string( $stored[ $key ] ) ) {
				$clean[ $key ] = $stored[ $key ];
			}
		}
	}
	return $clean;
}

/** The themes an element accepts, '' meaning "the device decides". */
function mhm_elements_themes() {
	return array( '', 'light', 'dark' );
}

/**
 * A help contact's address as the elements accept it: a full `https:` URL with a host, or a
 * `tel:` number (spaces removed). Anything else gives null.
 *
 * @param string $value What the administrator typed.
 * @return string|null The address to store, '' for none, null when it is not acceptable.
 */
function mhm_elements_clean_support_href( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	if ( 0 === stripos( $value, 'tel:' ) ) {
		$number = preg_replace( '/\s+/', '', substr( $value, 4 ) );
		return preg_match( '/^\+?[0-9][0-9().\-]*$/', $number ) ? 'tel:' . $number : null;
	}
	$parts = wp_parse_url( $value );
	if ( ! is_array( $parts ) || ! isset( $parts['scheme'], $parts['host'] ) || 'https' !== strtolower( $parts['scheme'] ) || preg_match( '/[\s"<>]/', $value ) ) {
		return null;
	}
	return esc_url_raw( $value, array( 'https' ) );
}

/**
 * Sanitises the settings form. A value that is not acceptable is refused with a message on the
 * settings page, and the value saved before is kept, so nothing the administrator had is lost.
 *
 * @param mixed $input The submitted fields.
 * @return array The settings to store.
 */
function mhm_elements_sanitize_settings( $input ) {
	$previous = mhm_elements_settings();
	$input    = is_array( $input ) ? $input : array(); // options.php has unslashed it.
	$clean    = $previous;

	$href = mhm_elements_clean_support_href( isset( $input['support_href'] ) ? $input['support_href'] : '' );
	if ( null === $href ) {
		mhm_elements_settings_error(
			'support_href',
			__( 'The help contact link must be a full https:// address (for example https://example.org/find-help) or a phone number starting with tel: (for example tel:+233800000000). The previous link is kept.', 'mhm-elements' )
		);
	} else {
		$clean['support_href'] = $href;
	}

	$label                  = isset( $input['support_label'] ) ? sanitize_text_field( $input['support_label'] ) : '';
	$clean['support_label'] = function_exists( 'mb_substr' ) ? mb_substr( $label, 0, 200 ) : substr( $label, 0, 200 );

	$lang = isset( $input['lang'] ) ? sanitize_key( $input['lang'] ) : '';
	if ( '' === $lang || in_array( $lang, mhm_elements_data()['languages'], true ) ) {
		$clean['lang'] = $lang;
	} else {
		mhm_elements_settings_error( 'lang', __( 'That language is not one the elements speak. The previous language is kept.', 'mhm-elements' ) );
	}

	$theme = isset( $input['theme'] ) ? sanitize_key( $input['theme'] ) : '';
	if ( in_array( $theme, mhm_elements_themes(), true ) ) {
		$clean['theme'] = $theme;
	} else {
		mhm_elements_settings_error( 'theme', __( 'The theme must be Light, Dark or "Follow the device". The previous theme is kept.', 'mhm-elements' ) );
	}
	return $clean;
}

/**
 * Adds a message to the settings page once: WordPress runs the sanitiser twice on the first save.
 *
 * @param string $code    Which field.
 * @param string $message What to do about it.
 */
function mhm_elements_settings_error( $code, $message ) {
	foreach ( get_settings_errors( MHM_ELEMENTS_OPTION ) as $error ) {
		if ( $error['code'] === $code ) {
			return;
		}
	}
	add_settings_error( MHM_ELEMENTS_OPTION, $code, $message );
}
