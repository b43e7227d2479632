<?php
/**
 * The SQL behind the coordinator's Overview (ProgramFigures): counts over requests, matches and
 * profiles, each one indexed statement, and the coverage of each team.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
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
	 * The stored load of these mentors; mentors who never saved a profile have no row.
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
		$rows  = $wpdb->get_results( "SELECT mentor_status, mentor_capacity, active_mentees FROM {$table} WHERE user_id IN ({$list})", ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; integer IDs.
		return array_map(
			static fn ( array $row ): MentorLoad => new MentorLoad( (string) $row['mentor_status'], (int) $row['mentor_capacity'], (int) $row['active_mentees'] ),
			is_array( $rows ) ? array_values( $rows ) : array()
		);
	}

	/**
	 * For each team: the mentors who name it in their profile, those of them available with room now
	 * (away through the end date of an absence, available the day after), and the people waiting for
	 * any mentor in it (their open request's team, or else their preferred team). One statement for
	 * the mentors and one for the queue, whatever the number of teams.
	 *
	 * @param list<string> $teams Team slugs.
	 * @return array<string, TeamCoverageRow> Slug => coverage, in the order given.
	 */
	public function coverage( array $teams ): array {
		global $wpdb;
		if ( array() === $teams ) {
			return array();
		}
		$profiles = Schema::profiles_table();
		$requests = Schema::requests_table();
		$names    = array_keys( array_filter( wp_roles()->roles, static fn ( array $role ): bool => ! empty( $role['capabilities'][ Capabilities::MENTOR ] ) ) );
		$names[]  = Capabilities::MENTOR;
		$likes    = array_map( static fn ( string $name ): string => '%' . $wpdb->esc_like( '"' . $name . '"' ) . '%', $names );
		$any_cap  = implode( ' OR ', array_fill( 0, count( $likes ), 'c.meta_value LIKE %s' ) );
		$room     = "( p.mentor_status = 'available' OR ( p.mentor_status = 'away' AND p.away_until IS NOT NULL AND p.away_until < %s ) ) AND p.active_mentees < p.mentor_capacity";
		$select   = array();
		$args     = array();
		foreach ( $teams as $n => $slug ) {
			$in       = "CONCAT(',', p.teams, ',') LIKE %s";
			$select[] = "SUM( CASE WHEN {$in} THEN 1 ELSE 0 END ) AS m{$n}, SUM( CASE WHEN {$in} AND {$room} THEN 1 ELSE 0 END ) AS r{$n}";
			$like     = '%' . $wpdb->esc_like( ',' . $slug . ',' ) . '%';
			array_push( $args, $like, $like, gmdate( 'Y-m-d' ) );
		}
		$columns = implode( ', ', $select );
		// phpcs:disable WordPress.DB -- our tables and WordPress's; every value goes through prepare().
		$mentors = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT {$columns} FROM {$profiles} p WHERE EXISTS ( SELECT 1 FROM {$wpdb->usermeta} c WHERE c.user_id = p.user_id AND c.meta_key = %s AND ( {$any_cap} ) )",
				array_merge( $args, array( $wpdb->get_blog_prefix() . 'capabilities' ), $likes )
			),
			ARRAY_A
		);
		// phpcs:enable
		$queue    = $this->waiting_by_team();
		$coverage = array();
		foreach ( $teams as $n => $slug ) {
			$coverage[ $slug ] = new TeamCoverageRow( $slug, (int) ( $mentors[ "m{$n}" ] ?? 0 ), (int) ( $mentors[ "r{$n}" ] ?? 0 ), $queue[ $slug ] ?? 0 );
		}
		return $coverage;
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
