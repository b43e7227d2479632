<?php
/**
 * The SQL of export, erasure and retention, for any declared table: table and column names come from the
 * declarations (checked names, written in code), every value through prepare(). Reads and writes
 * at most a page of rows at a time. Runs on MySQL, MariaDB and Playground's SQLite driver.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Privacy;

use Wayfinder\Platform\Schema;

final class PersonalDataRepository {

	/**
	 * A page of the rows where any of the columns names the person, in key order.
	 *
	 * @param list<string> $columns
	 * @return list<array<string, mixed>>
	 */
	public function rows( TableDeclaration $declaration, array $columns, int $user_id, int $limit, int $offset ): array {
		global $wpdb;
		if ( array() === $columns ) {
			return array();
		}
		list( $where, $args ) = self::naming( $columns, $user_id );
		$table                = Schema::table( $declaration->table );
		$args[]               = $limit;
		$args[]               = $offset;
		$rows                 = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE {$where} ORDER BY {$declaration->key} LIMIT %d OFFSET %d", $args ), ARRAY_A ); // phpcs:ignore WordPress.DB -- names from the declaration; values through prepare(); personal data is read once for the export.
		return is_array( $rows ) ? array_values( $rows ) : array();
	}

	/**
	 * How many rows name the person in any of the columns.
	 *
	 * @param list<string> $columns
	 */
	public function count( TableDeclaration $declaration, array $columns, int $user_id ): int {
		global $wpdb;
		if ( array() === $columns ) {
			return 0;
		}
		list( $where, $args ) = self::naming( $columns, $user_id );
		$table                = Schema::table( $declaration->table );
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE {$where}", $args ) ); // phpcs:ignore WordPress.DB -- names from the declaration; values through prepare().
	}

	/**
	 * Deletes up to `$limit` rows where any of the columns names the person.
	 *
	 * @param list<string> $columns
	 * @return int How many rows went.
	 */
	public function delete( TableDeclaration $declaration, array $columns, int $user_id, int $limit ): int {
		$keys = $this->keys( $declaration, $columns, $user_id, '', $limit );
		if ( array() === $keys ) {
			return 0;
		}
		return $this->write( $declaration, 'DELETE FROM %table%', array(), $keys );
	}

	/**
	 * Sets one column to NULL in up to `$limit` rows where it names the person.
	 *
	 * @return int How many rows changed.
	 */
	public function clear( TableDeclaration $declaration, string $column, int $user_id, int $limit ): int {
		$keys = $this->keys( $declaration, array( $column ), $user_id, '', $limit );
		if ( array() === $keys ) {
			return 0;
		}
		return $this->write( $declaration, "UPDATE %table% SET {$column} = NULL", array(), $keys );
	}

	/**
	 * Empties the text columns in up to `$limit` rows where any of the columns names the person and
	 * some text is left.
	 *
	 * @param list<string> $columns
	 * @return int How many rows changed.
	 */
	public function empty_text( TableDeclaration $declaration, array $columns, int $user_id, int $limit ): int {
		if ( array() === $declaration->text ) {
			return 0;
		}
		$some_text = self::some_text( $declaration );
		$keys      = $this->keys( $declaration, $columns, $user_id, $some_text, $limit );
		if ( array() === $keys ) {
			return 0;
		}
		$set = implode( ', ', array_map( static fn ( string $column ): string => "{$column} = ''", $declaration->text ) );
		return $this->write( $declaration, "UPDATE %table% SET {$set}", array(), $keys );
	}

	/**
	 * Retention: empties the text columns in up to `$limit` rows that belong to a subject whose time is
	 * up and still hold some text, so a second run finds nothing more to do.
	 *
	 * @param string $column   The column naming the subject (from the declaration).
	 * @param string $subjects The due subjects as SQL for `IN ( … )`: a prepared subquery, or IDs joined by commas.
	 * @return int How many rows lost their text.
	 */
	public function empty_text_of( TableDeclaration $declaration, string $column, string $subjects, int $limit ): int {
		global $wpdb;
		if ( array() === $declaration->text || '' === $subjects || $limit <= 0 ) {
			return 0;
		}
		$table     = Schema::table( $declaration->table );
		$key       = $declaration->key;
		$some_text = self::some_text( $declaration );
		$keys      = $wpdb->get_results( "SELECT {$key} FROM {$table} WHERE {$column} IN ( {$subjects} ) AND {$some_text} ORDER BY {$key} LIMIT " . (int) $limit, ARRAY_A ); // phpcs:ignore WordPress.DB -- names from the declaration; the subjects come prepared from their repository; the limit is a number.
		if ( ! is_array( $keys ) || array() === $keys ) {
			if ( '' !== $wpdb->last_error ) {
				throw new \RuntimeException( sprintf( 'Finding the personal text due in %s failed: %s', esc_html( $table ), esc_html( $wpdb->last_error ) ) );
			}
			return 0;
		}
		$set = implode( ', ', array_map( static fn ( string $text ): string => "{$text} = ''", $declaration->text ) );
		// Still holding text when written: two runs at once count each row once.
		return $this->write( $declaration, "UPDATE %table% SET {$set}", array(), array_values( $keys ), $some_text );
	}

	/** The condition that a row still holds some of its declared text (an empty JSON object or list holds none). */
	private static function some_text( TableDeclaration $declaration ): string {
		return '(' . implode( ' OR ', array_map( static fn ( string $column ): string => "{$column} NOT IN ('', '{}', '[]')", $declaration->text ) ) . ')';
	}

	/**
	 * The keys of up to `$limit` rows where any of the columns names the person.
	 *
	 * @param list<string> $columns
	 * @return list<array<string, mixed>> Each row's key columns.
	 */
	private function keys( TableDeclaration $declaration, array $columns, int $user_id, string $also, int $limit ): array {
		global $wpdb;
		if ( array() === $columns ) {
			return array();
		}
		list( $where, $args ) = self::naming( $columns, $user_id );
		if ( '' !== $also ) {
			$where .= ' AND ' . $also;
		}
		$table  = Schema::table( $declaration->table );
		$key    = $declaration->key;
		$args[] = $limit;
		$keys   = $wpdb->get_results( $wpdb->prepare( "SELECT {$key} FROM {$table} WHERE {$where} ORDER BY {$key} LIMIT %d", $args ), ARRAY_A ); // phpcs:ignore WordPress.DB -- names from the declaration; values through prepare().
		return is_array( $keys ) ? array_values( $keys ) : array();
	}

	/**
	 * Runs a DELETE or UPDATE on the rows with the given keys (one condition per row, so keys of
	 * several columns work on every database).
	 *
	 * @param list<mixed>                $args
	 * @param list<array<string, mixed>> $keys
	 * @param string                     $also A condition every row must still meet ('' for none).
	 */
	private function write( TableDeclaration $declaration, string $statement, array $args, array $keys, string $also = '' ): int {
		global $wpdb;
		$table   = Schema::table( $declaration->table );
		$columns = $declaration->key_columns();
		$one     = '(' . implode( ' AND ', array_map( static fn ( string $column ): string => "{$column} = %s", $columns ) ) . ')';
		$values  = array();
		foreach ( $keys as $key ) {
			foreach ( $columns as $column ) {
				$values[] = (string) $key[ $column ];
			}
		}
		$rows = '(' . implode( ' OR ', array_fill( 0, count( $keys ), $one ) ) . ')';
		$sql  = str_replace( '%table%', $table, $statement ) . ' WHERE ' . ( '' === $also ? $rows : $also . ' AND ' . $rows );
		$done = $wpdb->query( $wpdb->prepare( $sql, array_merge( $args, $values ) ) ); // phpcs:ignore WordPress.DB -- names from the declaration; values through prepare().
		if ( false === $done ) {
			throw new \RuntimeException( sprintf( 'Changing personal data in %s failed: %s', esc_html( $table ), esc_html( $wpdb->last_error ) ) );
		}
		return (int) $done;
	}

	/**
	 * @param list<string> $columns
	 * @return array{0: string, 1: list<int>}
	 */
	private static function naming( array $columns, int $user_id ): array {
		return array(
			'(' . implode( ' OR ', array_map( static fn ( string $column ): string => "{$column} = %d", $columns ) ) . ')',
			array_fill( 0, count( $columns ), $user_id ),
		);
	}
}
