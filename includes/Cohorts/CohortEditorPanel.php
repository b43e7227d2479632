<?php
/**
 * The block editor's "Cohort details" panel (build/editor/cohort.js, from src/editor/cohort.tsx):
 * loaded only when the post being edited is a cohort, so other editors pay nothing; and the menu item
 * that lets coordinators open a new cohort's editor at all.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use const Wayfinder\PLUGIN_DIR;
use const Wayfinder\PLUGIN_FILE;

final class CohortEditorPanel {

	public const HANDLE = 'wayfinder-cohort-editor';

	/**
	 * "Add cohort" under the Mentorship menu. The post type lives in that menu (show_in_menu), and
	 * without a menu item of its own WordPress refuses post-new.php to anyone who cannot edit posts,
	 * coordinators included ("Sorry, you are not allowed to access this page").
	 */
	public static function add_menu(): void {
		$type = get_post_type_object( CohortPostType::POST_TYPE );
		if ( null === $type ) {
			return;
		}
		add_submenu_page(
			(string) $type->show_in_menu,
			__( 'Add cohort', 'wayfinder' ),
			__( 'Add cohort', 'wayfinder' ),
			(string) $type->cap->create_posts,
			'post-new.php?post_type=' . CohortPostType::POST_TYPE
		);
	}

	/** On enqueue_block_editor_assets: the panel's script and style, for a cohort's editor only. */
	public static function enqueue(): void {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( null === $screen || CohortPostType::POST_TYPE !== $screen->post_type ) {
			return;
		}
		$asset_file = PLUGIN_DIR . '/build/editor/cohort.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			return;
		}
		$asset = require $asset_file;
		wp_enqueue_script( self::HANDLE, plugins_url( 'build/editor/cohort.js', PLUGIN_FILE ), $asset['dependencies'], $asset['version'], true );
		wp_set_script_translations( self::HANDLE, 'wayfinder', PLUGIN_DIR . '/languages' );
		if ( is_readable( PLUGIN_DIR . '/build/editor/cohort.css' ) ) {
			wp_enqueue_style( self::HANDLE, plugins_url( 'build/editor/cohort.css', PLUGIN_FILE ), array( 'wp-components' ), $asset['version'] );
		}
	}
}
