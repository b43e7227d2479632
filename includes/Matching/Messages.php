<?php
/**
 * Human-readable reasons. The engine speaks in codes with parameters; a Messages implementation
 * turns them into sentences (English here, with language codes and team slugs as they are; the
 * WordPress side supplies translated sentences, language and team names, plurals and the locale's
 * numbers).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

class Messages {

	/** @return array<string, string> Code => sprintf template with numbered placeholders. */
	protected function templates(): array {
		return array(
			'languages.shared'        => 'Both speak %1$s.',
			'languages.none'          => 'No shared language (mentee: %1$s; mentor: %2$s).',
			'time.shared.one'         => '%1$s hour a week when both are available, over the coming four weeks.',
			'time.shared'             => '%1$s hours a week when both are available, over the coming four weeks.',
			'time.none'               => 'No time in the week when both are available.',
			'teams.shared'            => 'Shared teams: %1$s.',
			'teams.none'              => 'No shared team (the mentee is interested in %1$s).',
			'teams.any'               => 'The mentee has no team preference.',
			'load.room'               => 'Has room for %1$s more (%2$s of %3$s taken; takes %4$s of new mentees).',
			'preference.asked'        => 'The mentee asked for this mentor.',
			'unmatched.no_mentors'    => 'No mentor is available for automatic matching right now.',
			'unmatched.no_language'   => 'No mentor speaks %1$s.',
			'unmatched.all_away'      => 'Every mentor who speaks %1$s is away or retired.',
			'unmatched.all_full'      => 'No mentor who speaks %1$s has room.',
			'unmatched.manual_only'   => 'The mentors who speak %1$s with room only take mentees they pick themselves.',
			'unmatched.excluded'      => 'The only mentors who fit are ones this mentee should not be matched with again.',
			'unmatched.capacity_used' => 'Every mentor who fits this mentee had their room taken by other mentees in this round.',
			'unmatched.no_candidates' => 'No candidate mentor was given for this mentee.',
		);
	}

	/** @param list<string|int|float> $params */
	public function format( string $code, array $params = array() ): string {
		$template = $this->templates()[ $code ] ?? $code;
		return vsprintf( $template, $params );
	}

	/**
	 * A sentence that counts something: the template for one (`<code>.one`) or for more.
	 *
	 * @param list<string|int|float> $params
	 */
	public function format_count( string $code, float $count, array $params = array() ): string {
		return $this->format( 1.0 === $count && isset( $this->templates()[ $code . '.one' ] ) ? $code . '.one' : $code, $params );
	}

	/** @param list<string> $items */
	public function list_of( array $items ): string {
		return array() === $items ? 'none given' : implode( ', ', $items );
	}

	/** A language as people read it (here: its code). */
	public function language( string $code ): string {
		return $code;
	}

	/** A team as people read it (here: its slug). */
	public function team( string $slug ): string {
		return $slug;
	}

	/** A mentor's weight as people read it: the share of new mentees they take. */
	public function weight( string $weight ): string {
		$names = array(
			'none'   => 'only mentees they pick',
			'low'    => 'a small share',
			'normal' => 'a normal share',
			'high'   => 'a large share',
		);
		return $names[ $weight ] ?? $weight;
	}

	/** A number as people read it: at most one decimal, none when whole. */
	public function number( float $number ): string {
		return rtrim( rtrim( number_format( $number, 1, '.', '' ), '0' ), '.' );
	}

	/**
	 * Languages as a list of their names.
	 *
	 * @param list<string> $codes
	 */
	public function languages( array $codes ): string {
		return $this->list_of( array_map( array( $this, 'language' ), $codes ) );
	}

	/**
	 * Teams as a list of their names.
	 *
	 * @param list<string> $slugs
	 */
	public function teams( array $slugs ): string {
		return $this->list_of( array_map( array( $this, 'team' ), $slugs ) );
	}
}
