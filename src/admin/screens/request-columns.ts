/**
 * What the Requests list shows in its columns, as plain functions (tested on their own).
 */
import { __, sprintf } from '@wordpress/i18n';

import type { MentoringRequest } from '../../api/types';
import { waitedDays } from './labels';

/**
 * An open request for any mentor: the one a coordinator finds a mentor for.
 * @param item The request.
 */
export const awaitsAnyMentor = ( item: MentoringRequest ) =>
	item.status === 'open' &&
	item.type === 'mentee_request' &&
	item.mentor === null;

/**
 * Whom the request is about on the mentor's side. A request for any mentor says so, and once a
 * mentor took it, who ("Any mentor — matched with …"), never the bare name, which would read as if
 * the mentee had asked that mentor.
 * @param item The request.
 */
export function mentorOf( item: MentoringRequest ): string {
	if ( item.mentor_name === null ) {
		return __( 'Any mentor', 'wayfinder' );
	}
	if ( item.any_mentor ) {
		return sprintf(
			/* translators: %s: the mentor's name */
			__( 'Any mentor — matched with %s', 'wayfinder' ),
			item.mentor_name
		);
	}
	return item.mentor_name;
}

/**
 * How long the request has waited while open, as "3 days"; closed requests wait no more.
 * @param item The request.
 * @param now  The time to count to (for tests).
 */
export const waitingOf = (
	item: MentoringRequest,
	now: number = Date.now()
) => ( item.status === 'open' ? waitedDays( item.created_at, now ) : '—' );
