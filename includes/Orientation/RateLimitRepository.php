<?php
/**
 * The rate limit's counters (`{prefix}wayfinder_rate_limits`): one row per client and window, keyed by
 * a hash that names neither. A hit is counted only while the row is under the limit, by one
 * conditional UPDATE — atomic in the database, so simultaneous requests on many web servers never let
 * more than the limit through. Runs on MySQL, MariaDB and Playground's SQLite driver.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Platform\Schema;

final class RateLimitRepository {

	/**
	 * Counts one hit in a bucket if it holds fewer than `$limit`.
	 *
	 * @param string $bucket     32 hex characters naming the client and its window.
	 * @param int    $expires_at When the window ends (Unix time); the row may be deleted after it.
	 * @return bool Whether the hit was counted (false: the bucket was full).
	 */
	public function take( string $bucket, int $expires_at, int $limit ): bool {
		global $wpdb;
		$table = Schema::rate_limits_table();
		// phpcs:disable WordPress.DB -- our table; every value through prepare(); counters change on every hit, nothing to cache.
		$wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (bucket, hits, expires_at) VALUES (%s, 0, %d)", $bucket, $expires_at ) );
		// The check and the count are one statement: the row changes only while it is under the limit.
		$counted = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET hits = hits + 1 WHERE bucket = %s AND hits < %d", $bucket, $limit ) );
		// phpcs:enable
		return 1 === $counted;
	}

	/** How many hits a bucket holds (0 when it has none). */
	public function hits( string $bucket ): int {
		global $wpdb;
		$table = Schema::rate_limits_table();
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT hits FROM {$table} WHERE bucket = %s", $bucket ) ); // phpcs:ignore WordPress.DB -- our table; a counter, nothing to cache.
	}

	/**
	 * Deletes the rows of windows that ended before `$now`, at most `$batch` of them.
	 *
	 * @return int How many rows went.
	 */
	public function delete_expired( int $now, int $batch = 1000 ): int {
		global $wpdb;
		$table = Schema::rate_limits_table();
		// phpcs:disable WordPress.DB -- our table; every value through prepare().
		$buckets = $wpdb->get_col( $wpdb->prepare( "SELECT bucket FROM {$table} WHERE expires_at < %d ORDER BY expires_at LIMIT %d", $now, $batch ) );
		if ( ! is_array( $buckets ) || array() === $buckets ) {
			return 0;
		}
		$in = implode( ', ', array_fill( 0, count( $buckets ), '%s' ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE bucket IN ({$in})", $buckets ) );
		// phpcs:enable
		return count( $buckets );
	}
}
