<?php
/**
 * The SQL behind who may see and verify a person's contributions: who mentors or mentored them (a 1:1
 * match — a cohort pair is one too — or a project group's leader), whom a mentor mentors or mentored,
 * and the teams a person is heading to (their hand-offs). Read-only: the matches, the cohort places and
 * the hand-offs are their own features' tables; this only asks them who works with whom.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class ContributionAccessRepository {

	/** A match that counts as mentoring: it started (not a proposal) and the mentor did not decline it. */
	private const MENTORED_SQL = "status <> 'proposed' AND end_reason <> 'mentor_declined'";

	/** Whether $mentor mentors or mentored $mentee: a match, or the leader of their project group in any cohort. */
	public function has_mentored( int $mentor_id, int $mentee_id ): bool {
		if ( $mentor_id <= 0 || $mentee_id <= 0 || $mentor_id === $mentee_id ) {
			return false;
		}
		global $wpdb;
		$matches  = Schema::matches_table();
		$members  = Schema::cohort_members_table();
		$mentored = self::MENTORED_SQL;
		if ( $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$matches} WHERE mentor_id = %d AND mentee_id = %d AND {$mentored} LIMIT 1", $mentor_id, $mentee_id ) ) ) {
			return true;
		}
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$members} WHERE user_id = %d AND leader_id = %d LIMIT 1", $mentee_id, $mentor_id ) );
	}

	/**
	 * The person's mentors now: the mentor of their active match, and the leader of each project group
	 * they are enrolled in.
	 *
	 * @return list<int>
	 */
	public function current_mentors( int $mentee_id ): array {
		global $wpdb;
		$matches = Schema::matches_table();
		$members = Schema::cohort_members_table();
		$ids     = array_merge(
			(array) $wpdb->get_col( $wpdb->prepare( "SELECT mentor_id FROM {$matches} WHERE mentee_id = %d AND status = 'active'", $mentee_id ) ),
			(array) $wpdb->get_col( $wpdb->prepare( "SELECT leader_id FROM {$members} WHERE user_id = %d AND status = 'enrolled' AND leader_id > 0", $mentee_id ) )
		);
		return array_values( array_unique( array_map( 'intval', $ids ) ) );
	}

	/**
	 * Everyone a mentor mentors or mentored (matches, and project groups of the cohorts they mentor in).
	 *
	 * @return list<int>
	 */
	public function mentees_of( int $mentor_id ): array {
		global $wpdb;
		$matches  = Schema::matches_table();
		$members  = Schema::cohort_members_table();
		$mentored = self::MENTORED_SQL;
		$ids      = array_merge(
			(array) $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT mentee_id FROM {$matches} WHERE mentor_id = %d AND {$mentored}", $mentor_id ) ),
			// Through the mentor's own places, so the cohort_leader index answers.
			(array) $wpdb->get_col( $wpdb->prepare( "SELECT g.user_id FROM {$members} m INNER JOIN {$members} g ON g.cohort_id = m.cohort_id AND g.leader_id = m.user_id WHERE m.user_id = %d AND m.role = 'mentor'", $mentor_id ) )
		);
		return array_values( array_unique( array_map( 'intval', $ids ) ) );
	}

	/**
	 * The teams the person is heading to: the team of each of their hand-offs.
	 *
	 * @return list<string>
	 */
	public function heading_to( int $user_id ): array {
		global $wpdb;
		$handoffs = Schema::handoffs_table();
		return array_values( array_map( 'strval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT team FROM {$handoffs} WHERE user_id = %d AND team <> ''", $user_id ) ) ) );
	}
}
