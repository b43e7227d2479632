/**
 * The places on the Applications screen where the reviews of a cohort's applications and its
 * mentor applications are shown. Each is a stand-in until the screen of that part is mounted here.
 */
import { __ } from '@wordpress/i18n';

/**
 * The reviews and the reviewers' disagreements of the cohort's applications.
 * @param props
 * @param props.cohortId The cohort.
 */
export function ApplicationReviews( { cohortId }: { cohortId: number } ) {
	return (
		<p data-cohort={ cohortId }>
			{ __(
				'The reviews of this cohort’s applications are shown here.',
				'wayfinder'
			) }
		</p>
	);
}

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
