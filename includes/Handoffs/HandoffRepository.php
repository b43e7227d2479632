<?php
/**
 * The handoffs table: one row per person and cohort (the unique key; cohort 0 for a one-to-one
 * mentorship), moved from chosen to waiting to accepted by conditional UPDATEs.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class HandoffRepository {

	/**
	 * The person chooses (or changes) their team. Refused (false) once the hand-off was sent.
	 *
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function choose( int $user_id, int $cohort_id, string $team, int $now ): bool {
		global $wpdb;
		$table = Schema::handoffs_table();
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		// Insert once (the unique key keeps one row per person and cohort), then change it only while nothing was sent.
		$done = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (user_id, cohort_id, team, status, created_at, updated_at) VALUES (%d, %d, %s, %s, %s, %s)", $user_id, $cohort_id, $team, Handoff::CHOSEN, $at, $at ) );
		if ( 0 === $done ) {
			$done = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET team = %s, updated_at = %s WHERE user_id = %d AND cohort_id = %d AND status = %s", $team, $at, $user_id, $cohort_id, Handoff::CHOSEN ) );
		}
		if ( false === $done ) {
			throw new \RuntimeException( 'The team could not be saved: ' . $wpdb->last_error );
		}
		$now_team = $this->find_for( $user_id, $cohort_id );
		return null !== $now_team && Handoff::CHOSEN === $now_team->status && $team === $now_team->team;
	}

	public function find( int $id ): ?Handoff {
		global $wpdb;
		$table = Schema::handoffs_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? Handoff::from_row( $row ) : null;
	}

	/** The person's hand-off from a cohort (0: their one-to-one mentorship); null before they chose a team. */
	public function find_for( int $user_id, int $cohort_id ): ?Handoff {
		global $wpdb;
		$table = Schema::handoffs_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id = %d AND cohort_id = %d", $user_id, $cohort_id ), ARRAY_A );
		return is_array( $row ) ? Handoff::from_row( $row ) : null;
	}

	/** @return list<Handoff> The person's hand-offs, newest first. */
	public function of_user( int $user_id ): array {
		global $wpdb;
		$table = Schema::handoffs_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id = %d ORDER BY id DESC", $user_id ), ARRAY_A );
		return array_values( array_map( array( Handoff::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * Changes a hand-off only while it is in the given status (a conditional UPDATE). Rows changed, or
	 * false when the database refused.
	 *
	 * @param array<string, int|string|null> $fields Columns to set (updated_at is set here).
	 * @return int|false
	 */
	public function update( int $id, array $fields, int $now, string $only_if ) {
		global $wpdb;
		$table = Schema::handoffs_table();
		$sets  = array();
		$args  = array();
		foreach ( $fields as $column => $value ) {
			if ( null === $value ) {
				$sets[] = "`{$column}` = NULL";
				continue;
			}
			$sets[] = is_int( $value ) ? "`{$column}` = %d" : "`{$column}` = %s";
			$args[] = $value;
		}
		$sets[] = 'updated_at = %s';
		$args[] = gmdate( 'Y-m-d H:i:s', $now );
		$args[] = $id;
		$args[] = $only_if;
		$result = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET " . implode( ', ', $sets ) . ' WHERE id = %d AND status = %s', ...$args ) );
		return false === $result ? false : (int) $result;
	}

	/** A deleted cohort takes its hand-offs with it. */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		$table = Schema::handoffs_table();
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE cohort_id = %d", $cohort_id ) );
	}
}
