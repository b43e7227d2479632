/**
 * What ending a match does, said before the coordinator confirms: no reason is chosen for them, and
 * each reason's consequence is spelled out with the people's names (MatchEndings: the mentee gets a
 * new mentor — never the same — for "wants a different mentor" and "the mentor stopped").
 */
import { __, sprintf } from '@wordpress/i18n';

import type { MatchEndReason } from '../../api/types';

/** The reasons after which Wayfinder finds the mentee their next mentor itself. */
export const FINDS_NEXT_MENTOR: MatchEndReason[] = [
	'mentee_wants_other',
	'mentor_quit',
];

/**
 * The consequence of ending a match for a reason, or null while no reason is chosen.
 * @param reason The reason chosen, or '' for none yet.
 * @param mentee The mentee's name.
 * @param mentor The mentor's name.
 */
export function endingConsequence(
	reason: MatchEndReason | '',
	mentee: string,
	mentor: string
): string | null {
	if ( reason === '' ) {
		return null;
	}
	if ( FINDS_NEXT_MENTOR.includes( reason ) ) {
		return sprintf(
			/* translators: 1: mentee's name, 2: mentor's name */
			__(
				'%1$s will get a new mentor: Wayfinder picks the best mentor with room now (never %2$s), or puts %1$s in the queue if nobody fits. %2$s’s place is freed.',
				'wayfinder'
			),
			mentee,
			mentor
		);
	}
	if ( reason === 'completed' ) {
		return sprintf(
			/* translators: 1: mentee's name, 2: mentor's name */
			__(
				'The mentorship is recorded as completed. %1$s will have no mentor and is not put in the queue. %2$s’s place is freed.',
				'wayfinder'
			),
			mentee,
			mentor
		);
	}
	return sprintf(
		/* translators: 1: mentee's name, 2: mentor's name */
		__(
			'%1$s will have no mentor and is not put in the queue; they can ask for a mentor again. %2$s’s place is freed.',
			'wayfinder'
		),
		mentee,
		mentor
	);
}
