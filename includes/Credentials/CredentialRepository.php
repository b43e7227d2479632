<?php
/**
 * The credentials table: each credential issued for an award, found by its public UUID or its award;
 * revoking is a conditional UPDATE. A row's ID is its index in the status list.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class CredentialRepository {

	public function find( int $id ): ?Credential {
		global $wpdb;
		$table = Schema::credentials_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? Credential::from_row( $row ) : null;
	}

	public function find_by_uuid( string $uuid ): ?Credential {
		global $wpdb;
		$table = Schema::credentials_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE uuid = %s", $uuid ), ARRAY_A );
		return is_array( $row ) ? Credential::from_row( $row ) : null;
	}

	/** The award's credential that stands (the newest not revoked), if one was issued. */
	public function current_for_award( int $award_id ): ?Credential {
		global $wpdb;
		$table = Schema::credentials_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE award_id = %d AND revoked_at IS NULL ORDER BY id DESC LIMIT 1", $award_id ), ARRAY_A );
		return is_array( $row ) ? Credential::from_row( $row ) : null;
	}

	/**
	 * A new credential's row, its token to follow (set_token()): its ID, which is its status list index.
	 *
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function insert( string $uuid, int $award_id, int $user_id, string $kid, int $now ): int {
		global $wpdb;
		$table = Schema::credentials_table();
		$done  = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (uuid, award_id, user_id, kid, token, issued_at) VALUES (%s, %d, %d, %s, '', %s)", $uuid, $award_id, $user_id, $kid, gmdate( 'Y-m-d H:i:s', $now ) ) );
		if ( false === $done || (int) $wpdb->insert_id <= 0 ) {
			throw new \RuntimeException( 'The credential could not be saved: ' . $wpdb->last_error );
		}
		return (int) $wpdb->insert_id;
	}

	/** Writes the signed credential into its row: whether the database took it. */
	public function set_token( int $id, string $token ): bool {
		global $wpdb;
		$table = Schema::credentials_table();
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET token = %s WHERE id = %d", $token, $id ) );
	}

	/**
	 * Revokes every standing credential of the award: how many.
	 *
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function revoke_award( int $award_id, int $now ): int {
		global $wpdb;
		$table = Schema::credentials_table();
		$done  = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET revoked_at = %s WHERE award_id = %d AND revoked_at IS NULL", gmdate( 'Y-m-d H:i:s', $now ), $award_id ) );
		if ( false === $done ) {
			throw new \RuntimeException( 'The credentials could not be revoked: ' . $wpdb->last_error );
		}
		return (int) $done;
	}

	/** @return list<int> The IDs (status list indexes) of every credential not revoked. */
	public function standing_ids(): array {
		global $wpdb;
		$table = Schema::credentials_table();
		return array_values( array_map( 'intval', $wpdb->get_col( "SELECT id FROM {$table} WHERE revoked_at IS NULL ORDER BY id" ) ) );
	}

	/** @return array{highest: int, standing: int, all: int} What the status list depends on, in three figures. */
	public function figures(): array {
		global $wpdb;
		$table = Schema::credentials_table();
		$row   = $wpdb->get_row( "SELECT COALESCE(MAX(id), 0) AS highest, COALESCE(SUM(revoked_at IS NULL), 0) AS standing, COUNT(*) AS total FROM {$table}", ARRAY_A );
		return array(
			'highest'  => (int) ( $row['highest'] ?? 0 ),
			'standing' => (int) ( $row['standing'] ?? 0 ),
			'all'      => (int) ( $row['total'] ?? 0 ),
		);
	}

	/**
	 * The credentials that stand for many awards, in one query (a list of badges with their links).
	 *
	 * @param list<int> $award_ids
	 * @return array<int, Credential> By award ID: the newest not revoked; awards without one are left out.
	 */
	public function current_for_awards( array $award_ids ): array {
		global $wpdb;
		$ids = array_values( array_unique( array_filter( array_map( 'intval', $award_ids ), static fn ( int $id ): bool => $id > 0 ) ) );
		if ( array() === $ids ) {
			return array();
		}
		$table = Schema::credentials_table();
		$in    = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE award_id IN ({$in}) AND revoked_at IS NULL ORDER BY id ASC", ...$ids ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders -- one %d per ID.
		$by    = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$by[ (int) $row['award_id'] ] = Credential::from_row( $row ); // The newest (highest ID) wins.
		}
		return $by;
	}
}
