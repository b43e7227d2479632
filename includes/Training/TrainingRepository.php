<?php
/**
 * The SQL of table training_progress: one row per cohort, mentee and item done (the unique key), the
 * confirmation written on the row only while it is there.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Training;

use Wayfinder\Platform\Schema;

final class TrainingRepository {

	/**
	 * The mentee's marks in the cohort, by item key.
	 *
	 * @return array<string, TrainingRecord>
	 */
	public function of_mentee( int $cohort_id, int $user_id ): array {
		global $wpdb;
		$table = Schema::training_progress_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows    = $wpdb->get_results( $wpdb->prepare( "SELECT item_key, done_at, confirmed_by, confirmed_at FROM {$table} WHERE cohort_id = %d AND user_id = %d", $cohort_id, $user_id ), ARRAY_A );
		$records = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$records[ (string) $row['item_key'] ] = TrainingRecord::from_row( $row );
		}
		return $records;
	}

	/** Marks an item done (marked already: as it was). False only when the database refused. */
	public function mark( int $cohort_id, int $user_id, string $key, string $at ): bool {
		global $wpdb;
		$table = Schema::training_progress_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (cohort_id, user_id, item_key, done_at) VALUES (%d, %d, %s, %s)", $cohort_id, $user_id, $key, $at ) );
	}

	/** Takes the mark (and any confirmation) off, if there was one. False only when the database refused. */
	public function unmark( int $cohort_id, int $user_id, string $key ): bool {
		global $wpdb;
		$table = Schema::training_progress_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE cohort_id = %d AND user_id = %d AND item_key = %s", $cohort_id, $user_id, $key ) );
	}

	/** Confirms a marked item (confirmed already: as it was). False only when the database refused. */
	public function confirm( int $cohort_id, int $user_id, string $key, int $by, string $at ): bool {
		global $wpdb;
		$table = Schema::training_progress_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET confirmed_by = %d, confirmed_at = %s WHERE cohort_id = %d AND user_id = %d AND item_key = %s AND confirmed_at IS NULL", $by, $at, $cohort_id, $user_id, $key ) );
	}

	/** A deleted cohort takes its training marks with it. */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Schema::training_progress_table() . ' WHERE cohort_id = %d', $cohort_id ) );
	}
}
