<?php
/**
 * Where the one TypeScript REST client (src/api/client.ts) connects in wp-admin — the coordinator app
 * and the block editor: the REST root, the person's `wp_rest` nonce and the sentence for a server that
 * cannot be reached, as `window.wayfinderRest`, printed before any script. Blocks' view modules get
 * theirs from their block's Interactivity state instead.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class RestConnection {

	/** @return array{root: string, nonce: string, unreachable: string} */
	public static function settings(): array {
		return array(
			'root'        => esc_url_raw( rest_url() ),
			'nonce'       => wp_create_nonce( 'wp_rest' ),
			'unreachable' => __( 'The server could not be reached. Check your connection and try again.', 'wayfinder' ),
		);
	}

	/** Prints window.wayfinderRest (admin_print_scripts, before the head's scripts). */
	public static function print(): void {
		wp_print_inline_script_tag( 'window.wayfinderRest = ' . wp_json_encode( self::settings() ) . ';' );
	}
}
