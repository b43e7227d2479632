<?php
/**
 * The SQL of table plan_goals: each cohort mentee's goals, soonest first.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Plans;

use Wayfinder\Platform\Schema;

final class PlanRepository {

	/** @param array{what: string, team: string, due_on: string, progress: string} $fields */
	public function add( int $cohort_id, int $user_id, array $fields, int $actor_id ): ?PlanGoal {
		global $wpdb;
		$now = current_time( 'mysql', true );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our table; $wpdb->insert prepares.
		$added = $wpdb->insert(
			Schema::plan_goals_table(),
			array(
				'cohort_id'  => $cohort_id,
				'user_id'    => $user_id,
				'what'       => $fields['what'],
				'team'       => $fields['team'],
				'due_on'     => $fields['due_on'],
				'progress'   => $fields['progress'],
				'created_by' => $actor_id,
				'updated_by' => $actor_id,
				'created_at' => $now,
				'updated_at' => $now,
			),
			array( '%d', '%d', '%s', '%s', '%s', '%s', '%d', '%d', '%s', '%s' )
		);
		return 1 === $added ? $this->find( (int) $wpdb->insert_id ) : null;
	}

	public function find( int $id ): ?PlanGoal {
		global $wpdb;
		$table = Schema::plan_goals_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? PlanGoal::from_row( $row ) : null;
	}

	/** @return list<PlanGoal> The mentee's goals in the cohort, soonest first. */
	public function of_mentee( int $cohort_id, int $user_id ): array {
		global $wpdb;
		$table = Schema::plan_goals_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE cohort_id = %d AND user_id = %d ORDER BY due_on, id", $cohort_id, $user_id ), ARRAY_A );
		return array_values( array_map( array( PlanGoal::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * Writes the goal as it should be. False when the database refused.
	 *
	 * @param array{what: string, team: string, due_on: string, progress: string} $fields
	 */
	public function change( int $id, array $fields, int $actor_id ): bool {
		global $wpdb;
		$table = Schema::plan_goals_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET what = %s, team = %s, due_on = %s, progress = %s, updated_by = %d, updated_at = %s WHERE id = %d", $fields['what'], $fields['team'], $fields['due_on'], $fields['progress'], $actor_id, current_time( 'mysql', true ), $id ) );
	}

	/** True when the goal was there. */
	public function delete( int $id ): bool {
		global $wpdb;
		$table = Schema::plan_goals_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return 1 === $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE id = %d", $id ) );
	}

	/**
	 * How many goals the mentee has, and how many of them are done.
	 *
	 * @return array{goals: int, done: int}
	 */
	public function counts( int $cohort_id, int $user_id ): array {
		global $wpdb;
		$table = Schema::plan_goals_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT COUNT(*) AS goals, COALESCE(SUM(CASE WHEN progress = %s THEN 1 ELSE 0 END), 0) AS done FROM {$table} WHERE cohort_id = %d AND user_id = %d", PlanGoal::DONE, $cohort_id, $user_id ), ARRAY_A );
		return array(
			'goals' => (int) ( $row['goals'] ?? 0 ),
			'done'  => (int) ( $row['done'] ?? 0 ),
		);
	}

	/** A deleted cohort takes its plans with it. */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Schema::plan_goals_table() . ' WHERE cohort_id = %d', $cohort_id ) );
	}
}
