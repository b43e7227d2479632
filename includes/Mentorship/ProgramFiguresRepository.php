<?php
/**
 * The SQL behind the coordinator's Overview (ProgramFigures): counts over requests, matches and
 * profiles, each one indexed statement, and the coverage of each team.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Schema;

final class ProgramFiguresRepository {

	/** Open requests for any mentor: the queue. */
	private const WAITING = "type = 'mentee_request' AND mentor_id IS NULL AND status = 'open'";
	/** The same, on the requests table as `r`. */
	private const WAITING_R = "r.type = 'mentee_request' AND r.mentor_id IS NULL AND r.status = 'open'";

	public function count_waiting(): int {
		return $this->count( Schema::requests_table(), self::WAITING );
	}

	public function count_open_requests(): int {
		return $this->count( Schema::requests_table(), "status = 'open'" );
	}

	public function count_proposed_matches(): int {
		return $this->count( Schema::matches_table(), "status = 'proposed'" );
	}

	/** The open request for any mentor that has waited longest, or null when nobody waits. */
	public function longest_waiting(): ?WaitingRequest {
		global $wpdb;
		$table = Schema::requests_table();
		$where = self::WAITING;
		$row   = $wpdb->get_row( "SELECT id, mentee_id, created_at FROM {$table} WHERE {$where} ORDER BY id LIMIT 1", ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; no input.
		return is_array( $row ) ? new WaitingRequest( (int) $row['id'], (int) $row['mentee_id'], (string) $row['created_at'] ) : null;
	}

	/** @return array<string, int> Source => active matches, for the sources that have any. */
	public function active_matches_by_source(): array {
		global $wpdb;
		$table  = Schema::matches_table();
		$counts = array();
		foreach ( (array) $wpdb->get_results( "SELECT source, COUNT(*) AS n FROM {$table} WHERE status = 'active' GROUP BY source", ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB -- our table; no input.
			$counts[ (string) $row['source'] ] = (int) $row['n'];
		}
		return $counts;
	}

	/**
	 * The stored load of these mentors; mentors who never saved a profile have no row (or only a placeholder, left out).
	 *
	 * @param list<int> $mentor_ids
	 * @return list<MentorLoad>
	 */
	public function mentor_loads( array $mentor_ids ): array {
		global $wpdb;
		if ( array() === $mentor_ids ) {
			return array();
		}
		$table = Schema::profiles_table();
		$list  = implode( ',', array_map( 'intval', $mentor_ids ) ); // Integers: safe in the query.
		$rows  = $wpdb->get_results( "SELECT mentor_status, away_until, timezone, mentor_capacity, active_mentees FROM {$table} WHERE user_id IN ({$list}) AND placeholder = 0", ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; integer IDs.
		return array_map(
			static fn ( array $row ): MentorLoad => new MentorLoad( (string) $row['mentor_status'], (int) $row['mentor_capacity'], (int) $row['active_mentees'], null === $row['away_until'] ? null : (string) $row['away_until'], (string) $row['timezone'] ),
			is_array( $rows ) ? array_values( $rows ) : array()
		);
	}

	/**
	 * People waiting for any mentor by the team they wait in: their open request's team, or else their
	 * preferred team; '' for people who named none.
	 *
	 * @return array<string, int>
	 */
	public function waiting_by_team(): array {
		global $wpdb;
		$profiles = Schema::profiles_table();
		$requests = Schema::requests_table();
		$where    = self::WAITING_R;
		$rows     = $wpdb->get_results( "SELECT w.team, COUNT(*) AS n FROM ( SELECT DISTINCT r.mentee_id, CASE WHEN r.team <> '' THEN r.team ELSE COALESCE(p.preferred_team, '') END AS team FROM {$requests} r LEFT JOIN {$profiles} p ON p.user_id = r.mentee_id WHERE {$where} ) w GROUP BY w.team", ARRAY_A ); // phpcs:ignore WordPress.DB -- our tables; no input.
		$queue    = array();
		foreach ( (array) $rows as $row ) {
			$queue[ (string) $row['team'] ] = (int) $row['n'];
		}
		return $queue;
	}

	private function count( string $table, string $where ): int {
		global $wpdb;
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE {$where}" ); // phpcs:ignore WordPress.DB -- our table; fixed conditions.
	}
}
