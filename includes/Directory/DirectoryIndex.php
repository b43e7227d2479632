<?php
/**
 * Keeps what the directory reads in step with the site: profiles.mentor_listed with who holds the
 * mentor capability, so the directory finds its mentors through an index instead of reading every
 * account's capabilities (a site may have 2,000 mentors among 12,000 people) — every change of a
 * user's roles or capabilities goes through their capabilities user meta, watched here, and a
 * change to what a role grants resyncs all — and the cached team names when a team changes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;

final class DirectoryIndex {

	public static function register(): void {
		add_action( 'added_user_meta', array( self::class, 'meta_changed' ), 10, 4 );
		add_action( 'updated_user_meta', array( self::class, 'meta_changed' ), 10, 4 );
		add_action( 'deleted_user_meta', array( self::class, 'meta_deleted' ), 10, 3 );
		global $wpdb;
		add_action( 'update_option_' . $wpdb->get_blog_prefix() . 'user_roles', array( self::class, 'roles_changed' ) );
		// The team names and links the cards show are kept between requests.
		add_action( 'clean_post_cache', array( MentorCard::class, 'team_changed' ), 10, 2 );
		add_action( 'permalink_structure_changed', array( MentorCard::class, 'forget_teams' ) );
	}

	/**
	 * @param int    $meta_id  Unused.
	 * @param int    $user_id  The user.
	 * @param string $meta_key The meta key.
	 * @param mixed  $value    The new value (roles and capabilities => true).
	 */
	public static function meta_changed( $meta_id, $user_id, $meta_key, $value ): void {
		global $wpdb;
		if ( $wpdb->get_blog_prefix() . 'capabilities' === $meta_key ) {
			self::set( (int) $user_id, is_array( $value ) && self::grants_mentor( $value ) );
		}
	}

	/**
	 * @param mixed  $meta_ids Unused.
	 * @param int    $user_id  The user.
	 * @param string $meta_key The meta key.
	 */
	public static function meta_deleted( $meta_ids, $user_id, $meta_key ): void {
		global $wpdb;
		if ( $wpdb->get_blog_prefix() . 'capabilities' === $meta_key ) {
			self::set( (int) $user_id, false );
		}
	}

	/**
	 * Whether stored capabilities (role and capability names => granted) give the mentor capability,
	 * through a role or directly.
	 *
	 * @param array<mixed> $caps
	 */
	public static function grants_mentor( array $caps ): bool {
		if ( array_key_exists( Capabilities::MENTOR, $caps ) ) {
			return (bool) $caps[ Capabilities::MENTOR ];
		}
		foreach ( $caps as $name => $granted ) {
			$role = $granted ? get_role( (string) $name ) : null;
			if ( $role && $role->has_cap( Capabilities::MENTOR ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a role changed what it grants in this request (resynced once, at its end).
	 *
	 * @var bool
	 */
	private static bool $resync_pending = false;

	/**
	 * A role gained or lost capabilities. Activation changes roles dozens of times in a row, so the
	 * resync waits for the end of the request and runs once.
	 */
	public static function roles_changed(): void {
		if ( ! self::$resync_pending ) {
			self::$resync_pending = true;
			add_action( 'shutdown', array( self::class, 'resync_pending' ) );
		}
	}

	/** Runs the resync a role change asked for, if any. */
	public static function resync_pending(): void {
		if ( self::$resync_pending ) {
			self::$resync_pending = false;
			self::resync_all();
		}
	}

	/**
	 * Sets the flag on every profile from the stored capabilities (what WP_User_Query's capability
	 * search reads), in one statement: after an upgrade, or when a role changes what it grants.
	 */
	public static function resync_all(): void {
		global $wpdb;
		if ( ! get_option( Schema::VERSION_OPTION ) ) {
			return; // No tables (being uninstalled, or not created yet).
		}
		$table = Schema::profiles_table();
		$names = array_keys( array_filter( wp_roles()->roles, static fn ( array $role ): bool => ! empty( $role['capabilities'][ Capabilities::MENTOR ] ) ) );
		$names = array_values( array_unique( array_merge( $names, array( Capabilities::MENTOR ) ) ) );
		$likes = array_map( static fn ( string $name ): string => '%' . $wpdb->esc_like( '"' . $name . '"' ) . '%', $names );
		$any   = implode( ' OR ', array_fill( 0, count( $likes ), 'c.meta_value LIKE %s' ) );
		// phpcs:ignore WordPress.DB -- our table and WordPress's; values prepared.
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET mentor_listed = CASE WHEN EXISTS ( SELECT 1 FROM {$wpdb->usermeta} c WHERE c.user_id = {$table}.user_id AND c.meta_key = %s AND ( {$any} ) ) THEN 1 ELSE 0 END", array_merge( array( $wpdb->get_blog_prefix() . 'capabilities' ), $likes ) ) );
		MentorDirectory::forget();
	}

	private static function set( int $user_id, bool $listed ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- update() prepares; nothing cached holds this flag.
		$changed = $wpdb->update( Schema::profiles_table(), array( 'mentor_listed' => $listed ? 1 : 0 ), array( 'user_id' => $user_id ) );
		if ( $changed ) {
			MentorDirectory::forget( $user_id );
		}
	}
}
