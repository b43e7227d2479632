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

use Wayfinder\Platform\Backfill;
use Wayfinder\Platform\Transaction;

final class WaitingLanguages {

	/** 'ready' once every open request has its rows; otherwise the next request ID to backfill from. */
	public const STATE_OPTION = 'wayfinder_waiting_languages';

	/** @param int $span Requests per backfill step. */
	public function __construct(
		private readonly int $span = 500,
		private readonly WaitingLanguagesRepository $rows = new WaitingLanguagesRepository(),
	) {
	}

	/** Whether the rows are complete (the list may read them). */
	public static function ready(): bool {
		return Backfill::is_ready( self::STATE_OPTION );
	}

	/**
	 * Rows for one open request for any mentor, from its mentee's profile now.
	 *
	 * @return bool False when the database refused them.
	 */
	public function add( int $request_id, int $mentee_id ): bool {
		return $this->insert( array( $request_id => $mentee_id ) );
	}

	/**
	 * A closed request's rows go.
	 *
	 * @return bool False when the database refused.
	 */
	public function remove( int $request_id ): bool {
		return $this->rows->delete_request( $request_id );
	}

	/**
	 * A mentee's profile changed: their rows again, for their open request for any mentor if any. When
	 * the database refuses, the list reads the queue itself until the backfill has made them again.
	 */
	public function refresh( int $mentee_id ): void {
		$open = $this->rows->open_request_of( $mentee_id );
		$done = Transaction::all(
			fn (): bool => $this->rows->delete_mentee( $mentee_id ),
			fn (): bool => null === $open || $this->add( $open, $mentee_id )
		);
		if ( ! $done ) {
			$this->backfill()->stop();
		}
	}

	/**
	 * Every row again, from the first request (bulk seeding, a repair); resumed hourly if cut short.
	 *
	 * @return bool Whether every row was made (false: the database refused a step).
	 */
	public function rebuild(): bool {
		return $this->backfill()->rebuild();
	}

	/** Schema 15 brought the table: fill it from the queue now. */
	public function migrated( int $was ): void {
		if ( $was < 15 ) {
			$this->rebuild();
		}
	}

	/** The hourly tick: carry on where a cut-short backfill stopped, at most $steps spans. */
	public function resume( int $steps = 20 ): void {
		$this->backfill()->resume( $steps );
	}

	private function backfill(): Backfill {
		return new Backfill( self::STATE_OPTION, $this->fill( ... ), $this->rows->delete_all( ... ) );
	}

	/**
	 * The rows of the open requests for any mentor from this request ID on (a span of them), made
	 * again: safe to run twice.
	 *
	 * @return int|null The next request ID to start from (0: none left), or null when the database refused.
	 */
	private function fill( int $from ): ?int {
		$asks = $this->rows->open_requests_from( $from, $this->span );
		if ( null === $asks ) {
			return null;
		}
		if ( array() === $asks ) {
			return 0;
		}
		// Up to the last request read, not beyond: a request opened meanwhile has its rows from add() already.
		$last = (int) array_key_last( $asks );
		if ( ! Transaction::all( fn (): bool => $this->rows->delete_requests_between( $from, $last ), fn (): bool => $this->insert( $asks ) ) ) {
			return null;
		}
		return count( $asks ) < $this->span ? 0 : $last + 1;
	}

	/**
	 * The rows of these requests, each in the languages its mentee can be mentored in as the engine's
	 * hard filter reads their profile.
	 *
	 * @param array<int, int> $asks Mentee by request ID.
	 */
	private function insert( array $asks ): bool {
		$profiles = $this->rows->profile_languages( array_values( array_unique( $asks ) ) );
		$rows     = array();
		foreach ( $asks as $request_id => $mentee_id ) {
			foreach ( self::languages( $profiles[ $mentee_id ] ?? null ) as $language ) {
				// No language code is longer (ProfilesController); a longer token matches no mentor.
				if ( strlen( $language ) <= 20 ) {
					$rows[] = array( $language, $request_id, $mentee_id );
				}
			}
		}
		return $this->rows->insert( $rows );
	}

	/**
	 * The preferred language if set, else the profile's languages, else '' (the site's language).
	 *
	 * @param array{languages: string, preferred_language: string}|null $profile
	 * @return list<string>
	 */
	private static function languages( ?array $profile ): array {
		if ( null === $profile ) {
			return array( '' );
		}
		if ( '' !== $profile['preferred_language'] ) {
			return array( $profile['preferred_language'] );
		}
		// The same tokens as the SQL filter's comma-bounded LIKE (RequestRepository::in_languages).
		return '' !== $profile['languages'] ? array_values( array_unique( explode( ',', $profile['languages'] ) ) ) : array( '' );
	}
}
