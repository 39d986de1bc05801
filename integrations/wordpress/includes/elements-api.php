<?php
/**
 * What the plugin knows about the elements: their tags and documented attributes, the languages
 * they speak, and the files of the browser build. All of it is read from includes/elements.php,
 * which `npm run package:wordpress` writes from the components' custom-elements manifest, so the
 * plugin never drifts from the components.
 *
 * @package MHM_Elements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The generated description of the elements.
 *
 * @return array{tags: array<string, string[]>, top_level: string[], languages: string[], entry: string, styles: string[]}
 */
function mhm_elements_data() {
	static $data = null;
	if ( null === $data ) {
		$file = MHM_ELEMENTS_DIR . '/includes/elements.php';
		// Without the generated file (a checkout that was never packaged) nothing is allowed through
		// the HTML filter and no script is enqueued; the shortcodes print nothing.
		$loaded = is_readable( $file ) ? include $file : array();
		$data   = wp_parse_args(
			is_array( $loaded ) ? $loaded : array(),
			array(
				'tags'      => array(),
				'booleans'  => array(),
				'top_level' => array(),
				'languages' => array( 'en' ),
				'entry'     => '',
				'styles'    => array(),
			)
		);
	}
	return $data;
}

/**
 * Attributes every `mhm-*` tag may carry besides its own: the HTML global attributes the elements
 * read (`lang`, `dir`), the ones styling and anchors need (`id`, `class`, `title`), and `slot`.
 *
 * @return string[]
 */
function mhm_elements_global_attributes() {
	return array( 'id', 'class', 'lang', 'dir', 'title', 'slot', 'hidden' );
}

/**
 * The documented attributes of one tag, globals included.
 *
 * @param string $tag An element's tag name, e.g. `mhm-quiz`.
 * @return string[] Empty for a tag that is not one of the elements.
 */
function mhm_elements_attributes( $tag ) {
	$data = mhm_elements_data();
	if ( ! isset( $data['tags'][ $tag ] ) ) {
		return array();
	}
	return array_values( array_unique( array_merge( $data['tags'][ $tag ], mhm_elements_global_attributes() ) ) );
}
