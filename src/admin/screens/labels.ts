/** The words screens use for the API's codes, in one place. */
import { __ } from '@wordpress/i18n';

export const SOURCE_LABELS: Record< string, string > = {
	auto: __( 'Automatic', 'wayfinder' ),
	mentee_request: __( 'Mentee asked', 'wayfinder' ),
	coordinator: __( 'Coordinator', 'wayfinder' ),
	mentor_offer: __( 'Mentor offer', 'wayfinder' ),
	cohort: __( 'Cohort', 'wayfinder' ),
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
};

export const REQUEST_TYPE_LABELS: Record< string, string > = {
	mentee_request: __( 'Mentee asks', 'wayfinder' ),
	coordinator_request: __( 'Coordinator asks a mentor', 'wayfinder' ),
	mentor_offer: __( 'Mentor offers', 'wayfinder' ),
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
