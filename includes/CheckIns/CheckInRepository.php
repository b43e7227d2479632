<?php
/**
 * The SQL of table checkins: one row per cohort, mentee and week (the unique key), so asking twice
 * asks once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\CheckIns;

use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Platform\Schema;

final class CheckInRepository {

	/**
	 * The cohort's enrolled mentees not yet asked about the week, by ID, at most $limit.
	 *
	 * @return list<int>
	 */
	public function not_asked( int $cohort_id, int $week, int $limit ): array {
		global $wpdb;
		$checkins = Schema::checkins_table();
		$members  = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our tables; values prepared.
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT m.user_id FROM {$members} m LEFT JOIN {$checkins} c ON c.cohort_id = m.cohort_id AND c.user_id = m.user_id AND c.week = %d WHERE m.cohort_id = %d AND m.role = %s AND m.status = %s AND c.id IS NULL ORDER BY m.user_id LIMIT %d", $week, $cohort_id, CohortMember::MENTEE, CohortMember::ENROLLED, $limit ) );
		return array_values( array_map( 'intval', is_array( $ids ) ? $ids : array() ) );
	}

	/** Asks the mentee about the week: the new check-in, or null when they were asked already (or the database refused). */
	public function ask( int $cohort_id, int $user_id, int $week, string $at ): ?CheckIn {
		global $wpdb;
		$checkins = Schema::checkins_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$added = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$checkins} (cohort_id, user_id, week, asked_at, did, blocking) VALUES (%d, %d, %d, %s, '', '')", $cohort_id, $user_id, $week, $at ) );
		return 1 === $added ? $this->find( (int) $wpdb->insert_id ) : null;
	}

	public function find( int $id ): ?CheckIn {
		global $wpdb;
		$checkins = Schema::checkins_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$checkins} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? CheckIn::from_row( $row ) : null;
	}

	/** @return list<CheckIn> The mentee's check-ins in the cohort, latest week first. */
	public function of_mentee( int $cohort_id, int $user_id ): array {
		global $wpdb;
		$checkins = Schema::checkins_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$checkins} WHERE cohort_id = %d AND user_id = %d ORDER BY week DESC", $cohort_id, $user_id ), ARRAY_A );
		return array_values( array_map( array( CheckIn::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/** Writes the answers. False when the database refused. */
	public function answer( int $id, string $did, string $blocking, string $at ): bool {
		global $wpdb;
		$checkins = Schema::checkins_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$checkins} SET did = %s, blocking = %s, answered_at = %s WHERE id = %d", $did, $blocking, $at, $id ) );
	}

	/** How many of the mentee's check-ins in the cohort are answered. */
	public function answered( int $cohort_id, int $user_id ): int {
		global $wpdb;
		$checkins = Schema::checkins_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$checkins} WHERE cohort_id = %d AND user_id = %d AND answered_at IS NOT NULL", $cohort_id, $user_id ) );
	}

	/**
	 * For the early warnings: the cohort's enrolled mentees with a check-in asked before the time that
	 * is still unanswered, by ID.
	 *
	 * @param string $asked_before_utc A time in UTC, 'Y-m-d H:i:s'.
	 * @return list<int>
	 */
	public function unanswered_in_cohort( int $cohort_id, string $asked_before_utc, string $asked_after_utc = '1970-01-01 00:00:00' ): array {
		global $wpdb;
		$checkins = Schema::checkins_table();
		$members  = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our tables; values prepared.
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT c.user_id FROM {$checkins} c INNER JOIN {$members} m ON m.cohort_id = c.cohort_id AND m.user_id = c.user_id AND m.status = %s WHERE c.cohort_id = %d AND c.answered_at IS NULL AND c.asked_at < %s AND c.asked_at >= %s ORDER BY c.user_id", CohortMember::ENROLLED, $cohort_id, $asked_before_utc, $asked_after_utc ) );
		return array_values( array_map( 'intval', is_array( $ids ) ? $ids : array() ) );
	}

	/** A deleted cohort takes its check-ins with it. */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Schema::checkins_table() . ' WHERE cohort_id = %d', $cohort_id ) );
	}
}
