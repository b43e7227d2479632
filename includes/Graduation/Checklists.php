<?php
/**
 * Works out mentees' graduation checklists from their places, their verified contributions since the
 * cohort started and the team they chose — for one mentee or a page of them, a few statements either
 * way — and a cohort's counts (graduated, ready, still working).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Training\TrainingItems;

final class Checklists {

	/** @var array<int, int> Cohort ID => its training items, counted once a request. */
	private array $training = array();

	public function __construct(
		private readonly GraduationRepository $repository = new GraduationRepository(),
		private readonly TrainingItems $items = new TrainingItems(),
	) {
	}

	/** The mentee's checklist; null when they hold no enrolled mentee's place in the cohort. */
	public function of( Cohort $cohort, int $user_id ): ?Checklist {
		return $this->of_rows( $cohort, $this->repository->mentee_places( $cohort->id, array( $user_id ) ) )[ $user_id ] ?? null;
	}

	/**
	 * The checklists of mentees' places (rows of cohort_members).
	 *
	 * @param list<array<string, mixed>> $rows
	 * @return array<int, Checklist> User ID => their checklist, in the rows' order.
	 */
	public function of_rows( Cohort $cohort, array $rows ): array {
		$ids      = array_map( static fn ( array $row ): int => (int) $row['user_id'], $rows );
		$rule     = GraduationRule::of( $cohort->id );
		$verified = $rule->contributions > 0 ? $this->repository->verified_counts( $ids, $cohort->start_date ) : array();
		$teams    = $rule->team ? $this->repository->teams_chosen( $cohort->id, $ids ) : array();
		$plans    = array(
			'one_to_one_sessions' => $cohort->one_to_one_sessions,
			'group_sessions'      => $cohort->group_sessions,
			'training'            => $this->training_of( $cohort ),
		);
		$lists    = array();
		foreach ( $rows as $row ) {
			$user           = (int) $row['user_id'];
			$lists[ $user ] = Checklist::evaluate(
				$rule,
				array(
					'mode'                => (string) $row['mode'],
					'one_to_ones_done'    => (int) $row['one_to_ones_done'],
					'group_sessions_done' => (int) $row['group_sessions_done'],
					'training_done'       => (int) $row['training_done'],
					'plan_goals'          => (int) $row['plan_goals'],
				),
				$plans,
				$verified[ $user ] ?? 0,
				isset( $teams[ $user ] ),
				$cohort->id,
				$user,
				isset( $row['graduated_at'] ) ? (string) $row['graduated_at'] : null,
				(int) ( $row['graduated_by'] ?? 0 )
			);
		}
		return $lists;
	}

	/**
	 * How many of the cohort's enrolled mentees graduated, are ready (the rule met, not confirmed yet)
	 * and are still working.
	 *
	 * @return array{graduated: int, ready: int, working: int, total: int}
	 */
	public function counts( Cohort $cohort ): array {
		$states = array();
		foreach ( $this->of_rows( $cohort, $this->repository->mentee_places( $cohort->id ) ) as $list ) {
			$states[] = $list->state();
		}
		$counted = array_count_values( $states );
		return array(
			'graduated' => $counted['graduated'] ?? 0,
			'ready'     => $counted['ready'] ?? 0,
			'working'   => $counted['working'] ?? 0,
			'total'     => count( $states ),
		);
	}

	private function training_of( Cohort $cohort ): int {
		return $this->training[ $cohort->id ] ??= count( $this->items->of( $cohort ) );
	}
}
