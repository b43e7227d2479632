<?php
/**
 * Each word of each profile's name (its kept copy of the display name, sort_name), folded to lower
 * case without accents, so a search of the People lists finds the people who have a word starting
 * with each word typed through an index — as many rows read as people found — instead of reading
 * every name for the letters anywhere in it. Words in scripts written without spaces (Chinese,
 * Japanese, Korean, Thai) are kept from each of their letters on too, so any part of them is found.
 *
 * The profiles stay the record. Rows follow every write of a name (ProfileRepository), the bulk ones
 * (placeholders for mentors, the People marks' backfill) included. A backfill (schema 16, `wp
 * wayfinder repair`, bulk seeding) makes them again a span of profiles at a time, resumed hourly if
 * cut short; until it has finished, searches read the names themselves (ready() is false).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Platform\Backfill;

final class NameWords {

	/** 'ready' once every profile has its words; otherwise the next user ID to backfill from. */
	public const STATE_OPTION = 'wayfinder_name_words';

	/** The column's length: a longer word is kept by its start. */
	private const LONGEST = 100;

	/** At most this many rows for one name. */
	private const MOST = 40;

	/** @param int $span Profiles per backfill step. */
	public function __construct(
		private readonly int $span = 1000,
		private readonly NameWordsRepository $rows = new NameWordsRepository(),
	) {
	}

	/** Whether every profile has its words (searches may read them). */
	public static function ready(): bool {
		return Backfill::is_ready( self::STATE_OPTION );
	}

	/**
	 * The words kept for a name.
	 *
	 * @return list<string>
	 */
	public static function of( string $name ): array {
		$words = array();
		foreach ( self::terms( $name ) as $word ) {
			$words[ $word ] = true;
			if ( 1 === preg_match( '/[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]/u', $word ) ) {
				$length = min( mb_strlen( $word ), 20 );
				for ( $i = 1; $i < $length; $i++ ) {
					$words[ mb_substr( $word, $i ) ] = true;
				}
			}
		}
		return array_slice( array_map( 'strval', array_keys( $words ) ), 0, self::MOST );
	}

	/**
	 * The words of what was typed, folded the same way: a person is found when each starts one of theirs.
	 *
	 * @return list<string>
	 */
	public static function terms( string $text ): array {
		// A fixed locale: words kept under one site language must still be found under another.
		$folded = mb_strtolower( remove_accents( $text, 'en_US' ) );
		$terms  = array();
		$words  = preg_split( '/[^\p{L}\p{M}\p{N}]+/u', $folded, -1, PREG_SPLIT_NO_EMPTY );
		foreach ( false === $words ? array() : $words as $word ) {
			$terms[ mb_substr( $word, 0, self::LONGEST ) ] = true;
		}
		return array_map( 'strval', array_keys( $terms ) );
	}

	/**
	 * A profile's name was written: its words again. When the database refuses, searches read the
	 * names themselves until the backfill has made them again.
	 */
	public function name( int $user_id, string $name ): void {
		if ( ! $this->rows->replace( array( $user_id => self::of( $name ) ) ) ) {
			$this->backfill()->stop();
		}
	}

	/** Profiles written in bulk without their words (placeholders for mentors): their words now. */
	public function fill_missing(): void {
		for ( $from = 0; null !== $from; ) {
			$names = $this->rows->names_from( $from, $this->span, true );
			if ( null === $names || ! $this->replace( $names ) ) {
				$this->backfill()->stop();
				return;
			}
			$from = count( $names ) < $this->span ? null : (int) array_key_last( $names ) + 1;
		}
	}

	/**
	 * The words of these profiles' names, read from their rows (a span the People marks' backfill
	 * wrote names for).
	 */
	public function remake( int $from, int $to ): void {
		while ( $from <= $to ) {
			$names = $this->rows->names_from( $from, $this->span );
			if ( null === $names || ! $this->replace( array_filter( $names, static fn ( int $id ): bool => $id <= $to, ARRAY_FILTER_USE_KEY ) ) ) {
				$this->backfill()->stop();
				return;
			}
			if ( count( $names ) < $this->span ) {
				return;
			}
			$from = (int) array_key_last( $names ) + 1;
		}
	}

	/**
	 * Every row again, from the first profile (bulk seeding, a repair); resumed hourly if cut short.
	 *
	 * @return bool Whether every row was made (false: the database refused a step).
	 */
	public function rebuild(): bool {
		return $this->backfill()->rebuild();
	}

	/** Schema 16 brought the table: fill it from the profiles now. */
	public function migrated( int $was ): void {
		if ( $was < 16 ) {
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
	 * The words of a span of profiles from this user ID on, made again: safe to run twice.
	 *
	 * @return int|null The next user ID to start from (0: none left), or null when the database refused.
	 */
	private function fill( int $from ): ?int {
		$names = $this->rows->names_from( $from, $this->span );
		if ( null === $names || ! $this->replace( $names ) ) {
			return null;
		}
		return count( $names ) < $this->span ? 0 : (int) array_key_last( $names ) + 1;
	}

	/**
	 * SQL for "has a word starting with each term", and its values.
	 *
	 * @param list<string> $terms From terms().
	 * @return array{0: string, 1: list<string>}
	 */
	public function having_words( array $terms, string $column ): array {
		return $this->rows->having_words( $terms, $column );
	}

	/** @param array<int, string> $names Name by user ID. */
	private function replace( array $names ): bool {
		return $this->rows->replace( array_map( array( self::class, 'of' ), $names ) );
	}
}
