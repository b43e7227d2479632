<?php
/**
 * Each listed mentor's teams and languages as rows of their own (kind, value, user ID), written where
 * the profile is saved and where the listed flag changes, so "mentors of team X who speak Y" is an
 * index lookup instead of a scan of every listed profile's comma-separated lists. Only listed mentors
 * (profiles.mentor_listed = 1, not retired: whom the directory lists) have rows, so a lookup never
 * reads the mentees of a team and the teams with rows are the teams with listed mentors. The profiles
 * table stays the record: rebuild() makes these rows again from it (schema 12's backfill, bulk
 * inserts, a resync of who is a mentor, `wp wayfinder repair`).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Platform\Schema;

final class FacetRepository {

	public const TEAM     = 'team';
	public const LANGUAGE = 'language';

	/** Rows per INSERT when rebuilding. */
	private const CHUNK = 500;

	/**
	 * Replaces one person's rows with these teams and languages.
	 *
	 * @param list<string> $teams
	 * @param list<string> $languages
	 * @return bool False when the database refused a statement.
	 */
	public function save( int $user_id, array $teams, array $languages ): bool {
		global $wpdb;
		$table = Schema::facets_table();
		// phpcs:ignore WordPress.DB -- our table; the ID is prepared.
		if ( false === $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE user_id = %d", $user_id ) ) ) {
			return false;
		}
		return $this->insert( self::rows( $user_id, $teams, $languages ) );
	}

	/**
	 * Makes one person's rows again from their profile row (after their listed flag changed).
	 *
	 * @return bool False when the database refused a statement.
	 */
	public function sync( int $user_id ): bool {
		global $wpdb;
		$profiles = Schema::profiles_table();
		// phpcs:ignore WordPress.DB -- our table; the ID is prepared.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT teams, languages FROM {$profiles} WHERE user_id = %d AND mentor_listed = 1 AND mentor_status <> 'retired'", $user_id ), ARRAY_A );
		return is_array( $row ) ? $this->save( $user_id, self::split( (string) $row['teams'] ), self::split( (string) $row['languages'] ) ) : false !== $this->delete( $user_id );
	}

	/**
	 * The teams with at least one listed mentor, sorted (one index read per team).
	 *
	 * @return list<string>
	 */
	public function teams(): array {
		global $wpdb;
		$table = Schema::facets_table();
		return array_values( array_map( 'strval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT value FROM {$table} WHERE kind = %s ORDER BY value ASC", self::TEAM ) ) ) ); // phpcs:ignore WordPress.DB -- our table; values prepared.
	}

	/**
	 * How many listed mentors each team and language has ("team:core" => 513), so a page can tell
	 * whether to start from a filter's rows or walk the directory in its order.
	 *
	 * @return array<string, int>
	 */
	public function sizes(): array {
		global $wpdb;
		$table = Schema::facets_table();
		$sizes = array();
		foreach ( (array) $wpdb->get_results( "SELECT kind, value, COUNT(*) AS size FROM {$table} GROUP BY kind, value", ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB -- our table; no input.
			$sizes[ $row['kind'] . ':' . $row['value'] ] = (int) $row['size'];
		}
		return $sizes;
	}

	/** @return int|false How many rows went; false when the database refused. */
	public function delete( int $user_id ): int|false {
		global $wpdb;
		return $wpdb->delete( Schema::facets_table(), array( 'user_id' => $user_id ), array( '%d' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- delete() prepares.
	}

	/**
	 * Makes every row again from the profiles table, in chunks: idempotent, safe to run any time.
	 *
	 * @return bool False when the database refused a statement.
	 */
	public function rebuild(): bool {
		global $wpdb;
		$table    = Schema::facets_table();
		$profiles = Schema::profiles_table();
		// phpcs:disable WordPress.DB -- our tables; values prepared.
		if ( false === $wpdb->query( "DELETE FROM {$table}" ) ) {
			return false;
		}
		$after = 0;
		do {
			$rows   = (array) $wpdb->get_results( $wpdb->prepare( "SELECT user_id, teams, languages FROM {$profiles} WHERE user_id > %d AND mentor_listed = 1 AND mentor_status <> 'retired' AND ( teams <> '' OR languages <> '' ) ORDER BY user_id ASC LIMIT %d", $after, self::CHUNK ), ARRAY_A );
			$facets = array();
			foreach ( $rows as $row ) {
				$after  = (int) $row['user_id'];
				$facets = array_merge( $facets, self::rows( $after, self::split( (string) $row['teams'] ), self::split( (string) $row['languages'] ) ) );
			}
			if ( ! $this->insert( $facets ) ) {
				return false;
			}
			$more = count( $rows ) === self::CHUNK;
		} while ( $more );
		// phpcs:enable
		return true;
	}

	/**
	 * @param list<array{0: string, 1: string, 2: int}> $rows Kind, value, user ID.
	 */
	private function insert( array $rows ): bool {
		global $wpdb;
		if ( array() === $rows ) {
			return true;
		}
		$table = Schema::facets_table();
		$args  = array();
		foreach ( $rows as $row ) {
			array_push( $args, ...$row );
		}
		$values = implode( ',', array_fill( 0, count( $rows ), '(%s, %s, %d)' ) );
		// INSERT IGNORE: a value listed twice in one profile is one row.
		return false !== $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (kind, value, user_id) VALUES {$values}", $args ) ); // phpcs:ignore WordPress.DB -- our table; values prepared.
	}

	/**
	 * @param list<string> $teams
	 * @param list<string> $languages
	 * @return list<array{0: string, 1: string, 2: int}>
	 */
	private static function rows( int $user_id, array $teams, array $languages ): array {
		$rows = array();
		foreach ( array(
			self::TEAM     => $teams,
			self::LANGUAGE => $languages,
		) as $kind => $values ) {
			foreach ( array_unique( $values ) as $value ) {
				if ( '' !== $value && strlen( $value ) <= 100 ) {
					$rows[] = array( $kind, $value, $user_id );
				}
			}
		}
		return $rows;
	}

	/** @return list<string> */
	private static function split( string $list ): array {
		return array_values( array_filter( array_map( 'trim', explode( ',', $list ) ), static fn ( string $value ): bool => '' !== $value ) );
	}
}
