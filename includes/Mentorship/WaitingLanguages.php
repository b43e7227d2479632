<?php
/**
 * The queue for any mentor by language: one row (language, request, mentee) for each language a
 * waiting mentee can be mentored in, so a mentor's list of waiting mentees reads, per language they
 * speak, only the people it can show, in queue order, instead of walking the whole queue for the few
 * who speak a rare language. A mentee's languages are those the engine's hard filter checks: the
 * preferred language if set, else the profile's languages, else '' (the site's language, which a
 * mentor speaks or not).
 *
 * The requests and profiles tables stay the record. Rows follow a request opening and closing
 * (RequestRepository, in its transaction) and a mentee's profile changing (MentorshipModule). A
 * backfill (schema 15, `wp wayfinder repair`, bulk seeding) makes them again a span of requests at
 * a time, resumed hourly if cut short; until it has finished, and whenever keeping a mentee's rows
 * failed, the list reads the queue itself (ready() is false).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Schema;

final class WaitingLanguages {

	/** 'ready' once every open request has its rows; otherwise the next request ID to backfill from. */
	public const STATE_OPTION = 'wayfinder_waiting_languages';

	/** @param int $span Requests per backfill step. */
	public function __construct( private readonly int $span = 500 ) {
	}

	/** Whether the rows are complete (the list may read them). */
	public static function ready(): bool {
		return 'ready' === get_option( self::STATE_OPTION );
	}

	/**
	 * Rows for one open request for any mentor, from its mentee's profile now.
	 *
	 * @return bool False when the database refused them.
	 */
	public function add( int $request_id, int $mentee_id ): bool {
		return $this->insert( array( $request_id => $mentee_id ), $this->languages_of( array( $mentee_id ) ) );
	}

	/**
	 * A closed request's rows go.
	 *
	 * @return bool False when the database refused.
	 */
	public function remove( int $request_id ): bool {
		global $wpdb;
		$table = Schema::waiting_languages_table();
		return false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE request_id = %d", $request_id ) ); // phpcs:ignore WordPress.DB -- our table; the ID prepared.
	}

	/**
	 * A mentee's profile changed: their rows again, for their open request for any mentor if any. When
	 * the database refuses, the list reads the queue itself until the backfill has made them again.
	 */
	public function refresh( int $mentee_id ): void {
		global $wpdb;
		$table    = Schema::waiting_languages_table();
		$requests = Schema::requests_table();
		// phpcs:disable WordPress.DB -- our tables; the ID prepared.
		$open = $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$requests} WHERE mentee_id = %d AND type = 'mentee_request' AND asked_mentor = 0 AND status = 'open' LIMIT 1", $mentee_id ) );
		$done = false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE mentee_id = %d", $mentee_id ) )
			&& ( null === $open || $this->add( (int) $open, $mentee_id ) );
		// phpcs:enable WordPress.DB
		if ( ! $done ) {
			update_option( self::STATE_OPTION, 0, true );
		}
	}

	/**
	 * Every row again, from the first request (bulk seeding, a repair); resumed hourly if cut short.
	 *
	 * @return bool Whether every row was made (false: the database refused a step).
	 */
	public function rebuild(): bool {
		global $wpdb;
		update_option( self::STATE_OPTION, 0, true );
		// Lists read the queue itself until it is done, so the old rows can all go first, strays included.
		$wpdb->query( 'DELETE FROM ' . Schema::waiting_languages_table() ); // phpcs:ignore WordPress.DB -- our table; no input.
		$this->resume( PHP_INT_MAX );
		return self::ready();
	}

	/** Schema 15 brought the table: fill it from the queue now. */
	public function migrated( int $was ): void {
		if ( $was < 15 ) {
			$this->rebuild();
		}
	}

	/** The hourly tick: carry on where a cut-short backfill stopped, at most $steps spans. */
	public function resume( int $steps = 20 ): void {
		$state = get_option( self::STATE_OPTION );
		while ( 'ready' !== $state && $steps-- > 0 ) {
			$next = $this->fill( (int) $state );
			if ( null === $next ) {
				return; // The database refused a step: the next tick tries it again.
			}
			$state = 0 === $next ? 'ready' : $next;
			update_option( self::STATE_OPTION, $state, true );
		}
	}

	/**
	 * The rows of the open requests for any mentor from this request ID on (a span of them), made
	 * again: safe to run twice.
	 *
	 * @return int|null The next request ID to start from (0: none left), or null when the database refused.
	 */
	private function fill( int $from ): ?int {
		global $wpdb;
		$table    = Schema::waiting_languages_table();
		$requests = Schema::requests_table();
		// phpcs:disable WordPress.DB -- our tables; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT id, mentee_id FROM {$requests} WHERE id >= %d AND type = 'mentee_request' AND asked_mentor = 0 AND status = 'open' ORDER BY id LIMIT %d", $from, $this->span ), ARRAY_A );
		if ( ! is_array( $rows ) ) {
			return null;
		}
		if ( array() === $rows ) {
			return 0;
		}
		// Up to the last request read, not beyond: a request opened meanwhile has its rows from add() already.
		$last    = (int) end( $rows )['id'];
		$cleared = $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE request_id >= %d AND request_id <= %d", $from, $last ) );
		// phpcs:enable WordPress.DB
		$asks = array_column( $rows, 'mentee_id', 'id' );
		if ( false === $cleared || ! $this->insert( array_map( 'intval', $asks ), $this->languages_of( array_map( 'intval', array_values( $asks ) ) ) ) ) {
			return null;
		}
		return count( $rows ) < $this->span ? 0 : $last + 1;
	}

	/**
	 * The languages each mentee can be mentored in, as the engine's hard filter reads their profile.
	 *
	 * @param list<int> $mentee_ids
	 * @return array<int, list<string>>
	 */
	private function languages_of( array $mentee_ids ): array {
		global $wpdb;
		$languages = array_fill_keys( $mentee_ids, array( '' ) );
		if ( array() === $mentee_ids ) {
			return $languages;
		}
		$profiles = Schema::profiles_table();
		$ids      = implode( ',', array_map( 'intval', $mentee_ids ) );
		$rows     = $wpdb->get_results( "SELECT user_id, languages, preferred_language FROM {$profiles} WHERE user_id IN ({$ids})", ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; the IDs are integers.
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$spoken = '' !== (string) $row['languages'] ? explode( ',', (string) $row['languages'] ) : array( '' );
			// The same tokens as the SQL filter's comma-bounded LIKE (RequestRepository::in_languages).
			$languages[ (int) $row['user_id'] ] = '' !== (string) $row['preferred_language'] ? array( (string) $row['preferred_language'] ) : array_values( array_unique( $spoken ) );
		}
		return $languages;
	}

	/**
	 * @param array<int, int>          $asks      Mentee by request ID.
	 * @param array<int, list<string>> $languages Languages by mentee.
	 */
	private function insert( array $asks, array $languages ): bool {
		global $wpdb;
		$values = array();
		foreach ( $asks as $request_id => $mentee_id ) {
			foreach ( $languages[ $mentee_id ] ?? array( '' ) as $language ) {
				// No language code is longer (ProfilesController); a longer token matches no mentor.
				if ( strlen( $language ) <= 20 ) {
					$values[] = $wpdb->prepare( '(%s, %d, %d)', $language, $request_id, $mentee_id );
				}
			}
		}
		if ( array() === $values ) {
			return true;
		}
		$table = Schema::waiting_languages_table();
		return false !== $wpdb->query( "INSERT INTO {$table} (language, request_id, mentee_id) VALUES " . implode( ',', $values ) ); // phpcs:ignore WordPress.DB -- our table; each row prepared above.
	}
}
