/**
 * The place on the Applications screen where the cohort's mentor applications are shown.
 */
import { __ } from '@wordpress/i18n';

/**
 * The cohort's mentor applications.
 * @param props
 * @param props.cohortId The cohort.
 */
export function MentorApplications( { cohortId }: { cohortId: number } ) {
	return (
		<p data-cohort={ cohortId }>
			{ __(
				'The applications to mentor this cohort are shown here.',
				'wayfinder'
			) }
		</p>
	);
}
