<?php
/**
 * The contributions table: one row per person and source key (the unique key), so the same post,
 * comment, pull request or link is recorded once however often it is seen.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class ContributionRepository {

	/**
	 * Records a contribution. Null when the person already has one with this source key (deduplicated).
	 *
	 * @param array{user_id: int, kind: string, team: string, url: string, summary: string, contributed_on: string, source: string, source_key: string, status?: string, created_by?: int} $fields
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function record( array $fields, int $now ): ?Contribution {
		global $wpdb;
		$table = Schema::contributions_table();
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		$added = $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$table} (user_id, kind, team, url, summary, contributed_on, source, source_key, status, created_by, created_at, updated_at) VALUES (%d, %s, %s, %s, %s, %s, %s, %s, %s, %d, %s, %s)",
				$fields['user_id'],
				$fields['kind'],
				$fields['team'],
				$fields['url'],
				$fields['summary'],
				$fields['contributed_on'],
				$fields['source'],
				$fields['source_key'],
				$fields['status'] ?? Contribution::UNVERIFIED,
				$fields['created_by'] ?? 0,
				$at,
				$at
			)
		);
		if ( false === $added ) {
			throw new \RuntimeException( 'The contribution could not be saved: ' . $wpdb->last_error );
		}
		return 1 === $added ? $this->find( (int) $wpdb->insert_id ) : null;
	}

	public function find( int $id ): ?Contribution {
		global $wpdb;
		$table = Schema::contributions_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? Contribution::from_row( $row ) : null;
	}

	/**
	 * A person's contributions, newest first.
	 *
	 * @param string $status A status (Contribution::STATUSES), or '' for all.
	 * @return list<Contribution>
	 */
	public function of_user( int $user_id, string $status = '', int $limit = 100 ): array {
		global $wpdb;
		$table = Schema::contributions_table();
		$where = '' === $status ? '' : $wpdb->prepare( ' AND status = %s', $status );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id = %d{$where} ORDER BY contributed_on DESC, id DESC LIMIT %d", $user_id, $limit ), ARRAY_A );
		return array_values( array_map( array( Contribution::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/** How many of a person's contributions are verified (on or after a day, when given: Y-m-d). */
	public function count_verified( int $user_id, string $since = '' ): int {
		global $wpdb;
		$table = Schema::contributions_table();
		$when  = '' === $since ? '' : $wpdb->prepare( ' AND contributed_on >= %s', $since );
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE user_id = %d AND status = %s{$when}", $user_id, Contribution::VERIFIED ) );
	}

	/**
	 * Verifies or rejects a contribution, only while it is in one of the given statuses (a conditional
	 * UPDATE: two reviewers at once change it once). Rows changed, or false when the database refused.
	 *
	 * @param list<string> $only_if The statuses it may be in now.
	 * @return int|false
	 */
	public function review( int $id, string $status, int $reviewer_id, string $note, int $now, array $only_if ) {
		global $wpdb;
		$table  = Schema::contributions_table();
		$in     = implode( ',', array_fill( 0, count( $only_if ), '%s' ) );
		$at     = gmdate( 'Y-m-d H:i:s', $now );
		$result = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, reviewed_by = %d, reviewed_at = %s, review_note = %s, updated_at = %s WHERE id = %d AND status IN ({$in})", $status, $reviewer_id, $at, $note, $at, $id, ...$only_if ) );
		return false === $result ? false : (int) $result;
	}

	/**
	 * The teams a person has contributions for.
	 *
	 * @return list<string>
	 */
	public function teams_of_user( int $user_id ): array {
		global $wpdb;
		$table = Schema::contributions_table();
		return array_values( array_map( 'strval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT team FROM {$table} WHERE user_id = %d AND team <> ''", $user_id ) ) ) );
	}

	/**
	 * Unverified contributions of these people or for these teams, oldest first (what waits longest
	 * comes first): the list a mentor or a team representative verifies.
	 *
	 * @param list<int>    $user_ids People (their mentees).
	 * @param list<string> $teams    Team slugs (the teams they represent).
	 * @return list<Contribution>
	 */
	public function unverified_of( array $user_ids, array $teams, int $limit = 50 ): array {
		global $wpdb;
		$table = Schema::contributions_table();
		$parts = array();
		if ( array() !== $user_ids ) {
			$in      = implode( ',', array_fill( 0, count( $user_ids ), '%d' ) );
			$parts[] = $wpdb->prepare( "SELECT * FROM {$table} WHERE status = %s AND user_id IN ({$in})", Contribution::UNVERIFIED, ...$user_ids );
		}
		if ( array() !== $teams ) {
			$in      = implode( ',', array_fill( 0, count( $teams ), '%s' ) );
			$parts[] = $wpdb->prepare( "SELECT * FROM {$table} WHERE status = %s AND team IN ({$in})", Contribution::UNVERIFIED, ...$teams );
		}
		if ( array() === $parts ) {
			return array();
		}
		$union = '(' . implode( ') UNION (', $parts ) . ')';
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM ({$union}) waiting ORDER BY contributed_on ASC, id ASC LIMIT %d", $limit ), ARRAY_A );
		return array_values( array_map( array( Contribution::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * Removes a contribution only while it is unverified and was added by hand (a conditional DELETE).
	 * Rows removed, or false when the database refused.
	 *
	 * @return int|false
	 */
	public function delete_unverified_manual( int $id ) {
		global $wpdb;
		$table  = Schema::contributions_table();
		$result = $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE id = %d AND status = %s AND source = %s", $id, Contribution::UNVERIFIED, Contribution::MANUAL ) );
		return false === $result ? false : (int) $result;
	}

	/** Removes one contribution (its owner's own manual one, not yet verified — the service decides). */
	public function delete( int $id ): bool {
		global $wpdb;
		$table = Schema::contributions_table();
		return false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE id = %d", $id ) );
	}
}
