<?php
/**
 * Settings › MHM Elements: the site's help contact, language and theme. Only users who may manage
 * options see it; WordPress's Settings API handles the nonce and options.php saves the fields
 * through mhm_elements_sanitize_settings().
 *
 * @package MHM_Elements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action( 'admin_init', 'mhm_elements_register_settings' );
add_action( 'admin_menu', 'mhm_elements_add_settings_page' );

/** Registers the option, its sanitiser, and the form's fields. */
function mhm_elements_register_settings() {
	register_setting(
		'mhm_elements',
		MHM_ELEMENTS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'mhm_elements_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section(
		'mhm_elements_support',
		__( 'Help for learners', 'mhm-elements' ),
		'mhm_elements_render_support_section',
		'mhm-elements'
	);
	add_settings_field( 'mhm_elements_support_href', __( 'Help contact link', 'mhm-elements' ), 'mhm_elements_render_support_href_field', 'mhm-elements', 'mhm_elements_support', array( 'label_for' => 'mhm_elements_support_href' ) );
	add_settings_field( 'mhm_elements_support_label', __( 'Help contact label', 'mhm-elements' ), 'mhm_elements_render_support_label_field', 'mhm-elements', 'mhm_elements_support', array( 'label_for' => 'mhm_elements_support_label' ) );

	add_settings_section( 'mhm_elements_display', __( 'Display', 'mhm-elements' ), '__return_false', 'mhm-elements' );
	add_settings_field( 'mhm_elements_lang', __( 'Default language', 'mhm-elements' ), 'mhm_elements_render_lang_field', 'mhm-elements', 'mhm_elements_display', array( 'label_for' => 'mhm_elements_lang' ) );
	add_settings_field( 'mhm_elements_theme', __( 'Theme', 'mhm-elements' ), 'mhm_elements_render_theme_field', 'mhm-elements', 'mhm_elements_display', array( 'label_for' => 'mhm_elements_theme' ) );
}

/** Adds the page under Settings. */
function mhm_elements_add_settings_page() {
	add_options_page( __( 'MHM Elements', 'mhm-elements' ), __( 'MHM Elements', 'mhm-elements' ), 'manage_options', 'mhm-elements', 'mhm_elements_render_settings_page' );
}

/** The page: options.php checks the nonce that settings_fields() prints. */
function mhm_elements_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'These apply to every course, quiz and reflection on the site unless the shortcode or tag sets its own. Learners\' progress and reflections are never sent to this site: they stay on the learner\'s device.', 'mhm-elements' ); ?></p>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'mhm_elements' );
			do_settings_sections( 'mhm-elements' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/** The help section's introduction. */
function mhm_elements_render_support_section() {
	echo '<p>' . esc_html__( 'Every reflection, and the course\'s "Need to talk to someone?", link to this contact. Without one, learners see a general note.', 'mhm-elements' ) . '</p>';
}

/** The help contact's address. */
function mhm_elements_render_support_href_field() {
	$settings = mhm_elements_settings();
	printf(
		'<input type="text" class="regular-text code" id="mhm_elements_support_href" name="%1$s[support_href]" value="%2$s" placeholder="https://example.org/find-help" aria-describedby="mhm_elements_support_href_note" /><p class="description" id="mhm_elements_support_href_note">%3$s</p>',
		esc_attr( MHM_ELEMENTS_OPTION ),
		esc_attr( $settings['support_href'] ),
		esc_html__( 'A full https:// address, or a phone number such as tel:+233800000000. Nothing else is accepted.', 'mhm-elements' )
	);
}

/** The words of the help contact's link. */
function mhm_elements_render_support_label_field() {
	$settings = mhm_elements_settings();
	printf(
		'<input type="text" class="regular-text" id="mhm_elements_support_label" name="%1$s[support_label]" value="%2$s" maxlength="200" aria-describedby="mhm_elements_support_label_note" /><p class="description" id="mhm_elements_support_label_note">%3$s</p>',
		esc_attr( MHM_ELEMENTS_OPTION ),
		esc_attr( $settings['support_label'] ),
		esc_html__( 'What the link says, for example "Call the Accra helpline, 0800 000 000".', 'mhm-elements' )
	);
}

/** The default language. */
function mhm_elements_render_lang_field() {
	$settings = mhm_elements_settings();
	printf( '<select id="mhm_elements_lang" name="%s[lang]">', esc_attr( MHM_ELEMENTS_OPTION ) );
	printf( '<option value=""%s>%s</option>', selected( $settings['lang'], '', false ), esc_html__( 'The page\'s language (Settings › General › Site Language)', 'mhm-elements' ) );
	foreach ( mhm_elements_data()['languages'] as $lang ) {
		printf( '<option value="%1$s"%2$s>%1$s</option>', esc_attr( $lang ), selected( $settings['lang'], $lang, false ) );
	}
	echo '</select>';
}

/** The theme. */
function mhm_elements_render_theme_field() {
	$settings = mhm_elements_settings();
	$labels   = array(
		''      => __( 'Follow the device', 'mhm-elements' ),
		'light' => __( 'Light', 'mhm-elements' ),
		'dark'  => __( 'Dark', 'mhm-elements' ),
	);
	printf( '<select id="mhm_elements_theme" name="%s[theme]">', esc_attr( MHM_ELEMENTS_OPTION ) );
	foreach ( $labels as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $settings['theme'], $value, false ), esc_html( $label ) );
	}
	echo '</select><p class="description">' . esc_html__( 'Applies to the whole course (<mhm-course>); single activities follow the device.', 'mhm-elements' ) . '</p>';
}
