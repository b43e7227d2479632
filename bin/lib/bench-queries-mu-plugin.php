<?php
/**
 * Plugin Name: Wayfinder bench site: query count
 * Description: Copied into the bench sites of `npm run bench:scale` only (never part of the plugin):
 * says how many database queries a request made — REST responses in the X-Wayfinder-Queries header,
 * pages in a closing HTML comment. Counts $wpdb->num_queries, which needs no SAVEQUERIES (that would
 * slow every query and skew the timings).
 *
 * @package Wayfinder
 */

// REST: just before the JSON is printed, while headers can still be sent.
add_filter(
	'rest_pre_echo_response',
	static function ( $result ) {
		global $wpdb;
		if ( ! headers_sent() ) {
			header( 'X-Wayfinder-Queries: ' . (int) $wpdb->num_queries );
		}
		return $result;
	}
);

// Pages: the last thing printed (REST responses and anything but HTML are left alone).
add_action(
	'shutdown',
	static function () {
		global $wpdb;
		if ( ( defined( 'REST_REQUEST' ) && REST_REQUEST ) || wp_doing_ajax() || is_admin() || ! did_action( 'wp_footer' ) ) {
			return;
		}
		echo "\n<!-- wayfinder-queries: " . (int) $wpdb->num_queries . " -->\n";
	},
	PHP_INT_MAX
);
