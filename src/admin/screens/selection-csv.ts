/**
 * A cohort's ranked applications as a CSV file for spreadsheets: pseudonymous until the decisions
 * are locked; the name and email columns come only once they are (the list carries them only then,
 * and only to coordinators).
 */
import { __ } from '@wordpress/i18n';

import type { CohortSelection } from '../../api/types';
import { csvField } from './progress-csv';

/**
 * The whole list as CSV, a header row first.
 * @param selection The cohort's selection, as the server sent it.
 */
export function selectionCsv( selection: CohortSelection ): string {
	const named = selection.named;
	const header = [
		__( 'Rank', 'wayfinder' ),
		__( 'Applicant', 'wayfinder' ),
		...( named
			? [ __( 'Name', 'wayfinder' ), __( 'Email', 'wayfinder' ) ]
			: [] ),
		__( 'Score', 'wayfinder' ),
		__( 'Spread', 'wayfinder' ),
		__( 'Reviewers disagree', 'wayfinder' ),
		__( 'Reviews done', 'wayfinder' ),
		__( 'Reviews wanted', 'wayfinder' ),
		__( 'Takes part', 'wayfinder' ),
		__( 'Teams', 'wayfinder' ),
		__( 'Sponsored', 'wayfinder' ),
		__( 'Decision', 'wayfinder' ),
		__( 'Reason', 'wayfinder' ),
		__( 'Waitlist position', 'wayfinder' ),
		__( 'Tie', 'wayfinder' ),
	];
	const yes = __( 'Yes', 'wayfinder' );
	const no = __( 'No', 'wayfinder' );
	const lines = selection.rows.map( ( row ) =>
		[
			row.rank ?? '',
			row.label,
			...( named ? [ row.name ?? '', row.email ?? '' ] : [] ),
			row.score ?? '',
			row.spread ?? '',
			row.flagged ? yes : no,
			row.reviews_done,
			row.reviews_wanted,
			row.mode_label,
			row.team_names.join( ', ' ),
			row.sponsored ? yes : no,
			row.decision_label,
			row.reason_label,
			row.position ?? '',
			row.tie_label,
		]
			.map( csvField )
			.join( ',' )
	);
	return [ header.map( csvField ).join( ',' ), ...lines ].join( '\r\n' );
}
