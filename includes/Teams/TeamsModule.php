<?php
/**
 * Teams: the post type, its validation before save and its REST fields.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Teams;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Uninstaller;

final class TeamsModule implements Module {

	public function register( Container $services ): void { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter -- the same signature for every module.
		add_action( 'init', array( TeamPostType::class, 'register' ) );
		add_filter( 'rest_pre_insert_' . TeamPostType::POST_TYPE, array( TeamPostType::class, 'validate_before_save' ), 10, 2 );
		add_filter( Capabilities::COORDINATOR_CAPABILITIES, static fn ( array $caps ): array => array_merge( $caps, TeamPostType::CAPABILITIES ) );
		add_action( Installer::INSTALL, array( TeamPostType::class, 'register' ) );
		add_action( Installer::INSTALL, array( TeamSeeder::class, 'seed_once' ) );
		add_action( Uninstaller::DELETE_DATA, array( TeamSeeder::class, 'delete_all' ) );
		// The kept list of teams: made again when a team, or the links to them, change.
		add_action( 'clean_post_cache', array( TeamList::class, 'changed' ), 10, 2 );
		add_action( 'permalink_structure_changed', array( TeamList::class, 'forget' ) );
		// Each team's representatives are kept for the request (and longer with a persistent cache).
		$forget = static function ( $meta_id, $object_id, $meta_key ): void {
			unset( $meta_id, $object_id );
			if ( TeamPostType::REPRESENTATIVES === $meta_key ) {
				Representatives::forget();
			}
		};
		foreach ( array( 'added_post_meta', 'updated_post_meta', 'deleted_post_meta' ) as $hook ) {
			add_action( $hook, $forget, 10, 3 );
		}
		foreach ( array( 'save_post_' . TeamPostType::POST_TYPE, 'deleted_post', 'trashed_post' ) as $hook ) {
			add_action( $hook, array( Representatives::class, 'forget' ), 10, 0 );
		}
	}
}
