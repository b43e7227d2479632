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
		self::register_collection( PLUGIN_DIR . '/build', PLUGIN_DIR . '/languages' );
	}

	/**
	 * Registers the blocks built into $build (each in $build/<name>/) listed by $build/blocks-manifest.php,
	 * their editor scripts translated from $languages too when it is given.
	 */
	public static function register_collection( string $build, string $languages = '' ): void {
		$manifest = $build . '/blocks-manifest.php';
		if ( ! is_readable( $manifest ) ) {
			return;
		}
		// WordPress 6.8+ registers a whole collection from one manifest without reading each block.json.
		wp_register_block_types_from_metadata_collection( $build, $manifest );
		$blocks = require $manifest;
		if ( '' !== $languages && is_array( $blocks ) ) {
			self::translate_editor_scripts( $blocks, $languages );
		}
	}

	/**
	 * WordPress gives a block's editor script the text domain of its block.json, but before 7.0 it looks
	 * for the script's JSON translations only in wp-content/languages/plugins: name the plugin's own
	 * languages folder as well, as the admin app does.
	 *
	 * @param array<mixed> $blocks The manifest: each block's metadata.
	 */
	private static function translate_editor_scripts( array $blocks, string $languages ): void {
		$registry = \WP_Block_Type_Registry::get_instance();
		foreach ( $blocks as $metadata ) {
			$block = is_array( $metadata ) ? $registry->get_registered( (string) ( $metadata['name'] ?? '' ) ) : null;
			if ( null === $block ) {
				continue;
			}
			foreach ( $block->editor_script_handles as $handle ) {
				$script = wp_scripts()->query( $handle );
				// Only scripts WordPress set a text domain for (block.json has one; the script uses wp-i18n).
				if ( $script instanceof \_WP_Dependency && ! empty( $script->textdomain ) ) {
					wp_set_script_translations( $handle, $script->textdomain, $languages );
				}
			}
		}
	}
}
