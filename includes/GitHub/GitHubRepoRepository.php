<?php
/**
 * The github_repos table: one row per connected repository (unique by `owner/name`), with its team
 * and its webhook's secret.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class GitHubRepoRepository {

	/**
	 * Connects a repository. Null when it is connected already (the unique key decides).
	 *
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function create( string $full_name, string $team, string $secret, int $created_by, int $now ): ?GitHubRepo {
		global $wpdb;
		$table = Schema::github_repos_table();
		$added = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (full_name, team, secret, created_by, created_at) VALUES (%s, %s, %s, %d, %s)", $full_name, $team, $secret, $created_by, gmdate( 'Y-m-d H:i:s', $now ) ) );
		if ( false === $added ) {
			throw new \RuntimeException( 'The repository could not be saved: ' . $wpdb->last_error );
		}
		return 1 === $added ? $this->find( (int) $wpdb->insert_id ) : null;
	}

	public function find( int $id ): ?GitHubRepo {
		global $wpdb;
		$table = Schema::github_repos_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? GitHubRepo::from_row( $row ) : null;
	}

	/** The repository by `owner/name` (GitHub's names are case-insensitive). */
	public function find_by_name( string $full_name ): ?GitHubRepo {
		global $wpdb;
		$table = Schema::github_repos_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE LOWER(full_name) = %s", strtolower( $full_name ) ), ARRAY_A );
		return is_array( $row ) ? GitHubRepo::from_row( $row ) : null;
	}

	/** @return list<GitHubRepo> Every connected repository, by name. */
	public function all(): array {
		global $wpdb;
		$table = Schema::github_repos_table();
		$rows  = $wpdb->get_results( "SELECT * FROM {$table} ORDER BY full_name, id", ARRAY_A );
		return array_values( array_map( array( GitHubRepo::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/** False when the database refused. */
	public function set_team( int $id, string $team ): bool {
		global $wpdb;
		$table = Schema::github_repos_table();
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET team = %s WHERE id = %d", $team, $id ) );
	}

	/** False when the database refused. */
	public function set_secret( int $id, string $secret ): bool {
		global $wpdb;
		$table = Schema::github_repos_table();
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET secret = %s WHERE id = %d", $secret, $id ) );
	}

	/** A delivery came. False when the database refused. */
	public function touch( int $id, int $now ): bool {
		global $wpdb;
		$table = Schema::github_repos_table();
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET last_delivery_at = %s WHERE id = %d", gmdate( 'Y-m-d H:i:s', $now ), $id ) );
	}

	/** Disconnects a repository. False when the database refused. */
	public function delete( int $id ): bool {
		global $wpdb;
		$table = Schema::github_repos_table();
		return false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE id = %d", $id ) );
	}
}
