<?php
/**
 * The github_deliveries table: each delivery ID (X-GitHub-Delivery) taken once, so a replayed or
 * redelivered webhook records nothing twice; kept 30 days.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class GitHubDeliveryRepository {

	/**
	 * Takes a delivery. True when it is new; false when it was received before (the primary key decides).
	 *
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function claim( string $delivery, int $repo_id, string $event, int $now ): bool {
		global $wpdb;
		$table = Schema::github_deliveries_table();
		$added = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (delivery, repo_id, event, received_at) VALUES (%s, %d, %s, %s)", $delivery, $repo_id, $event, gmdate( 'Y-m-d H:i:s', $now ) ) );
		if ( false === $added ) {
			throw new \RuntimeException( 'The delivery could not be saved: ' . $wpdb->last_error );
		}
		return 1 === $added;
	}

	public function exists( string $delivery ): bool {
		global $wpdb;
		$table = Schema::github_deliveries_table();
		return null !== $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE delivery = %s", $delivery ) );
	}

	/** Forgets up to $limit deliveries received before $before (a Unix time). How many went. */
	public function delete_before( int $before, int $limit ): int {
		global $wpdb;
		$table = Schema::github_deliveries_table();
		$keys  = $wpdb->get_col( $wpdb->prepare( "SELECT delivery FROM {$table} WHERE received_at < %s ORDER BY received_at LIMIT %d", gmdate( 'Y-m-d H:i:s', $before ), $limit ) );
		$keys  = array_values( array_map( 'strval', is_array( $keys ) ? $keys : array() ) );
		if ( array() === $keys ) {
			return 0;
		}
		$in      = implode( ',', array_fill( 0, count( $keys ), '%s' ) );
		$deleted = $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE delivery IN ({$in})", ...$keys ) );
		return false === $deleted ? 0 : (int) $deleted;
	}

	/** A disconnected repository's deliveries go with it. */
	public function delete_repo( int $repo_id ): bool {
		global $wpdb;
		$table = Schema::github_deliveries_table();
		return false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE repo_id = %d", $repo_id ) );
	}
}
