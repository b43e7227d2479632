<?php
/**
 * Each mentee of a cohort with their mentor and progress, as the coordinator's cohort screen, its
 * CSV export and `wp wayfinder cohort progress` show it: sessions done against what the cohort
 * asks, training, the plan, check-ins, the last activity and any early warning.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

final class CohortProgress {

	public function __construct( private readonly CohortMemberRepository $members = new CohortMemberRepository() ) {
	}

	/**
	 * @return array{0: list<array<string, mixed>>, 1: int} The page's rows and how many mentees there are.
	 */
	public function page( Cohort $cohort, string $orderby, bool $descending, int $page, int $per_page ): array {
		$modes    = Cohort::mode_labels();
		$warnings = EarlyWarning::labels();
		$rows     = array();
		foreach ( $this->members->progress_page( $cohort->id, $orderby, $descending, $page, $per_page ) as $row ) {
			$one_to_one = Cohort::ONE_TO_ONE === $row['mode'];
			$rows[]     = array(
				'user'              => (int) $row['user_id'],
				'name'              => (string) $row['display_name'],
				'mode'              => (string) $row['mode'],
				'mode_label'        => $modes[ $row['mode'] ] ?? '',
				'mentor'            => (int) $row['mentor_id'],
				'mentor_name'       => (string) $row['mentor_name'],
				'one_to_ones'       => array(
					'done'     => (int) $row['one_to_ones_done'],
					'required' => $one_to_one ? $cohort->one_to_one_sessions : 0,
				),
				'group_sessions'    => array(
					'done'     => (int) $row['group_sessions_done'],
					'required' => $cohort->group_sessions,
				),
				'training_done'     => (int) $row['training_done'],
				'plan_goals'        => (int) $row['plan_goals'],
				'plan_done'         => (int) $row['plan_done'],
				'checkins_answered' => (int) $row['checkins_answered'],
				'last_activity'     => self::utc( $row['last_activity_at'] ),
				'warning'           => (string) $row['warning'],
				'warning_label'     => $warnings[ $row['warning'] ] ?? '',
				'warning_since'     => self::utc( $row['warning_since'] ),
			);
		}
		return array( $rows, $this->members->enrolled( $cohort->id )[ CohortMember::MENTEE ] );
	}

	/** @param mixed $value A UTC datetime column, or null. */
	private static function utc( $value ): ?string {
		return null === $value ? null : gmdate( 'c', (int) strtotime( $value . ' UTC' ) );
	}
}
