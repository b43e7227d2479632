<?php
/**
 * Plugin Name: Wayfinder test site: offline
 * Description: Test and demo sites run without internet. Switch off WordPress's own update checks and
 * directory look-ups so the debug log shows only what Wayfinder causes.
 *
 * @package Wayfinder
 */

add_filter( 'automatic_updater_disabled', '__return_true' );

// Pretend every update check just ran and found nothing.
$wayfinder_offline_checked = static function () {
	global $wp_version;
	return (object) array(
		'last_checked'    => time(),
		'version_checked' => $wp_version,
		'updates'         => array(),
		'translations'    => array(),
		'response'        => array(),
		'no_update'       => array(),
		'checked'         => array(),
	);
};
add_filter( 'pre_site_transient_update_core', $wayfinder_offline_checked );
add_filter( 'pre_site_transient_update_plugins', $wayfinder_offline_checked );
add_filter( 'pre_site_transient_update_themes', $wayfinder_offline_checked );

// The plugin and theme directories answer with empty lists instead of an error.
$wayfinder_offline_directory = static function ( $result, $action ) {
	if ( 'query_plugins' === $action || 'query_themes' === $action ) {
		return (object) array(
			'info'    => array(
				'page'    => 1,
				'pages'   => 0,
				'results' => 0,
			),
			'plugins' => array(),
			'themes'  => array(),
		);
	}
	return $result;
};
add_filter( 'plugins_api', $wayfinder_offline_directory, 10, 2 );
add_filter( 'themes_api', $wayfinder_offline_directory, 10, 2 );

// Update checks that run anyway (after a plugin upload, say) hear "no updates"; any other request to
// the internet fails at once instead of waiting for a time-out.
add_filter(
	'pre_http_request',
	static function ( $response, $args, $url ) {
		$host = (string) wp_parse_url( $url, PHP_URL_HOST );
		if ( in_array( $host, array( 'localhost', '127.0.0.1', '[::1]' ), true ) || str_ends_with( $host, '.localhost' ) ) {
			return $response;
		}
		$path = (string) wp_parse_url( $url, PHP_URL_PATH );
		if ( 'api.wordpress.org' === $host && preg_match( '#/(update-check|version-check)/#', $path ) ) {
			return array(
				'headers'  => array(),
				'cookies'  => array(),
				'response' => array(
					'code'    => 200,
					'message' => 'OK',
				),
				'body'     => wp_json_encode(
					array(
						'offers'       => array(),
						'plugins'      => array(),
						'themes'       => array(),
						'translations' => array(),
						'no_update'    => array(),
					)
				),
			);
		}
		return new WP_Error( 'http_request_failed', 'Offline test site: no requests to ' . $host . '.' );
	},
	10,
	3
);

// Avatars come from Gravatar, which an offline browser cannot reach either.
add_filter( 'pre_option_show_avatars', '__return_zero' );

// Mail goes to the site's outbox file instead of a mail server (there is none here): one JSON line each.
add_filter(
	'pre_wp_mail',
	static function ( $short_circuit, array $atts ) {
		file_put_contents( WP_CONTENT_DIR . '/mail.log', wp_json_encode( $atts ) . "\n", FILE_APPEND | LOCK_EX );
		return true;
	},
	10,
	2
);
