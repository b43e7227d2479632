<?php
/**
 * One goal of a cohort mentee's three-month plan: what, for which team (a slug, or '' for none), by
 * when, how far it has come, and who wrote it and changed it last.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Plans;

final class PlanGoal {

	public const NOT_STARTED = 'not_started';
	public const UNDER_WAY   = 'under_way';
	public const DONE        = 'done';
	public const PROGRESS    = array( self::NOT_STARTED, self::UNDER_WAY, self::DONE );

	public function __construct(
		public readonly int $id,
		public readonly int $cohort_id,
		public readonly int $user_id,
		public readonly string $what,
		public readonly string $team,
		public readonly string $due_on,
		public readonly string $progress,
		public readonly int $created_by,
		public readonly int $updated_by,
		public readonly string $updated_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the plan_goals table. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['cohort_id'],
			(int) $row['user_id'],
			(string) $row['what'],
			(string) $row['team'],
			(string) $row['due_on'],
			(string) $row['progress'],
			(int) ( $row['created_by'] ?? 0 ),
			(int) ( $row['updated_by'] ?? 0 ),
			(string) $row['updated_at']
		);
	}

	/** @return array<string, string> Progress => its name, for people. */
	public static function progress_labels(): array {
		return array(
			self::NOT_STARTED => __( 'Not started', 'wayfinder' ),
			self::UNDER_WAY   => __( 'Under way', 'wayfinder' ),
			self::DONE        => __( 'Done', 'wayfinder' ),
		);
	}

	public static function not_found(): \WP_Error {
		return new \WP_Error( 'wayfinder_goal_not_found', __( 'There is no such goal, or it is not in a plan you work on. It may have been removed.', 'wayfinder' ), array( 'status' => 404 ) );
	}
}
