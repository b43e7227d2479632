<?php
/**
 * Human-readable reasons. The engine speaks in codes with parameters; a Messages implementation
 * turns them into sentences (English here; the WordPress side supplies translated ones).
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
			'time.shared'             => '%1$s hours a week when both are available, over the coming four weeks.',
			'time.none'               => 'No time in the week when both are available.',
			'teams.shared'            => 'Shared teams: %1$s.',
			'teams.none'              => 'No shared team (the mentee is interested in %1$s).',
			'teams.any'               => 'The mentee has no team preference.',
			'load.room'               => 'Has room for %1$s more (%2$s of %3$s taken; weight %4$s).',
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

	/** @param list<string> $items */
	public function list_of( array $items ): string {
		return array() === $items ? 'none given' : implode( ', ', $items );
	}
}
