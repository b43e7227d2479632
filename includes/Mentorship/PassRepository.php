<?php
/**
 * The passes table: the waiting mentees a mentor passed on, so "Find more mentees" does not show them
 * to that mentor again. One row per mentor and mentee (the primary key).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- this class is the passes table's one door; every value goes through prepare().
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the table name comes from Schema, never from input.

final class PassRepository {

	/** Records the pass; passing twice keeps the first. False only when the database failed. */
	public function add( int $mentor_id, int $mentee_id, string $now ): bool {
		if ( $this->has( $mentor_id, $mentee_id ) ) {
			return true;
		}
		global $wpdb;
		$saved = $wpdb->insert(
			Schema::passes_table(),
			array(
				'mentor_id'  => $mentor_id,
				'mentee_id'  => $mentee_id,
				'created_at' => $now,
			),
			array( '%d', '%d', '%s' )
		);
		// A pass made at the same moment by another request is as good as ours.
		return false !== $saved || $this->has( $mentor_id, $mentee_id );
	}

	/** @phpstan-impure It reads the database, which others change. */
	public function has( int $mentor_id, int $mentee_id ): bool {
		global $wpdb;
		$table = Schema::passes_table();
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE mentor_id = %d AND mentee_id = %d", $mentor_id, $mentee_id ) );
	}

	/** Forgets every pass by or on a person (their account is deleted). */
	public function forget( int $user_id ): void {
		global $wpdb;
		$table = Schema::passes_table();
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE mentor_id = %d OR mentee_id = %d", $user_id, $user_id ) );
	}
}
