<?php
/**
 * Registers every block from the build's manifest in one call.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use const Wayfinder\PLUGIN_DIR;

final class Blocks {

	public static function register(): void {
		self::register_collection( PLUGIN_DIR . '/build' );
	}

	/** Registers the blocks built into $build (each in $build/<name>/) listed by $build/blocks-manifest.php. */
	public static function register_collection( string $build ): void {
		$manifest = $build . '/blocks-manifest.php';
		if ( ! is_readable( $manifest ) ) {
			return;
		}
		// WordPress 6.8+ registers a whole collection from one manifest without reading each block.json.
		wp_register_block_types_from_metadata_collection( $build, $manifest );
	}
}
