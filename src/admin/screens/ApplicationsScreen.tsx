/**
 * Coordinators' view of a cohort's applications: the pipeline by stage, the reviewers' progress,
 * the seats and places, the ranked list (pseudonymous until the decisions are locked) with a
 * decision for each, proposed by the rules and changed by hand, then locked and revealed — the
 * accepted enrolled, everyone told — and the list as a CSV file.
 */
import {
	Button,
	Modal,
	Notice,
	SelectControl,
	Spinner,
	TabPanel,
	TextControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import {
	type Action,
	DataViews,
	type Field,
	filterSortAndPaginate,
	type View,
} from '@wordpress/dataviews';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	decideApplication,
	getCohortSelection,
	listCohorts,
	proposeSelection,
	type RestError,
	stepSelection,
	toRestError,
} from '../../api/client';
import type {
	ApplicationDecision,
	CohortPost,
	CohortSelection,
	SelectionRow,
} from '../../api/types';
import ConfirmActions from '../components/ConfirmActions';
import LoadError from '../components/LoadError';
import { navigate, type Params } from '../router';
import ApplicationReviews from './ApplicationReviews';
import MentorApplications from './MentorApplications';
import { cohortName } from './CohortsScreen';
import { formatDay } from './labels';
import { downloadCsv } from './progress-csv';
import { selectionCsv } from './selection-csv';

const DEFAULT_VIEW: View = {
	type: 'table',
	perPage: 50,
	page: 1,
	fields: [
		'rank',
		'name',
		'score',
		'reviews',
		'mode',
		'teams',
		'sponsored',
		'decision',
		'reason',
	],
	titleField: 'label',
};

const number = ( value: number | null ): string =>
	value === null ? '—' : String( Math.round( value * 100 ) / 100 );

const fields: Field< SelectionRow >[] = [
	{
		id: 'rank',
		label: __( 'Rank', 'wayfinder' ),
		getValue: ( { item } ) => item.rank ?? '',
		render: ( { item } ) =>
			item.rank === null ? (
				<span>{ __( 'Not reviewed yet', 'wayfinder' ) }</span>
			) : (
				<span title={ item.tie_label || undefined }>
					{ item.rank }
					{ item.tie_label && (
						<span className="screen-reader-text">
							{ ` ${ item.tie_label }` }
						</span>
					) }
					{ item.tie && ' *' }
				</span>
			),
		enableSorting: false,
	},
	{
		id: 'label',
		label: __( 'Applicant', 'wayfinder' ),
		getValue: ( { item } ) => item.label,
		enableHiding: false,
		enableSorting: false,
	},
	{
		id: 'name',
		label: __( 'Name', 'wayfinder' ),
		getValue: ( { item } ) => item.name ?? '',
		render: ( { item } ) =>
			item.name === null ? (
				<span>{ __( 'Shown once locked', 'wayfinder' ) }</span>
			) : (
				<span>
					{ item.name }
					{ item.email && (
						<>
							<br />
							<a href={ `mailto:${ item.email }` }>
								{ item.email }
							</a>
						</>
					) }
				</span>
			),
		enableSorting: false,
	},
	{
		id: 'score',
		label: __( 'Score (spread)', 'wayfinder' ),
		getValue: ( { item } ) => item.score ?? '',
		render: ( { item } ) => (
			<span>
				{ sprintf(
					/* translators: 1: the score, 2: how far apart the reviewers' scores were. */
					__( '%1$s (%2$s)', 'wayfinder' ),
					number( item.score ),
					number( item.spread )
				) }
				{ item.flagged && (
					<>
						{ ' ' }
						<strong>
							{ __( 'Reviewers disagree', 'wayfinder' ) }
						</strong>
					</>
				) }
			</span>
		),
		enableSorting: false,
	},
	{
		id: 'reviews',
		label: __( 'Reviews', 'wayfinder' ),
		getValue: ( { item } ) =>
			sprintf(
				/* translators: 1: reviews done, 2: reviews wanted. */
				__( '%1$d of %2$d', 'wayfinder' ),
				item.reviews_done,
				item.reviews_wanted
			),
		enableSorting: false,
	},
	{
		id: 'mode',
		label: __( 'Takes part', 'wayfinder' ),
		getValue: ( { item } ) => item.mode_label,
		enableSorting: false,
	},
	{
		id: 'teams',
		label: __( 'Teams', 'wayfinder' ),
		getValue: ( { item } ) =>
			item.team_names.length > 0
				? item.team_names.join( ', ' )
				: __( 'Any', 'wayfinder' ),
		enableSorting: false,
	},
	{
		id: 'sponsored',
		label: __( 'Sponsored', 'wayfinder' ),
		getValue: ( { item } ) =>
			item.sponsored ? __( 'Yes', 'wayfinder' ) : __( 'No', 'wayfinder' ),
		enableSorting: false,
	},
	{
		id: 'decision',
		label: __( 'Decision', 'wayfinder' ),
		getValue: ( { item } ) => item.decision_label,
		render: ( { item } ) => {
			if ( ! item.decision ) {
				return <span>{ __( 'None yet', 'wayfinder' ) }</span>;
			}
			return (
				<span>
					{ item.position !== null
						? sprintf(
								/* translators: 1: "Waitlisted", 2: the place on the waitlist. */
								__( '%1$s, number %2$d', 'wayfinder' ),
								item.decision_label,
								item.position
							)
						: item.decision_label }
					{ item.told && (
						<>
							{ ' · ' }
							{ __( 'told', 'wayfinder' ) }
						</>
					) }
				</span>
			);
		},
		enableSorting: false,
	},
	{
		id: 'reason',
		label: __( 'Why', 'wayfinder' ),
		getValue: ( { item } ) => item.reason_label,
		enableSorting: false,
	},
];

/**
 * "2 of 3 places", or "no limit" when the seats are the only one.
 * @param accepted How many accepted.
 * @param places   The places, null without a limit of their own.
 */
function usage( accepted: number, places: number | null ): string {
	return places === null
		? sprintf(
				/* translators: %d: how many accepted. */
				__( '%d accepted (limited only by the seats)', 'wayfinder' ),
				accepted
			)
		: sprintf(
				/* translators: 1: how many accepted, 2: how many places. */
				__( '%1$d accepted of %2$d places', 'wayfinder' ),
				accepted,
				places
			);
}

function Pipeline( { data }: { data: CohortSelection } ) {
	const mentee = data.counts.mentee;
	const stages: Array< [ string, number ] > = [
		[ __( 'Drafts', 'wayfinder' ), mentee.draft ],
		[ __( 'In screening', 'wayfinder' ), mentee.screening ],
		[ __( 'In review', 'wayfinder' ), mentee.review ],
		[ __( 'Decided and revealed', 'wayfinder' ), mentee.decided ],
		[ __( 'Withdrawn', 'wayfinder' ), mentee.withdrawn ],
	];
	return (
		<div className="wayfinder-applications__summary">
			<h3>{ __( 'Mentee applications', 'wayfinder' ) }</h3>
			<ul>
				{ stages.map( ( [ label, count ] ) => (
					<li key={ label }>
						<strong>{ count }</strong> { label }
					</li>
				) ) }
			</ul>
			<p>
				{ sprintf(
					/* translators: 1: reviews done, 2: reviews wanted, 3: applications fully reviewed, 4: applications where reviewers disagree. */
					__(
						'Reviews: %1$d of %2$d done; %3$d applications fully reviewed; reviewers disagree on %4$d.',
						'wayfinder'
					),
					data.reviews.done,
					data.reviews.wanted,
					data.reviews.complete,
					data.reviews.flagged
				) }
			</p>
			<p>
				{ sprintf(
					/* translators: 1: mentor applications in review, 2: decided. */
					__(
						'Mentor applications: %1$d waiting for a decision, %2$d decided.',
						'wayfinder'
					),
					data.counts.mentor.review,
					data.counts.mentor.decided
				) }
			</p>
		</div>
	);
}

function Seats( { data }: { data: CohortSelection } ) {
	const { places } = data;
	let reserved = '';
	if ( places.reserved > 0 ) {
		if ( places.released ) {
			reserved = sprintf(
				/* translators: 1: seats kept for sponsored contributors, 2: how many of them are used, 3: the day. */
				_n(
					'%1$d seat was kept for sponsored contributors (%2$d used); since %3$s an unused one goes to the next applicants.',
					'%1$d seats were kept for sponsored contributors (%2$d used); since %3$s the unused ones go to the next applicants.',
					places.reserved,
					'wayfinder'
				),
				places.reserved,
				places.reserved_used,
				formatDay( places.reserved_until )
			);
		} else if ( places.reserved_until ) {
			reserved = sprintf(
				/* translators: 1: seats kept for sponsored contributors, 2: how many of them are used, 3: the day. */
				_n(
					'%1$d seat is kept for sponsored contributors (%2$d used). Unused, it stays empty until %3$s; propose again after that day to give it to the next applicants.',
					'%1$d seats are kept for sponsored contributors (%2$d used). Unused ones stay empty until %3$s; propose again after that day to give them to the next applicants.',
					places.reserved,
					'wayfinder'
				),
				places.reserved,
				places.reserved_used,
				formatDay( places.reserved_until )
			);
		} else {
			reserved = sprintf(
				/* translators: 1: seats kept for sponsored contributors, 2: how many of them are used. */
				_n(
					'%1$d seat is kept for sponsored contributors (%2$d used). Unused, it stays empty: set the day it is released in the cohort’s Applications settings.',
					'%1$d seats are kept for sponsored contributors (%2$d used). Unused ones stay empty: set the day they are released in the cohort’s Applications settings.',
					places.reserved,
					'wayfinder'
				),
				places.reserved,
				places.reserved_used
			);
		}
	}
	return (
		<div className="wayfinder-applications__summary">
			<h3>{ __( 'Seats and places', 'wayfinder' ) }</h3>
			<p>
				{ sprintf(
					/* translators: 1: accepted, 2: seats. */
					_n(
						'%1$d accepted of %2$d seat.',
						'%1$d accepted of %2$d seats.',
						places.seats,
						'wayfinder'
					),
					places.accepted,
					places.seats
				) }{ ' ' }
				{ reserved }
			</p>
			<ul>
				{ places.modes.map( ( mode ) => (
					<li key={ mode.mode }>
						{ mode.label }: { usage( mode.accepted, mode.places ) }
					</li>
				) ) }
				{ places.teams.map( ( team ) => (
					<li key={ team.team }>
						{ sprintf(
							/* translators: %s: a team. */
							__( 'Team %s', 'wayfinder' ),
							team.name
						) }
						: { usage( team.accepted, team.places ) }
					</li>
				) ) }
			</ul>
		</div>
	);
}

function Selection( {
	cohort,
	data,
	reload,
	replace,
}: {
	cohort: CohortPost;
	data: CohortSelection;
	reload: () => void;
	replace: ( next: CohortSelection ) => void;
} ) {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ waitlist, setWaitlist ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ asking, setAsking ] = useState< 'lock' | 'reveal' | null >( null );
	const { createErrorNotice, createSuccessNotice } =
		useDispatch( noticesStore );
	const status = data.selection.status;
	const { data: shown, paginationInfo } = useMemo(
		() =>
			// In rank order: the fields do not sort.
			filterSortAndPaginate( data.rows, view, fields ),
		[ data.rows, view ]
	);
	const accepted = data.rows.filter( ( row ) => row.decision === 'accepted' );

	const act = async (
		work: () => Promise< CohortSelection >,
		done: string
	) => {
		setBusy( true );
		try {
			replace( await work() );
			createSuccessNotice( done, { type: 'snackbar' } );
			setAsking( null );
		} catch ( failure ) {
			createErrorNotice( toRestError( failure ).message, {
				type: 'snackbar',
			} );
		}
		setBusy( false );
	};

	const decide = ( decision: ApplicationDecision, label: string ) =>
		( {
			id: decision,
			label,
			isEligible: ( item: SelectionRow ) =>
				status === 'open' &&
				item.stage === 'review' &&
				item.decision !== decision,
			callback: ( [ item ]: SelectionRow[] ) => {
				if ( item ) {
					act(
						() => decideApplication( item.id, decision ),
						sprintf(
							/* translators: 1: "Applicant 7F3K", 2: the decision, e.g. "Accepted". */
							__( '%1$s: %2$s.', 'wayfinder' ),
							item.label,
							label
						)
					);
				}
			},
		} ) as Action< SelectionRow >;
	const actions: Action< SelectionRow >[] = [
		decide( 'accepted', __( 'Accept', 'wayfinder' ) ),
		decide( 'waitlisted', __( 'Put on the waitlist', 'wayfinder' ) ),
		decide( 'declined', __( 'Decline', 'wayfinder' ) ),
	];

	const download = () =>
		downloadCsv(
			selectionCsv( data ),
			`cohort-${ cohort.id }-applications.csv`
		);

	return (
		<section aria-labelledby="wayfinder-selection-title">
			<h3 id="wayfinder-selection-title">
				{ __( 'The selection', 'wayfinder' ) }
			</h3>
			{ status === 'open' && (
				<p>
					{ __(
						'Applicants are shown by pseudonym until the decisions are locked. Propose the decisions by score — the reserved seats, the places per way of taking part and per team kept — then change any by hand.',
						'wayfinder'
					) }
				</p>
			) }
			{ status === 'locked' && (
				<Notice status="warning" isDismissible={ false }>
					{ __(
						'The decisions are locked: they can no longer change. Reveal them to enrol the accepted and tell every applicant.',
						'wayfinder'
					) }
				</Notice>
			) }
			{ status === 'revealed' && (
				<Notice status="success" isDismissible={ false }>
					{ data.told.told < data.told.total
						? sprintf(
								/* translators: 1: applicants told, 2: applicants in all. */
								__(
									'The decisions were revealed. %1$d of %2$d applicants told; the rest are told in batches every hour.',
									'wayfinder'
								),
								data.told.told,
								data.told.total
							)
						: sprintf(
								/* translators: %d: applicants in all. */
								__(
									'The decisions were revealed and all %d applicants were told.',
									'wayfinder'
								),
								data.told.total
							) }
				</Notice>
			) }
			<div className="wayfinder-applications__actions">
				{ status === 'open' && (
					<>
						<TextControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							type="number"
							min={ 0 }
							label={ __( 'Waitlist length', 'wayfinder' ) }
							help={ __(
								'Left empty: as many as the seats. The rest are declined.',
								'wayfinder'
							) }
							value={ waitlist }
							onChange={ setWaitlist }
						/>
						<Button
							variant="primary"
							isBusy={ busy }
							disabled={ busy }
							onClick={ () =>
								act(
									() =>
										proposeSelection(
											cohort.id,
											waitlist === ''
												? undefined
												: Number( waitlist )
										),
									__(
										'The decisions are proposed.',
										'wayfinder'
									)
								)
							}
						>
							{ __( 'Propose decisions', 'wayfinder' ) }
						</Button>
						<Button
							variant="secondary"
							disabled={ busy || ! data.selection.can_lock }
							accessibleWhenDisabled
							onClick={ () => setAsking( 'lock' ) }
						>
							{ __( 'Lock decisions', 'wayfinder' ) }
						</Button>
					</>
				) }
				{ status === 'locked' && (
					<Button
						variant="primary"
						disabled={ busy }
						onClick={ () => setAsking( 'reveal' ) }
					>
						{ __( 'Reveal decisions', 'wayfinder' ) }
					</Button>
				) }
				<Button
					variant="secondary"
					onClick={ download }
					disabled={ data.rows.length === 0 }
				>
					{ __( 'Download as CSV', 'wayfinder' ) }
				</Button>
				<Button variant="tertiary" onClick={ reload }>
					{ __( 'Refresh', 'wayfinder' ) }
				</Button>
			</div>
			{ status === 'open' && data.selection.lock_blocker && (
				<p className="wayfinder-help">
					{ data.selection.lock_blocker }
				</p>
			) }
			{ data.rows.length === 0 ? (
				<p>
					{ __(
						'No application has been released to review yet. Applications show here once a screener releases them.',
						'wayfinder'
					) }
				</p>
			) : (
				<DataViews< SelectionRow >
					data={ shown }
					fields={ fields }
					view={ view }
					onChangeView={ setView }
					actions={ actions }
					paginationInfo={ paginationInfo }
					defaultLayouts={ { table: {} } }
					search={ false }
					getItemId={ ( item ) => String( item.id ) }
				/>
			) }
			{ asking === 'lock' && (
				<Modal
					title={ __( 'Lock the decisions?', 'wayfinder' ) }
					onRequestClose={ () => setAsking( null ) }
				>
					<p>
						{ sprintf(
							/* translators: 1: accepted, 2: waitlisted, 3: declined. */
							__(
								'Accepted: %1$d. Waitlisted: %2$d. Declined: %3$d.',
								'wayfinder'
							),
							accepted.length,
							data.rows.filter(
								( row ) => row.decision === 'waitlisted'
							).length,
							data.rows.filter(
								( row ) => row.decision === 'declined'
							).length
						) }
					</p>
					<p>
						{ __(
							'Once locked, no decision can change — this cannot be undone. The applicants’ names are then shown to coordinators. Nobody is told until you reveal.',
							'wayfinder'
						) }
					</p>
					<ConfirmActions
						keepLabel={ __( 'Not yet', 'wayfinder' ) }
						confirmLabel={ __( 'Lock decisions', 'wayfinder' ) }
						busy={ busy }
						onKeep={ () => setAsking( null ) }
						onConfirm={ () =>
							act(
								() => stepSelection( cohort.id, 'lock' ),
								__( 'The decisions are locked.', 'wayfinder' )
							)
						}
					/>
				</Modal>
			) }
			{ asking === 'reveal' && (
				<Modal
					title={ __( 'Reveal the decisions?', 'wayfinder' ) }
					onRequestClose={ () => setAsking( null ) }
				>
					<p>
						{ sprintf(
							/* translators: 1: how many are enrolled, 2: how many applicants are told. */
							__(
								'%1$d accepted applicants will be enrolled in the cohort in the way they asked for, and all %2$d applicants will be told by email (the first 50 now, the rest every hour).',
								'wayfinder'
							),
							accepted.length,
							data.rows.filter( ( row ) => row.decision ).length
						) }
					</p>
					{ accepted.length > 0 && (
						<ul className="wayfinder-applications__enrolled">
							{ accepted.map( ( row ) => (
								<li key={ row.id }>
									{ row.name ?? row.label } —{ ' ' }
									{ row.mode_label }
								</li>
							) ) }
						</ul>
					) }
					<ConfirmActions
						keepLabel={ __( 'Not yet', 'wayfinder' ) }
						confirmLabel={ __(
							'Reveal and tell everyone',
							'wayfinder'
						) }
						busy={ busy }
						onKeep={ () => setAsking( null ) }
						onConfirm={ () =>
							act(
								() => stepSelection( cohort.id, 'reveal' ),
								__(
									'The decisions are revealed: the accepted are enrolled, and the applicants are being told.',
									'wayfinder'
								)
							)
						}
					/>
				</Modal>
			) }
		</section>
	);
}

function CohortApplications( { cohort }: { cohort: CohortPost } ) {
	const [ data, setData ] = useState< CohortSelection | null >( null );
	const [ error, setError ] = useState< RestError | null >( null );
	const [ reloads, setReloads ] = useState( 0 );
	useEffect( () => {
		let current = true;
		setError( null );
		getCohortSelection( cohort.id ).then(
			( loaded ) => current && setData( loaded ),
			( failure: unknown ) =>
				current && setError( toRestError( failure ) )
		);
		return () => {
			current = false;
		};
	}, [ cohort.id, reloads ] );
	const reload = () => setReloads( ( n ) => n + 1 );
	if ( error ) {
		return <LoadError error={ error } retry={ reload } />;
	}
	if ( ! data || data.cohort.id !== cohort.id ) {
		return <Spinner />;
	}
	return (
		<>
			<div className="wayfinder-applications__overview">
				<Pipeline data={ data } />
				<Seats data={ data } />
			</div>
			<TabPanel
				tabs={ [
					{
						name: 'selection',
						title: __( 'Selection', 'wayfinder' ),
					},
					{ name: 'reviews', title: __( 'Reviews', 'wayfinder' ) },
					{ name: 'mentors', title: __( 'Mentors', 'wayfinder' ) },
				] }
			>
				{ ( tab ) => {
					// The lead mounts the Reviews and Mentors parts here.
					if ( tab.name === 'reviews' ) {
						return <ApplicationReviews cohortId={ cohort.id } />;
					}
					if ( tab.name === 'mentors' ) {
						return <MentorApplications cohortId={ cohort.id } />;
					}
					return (
						<Selection
							cohort={ cohort }
							data={ data }
							reload={ reload }
							replace={ setData }
						/>
					);
				} }
			</TabPanel>
		</>
	);
}

export default function ApplicationsScreen( { params }: { params: Params } ) {
	const [ cohorts, setCohorts ] = useState< CohortPost[] | null >( null );
	const [ error, setError ] = useState< RestError | null >( null );
	const [ reloads, setReloads ] = useState( 0 );
	useEffect( () => {
		let current = true;
		listCohorts( { per_page: 100, orderby: 'date', order: 'desc' } ).then(
			( page ) => current && setCohorts( page.items ),
			( failure: unknown ) =>
				current && setError( toRestError( failure ) )
		);
		return () => {
			current = false;
		};
	}, [ reloads ] );
	if ( error ) {
		return (
			<LoadError
				error={ error }
				retry={ () => setReloads( ( n ) => n + 1 ) }
			/>
		);
	}
	if ( cohorts === null ) {
		return <Spinner />;
	}
	// Without a choice in the URL: the newest cohort open for applications, else the newest.
	const chosen =
		cohorts.find( ( cohort ) => String( cohort.id ) === params.cohort ) ??
		cohorts.find( ( cohort ) => cohort.meta.wayfinder_stage === 'open' ) ??
		cohorts[ 0 ];
	if ( ! chosen ) {
		return (
			<p>
				{ __(
					'There is no cohort yet. Make one under Cohorts; its applications show here.',
					'wayfinder'
				) }
			</p>
		);
	}
	return (
		<div className="wayfinder-applications">
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Cohort', 'wayfinder' ) }
				value={ String( chosen.id ) }
				options={ cohorts.map( ( cohort ) => ( {
					value: String( cohort.id ),
					label: cohortName( cohort ),
				} ) ) }
				onChange={ ( value ) =>
					navigate( { ...params, cohort: value } )
				}
			/>
			<CohortApplications key={ chosen.id } cohort={ chosen } />
		</div>
	);
}
