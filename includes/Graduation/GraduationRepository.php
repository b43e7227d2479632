<?php
/**
 * What the checklists of many mentees read at once: their verified contributions since a day and
 * whether they chose a team, one statement each for a page of people (the contributions and hand-offs
 * tables are read, never written, here), and the places of a cohort's enrolled mentees.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class GraduationRepository {

	/**
	 * Verified contributions per person, on or after a day (Y-m-d; '' for all).
	 *
	 * @param list<int> $user_ids
	 * @return array<int, int> User ID => count (people without any are left out).
	 */
	public function verified_counts( array $user_ids, string $since ): array {
		if ( array() === $user_ids ) {
			return array();
		}
		global $wpdb;
		$table  = Schema::contributions_table();
		$in     = implode( ',', array_fill( 0, count( $user_ids ), '%d' ) );
		$when   = '' === $since ? '' : $wpdb->prepare( ' AND contributed_on >= %s', $since );
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT user_id, COUNT(*) AS n FROM {$table} WHERE user_id IN ({$in}) AND status = %s{$when} GROUP BY user_id", ...array_merge( $user_ids, array( Contribution::VERIFIED ) ) ), ARRAY_A );
		$counts = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$counts[ (int) $row['user_id'] ] = (int) $row['n'];
		}
		return $counts;
	}

	/**
	 * The people who chose a team to join after the cohort.
	 *
	 * @param list<int> $user_ids
	 * @return array<int, string> User ID => the team's slug.
	 */
	public function teams_chosen( int $cohort_id, array $user_ids ): array {
		if ( array() === $user_ids ) {
			return array();
		}
		global $wpdb;
		$table = Schema::handoffs_table();
		$in    = implode( ',', array_fill( 0, count( $user_ids ), '%d' ) );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT user_id, team FROM {$table} WHERE cohort_id = %d AND user_id IN ({$in})", ...array_merge( array( $cohort_id ), $user_ids ) ), ARRAY_A );
		$teams = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$teams[ (int) $row['user_id'] ] = (string) $row['team'];
		}
		return $teams;
	}

	/**
	 * Every enrolled mentee's place in the cohort, with the figures the checklist reads (for the
	 * cohort's counts; a cohort has at most a thousand seats).
	 *
	 * @param list<int> $only Just these people ([] for all).
	 * @return list<array<string, mixed>> Rows of the cohort_members table with display_name.
	 */
	public function mentee_places( int $cohort_id, array $only = array() ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$where   = array() === $only ? '' : $wpdb->prepare( ' AND m.user_id IN (' . implode( ',', array_fill( 0, count( $only ), '%d' ) ) . ')', ...$only );
		$rows    = $wpdb->get_results( $wpdb->prepare( "SELECT m.*, u.display_name FROM {$members} m INNER JOIN {$wpdb->users} u ON u.ID = m.user_id WHERE m.cohort_id = %d AND m.status = %s AND m.role = %s{$where} ORDER BY u.display_name ASC, m.user_id ASC LIMIT 1000", $cohort_id, CohortMember::ENROLLED, CohortMember::MENTEE ), ARRAY_A );
		return is_array( $rows ) ? array_values( $rows ) : array();
	}
}
