<?php
/**
 * Small values worked out once and kept between requests — the team names, the languages and time
 * zones of listed mentors, how many are listed — in autoloaded options: read with the options
 * WordPress loads anyway (no query of their own, with or without a persistent object cache), dropped
 * when what they summarise changes, and worked out again after a while in any case. The names of
 * every option kept this way are here, including those their own classes keep (zone offsets,
 * language names, mentor and waiting counts), so uninstall and the page cache's watch list have one list.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class KeptValues {

	public const TEAMS          = 'wayfinder_directory_teams';
	public const FACETS         = 'wayfinder_directory_facets';
	public const ZONE_OFFSETS   = 'wayfinder_zone_offsets';
	public const LANGUAGE_NAMES = 'wayfinder_language_names';
	public const MENTOR_COUNTS  = 'wayfinder_mentor_counts';
	public const WAITING_COUNTS = 'wayfinder_waiting_counts';

	/** Kept options read in this request, unserialized once: get_option() unserializes on every call. */
	private const READ_GROUP = 'wayfinder_kept_read';

	/**
	 * The kept value, or $compute's (then kept for $seconds).
	 *
	 * @param callable(): array<mixed> $compute
	 * @return array<mixed>
	 */
	public static function get( string $name, callable $compute, int $seconds ): array {
		$kept = self::option( $name );
		if ( is_array( $kept ) && isset( $kept['until'], $kept['value'] ) && is_array( $kept['value'] ) && $kept['until'] > time() ) {
			return $kept['value'];
		}
		$value = $compute();
		update_option(
			$name,
			array(
				'until' => time() + $seconds,
				'value' => $value,
			),
			true
		);
		return $value;
	}

	/** Drops a kept value (again once the change is committed: see Transaction::forget()). */
	public static function forget( string $name ): void {
		Transaction::forget( $name, static fn () => delete_option( $name ) );
	}

	/**
	 * A kept option as get_option() gives it, read once a request (a page reads the zone offsets once
	 * per card); written or deleted by anyone, it is read again (changed()).
	 *
	 * @return mixed
	 */
	public static function option( string $name ) {
		wp_cache_add_non_persistent_groups( array( self::READ_GROUP ) );
		$found = false;
		$value = wp_cache_get( $name, self::READ_GROUP, false, $found );
		if ( ! $found ) {
			$value = get_option( $name );
			wp_cache_set( $name, $value, self::READ_GROUP );
		}
		return $value;
	}

	/** An option was added, updated or deleted: a kept one is read again. */
	public static function changed( string $name ): void {
		if ( in_array( $name, self::names(), true ) ) {
			wp_cache_delete( $name, self::READ_GROUP );
		}
	}

	/** @return list<string> Every option kept to save work, for uninstall (and never a setting). */
	public static function names(): array {
		return array( self::TEAMS, self::FACETS, self::ZONE_OFFSETS, self::LANGUAGE_NAMES, self::MENTOR_COUNTS, self::WAITING_COUNTS );
	}
}
