/**
 * A cohort's blind review, for coordinators: per application (by pseudonym) its reviewers by name
 * with their status and totals, the mean score, the spread between reviewers and the flag for a
 * large disagreement, "Needs 1 more reviewer" when the pool was too small, and "Ask for a third
 * review"; per reviewer, their progress. Wired into the coordinators' Applications screen.
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	askForExtraReview,
	getCohortReviews,
	toRestError,
	type RestError,
} from '../../api/client';
import type { CohortReviews, ReviewStatus } from '../../api/types';

type Application = CohortReviews[ 'applications' ][ number ];
import LoadError from '../components/LoadError';
import { actionLabel, points } from './reviewing';
import { useRequest } from '../useRequest';

const STATUS_LABELS: Record< ReviewStatus, string > = {
	assigned: __( 'Not submitted yet', 'wayfinder' ),
	done: __( 'Submitted', 'wayfinder' ),
	conflict: __( 'Conflict of interest', 'wayfinder' ),
};

/**
 * One reviewer's part in an application: "Ana Lima: Submitted, 3.25".
 * @param reviewer The reviewer's review.
 */
function reviewerLine(
	reviewer: Application[ 'reviewers' ][ number ]
): string {
	const status = STATUS_LABELS[ reviewer.status ];
	return reviewer.total === null
		? sprintf(
				/* translators: 1: a reviewer's name, 2: the review's status. */
				__( '%1$s: %2$s', 'wayfinder' ),
				reviewer.name,
				status
			)
		: sprintf(
				/* translators: 1: a reviewer's name, 2: the review's status, 3: their weighted score. */
				__( '%1$s: %2$s, %3$s', 'wayfinder' ),
				reviewer.name,
				status,
				points( reviewer.total )
			);
}

export default function ApplicationReviews( {
	cohortId,
}: {
	cohortId: number;
} ) {
	const load = useCallback(
		() => getCohortReviews( cohortId ),
		[ cohortId ]
	);
	const { state, reload } = useRequest( load );
	const [ asking, setAsking ] = useState< number | null >( null );
	const [ error, setError ] = useState< RestError | null >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );

	if ( state.status === 'loading' ) {
		return <Spinner />;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	const view = state.data;

	const ask = async ( application: number ) => {
		setAsking( application );
		setError( null );
		try {
			const added = await askForExtraReview( application );
			void createSuccessNotice( added.message, { type: 'snackbar' } );
			reload();
		} catch ( failure ) {
			setError( toRestError( failure ) );
		} finally {
			setAsking( null );
		}
	};

	if ( view.applications.length === 0 ) {
		return (
			<p>
				{ __(
					'No application of this cohort has been released to reviewers yet.',
					'wayfinder'
				) }
			</p>
		);
	}

	return (
		<div className="wayfinder-application-reviews">
			<p>
				{ sprintf(
					/* translators: 1: how many people may review, 2: the spread that counts as a disagreement. */
					__(
						'%1$d people may review (reviewers who see no personal data). Reviewers disagree when their scores are %2$d points apart or more.',
						'wayfinder'
					),
					view.pool,
					view.disagreement
				) }
			</p>
			{ view.flagged > 0 && (
				<Notice status="warning" isDismissible={ false }>
					{ sprintf(
						/* translators: %d: how many applications. */
						_n(
							'Reviewers disagree on %d application: consider a third review.',
							'Reviewers disagree on %d applications: consider a third review.',
							view.flagged,
							'wayfinder'
						),
						view.flagged
					) }
				</Notice>
			) }
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error.message }
				</Notice>
			) }
			<table className="widefat striped">
				<caption className="screen-reader-text">
					{ __( 'Reviews per application', 'wayfinder' ) }
				</caption>
				<thead>
					<tr>
						<th scope="col">
							{ __( 'Application', 'wayfinder' ) }
						</th>
						<th scope="col">{ __( 'Reviewers', 'wayfinder' ) }</th>
						<th scope="col">{ __( 'Score', 'wayfinder' ) }</th>
						<th scope="col">{ __( 'Spread', 'wayfinder' ) }</th>
						<th scope="col">{ __( 'Action', 'wayfinder' ) }</th>
					</tr>
				</thead>
				<tbody>
					{ view.applications.map( ( application ) => (
						<tr key={ application.id }>
							<th scope="row">
								{ application.applicant }
								{ application.needs_label !== '' && (
									<>
										<br />
										<strong>
											{ application.needs_label }
										</strong>
									</>
								) }
							</th>
							<td>
								<ul>
									{ application.reviewers.map(
										( reviewer ) => (
											<li key={ reviewer.review }>
												{ reviewerLine( reviewer ) }
											</li>
										)
									) }
								</ul>
							</td>
							<td>{ points( application.score ) }</td>
							<td>
								{ points( application.spread ) }
								{ application.flagged && (
									<>
										{ ' ' }
										<strong>
											{ __(
												'Large disagreement',
												'wayfinder'
											) }
										</strong>
									</>
								) }
							</td>
							<td>
								{ application.stage === 'review' && (
									<Button
										variant={
											application.flagged ||
											application.needs > 0
												? 'secondary'
												: 'tertiary'
										}
										isBusy={ asking === application.id }
										disabled={ asking !== null }
										onClick={ () =>
											void ask( application.id )
										}
									>
										{ actionLabel( application ) }
									</Button>
								) }
							</td>
						</tr>
					) ) }
				</tbody>
			</table>
			<h3>{ __( 'Reviewers', 'wayfinder' ) }</h3>
			<table className="widefat striped">
				<thead>
					<tr>
						<th scope="col">{ __( 'Reviewer', 'wayfinder' ) }</th>
						<th scope="col">{ __( 'Reviewed', 'wayfinder' ) }</th>
						<th scope="col">
							{ __( 'Conflicts declared', 'wayfinder' ) }
						</th>
					</tr>
				</thead>
				<tbody>
					{ view.reviewers.map( ( reviewer ) => (
						<tr key={ reviewer.id }>
							<th scope="row">{ reviewer.name }</th>
							<td>
								{ sprintf(
									/* translators: 1: reviews submitted, 2: reviews assigned. */
									__( '%1$d of %2$d', 'wayfinder' ),
									reviewer.done,
									reviewer.assigned
								) }
							</td>
							<td>{ reviewer.conflicts }</td>
						</tr>
					) ) }
				</tbody>
			</table>
		</div>
	);
}
