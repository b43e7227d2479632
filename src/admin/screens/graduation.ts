/**
 * How the cohort screen says where a mentee stands for graduation, and the cohort's counts.
 */
import { __, sprintf } from '@wordpress/i18n';

import type {
	GraduationChecklist,
	GraduationSummary,
} from '../../api/graduation';

/**
 * "Graduated on …", "Ready to graduate" or "Left: …".
 * @param checklist The mentee's checklist.
 * @param date      Formats a date for people.
 */
export function graduationText(
	checklist: GraduationChecklist | undefined,
	date: ( iso: string ) => string
): string {
	if ( ! checklist ) {
		return '';
	}
	if ( checklist.graduated && checklist.graduated_at ) {
		return sprintf(
			/* translators: %s: a date. */
			__( 'Graduated on %s', 'wayfinder' ),
			date( checklist.graduated_at )
		);
	}
	if ( checklist.met ) {
		return __( 'Ready to graduate', 'wayfinder' );
	}
	return sprintf(
		/* translators: %s: what is left, e.g. "1 of 3 group sessions attended". */
		__( 'Left: %s', 'wayfinder' ),
		checklist.left
	);
}

/**
 * "12 graduated, 3 ready, 5 still working".
 * @param counts The cohort's counts.
 */
export function graduationCounts(
	counts: GraduationSummary[ 'counts' ]
): string {
	return sprintf(
		/* translators: 1: mentees who graduated, 2: mentees ready to graduate (not confirmed yet), 3: mentees still working towards it. */
		__( '%1$d graduated, %2$d ready, %3$d still working', 'wayfinder' ),
		counts.graduated,
		counts.ready,
		counts.working
	);
}
