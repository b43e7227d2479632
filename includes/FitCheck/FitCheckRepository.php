<?php
/**
 * The fit_checks table: one row per side of a cohort pair, made once (the unique key on match and
 * person: asking twice asks nobody twice), answered and answered again by that person.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\FitCheck;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class FitCheckRepository {

	/**
	 * Asks one side of a pair. True only when the row is new (so the email goes out once).
	 *
	 * @param 'mentee'|'mentor' $side
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function ask( int $cohort_id, int $match_id, int $user_id, string $side, int $now ): bool {
		global $wpdb;
		$table = Schema::fit_checks_table();
		$added = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (cohort_id, match_id, user_id, side, asked_at) VALUES (%d, %d, %d, %s, %s)", $cohort_id, $match_id, $user_id, $side, gmdate( 'Y-m-d H:i:s', $now ) ) );
		if ( false === $added ) {
			throw new \RuntimeException( 'The fit check could not be saved: ' . $wpdb->last_error );
		}
		return 1 === $added;
	}

	public function find( int $id ): ?FitCheck {
		global $wpdb;
		$table = Schema::fit_checks_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? FitCheck::from_row( $row ) : null;
	}

	/** @return list<FitCheck> Both sides' fit checks of a match (none before it was asked). */
	public function of_match( int $match_id ): array {
		global $wpdb;
		$table = Schema::fit_checks_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE match_id = %d ORDER BY id", $match_id ), ARRAY_A );
		return array_values( array_map( array( FitCheck::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/** The person's fit check in the cohort for a pair still running, newest first; null when there is none to answer. */
	public function current_of( int $cohort_id, int $user_id ): ?FitCheck {
		global $wpdb;
		$table   = Schema::fit_checks_table();
		$matches = Schema::matches_table();
		$row     = $wpdb->get_row( $wpdb->prepare( "SELECT f.* FROM {$table} f INNER JOIN {$matches} m ON m.id = f.match_id WHERE f.cohort_id = %d AND f.user_id = %d AND m.status IN ('proposed','active') ORDER BY f.id DESC LIMIT 1", $cohort_id, $user_id ), ARRAY_A );
		return is_array( $row ) ? FitCheck::from_row( $row ) : null;
	}

	/** Saves the person's answer (again, when they change it). False when the database refused. */
	public function answer( int $id, bool $working, string $note, int $now ): bool {
		global $wpdb;
		$table = Schema::fit_checks_table();
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET working = %d, note = %s, answered_at = %s WHERE id = %d", $working ? 1 : 0, $note, gmdate( 'Y-m-d H:i:s', $now ), $id ) );
	}

	/** The early warning on a person's cohort place now ('' for none). */
	public function warning_of( int $cohort_id, int $user_id ): string {
		global $wpdb;
		$members = Schema::cohort_members_table();
		return (string) $wpdb->get_var( $wpdb->prepare( "SELECT warning FROM {$members} WHERE cohort_id = %d AND user_id = %d", $cohort_id, $user_id ) );
	}

	/** A deleted cohort takes its fit checks with it. */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		$table = Schema::fit_checks_table();
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE cohort_id = %d", $cohort_id ) );
	}
}
