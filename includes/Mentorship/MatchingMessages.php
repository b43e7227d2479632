<?php
/**
 * The matching engine's reasons in the site's language: the same sentences as
 * Wayfinder\Matching\Messages, passed through WordPress's translation functions, with languages and
 * teams by name (the directory's language names; published teams' titles), plurals (`_n`) and the
 * locale's numbers (`number_format_i18n`) — never the engine's codes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Directory\LanguageNames;
use Wayfinder\Matching\Messages;

final class MatchingMessages extends Messages {

	/** @return array<string, string> */
	protected function templates(): array {
		return array(
			/* translators: %1$s: the languages both people speak, as a list. */
			'languages.shared'        => __( 'Both speak %1$s.', 'wayfinder' ),
			/* translators: %1$s: the mentee's languages; %2$s: the mentor's languages. */
			'languages.none'          => __( 'No shared language (mentee: %1$s; mentor: %2$s).', 'wayfinder' ),
			// time.shared and load.room count: see format_count().
			'time.none'               => __( 'No time in the week when both are available.', 'wayfinder' ),
			/* translators: %1$s: the teams both are interested in, as a list. */
			'teams.shared'            => __( 'Shared teams: %1$s.', 'wayfinder' ),
			/* translators: %1$s: the mentee's teams, as a list. */
			'teams.none'              => __( 'No shared team (the mentee is interested in %1$s).', 'wayfinder' ),
			'teams.any'               => __( 'The mentee has no team preference.', 'wayfinder' ),
			'preference.asked'        => __( 'The mentee asked for this mentor.', 'wayfinder' ),
			'unmatched.no_mentors'    => __( 'No mentor is available for automatic matching right now.', 'wayfinder' ),
			/* translators: %1$s: the mentee's languages, as a list. */
			'unmatched.no_language'   => __( 'No mentor speaks %1$s.', 'wayfinder' ),
			/* translators: %1$s: the mentee's languages, as a list. */
			'unmatched.all_away'      => __( 'Every mentor who speaks %1$s is away or retired.', 'wayfinder' ),
			/* translators: %1$s: the mentee's languages, as a list. */
			'unmatched.all_full'      => __( 'No mentor who speaks %1$s has room.', 'wayfinder' ),
			/* translators: %1$s: the mentee's languages, as a list. */
			'unmatched.manual_only'   => __( 'The mentors who speak %1$s with room only take mentees they pick themselves.', 'wayfinder' ),
			'unmatched.excluded'      => __( 'The only mentors who fit are ones this mentee should not be matched with again.', 'wayfinder' ),
			'unmatched.capacity_used' => __( 'Every mentor who fits this mentee had their room taken by other mentees in this round.', 'wayfinder' ),
			'unmatched.no_candidates' => __( 'No candidate mentor was given for this mentee.', 'wayfinder' ),
		);
	}

	/**
	 * A reason; the sentences that count take their plural from their first parameter.
	 *
	 * @param list<string|int|float> $params
	 */
	public function format( string $code, array $params = array() ): string {
		if ( in_array( $code, array( 'time.shared', 'load.room' ), true ) ) {
			return $this->format_count( $code, (float) ( $params[0] ?? 0 ), $params );
		}
		return parent::format( $code, $params );
	}

	/**
	 * The sentences that count, with the plural the count needs in the site's language.
	 *
	 * @param list<string|int|float> $params
	 */
	public function format_count( string $code, float $count, array $params = array() ): string {
		$n = (int) ceil( $count ); // 1.5 hours is plural in English and most languages.
		switch ( $code ) {
			case 'time.shared':
				/* translators: %1$s: hours per week, e.g. 2.5. */
				return vsprintf( _n( '%1$s hour a week when both are available, over the coming four weeks.', '%1$s hours a week when both are available, over the coming four weeks.', $n, 'wayfinder' ), $params );
			case 'load.room':
				/* translators: %1$s: free places; %2$s: current mentees; %3$s: capacity; %4$s: how many new mentees the mentor takes, e.g. "a normal share". */
				return vsprintf( _n( 'Has room for %1$s more (%2$s of %3$s taken; takes %4$s of new mentees).', 'Has room for %1$s more (%2$s of %3$s taken; takes %4$s of new mentees).', $n, 'wayfinder' ), $params );
		}
		return parent::format( $code, $params );
	}

	/** @param list<string> $items */
	public function list_of( array $items ): string {
		return array() === $items ? __( 'none given', 'wayfinder' ) : wp_sprintf( '%l', $items );
	}

	/** The language's name in the reader's language (the directory's helper), else its code. */
	public function language( string $code ): string {
		return LanguageNames::of( $code );
	}

	/** The published team's title, else its slug. */
	public function team( string $slug ): string {
		return \Wayfinder\Teams\TeamList::all()[ $slug ]['name'] ?? $slug;
	}

	public function weight( string $weight ): string {
		$names = array(
			'none'   => __( 'only mentees they pick', 'wayfinder' ),
			'low'    => __( 'a small share', 'wayfinder' ),
			'normal' => __( 'a normal share', 'wayfinder' ),
			'high'   => __( 'a large share', 'wayfinder' ),
		);
		return $names[ $weight ] ?? $weight;
	}

	public function number( float $number ): string {
		return number_format_i18n( $number, floor( $number ) === $number ? 0 : 1 );
	}
}
