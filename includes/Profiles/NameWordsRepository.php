<?php
/**
 * The name-words table's one door (see NameWords for what the rows mean and when they are made), and
 * the reads of the profiles' names its backfill needs.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Transaction;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- this class is the name-words table's one door; every value goes through prepare().
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table names come from Schema, never from input.

final class NameWordsRepository {

	/**
	 * These people's words made again: the old ones go, the new ones come.
	 *
	 * @param array<int, list<string>> $words Words by user ID.
	 * @return bool False when the database refused.
	 */
	public function replace( array $words ): bool {
		if ( array() === $words ) {
			return true;
		}
		global $wpdb;
		$table  = Schema::name_words_table();
		$ids    = implode( ',', array_map( 'intval', array_keys( $words ) ) );
		$values = array();
		foreach ( $words as $user_id => $list ) {
			foreach ( $list as $word ) {
				$values[] = $wpdb->prepare( '(%s, %d)', $word, $user_id );
			}
		}
		$delete = "DELETE FROM {$table} WHERE user_id IN ({$ids})";
		// IGNORE: two words the collation holds equal (ß and ss) are one row.
		$insert = "INSERT IGNORE INTO {$table} (word, user_id) VALUES " . implode( ',', $values );
		return Transaction::all(
			static fn (): bool => false !== $wpdb->query( $delete ), // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- the IDs are integers.
			static fn (): bool => array() === $values || false !== $wpdb->query( $insert ) // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- each row prepared above.
		);
	}

	/** @return bool False when the database refused. */
	public function delete_all(): bool {
		global $wpdb;
		return false !== $wpdb->query( 'DELETE FROM ' . Schema::name_words_table() ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- no input.
	}

	/**
	 * Profiles' names from this user ID on, in ID order; with $missing only those without words yet.
	 *
	 * @return array<int, string>|null Name by user ID; null when the database refused.
	 */
	public function names_from( int $from, int $limit, bool $missing = false ): ?array {
		global $wpdb;
		$profiles = Schema::profiles_table();
		$words    = Schema::name_words_table();
		$only     = $missing ? " AND p.sort_name <> '' AND NOT EXISTS ( SELECT 1 FROM {$words} w WHERE w.user_id = p.user_id )" : '';
		$rows     = $wpdb->get_results( $wpdb->prepare( "SELECT p.user_id, p.sort_name FROM {$profiles} p WHERE p.user_id >= %d{$only} ORDER BY p.user_id LIMIT %d", $from, $limit ), ARRAY_A );
		if ( ! is_array( $rows ) ) {
			return null;
		}
		$names = array();
		foreach ( $rows as $row ) {
			$names[ (int) $row['user_id'] ] = (string) $row['sort_name'];
		}
		return $names;
	}

	/**
	 * SQL that holds for the people who have, for each term, a word that starts with it.
	 *
	 * @param list<string> $terms  Folded as NameWords folds words.
	 * @param string       $column The user ID column to test, e.g. "p.user_id".
	 * @return array{0: string, 1: list<string>}
	 */
	public function having_words( array $terms, string $column ): array {
		global $wpdb;
		$table = Schema::name_words_table();
		$parts = array();
		$args  = array();
		foreach ( $terms as $n => $term ) {
			// The word index's range of words that start with the term: as many rows as people found.
			$parts[] = "{$column} IN ( SELECT w{$n}.user_id FROM {$table} w{$n} WHERE w{$n}.word LIKE %s )";
			$args[]  = $wpdb->esc_like( $term ) . '%';
		}
		return array( array() === $parts ? '1=0' : implode( ' AND ', $parts ), $args );
	}
}
