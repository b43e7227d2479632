<?php
/**
 * What people did, read for the badge rules: who led a cohort's group sessions, and — for the backfill
 * after an upgrade — past completed mentorships, graduations and verified contributions, a span of IDs
 * at a time (read only; each feature's own repository writes its table).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- tables named by Schema; every value goes through prepare().

final class HistoryRepository {

	/**
	 * The people who led a group session (the whole cohort's, or a project group's) of the cohort that
	 * took place: not cancelled, and started before $now.
	 *
	 * @return list<int>
	 */
	public function session_leaders( int $cohort_id, int $now ): array {
		global $wpdb;
		$table = Schema::sessions_table();
		$ids   = $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT mentor_id FROM {$table} WHERE cohort_id = %d AND kind IN ('group', 'project_group') AND status = 'scheduled' AND mentor_id > 0 AND starts_at <= %s ORDER BY mentor_id", $cohort_id, gmdate( 'Y-m-d H:i:s', $now ) ) );
		return array_values( array_map( 'intval', is_array( $ids ) ? $ids : array() ) );
	}

	/**
	 * Completed 1:1 mentorships after an ID, oldest first.
	 *
	 * @return list<array{id: int, mentee_id: int, mentor_id: int}>
	 */
	public function completed_matches( int $after, int $limit ): array {
		global $wpdb;
		$table = Schema::matches_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT id, mentee_id, mentor_id FROM {$table} WHERE id > %d AND status = 'completed' ORDER BY id ASC LIMIT %d", $after, $limit ), ARRAY_A );
		return array_values(
			array_map(
				static fn ( array $row ): array => array(
					'id'        => (int) $row['id'],
					'mentee_id' => (int) $row['mentee_id'],
					'mentor_id' => (int) $row['mentor_id'],
				),
				is_array( $rows ) ? $rows : array()
			)
		);
	}

	/**
	 * Graduated cohort places after an ID (the place's row), oldest first, with the graduate's mentor in
	 * the cohort: their 1:1 mentor of the cohort (the latest match), else their project group's leader.
	 *
	 * @return list<array{id: int, cohort_id: int, user_id: int, mentor_id: int}>
	 */
	public function graduations( int $after, int $limit ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$matches = Schema::matches_table();
		$rows    = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT m.id, m.cohort_id, m.user_id, COALESCE( ( SELECT x.mentor_id FROM {$matches} x WHERE x.cohort_id = m.cohort_id AND x.mentee_id = m.user_id ORDER BY x.id DESC LIMIT 1 ), m.leader_id ) AS mentor_id
				FROM {$members} m WHERE m.id > %d AND m.graduated_at IS NOT NULL ORDER BY m.id ASC LIMIT %d",
				$after,
				$limit
			),
			ARRAY_A
		);
		return array_values(
			array_map(
				static fn ( array $row ): array => array(
					'id'        => (int) $row['id'],
					'cohort_id' => (int) $row['cohort_id'],
					'user_id'   => (int) $row['user_id'],
					'mentor_id' => (int) $row['mentor_id'],
				),
				is_array( $rows ) ? $rows : array()
			)
		);
	}

	/**
	 * Verified contributions to a team after an ID, oldest first.
	 *
	 * @return list<array{id: int, user_id: int, team: string}>
	 */
	public function verified_contributions( int $after, int $limit ): array {
		global $wpdb;
		$table = Schema::contributions_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT id, user_id, team FROM {$table} WHERE id > %d AND status = 'verified' AND team <> '' ORDER BY id ASC LIMIT %d", $after, $limit ), ARRAY_A );
		return array_values(
			array_map(
				static fn ( array $row ): array => array(
					'id'      => (int) $row['id'],
					'user_id' => (int) $row['user_id'],
					'team'    => (string) $row['team'],
				),
				is_array( $rows ) ? $rows : array()
			)
		);
	}
}
