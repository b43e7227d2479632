<?php
/**
 * The matching engine's reasons in the site's language: the same sentences as
 * Wayfinder\Matching\Messages, passed through WordPress's translation functions.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Matching\Messages;

final class MatchingMessages extends Messages {

	/** @return array<string, string> */
	protected function templates(): array {
		return array(
			/* translators: %1$s: the languages both people speak, as a list. */
			'languages.shared'        => __( 'Both speak %1$s.', 'wayfinder' ),
			/* translators: %1$s: the mentee's languages; %2$s: the mentor's languages. */
			'languages.none'          => __( 'No shared language (mentee: %1$s; mentor: %2$s).', 'wayfinder' ),
			/* translators: %1$s: hours per week, e.g. 2.5. */
			'time.shared'             => __( '%1$s hours a week when both are available, over the coming four weeks.', 'wayfinder' ),
			'time.none'               => __( 'No time in the week when both are available.', 'wayfinder' ),
			/* translators: %1$s: the teams both are interested in, as a list. */
			'teams.shared'            => __( 'Shared teams: %1$s.', 'wayfinder' ),
			/* translators: %1$s: the mentee's teams, as a list. */
			'teams.none'              => __( 'No shared team (the mentee is interested in %1$s).', 'wayfinder' ),
			'teams.any'               => __( 'The mentee has no team preference.', 'wayfinder' ),
			/* translators: %1$s: free places; %2$s: current mentees; %3$s: capacity; %4$s: the mentor's weight (low, normal, high). */
			'load.room'               => __( 'Has room for %1$s more (%2$s of %3$s taken; weight %4$s).', 'wayfinder' ),
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

	/** @param list<string> $items */
	public function list_of( array $items ): string {
		return array() === $items ? __( 'none given', 'wayfinder' ) : wp_sprintf( '%l', $items );
	}
}
