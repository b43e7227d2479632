<?php
/**
 * Keeps what the directory reads in step with the site: profiles.mentor_listed with who holds the
 * mentor capability, so the directory finds its mentors through an index instead of reading every
 * account's capabilities (a site may have 2,000 mentors among 12,000 people) — every change of a
 * user's roles or capabilities goes through their capabilities user meta, watched here, and a
 * change to what a role grants resyncs all. DirectoryModule hooks it up.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;

final class DirectoryIndex {

	/**
	 * @param int    $meta_id  Unused.
	 * @param int    $user_id  The user.
	 * @param string $meta_key The meta key.
	 * @param mixed  $value    The new value (roles and capabilities => true).
	 */
	public static function meta_changed( $meta_id, $user_id, $meta_key, $value ): void {
		if ( DirectoryRepository::capabilities_key() === $meta_key ) {
			self::set( (int) $user_id, is_array( $value ) && self::grants_mentor( $value ) );
		}
	}

	/**
	 * @param mixed  $meta_ids Unused.
	 * @param int    $user_id  The user.
	 * @param string $meta_key The meta key.
	 */
	public static function meta_deleted( $meta_ids, $user_id, $meta_key ): void {
		if ( DirectoryRepository::capabilities_key() === $meta_key ) {
			self::set( (int) $user_id, false );
		}
	}

	/**
	 * Whether stored capabilities (role and capability names => granted) make a mentor (the one rule,
	 * Capabilities::can_mentor: the Mentor role or the capability on the account).
	 *
	 * @param array<mixed> $caps
	 */
	public static function grants_mentor( array $caps ): bool {
		return Capabilities::caps_make_mentor( $caps );
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
		if ( ! get_option( Schema::VERSION_OPTION ) ) {
			return; // No tables (being uninstalled, or not created yet).
		}
		( new DirectoryRepository() )->resync_listed();
		MentorDirectory::forget();
	}

	private static function set( int $user_id, bool $listed ): void {
		if ( ( new DirectoryRepository() )->set_listed( $user_id, $listed ) ) {
			MentorDirectory::forget( $user_id );
		}
	}
}
