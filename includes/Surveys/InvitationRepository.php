<?php
/**
 * The survey_invitations table: one per wave, person and mentorship (the unique key), its e-mail,
 * reminder and answer each claimed once by a conditional UPDATE.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

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
}
