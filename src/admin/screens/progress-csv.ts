/**
 * A cohort's progress list as a CSV file for spreadsheets.
 */
import { __ } from '@wordpress/i18n';

import type { CohortProgressRow } from '../../api/types';

/**
 * One CSV field: quoted, quotes doubled, and a leading =, +, -, @, tab or carriage return defused so a spreadsheet never
 * runs it as a formula.
 * @param value The field's text.
 */
export function csvField( value: string | number ): string {
	let text = String( value );
	if ( /^[=+\-@\t\r]/.test( text ) ) {
		text = `'${ text }`;
	}
	return `"${ text.replace( /"/g, '""' ) }"`;
}

/**
 * The whole list as CSV, a header row first.
 * @param rows Every mentee's progress.
 */
export function progressCsv( rows: CohortProgressRow[] ): string {
	const header = [
		__( 'Mentee', 'wayfinder' ),
		__( 'Takes part', 'wayfinder' ),
		__( 'Mentor', 'wayfinder' ),
		__( '1:1 sessions attended', 'wayfinder' ),
		__( '1:1 sessions required', 'wayfinder' ),
		__( 'Group sessions attended', 'wayfinder' ),
		__( 'Group sessions required', 'wayfinder' ),
		__( 'Training done', 'wayfinder' ),
		__( 'Goals in the plan', 'wayfinder' ),
		__( 'Goals done', 'wayfinder' ),
		__( 'Check-ins answered', 'wayfinder' ),
		__( 'Last activity (UTC)', 'wayfinder' ),
		__( 'Warning', 'wayfinder' ),
	];
	const lines = rows.map( ( row ) =>
		[
			row.name,
			row.mode_label,
			row.mentor_name,
			row.one_to_ones.done,
			row.one_to_ones.required,
			row.group_sessions.done,
			row.group_sessions.required,
			row.training_done,
			row.plan_goals,
			row.plan_done,
			row.checkins_answered,
			row.last_activity ?? '',
			row.warning_label,
		]
			.map( csvField )
			.join( ',' )
	);
	return [ header.map( csvField ).join( ',' ), ...lines ].join( '\r\n' );
}

/**
 * Gives the browser a CSV file to save (with a byte-order mark, so spreadsheets read UTF-8).
 * @param csv  The file's text.
 * @param name The file's name.
 */
export function downloadCsv( csv: string, name: string ): void {
	const file = new Blob( [ '\ufeff', csv ], {
		type: 'text/csv;charset=utf-8',
	} );
	const link = document.createElement( 'a' );
	link.href = URL.createObjectURL( file );
	link.download = name;
	link.click();
	URL.revokeObjectURL( link.href );
}
