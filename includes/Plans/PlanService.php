<?php
/**
 * The rules of a cohort mentee's three-month plan: the mentee and their mentor in the cohort write it
 * together — either adds, changes, marks progress on or removes a goal (coordinators read it) — and
 * each goal says what (up to 500 characters), for which team (one that exists, or none) and by when
 * (from the cohort's start to about three months after its end); a plan holds at most MAX_GOALS.
 * Each change recounts the mentee's goals and goals done into their place and notes their activity.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Plans;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortAccess;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Teams\TeamPostType;
use WP_Error;

final class PlanService {

	public const MAX_WHAT  = 500;
	public const MAX_GOALS = 20;
	/** How long after the cohort's end a goal may fall due: about three months. */
	public const DAYS_AFTER = 92;

	public function __construct(
		private readonly PlanRepository $goals = new PlanRepository(),
		private readonly CohortAccess $access = new CohortAccess(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
	) {
	}

	/** @return list<PlanGoal>|WP_Error */
	public function goals_of( int $cohort_id, int $mentee_id, int $actor_id ) {
		if ( null === CohortPostType::find( $cohort_id ) ) {
			return CohortPostType::not_found();
		}
		if ( '' === $this->access->role( $cohort_id, $mentee_id, $actor_id ) ) {
			return $this->access->refusal( $cohort_id, $mentee_id, $actor_id );
		}
		return $this->goals->of_mentee( $cohort_id, $mentee_id );
	}

	/**
	 * @param array{what?: string, team?: string, due?: string, progress?: string} $fields
	 * @return PlanGoal|WP_Error
	 */
	public function add( int $cohort_id, int $mentee_id, array $fields, int $actor_id, ?int $now = null ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$refused = $this->writer_refusal( $cohort_id, $mentee_id, $actor_id );
		if ( null !== $refused ) {
			return $refused;
		}
		if ( count( $this->goals->of_mentee( $cohort_id, $mentee_id ) ) >= self::MAX_GOALS ) {
			/* translators: %d: how many goals a plan holds at most. */
			return self::error( 'wayfinder_plan_full', sprintf( __( 'A plan holds at most %d goals. Remove one that no longer matters, or join two into one.', 'wayfinder' ), self::MAX_GOALS ), 409 );
		}
		$values = self::checked( $cohort, $fields + array( 'progress' => PlanGoal::NOT_STARTED ) );
		if ( is_wp_error( $values ) ) {
			return $values;
		}
		$goal = $this->goals->add( $cohort_id, $mentee_id, $values, $actor_id );
		if ( null === $goal ) {
			return self::error( 'wayfinder_goal_not_saved', __( 'The goal could not be saved. Nothing changed; try again.', 'wayfinder' ), 500 );
		}
		$this->recount( $goal, $now );
		return $goal;
	}

	/**
	 * Changes the fields given; the others stay as they are.
	 *
	 * @param array{what?: string, team?: string, due?: string, progress?: string} $fields
	 * @return PlanGoal|WP_Error
	 */
	public function change( int $goal_id, array $fields, int $actor_id, ?int $now = null ) {
		$goal = $this->writable( $goal_id, $actor_id );
		if ( is_wp_error( $goal ) ) {
			return $goal;
		}
		$cohort = CohortPostType::find( $goal->cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$values = self::checked(
			$cohort,
			$fields + array(
				'what'     => $goal->what,
				'team'     => $goal->team,
				'due'      => $goal->due_on,
				'progress' => $goal->progress,
			),
			$goal->due_on
		);
		if ( is_wp_error( $values ) ) {
			return $values;
		}
		if ( ! $this->goals->change( $goal->id, $values, $actor_id ) ) {
			return self::error( 'wayfinder_goal_not_saved', __( 'The goal could not be saved. Nothing changed; try again.', 'wayfinder' ), 500 );
		}
		$goal = $this->goals->find( $goal->id ) ?? $goal;
		$this->recount( $goal, $now );
		return $goal;
	}

	/** @return PlanGoal|WP_Error The goal as it was. */
	public function remove( int $goal_id, int $actor_id, ?int $now = null ) {
		$goal = $this->writable( $goal_id, $actor_id );
		if ( is_wp_error( $goal ) ) {
			return $goal;
		}
		if ( ! $this->goals->delete( $goal->id ) ) {
			return PlanGoal::not_found();
		}
		$this->recount( $goal, $now );
		return $goal;
	}

	/** The goal, when the person may see it (any role); its refusal otherwise. */
	public function readable( int $goal_id, int $actor_id ): PlanGoal|WP_Error {
		$goal = $this->goals->find( $goal_id );
		if ( null === $goal || '' === $this->access->role( $goal->cohort_id, $goal->user_id, $actor_id ) ) {
			return PlanGoal::not_found();
		}
		return $goal;
	}

	/** The goal, when the person may write it. */
	public function writable( int $goal_id, int $actor_id ): PlanGoal|WP_Error {
		$goal = $this->readable( $goal_id, $actor_id );
		if ( is_wp_error( $goal ) ) {
			return $goal;
		}
		return $this->writer_refusal( $goal->cohort_id, $goal->user_id, $actor_id ) ?? $goal;
	}

	/** Null when the person writes the mentee's plan (the mentee, or their cohort mentor). */
	public function writer_refusal( int $cohort_id, int $mentee_id, int $actor_id ): ?WP_Error {
		$role = $this->access->role( $cohort_id, $mentee_id, $actor_id );
		if ( CohortAccess::MENTEE === $role || CohortAccess::MENTOR === $role ) {
			return null;
		}
		if ( CohortAccess::COORDINATOR === $role ) {
			return self::error( 'wayfinder_plan_not_yours', __( 'The mentee and their mentor write the plan together; coordinators read it.', 'wayfinder' ), 403 );
		}
		return $this->access->refusal( $cohort_id, $mentee_id, $actor_id );
	}

	/**
	 * The earliest and latest day a goal of the cohort may fall due ('' when the cohort has no dates).
	 *
	 * @return array{0: string, 1: string}
	 */
	public static function due_range( Cohort $cohort ): array {
		if ( '' === $cohort->start_date || '' === $cohort->end_date ) {
			return array( '', '' );
		}
		return array( $cohort->start_date, gmdate( 'Y-m-d', (int) strtotime( $cohort->end_date . ' 00:00:00 UTC' ) + self::DAYS_AFTER * DAY_IN_SECONDS ) );
	}

	/**
	 * @param array{what?: string, team?: string, due?: string, progress?: string} $fields
	 * @param string $kept A due date saved already, kept as it is even when the cohort's dates moved.
	 * @return array{what: string, team: string, due_on: string, progress: string}|WP_Error
	 */
	private static function checked( Cohort $cohort, array $fields, string $kept = '' ) {
		$what = trim( sanitize_textarea_field( (string) ( $fields['what'] ?? '' ) ) );
		if ( '' === $what ) {
			return self::error( 'wayfinder_goal_empty', __( 'Say what the goal is, in a sentence or two.', 'wayfinder' ), 400 );
		}
		if ( mb_strlen( $what ) > self::MAX_WHAT ) {
			/* translators: 1: the most characters, 2: how many were written. */
			return self::error( 'wayfinder_goal_too_long', sprintf( __( 'A goal is at most %1$d characters; this one has %2$d. Shorten it, or split it into two goals.', 'wayfinder' ), self::MAX_WHAT, mb_strlen( $what ) ), 400 );
		}
		$team = sanitize_title( (string) ( $fields['team'] ?? '' ) );
		if ( '' !== $team && ! TeamPostType::exists( $team ) ) {
			return self::error( 'wayfinder_goal_unknown_team', __( 'There is no such team. Choose one of the teams listed, or none.', 'wayfinder' ), 400 );
		}
		$due   = (string) ( $fields['due'] ?? '' );
		$parts = explode( '-', $due );
		if ( 1 !== preg_match( '/^\d{4}-\d{2}-\d{2}$/', $due ) || ! checkdate( (int) $parts[1], (int) $parts[2], (int) $parts[0] ) ) {
			return self::error( 'wayfinder_goal_no_date', __( 'Give the date the goal should be reached by (YYYY-MM-DD).', 'wayfinder' ), 400 );
		}
		list( $first, $last ) = self::due_range( $cohort );
		if ( $due !== $kept && '' !== $first && ( $due < $first || $due > $last ) ) {
			/* translators: 1: the first possible day, 2: the last possible day. */
			return self::error( 'wayfinder_goal_date_out_of_range', sprintf( __( 'A goal of this plan falls due between %1$s and %2$s: from the cohort\'s start to about three months after its end. Choose a date in between.', 'wayfinder' ), $first, $last ), 400 );
		}
		$progress = (string) ( $fields['progress'] ?? PlanGoal::NOT_STARTED );
		if ( ! in_array( $progress, PlanGoal::PROGRESS, true ) ) {
			return self::error( 'wayfinder_goal_unknown_progress', __( 'Progress is one of: not started, under way, done.', 'wayfinder' ), 400 );
		}
		return array(
			'what'     => $what,
			'team'     => $team,
			'due_on'   => $due,
			'progress' => $progress,
		);
	}

	/**
	 * The mentee's plan as their cohort place keeps it: its goals, and those done.
	 *
	 * @return array{plan_goals: int, plan_done: int}
	 */
	public function figures( int $cohort_id, int $mentee_id ): array {
		$counts = $this->goals->counts( $cohort_id, $mentee_id );
		return array(
			'plan_goals' => (int) $counts['goals'],
			'plan_done'  => (int) $counts['done'],
		);
	}

	private function recount( PlanGoal $goal, ?int $now ): void {
		foreach ( $this->figures( $goal->cohort_id, $goal->user_id ) as $figure => $value ) {
			$this->members->set_progress( $goal->cohort_id, $goal->user_id, $figure, $value );
		}
		$this->members->touch( $goal->cohort_id, $goal->user_id, $now );
	}

	private static function error( string $code, string $message, int $status ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => $status ) );
	}
}
