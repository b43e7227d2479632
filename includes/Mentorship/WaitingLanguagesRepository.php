<?php
/**
 * The queue-by-language table's one door (see WaitingLanguages for what the rows mean and when they
 * are made), and the two reads of the requests and profiles tables its backfill needs.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- this class is the queue-by-language table's one door; every value goes through prepare().
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema, never from input.

final class WaitingLanguagesRepository {

	/** The open requests for any mentor: the queue this table mirrors. */
	private const OPEN_FOR_ANY_MENTOR = "type = 'mentee_request' AND asked_mentor = 0 AND status = 'open'";

	/**
	 * @param list<array{0: string, 1: int, 2: int}> $rows Language, request ID, mentee ID.
	 * @return bool False when the database refused them.
	 */
	public function insert( array $rows ): bool {
		if ( array() === $rows ) {
			return true;
		}
		global $wpdb;
		$values = array();
		foreach ( $rows as [ $language, $request_id, $mentee_id ] ) {
			$values[] = $wpdb->prepare( '(%s, %d, %d)', $language, $request_id, $mentee_id );
		}
		$table = Schema::waiting_languages_table();
		return false !== $wpdb->query( "INSERT INTO {$table} (language, request_id, mentee_id) VALUES " . implode( ',', $values ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- each row prepared above.
	}

	/** @return bool False when the database refused. */
	public function delete_request( int $request_id ): bool {
		global $wpdb;
		$table = Schema::waiting_languages_table();
		return false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE request_id = %d", $request_id ) );
	}

	/** @return bool False when the database refused. */
	public function delete_mentee( int $mentee_id ): bool {
		global $wpdb;
		$table = Schema::waiting_languages_table();
		return false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE mentee_id = %d", $mentee_id ) );
	}

	/** @return bool False when the database refused. */
	public function delete_requests_between( int $first, int $last ): bool {
		global $wpdb;
		$table = Schema::waiting_languages_table();
		return false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE request_id >= %d AND request_id <= %d", $first, $last ) );
	}

	/** @return bool False when the database refused. */
	public function delete_all(): bool {
		global $wpdb;
		return false !== $wpdb->query( 'DELETE FROM ' . Schema::waiting_languages_table() ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- no input.
	}

	/** The mentee's open request for any mentor, if any. */
	public function open_request_of( int $mentee_id ): ?int {
		global $wpdb;
		$requests = Schema::requests_table();
		$open     = self::OPEN_FOR_ANY_MENTOR;
		$id       = $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$requests} WHERE mentee_id = %d AND {$open} LIMIT 1", $mentee_id ) );
		return null === $id ? null : (int) $id;
	}

	/**
	 * Open requests for any mentor from this ID on, in ID order.
	 *
	 * @return array<int, int>|null Mentee by request ID; null when the database refused.
	 */
	public function open_requests_from( int $from, int $limit ): ?array {
		global $wpdb;
		$requests = Schema::requests_table();
		$open     = self::OPEN_FOR_ANY_MENTOR;
		$rows     = $wpdb->get_results( $wpdb->prepare( "SELECT id, mentee_id FROM {$requests} WHERE id >= %d AND {$open} ORDER BY id LIMIT %d", $from, $limit ), ARRAY_A );
		if ( ! is_array( $rows ) ) {
			return null;
		}
		$asks = array();
		foreach ( $rows as $row ) {
			$asks[ (int) $row['id'] ] = (int) $row['mentee_id'];
		}
		return $asks;
	}

	/**
	 * The stored languages of these people's profiles (those who have one).
	 *
	 * @param list<int> $user_ids
	 * @return array<int, array{languages: string, preferred_language: string}> By user ID.
	 */
	public function profile_languages( array $user_ids ): array {
		if ( array() === $user_ids ) {
			return array();
		}
		global $wpdb;
		$profiles = Schema::profiles_table();
		$ids      = implode( ',', array_map( 'intval', $user_ids ) );
		$rows     = $wpdb->get_results( "SELECT user_id, languages, preferred_language FROM {$profiles} WHERE user_id IN ({$ids})", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- the IDs are integers.
		$found    = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$found[ (int) $row['user_id'] ] = array(
				'languages'          => (string) $row['languages'],
				'preferred_language' => (string) $row['preferred_language'],
			);
		}
		return $found;
	}
}
