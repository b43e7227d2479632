<?php
/**
 * The github_accounts table: one linked GitHub account per person (the primary key) and one person
 * per GitHub account (the unique key on github_id, so two people can never claim the same ID).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class GitHubAccountRepository {

	public function find( int $user_id ): ?GitHubAccount {
		global $wpdb;
		$table = Schema::github_accounts_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id = %d", $user_id ), ARRAY_A );
		return is_array( $row ) ? GitHubAccount::from_row( $row ) : null;
	}

	/** The person who linked this GitHub user ID, if anyone did. */
	public function find_by_github_id( int $github_id ): ?GitHubAccount {
		global $wpdb;
		$table = Schema::github_accounts_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE github_id = %d", $github_id ), ARRAY_A );
		return is_array( $row ) ? GitHubAccount::from_row( $row ) : null;
	}

	/**
	 * The people whose linked account has one of these usernames (GitHub's are case-insensitive).
	 *
	 * @param list<string> $logins
	 * @return array<string, int> Lower-case username => user ID.
	 */
	public function users_by_logins( array $logins ): array {
		if ( array() === $logins ) {
			return array();
		}
		global $wpdb;
		$table = Schema::github_accounts_table();
		$in    = implode( ',', array_fill( 0, count( $logins ), '%s' ) );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT user_id, login FROM {$table} WHERE LOWER(login) IN ({$in})", ...array_map( 'strtolower', $logins ) ), ARRAY_A );
		$found = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$found[ strtolower( (string) $row['login'] ) ] = (int) $row['user_id'];
		}
		return $found;
	}

	/**
	 * Links a GitHub account to a person: inserted only when no one else has this GitHub ID (the
	 * unique key decides, also for two people at once). The caller removes the person's own earlier
	 * link first, in the same transaction.
	 *
	 * @return bool True when linked; false when someone else already linked this GitHub ID.
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function insert( int $user_id, int $github_id, string $login, int $now ): bool {
		global $wpdb;
		$table = Schema::github_accounts_table();
		$added = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (user_id, github_id, login, linked_at) VALUES (%d, %d, %s, %s)", $user_id, $github_id, $login, gmdate( 'Y-m-d H:i:s', $now ) ) );
		if ( false === $added ) {
			throw new \RuntimeException( 'The GitHub account could not be saved: ' . $wpdb->last_error );
		}
		return 1 === $added;
	}

	/** Removes the person's link (none is fine). False when the database refused. */
	public function delete( int $user_id ): bool {
		global $wpdb;
		$table = Schema::github_accounts_table();
		return false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE user_id = %d", $user_id ) );
	}
}
