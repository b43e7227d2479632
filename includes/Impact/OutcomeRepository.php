<?php
/**
 * The impact_outcomes table: one row per person and program that ended (a cohort place, a waitlisted
 * applicant of a cohort, an ended 1:1 mentorship), with whether they still contributed 1, 3, 6 and 12
 * months later (NULL until that month has passed). Also reads, in bounded batches, who a finished
 * cohort's outcomes are for, and the sums the Impact figures are made of.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Impact;

use Wayfinder\Applications\Application;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class OutcomeRepository {

	/** The months after the end at which "still contributing" is measured. */
	public const MONTHS = array( 1, 3, 6, 12 );

	/**
	 * Adds outcomes; a person and program that has one already keeps it (the unique key). Rows added.
	 *
	 * @param list<array{user_id: int, cohort_id: int, match_id: int, origin: string, team: string, waitlisted: int, graduated: int, ended_on: string}> $rows
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function add( array $rows, int $now ): int {
		if ( array() === $rows ) {
			return 0;
		}
		global $wpdb;
		$table  = Schema::impact_outcomes_table();
		$at     = gmdate( 'Y-m-d H:i:s', $now );
		$values = array();
		foreach ( $rows as $row ) {
			$values[] = $wpdb->prepare( '(%d, %d, %d, %s, %s, %d, %d, %s, %s)', $row['user_id'], $row['cohort_id'], $row['match_id'], $row['origin'], $row['team'], $row['waitlisted'], $row['graduated'], $row['ended_on'], $at );
		}
		$added = $wpdb->query( "INSERT IGNORE INTO {$table} (user_id, cohort_id, match_id, origin, team, waitlisted, graduated, ended_on, updated_at) VALUES " . implode( ', ', $values ) );
		if ( false === $added ) {
			throw new \RuntimeException( 'The outcomes could not be saved: ' . esc_html( $wpdb->last_error ) );
		}
		return (int) $added;
	}

	/**
	 * A person's outcomes.
	 *
	 * @return list<array{id: int, ended_on: string}>
	 */
	public function of_user( int $user_id ): array {
		global $wpdb;
		$table = Schema::impact_outcomes_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT id, ended_on FROM {$table} WHERE user_id = %d ORDER BY id", $user_id ), ARRAY_A );
		return self::id_days( $rows );
	}

	/**
	 * Outcomes with a month measured not yet though it has passed: for each N, active_N is NULL and the
	 * program ended on or before $cutoffs[N] (the last end day whose N-th month is over). Oldest first.
	 *
	 * @param array<int, string> $cutoffs Months => Y-m-d.
	 * @return list<array{id: int, user_id: int, ended_on: string}>
	 */
	public function due( array $cutoffs, int $limit ): array {
		global $wpdb;
		$table = Schema::impact_outcomes_table();
		$parts = array();
		foreach ( self::MONTHS as $months ) {
			$parts[] = $wpdb->prepare( "(active_{$months} IS NULL AND ended_on <= %s)", $cutoffs[ $months ] ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders -- the column name is one of MONTHS.
		}
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT id, user_id, ended_on FROM {$table} WHERE " . implode( ' OR ', $parts ) . ' ORDER BY ended_on, id LIMIT %d', $limit ), ARRAY_A );
		$out  = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$out[] = array(
				'id'       => (int) $row['id'],
				'user_id'  => (int) $row['user_id'],
				'ended_on' => (string) $row['ended_on'],
			);
		}
		return $out;
	}

	/**
	 * The days of a person's verified contributions after $after up to $until (Y-m-d), oldest first.
	 *
	 * @return list<string>
	 */
	public function verified_days( int $user_id, string $after, string $until ): array {
		global $wpdb;
		$table = Schema::contributions_table();
		$days  = $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT contributed_on FROM {$table} WHERE user_id = %d AND status = %s AND contributed_on > %s AND contributed_on <= %s ORDER BY contributed_on", $user_id, Contribution::VERIFIED, $after, $until ) );
		return array_values( array_map( 'strval', is_array( $days ) ? $days : array() ) );
	}

	/**
	 * Sets the measured months of an outcome (months => 1, 0 or null); true when the row changed.
	 *
	 * @param array<int, int|null> $active
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function set_active( int $id, array $active, int $now ): bool {
		global $wpdb;
		$table = Schema::impact_outcomes_table();
		$sets  = array();
		foreach ( self::MONTHS as $months ) {
			$value  = $active[ $months ] ?? null;
			$sets[] = null === $value ? "active_{$months} = NULL" : $wpdb->prepare( "active_{$months} = %d", $value ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders -- the column name is one of MONTHS.
		}
		$changed = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET " . implode( ', ', $sets ) . ', updated_at = %s WHERE id = %d', gmdate( 'Y-m-d H:i:s', $now ), $id ) );
		if ( false === $changed ) {
			throw new \RuntimeException( 'The outcome could not be saved: ' . esc_html( $wpdb->last_error ) );
		}
		return $changed > 0;
	}

	/**
	 * Enrolled mentees of a cohort (not withdrawn) who have no outcome for it yet, a batch: their team
	 * (the hand-off they chose or were accepted for, else '') and whether they graduated.
	 *
	 * @return list<array{user_id: int, team: string, graduated: int}>
	 */
	public function cohort_mentees_without_outcome( int $cohort_id, int $limit ): array {
		global $wpdb;
		$members  = Schema::cohort_members_table();
		$outcomes = Schema::impact_outcomes_table();
		$handoffs = Schema::handoffs_table();
		$rows     = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT m.user_id, COALESCE(h.team, '') AS team, CASE WHEN m.graduated_at IS NULL THEN 0 ELSE 1 END AS graduated FROM {$members} m LEFT JOIN {$handoffs} h ON h.user_id = m.user_id AND h.cohort_id = m.cohort_id LEFT JOIN {$outcomes} o ON o.user_id = m.user_id AND o.cohort_id = m.cohort_id AND o.match_id = 0 WHERE m.cohort_id = %d AND m.role = %s AND m.status = %s AND o.id IS NULL ORDER BY m.user_id LIMIT %d",
				$cohort_id,
				CohortMember::MENTEE,
				CohortMember::ENROLLED,
				$limit
			),
			ARRAY_A
		);
		$out      = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$out[] = array(
				'user_id'   => (int) $row['user_id'],
				'team'      => (string) $row['team'],
				'graduated' => (int) $row['graduated'],
			);
		}
		return $out;
	}

	/**
	 * Waitlisted mentee applicants of a cohort who never got a place in it and have no outcome yet, a batch.
	 *
	 * @return list<int>
	 */
	public function waitlisted_without_outcome( int $cohort_id, int $limit ): array {
		global $wpdb;
		$applied  = Schema::applications_table();
		$members  = Schema::cohort_members_table();
		$outcomes = Schema::impact_outcomes_table();
		$ids      = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT a.user_id FROM {$applied} a LEFT JOIN {$members} m ON m.cohort_id = a.cohort_id AND m.user_id = a.user_id LEFT JOIN {$outcomes} o ON o.user_id = a.user_id AND o.cohort_id = a.cohort_id AND o.match_id = 0 WHERE a.cohort_id = %d AND a.role = %s AND a.status = %s AND a.decision = %s AND m.id IS NULL AND o.id IS NULL ORDER BY a.user_id LIMIT %d",
				$cohort_id,
				Application::MENTEE,
				Application::SUBMITTED,
				Application::WAITLISTED,
				$limit
			)
		);
		return array_values( array_map( 'intval', is_array( $ids ) ? $ids : array() ) );
	}

	/**
	 * Ended 1:1 matches outside cohorts after $after_id, by id, a batch (for the backfill): the ones a
	 * mentee ran with a mentor (not a proposal declined, not a deleted account).
	 *
	 * @return list<array{id: int, mentee_id: int, source: string, updated_at: string}>
	 */
	public function ended_matches_after( int $after_id, int $limit ): array {
		global $wpdb;
		$table = Schema::matches_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT id, mentee_id, source, updated_at FROM {$table} WHERE id > %d AND status IN ('completed','ended') AND (cohort_id IS NULL OR cohort_id = 0) AND end_reason NOT IN ('mentor_declined','account_deleted') ORDER BY id LIMIT %d", $after_id, $limit ), ARRAY_A );
		$out   = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$out[] = array(
				'id'         => (int) $row['id'],
				'mentee_id'  => (int) $row['mentee_id'],
				'source'     => (string) $row['source'],
				'updated_at' => (string) $row['updated_at'],
			);
		}
		return $out;
	}

	/** Deletes a cohort's outcomes (the cohort was deleted). */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		$table = Schema::impact_outcomes_table();
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE cohort_id = %d", $cohort_id ) );
	}

	/**
	 * Retention sums grouped by one column: for each group, how many outcomes each month is due for
	 * (COUNT of non-NULL) and how many of those still contributed (SUM), and how many graduated.
	 *
	 * @param 'cohort_id'|'team'|'origin'|'' $by         The column ('' for one total row).
	 * @param int|null                       $waitlisted 1, 0, or null for both (then grouped by it too).
	 * @param string                         $team       Only this team's outcomes ('' for all).
	 * @return list<array<string, int|string>>
	 */
	public function retention( string $by, ?int $waitlisted, string $team = '' ): array {
		global $wpdb;
		$table   = Schema::impact_outcomes_table();
		$columns = array( 'COUNT(*) AS people', 'SUM(graduated) AS graduated' );
		foreach ( self::MONTHS as $months ) {
			$columns[] = "COUNT(active_{$months}) AS due_{$months}";
			$columns[] = "COALESCE(SUM(active_{$months}), 0) AS active_{$months}";
		}
		$where = array( '1=1' );
		if ( null !== $waitlisted ) {
			$where[] = $wpdb->prepare( 'waitlisted = %d', $waitlisted );
		}
		if ( '' !== $team ) {
			$where[] = $wpdb->prepare( 'team = %s', $team );
		}
		$group = array_values( array_filter( array( $by, null === $waitlisted ? 'waitlisted' : '' ) ) );
		$sql   = 'SELECT ' . implode( ', ', array_merge( $group, $columns ) ) . " FROM {$table} WHERE " . implode( ' AND ', $where )
			. ( array() === $group ? '' : ' GROUP BY ' . implode( ', ', $group ) . ' ORDER BY ' . implode( ', ', $group ) );
		$rows  = $wpdb->get_results( $sql, ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- built from prepared parts and fixed column names.
		$out   = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$clean = array();
			foreach ( $row as $key => $value ) {
				$clean[ (string) $key ] = in_array( $key, array( 'team', 'origin' ), true ) ? (string) $value : (int) $value;
			}
			$out[] = $clean;
		}
		return $out;
	}

	/**
	 * Verified contributions by month since $since (Y-m-d) of people with an outcome as participants
	 * (not waitlisted): count and distinct people per month, and per month and kind or team.
	 *
	 * @param ''|'kind'|'team' $by   A second grouping, or '' for the month alone.
	 * @param string           $team Only contributions to this team ('' for all).
	 * @return list<array{month: string, key: string, contributions: int, people: int}>
	 */
	public function contributions_by_month( string $since, string $by, string $team = '' ): array {
		global $wpdb;
		$made     = Schema::contributions_table();
		$outcomes = Schema::impact_outcomes_table();
		$key      = '' === $by ? "''" : "c.{$by}";
		$only     = '' === $team ? '' : $wpdb->prepare( ' AND c.team = %s', $team );
		$rows     = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT SUBSTR(c.contributed_on, 1, 7) AS month, {$key} AS grouped, COUNT(*) AS contributions, COUNT(DISTINCT c.user_id) AS people FROM {$made} c INNER JOIN (SELECT DISTINCT user_id FROM {$outcomes} WHERE waitlisted = 0) p ON p.user_id = c.user_id WHERE c.status = %s AND c.contributed_on >= %s{$only} GROUP BY month, grouped ORDER BY month, grouped",
				Contribution::VERIFIED,
				$since
			),
			ARRAY_A
		);
		$out      = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$out[] = array(
				'month'         => (string) $row['month'],
				'key'           => (string) $row['grouped'],
				'contributions' => (int) $row['contributions'],
				'people'        => (int) $row['people'],
			);
		}
		return $out;
	}

	/** How many people took part in a program that ended (not waitlisted). */
	public function participants(): int {
		global $wpdb;
		$table = Schema::impact_outcomes_table();
		return (int) $wpdb->get_var( "SELECT COUNT(DISTINCT user_id) FROM {$table} WHERE waitlisted = 0" );
	}

	/**
	 * @param mixed $rows
	 * @return list<array{id: int, ended_on: string}>
	 */
	private static function id_days( $rows ): array {
		$out = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$out[] = array(
				'id'       => (int) $row['id'],
				'ended_on' => (string) $row['ended_on'],
			);
		}
		return $out;
	}
}
