/**
 * A cohort's applications from mentors, for coordinators (not blind: names are shown): each
 * mentor's capacity, teams and languages, and — until decided — accept (they are enrolled as the
 * cohort's mentor) or decline, each asked first. The lead places it in the Applications screen.
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	decideMentorApplication,
	listMentorApplications,
	toRestError,
} from '../../api/client';
import type { MentorApplication, MentorDecisionChoice } from '../../api/types';
import AskFirst from '../components/AskFirst';
import LoadError from '../components/LoadError';
import { useRequest } from '../useRequest';

/**
 * Where one application stands, in words.
 * @param application The application.
 */
function standing( application: MentorApplication ): string {
	if ( application.decision === 'accepted' ) {
		return __( 'Accepted: enrolled as a mentor', 'wayfinder' );
	}
	if ( application.decision === 'declined' ) {
		return __( 'Declined', 'wayfinder' );
	}
	return __( 'Waiting for a decision', 'wayfinder' );
}

/**
 * @param props
 * @param props.cohortId The cohort whose mentor applications are shown.
 */
export default function MentorApplications( {
	cohortId,
}: {
	cohortId: number;
} ) {
	const load = useCallback(
		() => listMentorApplications( cohortId ),
		[ cohortId ]
	);
	const { state, reload } = useRequest( load );
	const [ asking, setAsking ] = useState< {
		id: number;
		decision: MentorDecisionChoice;
	} | null >( null );
	const [ busy, setBusy ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	const decide = async ( id: number, decision: MentorDecisionChoice ) => {
		setBusy( true );
		try {
			const decided = await decideMentorApplication( id, decision );
			createSuccessNotice( decided.message, { type: 'snackbar' } );
			setAsking( null );
			reload();
		} catch ( error ) {
			createErrorNotice( toRestError( error ).message, {
				type: 'snackbar',
			} );
		} finally {
			setBusy( false );
		}
	};

	if ( state.status === 'loading' ) {
		return (
			<p className="wayfinder-loading">
				<Spinner />{ ' ' }
				{ __( 'Loading mentor applications…', 'wayfinder' ) }
			</p>
		);
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	const { items, mentors_apply: mentorsApply } = state.data;
	const waiting = items.filter( ( item ) => item.stage !== 'decided' );
	return (
		<section
			className="wayfinder-mentor-applications"
			aria-labelledby={ `wayfinder-mentor-applications-${ cohortId }` }
		>
			<h2 id={ `wayfinder-mentor-applications-${ cohortId }` }>
				{ __( 'Applications to mentor', 'wayfinder' ) }
			</h2>
			{ ! mentorsApply && (
				<Notice status="info" isDismissible={ false }>
					{ __(
						'This cohort takes no applications from mentors (switch “Mentors can apply” on in the cohort’s Applications settings).',
						'wayfinder'
					) }
				</Notice>
			) }
			{ items.length === 0 ? (
				<p>
					{ __(
						'No mentor has applied to mentor this cohort yet.',
						'wayfinder'
					) }
				</p>
			) : (
				<>
					<p>
						{ sprintf(
							/* translators: 1: applications waiting, 2: mentor places of the cohort. */
							_n(
								'%1$d application waiting for a decision. The cohort has %2$d mentor places.',
								'%1$d applications waiting for a decision. The cohort has %2$d mentor places.',
								waiting.length,
								'wayfinder'
							),
							waiting.length,
							state.data.mentor_places
						) }
					</p>
					<table className="widefat striped">
						<thead>
							<tr>
								<th scope="col">
									{ __( 'Mentor', 'wayfinder' ) }
								</th>
								<th scope="col">
									{ __(
										'Mentees they could take',
										'wayfinder'
									) }
								</th>
								<th scope="col">
									{ __( 'Teams', 'wayfinder' ) }
								</th>
								<th scope="col">
									{ __( 'Languages', 'wayfinder' ) }
								</th>
								<th scope="col">
									{ __( 'Decision', 'wayfinder' ) }
								</th>
							</tr>
						</thead>
						<tbody>
							{ items.map( ( item ) => (
								<tr key={ item.id }>
									<th scope="row">{ item.name }</th>
									<td>{ item.capacity }</td>
									<td>
										{ item.teams
											.map( ( team ) => team.name )
											.join( ', ' ) || '—' }
									</td>
									<td>
										{ item.languages.join( ', ' ) || '—' }
									</td>
									<td>
										{ item.stage === 'decided' &&
											standing( item ) }
										{ item.stage !== 'decided' &&
											asking?.id === item.id && (
												<AskFirst
													label={ sprintf(
														/* translators: %s: the mentor's name. */
														__(
															'Decide on %s?',
															'wayfinder'
														),
														item.name
													) }
													question={
														asking.decision ===
														'accepted'
															? sprintf(
																	/* translators: %s: the mentor's name. */
																	__(
																		'Accept %s? They are enrolled as a mentor of the cohort and get an email.',
																		'wayfinder'
																	),
																	item.name
																)
															: sprintf(
																	/* translators: %s: the mentor's name. */
																	__(
																		'Decline %s? They get an email; this cannot be undone here.',
																		'wayfinder'
																	),
																	item.name
																)
													}
													keepLabel={ __(
														'Not now',
														'wayfinder'
													) }
													confirmLabel={
														asking.decision ===
														'accepted'
															? __(
																	'Accept and enrol',
																	'wayfinder'
																)
															: __(
																	'Decline',
																	'wayfinder'
																)
													}
													busy={ busy }
													onKeep={ () =>
														setAsking( null )
													}
													onConfirm={ () =>
														decide(
															item.id,
															asking.decision
														)
													}
												/>
											) }
										{ item.stage !== 'decided' &&
											asking?.id !== item.id && (
												<>
													{ standing( item ) }{ ' ' }
													<Button
														variant="secondary"
														onClick={ () =>
															setAsking( {
																id: item.id,
																decision:
																	'accepted',
															} )
														}
													>
														{ __(
															'Accept',
															'wayfinder'
														) }
													</Button>{ ' ' }
													<Button
														variant="tertiary"
														isDestructive
														onClick={ () =>
															setAsking( {
																id: item.id,
																decision:
																	'declined',
															} )
														}
													>
														{ __(
															'Decline',
															'wayfinder'
														) }
													</Button>
												</>
											) }
									</td>
								</tr>
							) ) }
						</tbody>
					</table>
				</>
			) }
		</section>
	);
}
