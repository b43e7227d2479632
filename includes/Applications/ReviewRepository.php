<?php
/**
 * The reviews table: one row per application and reviewer (the unique key `application_reviewer`,
 * so assigning twice assigns once), and what the review rules read of the applications around it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class ReviewRepository {

	public function find( int $id ): ?Review {
		global $wpdb;
		$table = Schema::reviews_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? Review::from_row( $row ) : null;
	}

	/** @return list<Review> An application's reviews, oldest first. */
	public function of_application( int $application_id ): array {
		global $wpdb;
		$table = Schema::reviews_table();
		return self::records( $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE application_id = %d ORDER BY id", $application_id ), ARRAY_A ) );
	}

	/** @return list<Review> A cohort's reviews, by application then oldest first. */
	public function in_cohort( int $cohort_id ): array {
		global $wpdb;
		$table = Schema::reviews_table();
		return self::records( $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE cohort_id = %d ORDER BY application_id, id", $cohort_id ), ARRAY_A ) );
	}

	/**
	 * A reviewer's reviews whose application is still there (an applicant erased with their data takes
	 * it away), oldest first.
	 *
	 * @return list<Review>
	 */
	public function of_reviewer( int $reviewer_id, int $cohort_id = 0 ): array {
		global $wpdb;
		$table   = Schema::reviews_table();
		$applied = Schema::applications_table();
		$rows    = 0 === $cohort_id
			? $wpdb->get_results( $wpdb->prepare( "SELECT r.* FROM {$table} r INNER JOIN {$applied} a ON a.id = r.application_id WHERE r.reviewer_id = %d ORDER BY r.id", $reviewer_id ), ARRAY_A )
			: $wpdb->get_results( $wpdb->prepare( "SELECT r.* FROM {$table} r INNER JOIN {$applied} a ON a.id = r.application_id WHERE r.reviewer_id = %d AND r.cohort_id = %d ORDER BY r.id", $reviewer_id, $cohort_id ), ARRAY_A );
		return self::records( $rows );
	}

	/**
	 * Gives an application to a reviewer. True only when the row is new; a reviewer who has it already
	 * (any status) is not given it again.
	 *
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function assign( int $application_id, int $cohort_id, int $reviewer_id, int $now ): bool {
		global $wpdb;
		$table = Schema::reviews_table();
		$added = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (application_id, cohort_id, reviewer_id, status, scores, notes, assigned_at) VALUES (%d, %d, %d, %s, '{}', '{}', %s)", $application_id, $cohort_id, $reviewer_id, Review::ASSIGNED, gmdate( 'Y-m-d H:i:s', $now ) ) );
		if ( false === $added ) {
			throw new \RuntimeException( 'The review could not be assigned: ' . esc_html( $wpdb->last_error ) );
		}
		return 1 === $added;
	}

	/**
	 * How many reviews (any status but conflict) each reviewer holds in the cohort, and the ID of the
	 * last one they were given (0: none) — the rotation's turn.
	 *
	 * @param list<int> $reviewer_ids
	 * @return array<int, array{0: int, 1: int}> Reviewer ID => [ reviews, last review ID ].
	 */
	public function loads( int $cohort_id, array $reviewer_ids ): array {
		global $wpdb;
		$loads = array_fill_keys( $reviewer_ids, array( 0, 0 ) );
		if ( array() === $reviewer_ids ) {
			return $loads;
		}
		$table = Schema::reviews_table();
		$in    = implode( ',', array_fill( 0, count( $reviewer_ids ), '%d' ) );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT reviewer_id, SUM(status <> %s) AS n, MAX(id) AS last FROM {$table} WHERE cohort_id = %d AND reviewer_id IN ({$in}) GROUP BY reviewer_id", array_merge( array( Review::CONFLICT, $cohort_id ), $reviewer_ids ) ), ARRAY_A );
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$loads[ (int) $row['reviewer_id'] ] = array( (int) $row['n'], (int) $row['last'] );
		}
		return $loads;
	}

	/**
	 * Writes a review's scores, notes, total and status, only while its status is still $was.
	 *
	 * @param array<string, int>    $scores
	 * @param array<string, string> $notes
	 * @return int|false Rows changed (0: its status changed meanwhile), false when the database refused.
	 */
	public function save( int $id, string $was, string $status, array $scores, array $notes, ?float $total, ?int $submitted_at ): int|false {
		global $wpdb;
		$table   = Schema::reviews_table();
		$encoded = (string) wp_json_encode( (object) $scores );
		$noted   = (string) wp_json_encode( (object) $notes );
		$at      = null === $submitted_at ? null : gmdate( 'Y-m-d H:i:s', $submitted_at );
		$changed = null === $total
			? $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, scores = %s, notes = %s, total = NULL, submitted_at = NULL WHERE id = %d AND status = %s", $status, $encoded, $noted, $id, $was ) )
			: $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, scores = %s, notes = %s, total = %f, submitted_at = %s WHERE id = %d AND status = %s", $status, $encoded, $noted, $total, $at, $id, $was ) );
		return false === $changed ? false : (int) $changed;
	}

	/**
	 * Sets a review aside as a conflict of interest: its scores no longer count.
	 *
	 * @return int|false Rows changed (0: it was set aside already), false when the database refused.
	 */
	public function declare_conflict( int $id, string $note ): int|false {
		global $wpdb;
		$table   = Schema::reviews_table();
		$changed = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, scores = '{}', total = NULL, conflict_note = %s WHERE id = %d AND status <> %s", Review::CONFLICT, $note, $id, Review::CONFLICT ) );
		return false === $changed ? false : (int) $changed;
	}

	/**
	 * Holds an application's row until the transaction ends, so two assignments of it run one after
	 * the other. False when it is gone.
	 */
	public function hold_application( int $application_id ): bool {
		global $wpdb;
		$applied = Schema::applications_table();
		return null !== $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$applied} WHERE id = %d FOR UPDATE", $application_id ) );
	}

	/**
	 * The cohort's applications in review that still want reviewers (fewer reviews that count than
	 * reviews_wanted), the neediest and oldest first, that this person neither has nor wrote.
	 *
	 * @return list<int> Application IDs.
	 */
	public function needing_reviewers( int $cohort_id, int $reviewer_id, int $limit = 20 ): array {
		global $wpdb;
		$applied = Schema::applications_table();
		$table   = Schema::reviews_table();
		$ids     = $wpdb->get_col(
			$wpdb->prepare(
				"SELECT a.id FROM {$applied} a LEFT JOIN {$table} r ON r.application_id = a.id AND r.status <> %s
				WHERE a.cohort_id = %d AND a.role = %s AND a.status = %s AND a.stage = %s AND a.user_id <> %d
				AND NOT EXISTS ( SELECT 1 FROM {$table} mine WHERE mine.application_id = a.id AND mine.reviewer_id = %d )
				GROUP BY a.id, a.reviews_wanted HAVING COUNT(r.id) < a.reviews_wanted
				ORDER BY a.reviews_wanted - COUNT(r.id) DESC, a.id LIMIT %d",
				Review::CONFLICT,
				$cohort_id,
				Application::MENTEE,
				Application::SUBMITTED,
				Application::REVIEW,
				$reviewer_id,
				$reviewer_id,
				$limit
			)
		);
		return array_values( array_map( 'intval', is_array( $ids ) ? $ids : array() ) );
	}

	/** The cohort's selection: open (also when it has no row yet), locked or revealed. */
	public function selection_status( int $cohort_id ): string {
		global $wpdb;
		$chosen = Schema::selections_table();
		$status = $wpdb->get_var( $wpdb->prepare( "SELECT status FROM {$chosen} WHERE cohort_id = %d", $cohort_id ) );
		return null === $status ? 'open' : (string) $status;
	}

	/**
	 * @param mixed $rows What get_results() gave.
	 * @return list<Review>
	 */
	private static function records( mixed $rows ): array {
		return array_values( array_map( array( Review::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}
}
