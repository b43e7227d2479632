<?php
/**
 * The demo's seeding repository: bulk writes for scale tests and demos (LargeProgram), which go past
 * the services and the WordPress user API on purpose — 12,000 accounts in seconds. It writes core's
 * users and usermeta and Wayfinder's tables with multi-row INSERTs, a chunk at a time, and reads back
 * what it wrote. Only seeding uses it; the program's own writes go through each table's repository.
 * Plain INSERT … VALUES (…), (…), which Playground's SQLite driver translates as well as MySQL and
 * MariaDB run it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Platform\Schema;

final class SeedingRepository {

	/** Rows per INSERT: well below any server's packet limit, few enough statements to be fast. */
	private const CHUNK = 500;

	public function users_table(): string {
		global $wpdb;
		return $wpdb->users;
	}

	public function usermeta_table(): string {
		global $wpdb;
		return $wpdb->usermeta;
	}

	/** The prefix of this site's per-site user meta keys (`wp_capabilities`, `wp_user_level`). */
	public function user_meta_prefix(): string {
		global $wpdb;
		return $wpdb->get_blog_prefix();
	}

	/** Whether any account's login starts with one of the prefixes. */
	public function has_logins_starting( string ...$prefixes ): bool {
		global $wpdb;
		foreach ( $prefixes as $prefix ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a one-off check of users; nothing to cache.
			if ( $wpdb->get_var( $wpdb->prepare( "SELECT ID FROM {$wpdb->users} WHERE user_login LIKE %s LIMIT 1", $wpdb->esc_like( $prefix ) . '%' ) ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What the site holds of a seeded program, counted in the database.
	 *
	 * @return array{mentors: int, mentees: int, matched: int, waiting: int}
	 */
	public function summary( string $mentor_prefix, string $mentee_prefix ): array {
		global $wpdb;
		$mentor  = $wpdb->esc_like( $mentor_prefix ) . '%';
		$mentee  = $wpdb->esc_like( $mentee_prefix ) . '%';
		$matches = Schema::matches_table();
		$asks    = Schema::requests_table();
		$count   = static fn ( string $sql ): int => (int) $wpdb->get_var( $sql ); // phpcs:ignore WordPress.DB -- prepared below.
		return array(
			'mentors' => $count( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->users} WHERE user_login LIKE %s", $mentor ) ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- users and our tables; values prepared.
			'mentees' => $count( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->users} WHERE user_login LIKE %s", $mentee ) ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- users and our tables; values prepared.
			'matched' => $count( $wpdb->prepare( "SELECT COUNT(*) FROM {$matches} m INNER JOIN {$wpdb->users} u ON u.ID = m.mentee_id WHERE u.user_login LIKE %s AND m.status = 'active' AND m.active_primary = 1", $mentee ) ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- users and our tables; values prepared.
			'waiting' => $count( $wpdb->prepare( "SELECT COUNT(*) FROM {$asks} r INNER JOIN {$wpdb->users} u ON u.ID = r.mentee_id WHERE u.user_login LIKE %s AND r.type = 'mentee_request' AND r.mentor_id IS NULL AND r.status = 'open'", $mentee ) ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- users and our tables; values prepared.
		);
	}

	/** @return array<string, int> Login => user ID, for the accounts whose login starts with one of the prefixes. */
	public function user_ids( string ...$prefixes ): array {
		global $wpdb;
		$ids = array();
		foreach ( $prefixes as $prefix ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- reading back the rows just inserted.
			$rows = $wpdb->get_results( $wpdb->prepare( "SELECT ID, user_login FROM {$wpdb->users} WHERE user_login LIKE %s", $wpdb->esc_like( $prefix ) . '%' ), ARRAY_A );
			foreach ( (array) $rows as $row ) {
				$ids[ (string) $row['user_login'] ] = (int) $row['ID'];
			}
		}
		return $ids;
	}

	public function max_id( string $table ): int {
		global $wpdb;
		return (int) $wpdb->get_var( "SELECT MAX(id) FROM {$table}" ); // phpcs:ignore WordPress.DB -- our table; no input.
	}

	/** @return list<array<string, mixed>> The rows inserted after $id, in order. */
	public function rows_after( string $table, int $id ): array {
		global $wpdb;
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE id > %d ORDER BY id", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; reading back the rows just inserted.
		return is_array( $rows ) ? array_values( $rows ) : array();
	}

	/**
	 * Multi-row INSERTs, a chunk at a time; a null value is written as NULL.
	 *
	 * @param list<string>                $columns
	 * @param list<list<int|string|null>> $rows
	 * @throws \RuntimeException When the database refuses a statement.
	 */
	public function insert( string $table, array $columns, array $rows ): void {
		global $wpdb;
		foreach ( array_chunk( $rows, self::CHUNK ) as $chunk ) {
			$tuples = array();
			$values = array();
			foreach ( $chunk as $row ) {
				$marks = array();
				foreach ( $row as $value ) {
					if ( null === $value ) {
						$marks[] = 'NULL';
						continue;
					}
					$marks[]  = is_int( $value ) ? '%d' : '%s';
					$values[] = $value;
				}
				$tuples[] = '(' . implode( ',', $marks ) . ')';
			}
			$sql = "INSERT INTO {$table} (" . implode( ',', $columns ) . ') VALUES ' . implode( ',', $tuples );
			// phpcs:ignore WordPress.DB -- the table and columns are ours; every value goes through prepare().
			if ( false === $wpdb->query( $wpdb->prepare( $sql, $values ) ) ) {
				throw new \RuntimeException( esc_html( "Could not write the seeded program into {$table}: " . $wpdb->last_error ) );
			}
		}
	}
}
