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
