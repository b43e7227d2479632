<?php
/**
 * The survey_invitations table: one per wave, person and mentorship (the unique key), its e-mail,
 * reminder and answer each claimed once by a conditional UPDATE.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class InvitationRepository {

	public function find( int $id ): ?Invitation {
		global $wpdb;
		$table = Schema::survey_invitations_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? Invitation::from_row( $row ) : null;
	}

	/**
	 * Asks a person. Null when they were already asked in this wave about this mentorship.
	 *
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function invite( int $wave_id, int $user_id, int $match_id, int $now, int $due ): ?Invitation {
		global $wpdb;
		$table = Schema::survey_invitations_table();
		$done  = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (wave_id, user_id, match_id, invited_at, due_at) VALUES (%d, %d, %d, %s, %s)", $wave_id, $user_id, $match_id, gmdate( 'Y-m-d H:i:s', $now ), gmdate( 'Y-m-d H:i:s', $due ) ) );
		if ( false === $done ) {
			throw new \RuntimeException( 'The survey invitation could not be saved: ' . $wpdb->last_error );
		}
		return 1 === $done ? $this->find( (int) $wpdb->insert_id ) : null;
	}

	/** Marks it answered, once and only while open at $now. Whether this call did. */
	public function claim_answered( int $id, int $now ): bool {
		global $wpdb;
		$table = Schema::survey_invitations_table();
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET answered_at = %s WHERE id = %d AND answered_at IS NULL AND due_at >= %s", $at, $id, $at ) );
	}

	/** @return list<Invitation> The person's invitations still open at $now, soonest due first. */
	public function open_for( int $user_id, int $now ): array {
		global $wpdb;
		$table = Schema::survey_invitations_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id = %d AND answered_at IS NULL AND due_at >= %s ORDER BY due_at, id", $user_id, gmdate( 'Y-m-d H:i:s', $now ) ), ARRAY_A );
		return array_values( array_map( array( Invitation::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}
	/** Claims the invitation's e-mail, once: whether this call did (a second delivery of the event sends nothing). */
	public function claim_sent( int $id, int $now ): bool {
		global $wpdb;
		$table = Schema::survey_invitations_table();
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET sent_at = %s WHERE id = %d AND sent_at IS NULL", gmdate( 'Y-m-d H:i:s', $now ), $id ) );
	}

	/** Claims the invitation's one reminder while it is unanswered and not past due: whether this call did. */
	public function claim_reminded( int $id, int $now ): bool {
		global $wpdb;
		$table = Schema::survey_invitations_table();
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET reminded_at = %s WHERE id = %d AND reminded_at IS NULL AND answered_at IS NULL AND due_at >= %s", $at, $id, $at ) );
	}

	/**
	 * Invitations a reminder is due for: unanswered, not reminded, due within the next $within seconds
	 * (not past due) and asked at least $asked_before seconds ago; soonest due first.
	 *
	 * @return list<Invitation>
	 */
	public function due_for_reminder( int $now, int $within, int $asked_before, int $limit ): array {
		global $wpdb;
		$table = Schema::survey_invitations_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE answered_at IS NULL AND reminded_at IS NULL AND due_at >= %s AND due_at <= %s AND invited_at <= %s ORDER BY due_at, id LIMIT %d", gmdate( 'Y-m-d H:i:s', $now ), gmdate( 'Y-m-d H:i:s', $now + $within ), gmdate( 'Y-m-d H:i:s', $now - $asked_before ), $limit ), ARRAY_A );
		return array_values( array_map( array( Invitation::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * A wave's invitations still open and not reminded (for a coordinator's reminder), oldest first.
	 *
	 * @return list<Invitation>
	 */
	public function unreminded_of_wave( int $wave_id, int $now, int $limit ): array {
		global $wpdb;
		$table = Schema::survey_invitations_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE wave_id = %d AND answered_at IS NULL AND reminded_at IS NULL AND due_at >= %s ORDER BY id LIMIT %d", $wave_id, gmdate( 'Y-m-d H:i:s', $now ), $limit ), ARRAY_A );
		return array_values( array_map( array( Invitation::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * Open invitations whose e-mail has not gone out although they were made at least $after seconds
	 * ago (a tick stopped between the invitation and its e-mail), oldest first.
	 *
	 * @return list<Invitation>
	 */
	public function unsent( int $now, int $after, int $limit ): array {
		global $wpdb;
		$table = Schema::survey_invitations_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE sent_at IS NULL AND answered_at IS NULL AND due_at >= %s AND invited_at <= %s ORDER BY id LIMIT %d", gmdate( 'Y-m-d H:i:s', $now ), gmdate( 'Y-m-d H:i:s', $now - $after ), $limit ), ARRAY_A );
		return array_values( array_map( array( Invitation::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * The people enrolled in a cohort in a role (not withdrawn; graduates too) not yet asked in the wave
	 * (0: no wave yet — everyone), by user ID: the next batch of a resumable invitation run.
	 *
	 * @return list<int>
	 */
	public function uninvited_members( int $wave_id, int $cohort_id, string $role, int $limit ): array {
		global $wpdb;
		$table   = Schema::survey_invitations_table();
		$members = Schema::cohort_members_table();
		return array_values( array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT m.user_id FROM {$members} m LEFT JOIN {$table} i ON i.wave_id = %d AND i.user_id = m.user_id AND i.match_id = 0 WHERE m.cohort_id = %d AND m.role = %s AND m.status = %s AND i.id IS NULL ORDER BY m.user_id LIMIT %d", $wave_id, $cohort_id, $role, CohortMember::ENROLLED, $limit ) ) ) );
	}

	/**
	 * How many were asked and how many answered, for each wave.
	 *
	 * @param list<int> $wave_ids
	 * @return array<int, array{invited: int, answered: int}>
	 */
	public function counts( array $wave_ids ): array {
		if ( array() === $wave_ids ) {
			return array();
		}
		global $wpdb;
		$table = Schema::survey_invitations_table();
		$in    = implode( ',', array_fill( 0, count( $wave_ids ), '%d' ) );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT wave_id, COUNT(*) AS invited, SUM( CASE WHEN answered_at IS NULL THEN 0 ELSE 1 END ) AS answered FROM {$table} WHERE wave_id IN ({$in}) GROUP BY wave_id", $wave_ids ), ARRAY_A );
		$found = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$found[ (int) $row['wave_id'] ] = array(
				'invited'  => (int) $row['invited'],
				'answered' => (int) $row['answered'],
			);
		}
		return $found;
	}
}
