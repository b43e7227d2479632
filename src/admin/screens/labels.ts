/** The words screens use for the API's codes, in one place. */
import { __, _n, sprintf } from '@wordpress/i18n';

export const SOURCE_LABELS: Record< string, string > = {
	auto: __( 'Automatic', 'wayfinder' ),
	mentee_request: __( 'Mentee asked', 'wayfinder' ),
	coordinator: __( 'Coordinator', 'wayfinder' ),
	mentor_offer: __( 'Mentor offer', 'wayfinder' ),
	cohort: __( 'Cohort', 'wayfinder' ),
	backup: __( 'Backup took over', 'wayfinder' ),
};

export const STATUS_LABELS: Record< string, string > = {
	proposed: __( 'Proposed', 'wayfinder' ),
	active: __( 'Active', 'wayfinder' ),
	completed: __( 'Completed', 'wayfinder' ),
	ended: __( 'Ended', 'wayfinder' ),
};

export const END_REASON_LABELS: Record< string, string > = {
	mentee_wants_other: __(
		'The mentee wants a different mentor',
		'wayfinder'
	),
	mentee_stopped: __( 'The mentee no longer wants a mentor', 'wayfinder' ),
	mentor_quit: __( 'The mentor stopped', 'wayfinder' ),
	inactivity: __( 'Inactivity', 'wayfinder' ),
	completed: __( 'Completed', 'wayfinder' ),
	other: __( 'Other', 'wayfinder' ),
	fit_check: __( 'Not working, said at the fit check', 'wayfinder' ),
};

export const REQUEST_TYPE_LABELS: Record< string, string > = {
	mentee_request: __( 'Mentee asks', 'wayfinder' ),
	coordinator_request: __( 'Coordinator asks a mentor', 'wayfinder' ),
	mentor_offer: __( 'Mentor offers', 'wayfinder' ),
};

/** Languages people commonly ask in; any code the API returns is shown as it is. */
export const LANGUAGE_LABELS: Record< string, string > = Object.fromEntries(
	[
		'en',
		'es',
		'pt-BR',
		'fr',
		'de',
		'it',
		'nl',
		'ja',
		'zh',
		'hi',
		'ta',
		'bn',
		'id',
		'ar',
		'ru',
		'tr',
	].map( ( code ) => [ code, languageName( code ) ] )
);

function languageName( code: string ): string {
	try {
		return (
			new Intl.DisplayNames( [ document.documentElement.lang || 'en' ], {
				type: 'language',
			} ).of( code ) ?? code
		);
	} catch {
		return code;
	}
}

export const MENTOR_STATUS_LABELS: Record< string, string > = {
	available: __( 'Available', 'wayfinder' ),
	away: __( 'Away', 'wayfinder' ),
	retired: __( 'Retired', 'wayfinder' ),
};

export const MENTEE_STATUS_LABELS: Record< string, string > = {
	waiting: __( 'Waiting', 'wayfinder' ),
	matched: __( 'Matched', 'wayfinder' ),
	none: __( 'No mentor, not waiting', 'wayfinder' ),
};

/** The Overview's mentor load buckets, as the mentors list filters by them (`load`). */
export const LOAD_LABELS: Record< string, string > = {
	free: __( 'No mentee yet', 'wayfinder' ),
	some: __( 'Have room', 'wayfinder' ),
	full: __( 'Full', 'wayfinder' ),
	away: __( 'Away or stopped', 'wayfinder' ),
};

export const WEIGHT_LABELS: Record< string, string > = {
	none: __( 'None (never chosen automatically)', 'wayfinder' ),
	low: __( 'Low', 'wayfinder' ),
	normal: __( 'Normal', 'wayfinder' ),
	high: __( 'High', 'wayfinder' ),
};

export const REQUEST_STATUS_LABELS: Record< string, string > = {
	open: __( 'open', 'wayfinder' ),
	accepted: __( 'accepted', 'wayfinder' ),
	declined: __( 'declined', 'wayfinder' ),
	cancelled: __( 'cancelled', 'wayfinder' ),
	expired: __( 'expired', 'wayfinder' ),
};

export const elementsOf = ( labels: Record< string, string > ) =>
	Object.entries( labels ).map( ( [ value, label ] ) => ( {
		value,
		label,
	} ) );

/**
 * A date as the site's visitors read it.
 * @param iso RFC 3339 from the API.
 */
export const formatDate = ( iso: string ) =>
	new Date(
		iso.endsWith( 'Z' ) || iso.includes( '+' ) ? iso : `${ iso }Z`
	).toLocaleString();

/**
 * How long ago something started, in the largest whole unit ("3 days", "5 hours").
 * @param iso RFC 3339 from the API.
 * @param now The time to count to (for tests).
 */
export function waitedFor( iso: string, now: number = Date.now() ): string {
	const then = new Date(
		iso.endsWith( 'Z' ) || iso.includes( '+' ) ? iso : `${ iso }Z`
	).getTime();
	const minutes = Math.max( 0, Math.floor( ( now - then ) / 60000 ) );
	if ( minutes >= 1440 ) {
		const days = Math.floor( minutes / 1440 );
		return sprintf(
			/* translators: %d: number of days */
			_n( '%d day', '%d days', days, 'wayfinder' ),
			days
		);
	}
	if ( minutes >= 60 ) {
		const hours = Math.floor( minutes / 60 );
		return sprintf(
			/* translators: %d: number of hours */
			_n( '%d hour', '%d hours', hours, 'wayfinder' ),
			hours
		);
	}
	return sprintf(
		/* translators: %d: number of minutes */
		_n( '%d minute', '%d minutes', minutes, 'wayfinder' ),
		minutes
	);
}

/**
 * How long someone has waited, in whole days as a queue is read ("3 days"; "less than a day").
 * @param iso RFC 3339 from the API.
 * @param now The time to count to (for tests).
 */
export function waitedDays( iso: string, now: number = Date.now() ): string {
	const then = new Date(
		iso.endsWith( 'Z' ) || iso.includes( '+' ) ? iso : `${ iso }Z`
	).getTime();
	const days = Math.max( 0, Math.floor( ( now - then ) / 86400000 ) );
	if ( days === 0 ) {
		return __( 'less than a day', 'wayfinder' );
	}
	return sprintf(
		/* translators: %d: number of days */
		_n( '%d day', '%d days', days, 'wayfinder' ),
		days
	);
}

/**
 * A calendar date ("2026-03-01") as the reader writes dates, without a timezone shifting the day.
 * @param day YYYY-MM-DD.
 */
export const formatDay = ( day: string ) => {
	const [ year, month, date ] = day.split( '-' ).map( Number );
	return new Date(
		year ?? 0,
		( month ?? 1 ) - 1,
		date ?? 1
	).toLocaleDateString();
};
