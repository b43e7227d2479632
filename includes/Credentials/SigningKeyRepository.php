<?php
/**
 * The signing_keys table: the keys the site made, the newest unretired one signing; retiring is a
 * conditional UPDATE. The private key column only ever holds a sealed key (see SigningKeys).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class SigningKeyRepository {

	public function find( string $kid ): ?SigningKey {
		global $wpdb;
		$table = Schema::signing_keys_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE kid = %s", $kid ), ARRAY_A );
		return is_array( $row ) ? SigningKey::from_row( $row ) : null;
	}

	/** The key that signs now: the newest not retired. */
	public function current(): ?SigningKey {
		global $wpdb;
		$table = Schema::signing_keys_table();
		$row   = $wpdb->get_row( "SELECT * FROM {$table} WHERE retired_at IS NULL ORDER BY id DESC LIMIT 1", ARRAY_A );
		return is_array( $row ) ? SigningKey::from_row( $row ) : null;
	}

	/** @return list<SigningKey> Every key, oldest first (retired ones too: they still verify). */
	public function all(): array {
		global $wpdb;
		$table = Schema::signing_keys_table();
		$rows  = $wpdb->get_results( "SELECT * FROM {$table} ORDER BY id", ARRAY_A );
		return array_values( array_map( array( SigningKey::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function add( string $kid, string $public_key, string $sealed_private_key, int $now ): SigningKey {
		global $wpdb;
		$table = Schema::signing_keys_table();
		$done  = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (kid, alg, public_key, private_key, created_at) VALUES (%s, 'RS256', %s, %s, %s)", $kid, $public_key, $sealed_private_key, gmdate( 'Y-m-d H:i:s', $now ) ) );
		$key   = false === $done ? null : $this->find( $kid );
		if ( null === $key ) {
			// Never the statement itself: it holds the (sealed) private key.
			throw new \RuntimeException( 'The signing key could not be saved.' );
		}
		return $key;
	}

	/** Every unretired key but $keep stops signing now: whether any did. */
	public function retire_all_but( string $keep, int $now ): bool {
		global $wpdb;
		$table = Schema::signing_keys_table();
		return (int) $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET retired_at = %s WHERE retired_at IS NULL AND kid <> %s", gmdate( 'Y-m-d H:i:s', $now ), $keep ) ) > 0;
	}

	/** @return array<string, int> How many credentials each key signed, by kid. */
	public function signed_counts(): array {
		global $wpdb;
		$table = Schema::credentials_table();
		$rows  = $wpdb->get_results( "SELECT kid, COUNT(*) AS signed FROM {$table} GROUP BY kid", ARRAY_A );
		$count = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$count[ (string) $row['kid'] ] = (int) $row['signed'];
		}
		return $count;
	}
}
