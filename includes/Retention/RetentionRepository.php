<?php
/**
 * Which subjects are due, as SQL the privacy repository reads `IN ( … )`: closed requests, applications
 * not selected, survey responses and audit entries older than the cutoff — each never part of a
 * program still running. What is emptied in them, and in which tables, comes from the declarations
 * (Privacy\TableDeclaration::$retention); this class only says which subjects.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Retention;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\Selection\SelectionRepository;
use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class RetentionRepository {

	/**
	 * IDs for `IN ( … )`: whole numbers only.
	 *
	 * @param list<int> $ids
	 */
	public static function ids( array $ids ): string {
		return implode( ',', array_map( 'intval', $ids ) );
	}

	/**
	 * Requests closed at or before the cutoff whose 1:1 mentorship, if they started one, ended at or
	 * before it too (a mentorship still running keeps its request's message).
	 */
	public function closed_requests( Cutoff $cutoff ): string {
		global $wpdb;
		$requests = Schema::requests_table();
		$matches  = Schema::matches_table();
		$open     = self::quoted( MatchRecord::OPEN );
		return $wpdb->prepare(
			"SELECT r.id FROM {$requests} r LEFT JOIN {$matches} m ON m.id = r.match_id WHERE r.status <> 'open' AND COALESCE(r.decided_at, r.created_at) <= %s AND ( r.match_id IS NULL OR m.id IS NULL OR ( m.status NOT IN {$open} AND m.updated_at <= %s ) )",
			$cutoff->utc,
			$cutoff->utc
		);
	}

	/**
	 * Applications to the finished cohorts that were not selected — no accepted decision and no place
	 * in the cohort — whose cohort's selection was revealed at or before the cutoff.
	 *
	 * @param list<int> $finished The finished cohorts.
	 */
	public function unselected_applications( array $finished, Cutoff $cutoff ): string {
		global $wpdb;
		if ( array() === $finished ) {
			return '';
		}
		$applications = Schema::applications_table();
		$selections   = Schema::selections_table();
		$members      = Schema::cohort_members_table();
		$cohorts      = self::ids( $finished );
		return $wpdb->prepare(
			"SELECT a.id FROM {$applications} a JOIN {$selections} s ON s.cohort_id = a.cohort_id LEFT JOIN {$members} cm ON cm.cohort_id = a.cohort_id AND cm.user_id = a.user_id WHERE a.cohort_id IN ( {$cohorts} ) AND s.status = %s AND s.revealed_at <= %s AND a.decision <> %s AND cm.id IS NULL",
			SelectionRepository::REVEALED,
			$cutoff->utc,
			Application::ACCEPTED
		);
	}

	/**
	 * Survey responses submitted on the cutoff's day or before, except those of a cohort not finished or
	 * of a 1:1 mentorship still running.
	 *
	 * @param list<int> $unfinished The cohorts not finished (draft, open for applications, running).
	 */
	public function old_responses( array $unfinished, Cutoff $cutoff ): string {
		global $wpdb;
		$responses   = Schema::survey_responses_table();
		$waves       = Schema::survey_waves_table();
		$invitations = Schema::survey_invitations_table();
		$matches     = Schema::matches_table();
		$open        = self::quoted( MatchRecord::OPEN );
		$running     = array() === $unfinished ? '' : ' AND w.cohort_id NOT IN ( ' . self::ids( $unfinished ) . ' )';
		return $wpdb->prepare(
			"SELECT r.id FROM {$responses} r JOIN {$waves} w ON w.id = r.wave_id LEFT JOIN {$invitations} i ON i.id = r.invitation_id LEFT JOIN {$matches} m ON m.id = i.match_id AND m.status IN {$open} WHERE r.submitted_on <= %s AND m.id IS NULL{$running}",
			substr( $cutoff->utc, 0, 10 ) // Responses keep the UTC day they came.
		);
	}

	/** Audit entries written at or before the cutoff, except those about a match still running. */
	public function old_events( Cutoff $cutoff ): string {
		global $wpdb;
		$events  = Schema::events_table();
		$matches = Schema::matches_table();
		$open    = self::quoted( MatchRecord::OPEN );
		return $wpdb->prepare(
			"SELECT e.id FROM {$events} e LEFT JOIN {$matches} m ON e.object_type = 'match' AND m.id = e.object_id AND m.status IN {$open} WHERE e.created_at <= %s AND m.id IS NULL",
			$cutoff->utc
		);
	}

	/** @param list<string> $values Constants of the code, never input. */
	private static function quoted( array $values ): string {
		return "('" . implode( "','", $values ) . "')";
	}
}
