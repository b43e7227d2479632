<?php
/**
 * Where each cohort's selection is (the selections table: open → locked → revealed, each step a
 * conditional UPDATE, so two coordinators at once take it once), and the selection's reads and
 * writes of the applications table: the waitlist's order, what blocks the lock, and the telling of
 * decisions in bounded batches.
 *
 * Telling is claimed row by row: told_at goes from NULL to CLAIMED (with updated_at the moment of the
 * claim) by a conditional UPDATE, so two workers never take the same applicant; once the email is
 * handed over, told_at is the moment it was. A claim older than CLAIM_SECONDS whose worker died is
 * taken again by the next tick, so a killed worker loses nobody.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Selection;

use Wayfinder\Applications\Application;
use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class SelectionRepository {

	public const OPEN     = 'open';
	public const LOCKED   = 'locked';
	public const REVEALED = 'revealed';

	/** The told_at of an applicant a worker is telling now (the earliest moment the column holds: never a real one). */
	public const CLAIMED = '1000-01-01 00:00:00';

	/** After this long a claim whose email was never marked sent is taken again. */
	public const CLAIM_SECONDS = 1800;

	/**
	 * The cohort's selection: status open when it was never started.
	 *
	 * @return array{status: string, locked_by: int, locked_at: ?string, revealed_by: int, revealed_at: ?string}
	 */
	public function find( int $cohort_id ): array {
		global $wpdb;
		$table = Schema::selections_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE cohort_id = %d", $cohort_id ), ARRAY_A );
		return array(
			'status'      => is_array( $row ) ? (string) $row['status'] : self::OPEN,
			'locked_by'   => is_array( $row ) ? (int) $row['locked_by'] : 0,
			'locked_at'   => is_array( $row ) && null !== $row['locked_at'] ? (string) $row['locked_at'] : null,
			'revealed_by' => is_array( $row ) ? (int) $row['revealed_by'] : 0,
			'revealed_at' => is_array( $row ) && null !== $row['revealed_at'] ? (string) $row['revealed_at'] : null,
		);
	}

	/**
	 * Holds the cohort's selection row until the transaction ends (made open when missing), so the
	 * selection's writes for one cohort happen one after another; its status, or null when the database refused.
	 */
	public function hold( int $cohort_id ): ?string {
		global $wpdb;
		$table = Schema::selections_table();
		if ( false === $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (cohort_id, status) VALUES (%d, %s)", $cohort_id, self::OPEN ) ) ) {
			return null;
		}
		$status = $wpdb->get_var( $wpdb->prepare( "SELECT status FROM {$table} WHERE cohort_id = %d FOR UPDATE", $cohort_id ) );
		return null === $status ? null : (string) $status;
	}

	/** Open → locked. True when this call locked it. */
	public function lock( int $cohort_id, int $actor_id, int $now ): bool {
		return $this->step( $cohort_id, self::OPEN, self::LOCKED, 'locked', $actor_id, $now );
	}

	/** Locked → revealed. True when this call revealed it. */
	public function reveal( int $cohort_id, int $actor_id, int $now ): bool {
		return $this->step( $cohort_id, self::LOCKED, self::REVEALED, 'revealed', $actor_id, $now );
	}

	private function step( int $cohort_id, string $from, string $to, string $column, int $actor_id, int $now ): bool {
		global $wpdb;
		$table = Schema::selections_table();
		$by    = $column . '_by';
		$at    = $column . '_at';
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, {$by} = %d, {$at} = %s WHERE cohort_id = %d AND status = %s", $to, $actor_id, gmdate( 'Y-m-d H:i:s', $now ), $cohort_id, $from ) );
	}

	/**
	 * What stands between the cohort's mentee applications and the lock: how many are still in
	 * screening, and how many were released to review without a decision.
	 *
	 * @return array{screening: int, undecided: int}
	 */
	public function unfinished( int $cohort_id ): array {
		global $wpdb;
		$table = Schema::applications_table();
		$row   = $wpdb->get_row(
			$wpdb->prepare(
				"SELECT SUM(stage = %s) AS screening, SUM(stage = %s AND decision = '') AS undecided FROM {$table} WHERE cohort_id = %d AND role = %s AND status = %s",
				Application::SCREENING,
				Application::REVIEW,
				$cohort_id,
				Application::MENTEE,
				Application::SUBMITTED
			),
			ARRAY_A
		);
		return array(
			'screening' => (int) ( $row['screening'] ?? 0 ),
			'undecided' => (int) ( $row['undecided'] ?? 0 ),
		);
	}

	/** How many of the cohort's mentee applications carry this decision. */
	public function with_decision( int $cohort_id, string $decision, int $except = 0 ): int {
		global $wpdb;
		$table = Schema::applications_table();
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE cohort_id = %d AND role = %s AND status = %s AND decision = %s AND id <> %d", $cohort_id, Application::MENTEE, Application::SUBMITTED, $decision, $except ) );
	}

	/**
	 * Numbers the cohort's waitlist 1, 2, 3… in its present order (the lowest position first; one
	 * without a position last).
	 */
	public function renumber_waitlist( int $cohort_id, int $now ): bool {
		global $wpdb;
		$table = Schema::applications_table();
		$ids   = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE cohort_id = %d AND role = %s AND status = %s AND decision = %s ORDER BY position IS NULL, position, id", $cohort_id, Application::MENTEE, Application::SUBMITTED, Application::WAITLISTED ) );
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		foreach ( array_values( (array) $ids ) as $index => $id ) {
			if ( false === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET position = %d, updated_at = %s WHERE id = %d", $index + 1, $at, (int) $id ) ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Decided mentee applications of revealed selections whose applicant was not told yet (or whose
	 * telling was claimed more than CLAIM_SECONDS ago and never finished), oldest first.
	 *
	 * @return list<int> Application IDs.
	 */
	public function untold( int $limit, int $now, int $cohort_id = 0 ): array {
		global $wpdb;
		$table      = Schema::applications_table();
		$selections = Schema::selections_table();
		$stale      = gmdate( 'Y-m-d H:i:s', $now - self::CLAIM_SECONDS );
		$cohort     = $cohort_id > 0 ? $wpdb->prepare( ' AND a.cohort_id = %d', $cohort_id ) : '';
		$ids        = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT a.id FROM {$table} a JOIN {$selections} s ON s.cohort_id = a.cohort_id AND s.status = %s WHERE a.role = %s AND a.status = %s AND a.stage = %s AND a.decision <> '' AND ( a.told_at IS NULL OR ( a.told_at = %s AND a.updated_at < %s ) )" . $cohort . ' ORDER BY a.id LIMIT %d', // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- $cohort was prepared above.
				self::REVEALED,
				Application::MENTEE,
				Application::SUBMITTED,
				Application::DECIDED,
				self::CLAIMED,
				$stale,
				$limit
			)
		);
		return array_values( array_map( 'intval', (array) $ids ) );
	}

	/** Takes the telling of one applicant: true for the one worker whose conditional UPDATE changed the row. */
	public function claim( int $application_id, int $now ): bool {
		global $wpdb;
		$table = Schema::applications_table();
		return 1 === $wpdb->query(
			$wpdb->prepare(
				"UPDATE {$table} SET told_at = %s, updated_at = %s WHERE id = %d AND stage = %s AND decision <> '' AND ( told_at IS NULL OR ( told_at = %s AND updated_at < %s ) )",
				self::CLAIMED,
				gmdate( 'Y-m-d H:i:s', $now ),
				$application_id,
				Application::DECIDED,
				self::CLAIMED,
				gmdate( 'Y-m-d H:i:s', $now - self::CLAIM_SECONDS )
			)
		);
	}

	/** The claimed applicant was told at $now. */
	public function told( int $application_id, int $now ): bool {
		global $wpdb;
		$table = Schema::applications_table();
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET told_at = %s, updated_at = %s WHERE id = %d AND told_at = %s", $at, $at, $application_id, self::CLAIMED ) );
	}

	/** The email could not be handed over: the next tick tries again. */
	public function unclaim( int $application_id ): bool {
		global $wpdb;
		$table = Schema::applications_table();
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET told_at = NULL WHERE id = %d AND told_at = %s", $application_id, self::CLAIMED ) );
	}

	/**
	 * What the public report counts of each of the cohort's submitted mentee applications, without
	 * their words: one light query for the cohort page.
	 *
	 * @return list<array{stage: string, mode: string, teams: list<string>, sponsored: bool, released: bool, reviews_done: int, decision: string}>
	 */
	public function report_rows( int $cohort_id ): array {
		global $wpdb;
		$table = Schema::applications_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT stage, mode, teams, sponsored, released_at, reviews_done, decision FROM {$table} WHERE cohort_id = %d AND role = %s AND status = %s", $cohort_id, Application::MENTEE, Application::SUBMITTED ), ARRAY_A );
		$list  = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$list[] = array(
				'stage'        => (string) $row['stage'],
				'mode'         => (string) $row['mode'],
				'teams'        => array_values( array_filter( explode( ',', (string) $row['teams'] ), static fn ( string $team ): bool => '' !== $team ) ),
				'sponsored'    => (bool) (int) $row['sponsored'],
				'released'     => null !== $row['released_at'],
				'reviews_done' => (int) $row['reviews_done'],
				'decision'     => (string) $row['decision'],
			);
		}
		return $list;
	}

	/**
	 * How many of the cohort's decided mentee applicants there are, and how many were told.
	 *
	 * @return array{told: int, total: int}
	 */
	public function told_counts( int $cohort_id ): array {
		global $wpdb;
		$table = Schema::applications_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT COUNT(*) AS total, SUM(told_at IS NOT NULL AND told_at <> %s) AS told FROM {$table} WHERE cohort_id = %d AND role = %s AND status = %s AND stage = %s", self::CLAIMED, $cohort_id, Application::MENTEE, Application::SUBMITTED, Application::DECIDED ), ARRAY_A );
		return array(
			'told'  => (int) ( $row['told'] ?? 0 ),
			'total' => (int) ( $row['total'] ?? 0 ),
		);
	}
}
