/**
 * What the blind review screens work out without React: the score a key stands for, the review to
 * open, points for people, the coordinators' action on an application.
 */
import { __ } from '@wordpress/i18n';

import type { CohortReviews, ReviewListItem } from '../../api/types';

type Application = CohortReviews[ 'applications' ][ number ];

/**
 * The number a key stands for in a group of 1..scale, or null.
 * @param key   KeyboardEvent.key.
 * @param scale The highest score.
 */
export function scoreForKey( key: string, scale: number ): number | null {
	if ( ! /^[1-9]$/.test( key ) ) {
		return null;
	}
	const score = Number( key );
	return score <= scale ? score : null;
}

/**
 * The review to open in a cohort: the one asked for if it is there, else the first waiting, else the first.
 * @param reviews The cohort's reviews.
 * @param wanted  The one asked for.
 */
export function reviewToOpen(
	reviews: ReviewListItem[],
	wanted: number | null
): number | null {
	if ( wanted !== null && reviews.some( ( r ) => r.id === wanted ) ) {
		return wanted;
	}
	const waiting = reviews.find( ( r ) => r.status === 'assigned' );
	return waiting?.id ?? null;
}

/**
 * A score or spread for people: two decimals, or a dash when there is none yet.
 * @param value The number, or null.
 */
export function points( value: number | null ): string {
	return value === null ? '—' : value.toFixed( 2 );
}

/**
 * What the button does: fill a missing reviewer, else ask for a third (or another) review.
 * @param application The application.
 */
export function actionLabel( application: Application ): string {
	if ( application.needs > 0 ) {
		return __( 'Find a reviewer', 'wayfinder' );
	}
	return application.reviews_wanted <= 2
		? __( 'Ask for a third review', 'wayfinder' )
		: __( 'Ask for another review', 'wayfinder' );
}
