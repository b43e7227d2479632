<?php
/**
 * The handoffs table: one row per person and cohort (the unique key; cohort 0 for a one-to-one
 * mentorship), moved from chosen to waiting to accepted by conditional UPDATEs.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class HandoffRepository {

	/**
	 * The person chooses (or changes) their team. Refused (false) once the hand-off was sent.
	 *
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function choose( int $user_id, int $cohort_id, string $team, int $now ): bool {
		global $wpdb;
		$table = Schema::handoffs_table();
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		// Insert once (the unique key keeps one row per person and cohort), then change it only while nothing was sent.
		$done = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (user_id, cohort_id, team, status, created_at, updated_at) VALUES (%d, %d, %s, %s, %s, %s)", $user_id, $cohort_id, $team, Handoff::CHOSEN, $at, $at ) );
		if ( 0 === $done ) {
			$done = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET team = %s, updated_at = %s WHERE user_id = %d AND cohort_id = %d AND status = %s", $team, $at, $user_id, $cohort_id, Handoff::CHOSEN ) );
		}
		if ( false === $done ) {
			throw new \RuntimeException( 'The team could not be saved: ' . $wpdb->last_error );
		}
		$now_team = $this->find_for( $user_id, $cohort_id );
		return null !== $now_team && Handoff::CHOSEN === $now_team->status && $team === $now_team->team;
	}

	public function find( int $id ): ?Handoff {
		global $wpdb;
		$table = Schema::handoffs_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? Handoff::from_row( $row ) : null;
	}

	/** The person's hand-off from a cohort (0: their one-to-one mentorship); null before they chose a team. */
	public function find_for( int $user_id, int $cohort_id ): ?Handoff {
		global $wpdb;
		$table = Schema::handoffs_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id = %d AND cohort_id = %d", $user_id, $cohort_id ), ARRAY_A );
		return is_array( $row ) ? Handoff::from_row( $row ) : null;
	}

	/** @return list<Handoff> The person's hand-offs, newest first. */
	public function of_user( int $user_id ): array {
		global $wpdb;
		$table = Schema::handoffs_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id = %d ORDER BY id DESC", $user_id ), ARRAY_A );
		return array_values( array_map( array( Handoff::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * Changes a hand-off only while it is in the given status (a conditional UPDATE). Rows changed, or
	 * false when the database refused.
	 *
	 * @param array<string, int|string|null> $fields Columns to set (updated_at is set here).
	 * @return int|false
	 */
	public function update( int $id, array $fields, int $now, string $only_if ) {
		global $wpdb;
		$table = Schema::handoffs_table();
		$sets  = array();
		$args  = array();
		foreach ( $fields as $column => $value ) {
			if ( null === $value ) {
				$sets[] = "`{$column}` = NULL";
				continue;
			}
			$sets[] = is_int( $value ) ? "`{$column}` = %d" : "`{$column}` = %s";
			$args[] = $value;
		}
		$sets[] = 'updated_at = %s';
		$args[] = gmdate( 'Y-m-d H:i:s', $now );
		$args[] = $id;
		$args[] = $only_if;
		$result = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET " . implode( ', ', $sets ) . ' WHERE id = %d AND status = %s', ...$args ) );
		return false === $result ? false : (int) $result;
	}

	/**
	 * Waiting hand-offs sent before a moment and not yet escalated, oldest first (a bounded batch).
	 *
	 * @return list<Handoff>
	 */
	public function overdue( string $sent_before, int $limit ): array {
		global $wpdb;
		$table = Schema::handoffs_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE status = %s AND escalated_at IS NULL AND sent_at < %s ORDER BY sent_at ASC, id ASC LIMIT %d", Handoff::WAITING, $sent_before, $limit ), ARRAY_A );
		return array_values( array_map( array( Handoff::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * Marks a waiting hand-off as escalated to the coordinators, once: true only for the run that marked it.
	 *
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function escalate( int $id, int $now ): bool {
		global $wpdb;
		$table = Schema::handoffs_table();
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		$done  = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET escalated_at = %s, updated_at = %s WHERE id = %d AND status = %s AND escalated_at IS NULL", $at, $at, $id, Handoff::WAITING ) );
		if ( false === $done ) {
			throw new \RuntimeException( 'The hand-off could not be escalated: ' . $wpdb->last_error );
		}
		return 1 === (int) $done;
	}

	/**
	 * A page of hand-offs in a status (every status for ''), the longest waiting first, with the total.
	 *
	 * @return array{0: list<Handoff>, 1: int}
	 */
	public function page( string $status, int $page, int $per_page ): array {
		global $wpdb;
		$table = Schema::handoffs_table();
		$where = '' === $status ? '' : $wpdb->prepare( ' WHERE status = %s', $status );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table}{$where} ORDER BY sent_at IS NULL, sent_at ASC, id ASC LIMIT %d OFFSET %d", $per_page, ( $page - 1 ) * $per_page ), ARRAY_A );
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table}{$where}" );
		return array( array_values( array_map( array( Handoff::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) ), $total );
	}

	/**
	 * The people heading to these teams (chosen), handed off (waiting) and accepted since a moment,
	 * each with their last activity: the latest of their cohort place's and of the contributions
	 * recorded for them (null when none). Waiting first, then chosen, then accepted; a bounded list.
	 *
	 * @param list<string> $teams Team slugs.
	 * @return list<array{handoff: Handoff, last_active: ?string}>
	 */
	public function for_teams( array $teams, string $accepted_since, int $limit ): array {
		global $wpdb;
		$teams = array_values( array_filter( $teams, static fn ( string $team ): bool => '' !== $team ) );
		if ( array() === $teams ) {
			return array();
		}
		$table   = Schema::handoffs_table();
		$members = Schema::cohort_members_table();
		$made    = Schema::contributions_table();
		$in      = implode( ',', array_fill( 0, count( $teams ), '%s' ) );
		$args    = array_merge( $teams, array( Handoff::CHOSEN, Handoff::WAITING, Handoff::ACCEPTED, $accepted_since, Handoff::WAITING, Handoff::CHOSEN, $limit ) );
		$rows    = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT h.*, m.last_activity_at AS place_active, ( SELECT MAX( c.created_at ) FROM {$made} c WHERE c.user_id = h.user_id ) AS recorded_at FROM {$table} h LEFT JOIN {$members} m ON m.cohort_id = h.cohort_id AND m.user_id = h.user_id WHERE h.team IN ({$in}) AND ( h.status IN (%s, %s) OR ( h.status = %s AND h.accepted_at >= %s ) ) ORDER BY CASE h.status WHEN %s THEN 0 WHEN %s THEN 1 ELSE 2 END ASC, h.sent_at ASC, h.updated_at DESC, h.id ASC LIMIT %d",
				$args
			),
			ARRAY_A
		);
		$found   = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			// The later of the two (plain SQL, no GREATEST: it runs on Playground's SQLite too).
			$last    = max( (string) ( $row['place_active'] ?? '' ), (string) ( $row['recorded_at'] ?? '' ) );
			$found[] = array(
				'handoff'     => Handoff::from_row( $row ),
				'last_active' => '' === $last ? null : $last,
			);
		}
		return $found;
	}

	/**
	 * How many hand-offs wait for a team, and how many of them are overdue: escalated already, or sent
	 * before $overdue_before (UTC, Y-m-d H:i:s).
	 *
	 * @return array{waiting: int, overdue: int}
	 */
	public function waiting_counts( string $overdue_before ): array {
		global $wpdb;
		$table = Schema::handoffs_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT COUNT(*) AS waiting, COALESCE(SUM(CASE WHEN escalated_at IS NOT NULL OR sent_at < %s THEN 1 ELSE 0 END), 0) AS overdue FROM {$table} WHERE status = %s", $overdue_before, Handoff::WAITING ), ARRAY_A );
		return array(
			'waiting' => (int) ( $row['waiting'] ?? 0 ),
			'overdue' => (int) ( $row['overdue'] ?? 0 ),
		);
	}

	/** A deleted cohort takes its hand-offs with it. */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		$table = Schema::handoffs_table();
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE cohort_id = %d", $cohort_id ) );
	}
	/** @return list<string> The teams that accepted a hand-off from the cohort (0: one-to-one mentorships), by slug. */
	public function accepted_teams( int $cohort_id ): array {
		global $wpdb;
		$table = Schema::handoffs_table();
		return array_values( array_map( 'strval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT team FROM {$table} WHERE cohort_id = %d AND status = %s AND team <> '' ORDER BY team", $cohort_id, Handoff::ACCEPTED ) ) ) );
	}
}
