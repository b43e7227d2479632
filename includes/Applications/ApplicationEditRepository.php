<?php
/**
 * The application_edits table: every change a screener made to an answer's redacted text (by hand,
 * or by redacting it again from the original), kept with the application for its history.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class ApplicationEditRepository {

	/** Records one edit. False when the database refused it. */
	public function record( Application $application, string $field, int $editor_id, string $before, string $after, int $now ): bool {
		global $wpdb;
		$table = Schema::application_edits_table();
		$added = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (application_id, cohort_id, user_id, field, editor_id, before_text, after_text, edited_at) VALUES (%d, %d, %d, %s, %d, %s, %s, %s)", $application->id, $application->cohort_id, $application->user_id, $field, $editor_id, $before, $after, gmdate( 'Y-m-d H:i:s', $now ) ) );
		return 1 === $added;
	}

	/** @return list<ApplicationEdit> An application's edits, oldest first (at most $limit). */
	public function of_application( int $application_id, int $limit = 500 ): array {
		global $wpdb;
		$table = Schema::application_edits_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE application_id = %d ORDER BY id LIMIT %d", $application_id, $limit ), ARRAY_A );
		return array_values( array_map( array( ApplicationEdit::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * How many edits each of some applications has, in one query.
	 *
	 * @param list<int> $application_ids
	 * @return array<int, int> Application ID => edits (0 for none).
	 */
	public function counts( array $application_ids ): array {
		$counts = array_fill_keys( array_map( 'intval', $application_ids ), 0 );
		if ( array() === $counts ) {
			return $counts;
		}
		global $wpdb;
		$table = Schema::application_edits_table();
		$ids   = implode( ',', array_keys( $counts ) ); // Integers only.
		$rows  = $wpdb->get_results( "SELECT application_id, COUNT(*) AS n FROM {$table} WHERE application_id IN ({$ids}) GROUP BY application_id", ARRAY_A );
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$counts[ (int) $row['application_id'] ] = (int) $row['n'];
		}
		return $counts;
	}
}
