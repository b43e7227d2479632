import {
	Button,
	CheckboxControl,
	Notice,
	SearchControl,
	SelectControl,
	Spinner,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	commitPairs,
	getBoardRun,
	isBoardRunJob,
	listPeople,
	type RestError,
	runBoard,
	scorePair,
	toRestError,
} from '../../api/client';
import type {
	BoardCommit,
	BoardRun,
	BoardRunJob,
	Person,
	ScoredPair,
} from '../../api/types';
import AppLink from '../components/AppLink';
import LoadError from '../components/LoadError';
import Reasons from '../components/Reasons';
import { useRequest } from '../useRequest';
import { waitedDays } from './labels';

type BoardPair = ScoredPair & { excluded?: boolean };

/**
 * How many mentees each mentor would get, against their free places.
 * @param pairs   The board's pairs.
 * @param mentors The mentors and their free places.
 */
export function overbooked(
	pairs: BoardPair[],
	mentors: BoardRun[ 'mentors' ]
): Array< { id: number; name: string; taken: number; free: number } > {
	const taken = new Map< number, number >();
	for ( const pair of pairs ) {
		taken.set( pair.mentor, ( taken.get( pair.mentor ) ?? 0 ) + 1 );
	}
	return mentors
		.map( ( mentor ) => ( {
			...mentor,
			taken: taken.get( mentor.id ) ?? 0,
		} ) )
		.filter( ( mentor ) => mentor.taken > mentor.free );
}

/** How often a background run is polled; each poll also moves it one step on. */
export const POLL_MS = 1500;

/**
 * A background run while it goes on, or why it failed: a progress bar with the server's sentence,
 * read out politely as it changes.
 * @param props
 * @param props.job   The run as last polled.
 * @param props.retry Runs the board again (after a failure).
 */
function RunProgress( {
	job,
	retry,
}: {
	job: BoardRunJob;
	retry: () => void;
} ) {
	if ( job.status === 'failed' ) {
		return (
			<LoadError
				error={ { message: job.error ?? job.progress.message } }
				retry={ retry }
			/>
		);
	}
	return (
		<div className="wayfinder-board__progress">
			<progress
				id="wayfinder-board-progress"
				max={ Math.max( 1, job.progress.total ) }
				value={ job.progress.done }
				aria-label={ __( 'Matching progress', 'wayfinder' ) }
				aria-describedby="wayfinder-board-progress-text"
			/>
			<p
				id="wayfinder-board-progress-text"
				role="status"
				aria-live="polite"
			>
				{ job.progress.message }
			</p>
		</div>
	);
}

/** People on the picker's page, and how many wait in all (for the search given). */
const PICKER_PAGE = 20;

/**
 * The people waiting for a mentor, longest first, paged and searched on the server (GET /people with
 * the mentees' `waiting` status), to pick from; none picked means everyone. Picks survive paging.
 * @param props
 * @param props.picked   The mentees picked so far, ID => name.
 * @param props.onChange Called with the new pick.
 */
function WaitingPicker( {
	picked,
	onChange,
}: {
	picked: Map< number, string >;
	onChange: ( picked: Map< number, string > ) => void;
} ) {
	const [ search, setSearch ] = useState( '' );
	const [ page, setPage ] = useState( 1 );
	const load = useCallback(
		() =>
			listPeople( {
				role: 'mentees',
				status: 'waiting',
				orderby: 'waiting_since',
				order: 'asc',
				search: search.trim(),
				page,
				per_page: PICKER_PAGE,
			} ),
		[ search, page ]
	);
	const { state, reload } = useRequest( load );
	const toggle = ( person: Person, checked: boolean ) => {
		const next = new Map( picked );
		if ( checked ) {
			next.set( person.id, person.name );
		} else {
			next.delete( person.id );
		}
		onChange( next );
	};
	return (
		<fieldset className="wayfinder-board__pick">
			<legend>
				{ state.status === 'success'
					? sprintf(
							/* translators: %d: people waiting in all */
							_n(
								'Waiting for a mentor, longest first: %d person. Pick some, or match everyone.',
								'Waiting for a mentor, longest first: %d people. Pick some, or match everyone.',
								state.data.total,
								'wayfinder'
							),
							state.data.total
						)
					: __(
							'Waiting for a mentor, longest first.',
							'wayfinder'
						) }
			</legend>
			<SearchControl
				__nextHasNoMarginBottom
				label={ __(
					'Search the waiting mentees by name',
					'wayfinder'
				) }
				value={ search }
				onChange={ ( value ) => {
					setSearch( value );
					setPage( 1 );
				} }
			/>
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && state.data.items.length === 0 && (
				<p>
					{ search.trim() === ''
						? __( 'Nobody is waiting for a mentor.', 'wayfinder' )
						: __(
								'Nobody waiting has a name like that.',
								'wayfinder'
							) }
				</p>
			) }
			{ state.status === 'success' &&
				state.data.items.map( ( person ) => (
					<CheckboxControl
						__nextHasNoMarginBottom
						key={ person.id }
						label={
							person.waiting_since
								? sprintf(
										/* translators: 1: a person's name, 2: how long they have waited, e.g. "3 days" */
										__(
											'%1$s (waiting %2$s)',
											'wayfinder'
										),
										person.name,
										waitedDays( person.waiting_since )
									)
								: person.name
						}
						checked={ picked.has( person.id ) }
						onChange={ ( checked ) => toggle( person, checked ) }
					/>
				) ) }
			{ state.status === 'success' && state.data.totalPages > 1 && (
				<div className="wayfinder-board__pages">
					<Button
						variant="tertiary"
						disabled={ page <= 1 }
						onClick={ () => setPage( page - 1 ) }
					>
						{ __( 'Previous', 'wayfinder' ) }
					</Button>
					<span>
						{ sprintf(
							/* translators: 1: page, 2: pages */
							__( 'Page %1$d of %2$d', 'wayfinder' ),
							page,
							state.data.totalPages
						) }
					</span>
					<Button
						variant="tertiary"
						disabled={ page >= state.data.totalPages }
						onClick={ () => setPage( page + 1 ) }
					>
						{ __( 'Next', 'wayfinder' ) }
					</Button>
				</div>
			) }
			{ picked.size > 0 && (
				<p className="wayfinder-board__picked">
					{ sprintf(
						/* translators: %s: names */
						__( 'Picked: %s.', 'wayfinder' ),
						[ ...picked.values() ].join( ', ' )
					) }{ ' ' }
					<Button
						variant="link"
						onClick={ () => onChange( new Map() ) }
					>
						{ __( 'Clear the pick', 'wayfinder' ) }
					</Button>
				</p>
			) }
		</fieldset>
	);
}

/**
 * The pairs about to be saved, and what saving does, for a last look before it happens.
 * @param props
 * @param props.pairs     The pairs.
 * @param props.busy      Saving now.
 * @param props.onBack    Back to the board.
 * @param props.onConfirm Save them.
 * @param props.inCohort
 */
function ConfirmPairs( {
	pairs,
	busy,
	inCohort,
	onBack,
	onConfirm,
}: {
	pairs: BoardPair[];
	busy: boolean;
	inCohort: boolean;
	onBack: () => void;
	onConfirm: () => void;
} ) {
	return (
		<div
			className="wayfinder-board__confirm"
			role="region"
			aria-label={ __( 'Confirm the pairs', 'wayfinder' ) }
		>
			<h3>
				{ sprintf(
					/* translators: %d: number of pairs */
					_n(
						'Save this %d pair?',
						'Save these %d pairs?',
						pairs.length,
						'wayfinder'
					),
					pairs.length
				) }
			</h3>
			<ul className="wayfinder-board__confirm-list">
				{ pairs.map( ( pair ) => (
					<li key={ pair.mentee }>
						{ sprintf(
							/* translators: 1: mentee's name, 2: mentor's name */
							__( '%1$s with %2$s', 'wayfinder' ),
							pair.mentee_name,
							pair.mentor_name
						) }
					</li>
				) ) }
			</ul>
			<p>
				{ inCohort
					? __(
							'Each pair starts at once as the mentee’s mentorship in the cohort: both took a place to work together. Everyone concerned is emailed. A pair that someone changed meanwhile is not saved, and you will see why.',
							'wayfinder'
						)
					: __(
							'Each pair becomes a proposal that holds the mentor’s place until they confirm, or a request the mentor accepts first, as the Settings say. Everyone concerned is emailed. A pair that someone changed meanwhile is not saved, and you will see why.',
							'wayfinder'
						) }
			</p>
			<div className="wayfinder-modal-actions">
				<Button variant="tertiary" onClick={ onBack } disabled={ busy }>
					{ __( 'Back to the board', 'wayfinder' ) }
				</Button>
				<Button
					variant="primary"
					onClick={ onConfirm }
					isBusy={ busy }
					disabled={ busy }
				>
					{ sprintf(
						/* translators: %d: number of pairs */
						_n(
							'Yes, save %d pair',
							'Yes, save %d pairs',
							pairs.length,
							'wayfinder'
						),
						pairs.length
					) }
				</Button>
			</div>
		</div>
	);
}

/**
 * What the last save did: each pair saved (as a proposal or a request) and each one refused, why,
 * with links to the people.
 * @param props
 * @param props.result The server's answer.
 * @param props.names  Names by user ID, from the board.
 */
function SaveReport( {
	result,
	names,
}: {
	result: BoardCommit;
	names: Map< number, string >;
} ) {
	const name = ( id: number ) => names.get( id ) ?? `#${ id }`;
	return (
		<div className="wayfinder-board__report" role="status">
			{ result.saved.length > 0 && (
				<Notice status="success" isDismissible={ false }>
					<p>
						{ result.mode === 'cohort' &&
							sprintf(
								/* translators: %d: number of pairs */
								_n(
									'%d pair saved: the mentorship in the cohort has started.',
									'%d pairs saved: each mentorship in the cohort has started.',
									result.saved.length,
									'wayfinder'
								),
								result.saved.length
							) }
						{ result.mode === 'request' &&
							sprintf(
								/* translators: %d: number of pairs */
								_n(
									'%d pair saved: its mentor was asked to take the mentee.',
									'%d pairs saved: each mentor was asked to take their mentee.',
									result.saved.length,
									'wayfinder'
								),
								result.saved.length
							) }
						{ result.mode === 'proposal' &&
							sprintf(
								/* translators: %d: number of pairs */
								_n(
									'%d pair saved as a proposal: the mentor’s place is held until they confirm.',
									'%d pairs saved as proposals: each mentor’s place is held until they confirm.',
									result.saved.length,
									'wayfinder'
								),
								result.saved.length
							) }
					</p>
					<ul>
						{ result.saved.map( ( saved ) => (
							<li key={ `${ saved.mentee }-${ saved.mentor }` }>
								<AppLink
									params={ {
										screen: 'people',
										role: 'mentees',
										person: String( saved.mentee ),
									} }
								>
									{ name( saved.mentee ) }
								</AppLink>{ ' ' }
								{ __( 'with', 'wayfinder' ) }{ ' ' }
								<AppLink
									params={ {
										screen: 'people',
										person: String( saved.mentor ),
									} }
								>
									{ name( saved.mentor ) }
								</AppLink>
								{ saved.request !== undefined && (
									<>
										{ ' — ' }
										<AppLink
											params={ {
												screen: 'requests',
												status: 'open',
												request: String(
													saved.request
												),
											} }
										>
											{ __( 'the request', 'wayfinder' ) }
										</AppLink>
									</>
								) }
								{ saved.match !== undefined &&
									result.mode === 'proposal' && (
										<>
											{ ' — ' }
											<AppLink
												params={ {
													screen: 'matches',
													status: 'proposed',
												} }
											>
												{ __(
													'the proposal',
													'wayfinder'
												) }
											</AppLink>
										</>
									) }
							</li>
						) ) }
					</ul>
				</Notice>
			) }
			{ result.failed.length > 0 && (
				<Notice status="warning" isDismissible={ false }>
					<p>
						{ sprintf(
							/* translators: %d: number of pairs */
							_n(
								'%d pair could not be saved:',
								'%d pairs could not be saved:',
								result.failed.length,
								'wayfinder'
							),
							result.failed.length
						) }
					</p>
					<ul>
						{ result.failed.map( ( failure ) => (
							<li
								key={ `${ failure.mentee }-${ failure.mentor }` }
							>
								<AppLink
									params={ {
										screen: 'people',
										role: 'mentees',
										person: String( failure.mentee ),
									} }
								>
									{ name( failure.mentee ) }
								</AppLink>{ ' ' }
								{ __( 'with', 'wayfinder' ) }{ ' ' }
								{ name( failure.mentor ) }: { failure.message }
							</li>
						) ) }
					</ul>
				</Notice>
			) }
		</div>
	);
}

/**
 * The matching board: everyone waiting, or — given a cohort — the cohort's 1:1 mentees without a
 * mentor over the cohort's own mentors.
 * @param props
 * @param props.cohort         The cohort to pair, if any: its ID, name, and what to do once pairs are saved.
 * @param props.cohort.id
 * @param props.cohort.name
 * @param props.cohort.onSaved
 */
export default function BoardScreen( {
	cohort,
}: {
	cohort?: { id: number; name: string; onSaved: () => void };
} = {} ) {
	const [ picked, setPicked ] = useState< Map< number, string > >(
		() => new Map()
	);
	const [ confirming, setConfirming ] = useState( false );
	const [ names, setNames ] = useState< Map< number, string > >(
		() => new Map()
	);
	const [ run, setRun ] = useState< BoardRun | null >( null );
	const [ job, setJob ] = useState< BoardRunJob | null >( null );
	const [ lastPick, setLastPick ] = useState< number[] >( [] );
	const [ pairs, setPairs ] = useState< BoardPair[] >( [] );
	const [ busy, setBusy ] = useState< 'run' | 'commit' | null >( null );
	const [ error, setError ] = useState< RestError | null >( null );
	const [ committed, setCommitted ] = useState< BoardCommit | null >( null );
	const { createErrorNotice } = useDispatch( noticesStore );
	const pickedIds = [ ...picked.keys() ];

	const show = ( result: BoardRun ) => {
		setRun( result );
		setPairs( result.pairs );
	};

	const start = async ( only: number[] = [] ) => {
		setBusy( 'run' );
		setError( null );
		setCommitted( null );
		setConfirming( false );
		setJob( null );
		setLastPick( only );
		try {
			const answer = await runBoard(
				only.length > 0 ? only : undefined,
				cohort?.id
			);
			if ( isBoardRunJob( answer ) ) {
				// A big run goes on in the background: the effect below polls it.
				setJob( answer );
				return;
			}
			show( answer );
		} catch ( failure ) {
			setError( toRestError( failure ) );
		}
		setBusy( null );
	};

	// Poll a background run until it is done or failed; each answer schedules the next poll.
	useEffect( () => {
		if ( ! job || job.status === 'done' || job.status === 'failed' ) {
			return undefined;
		}
		let stopped = false;
		const timer = window.setTimeout( () => {
			getBoardRun( job.id ).then(
				( next ) => {
					if ( stopped ) {
						return;
					}
					if ( next.status === 'done' && next.result ) {
						setJob( null );
						show( next.result );
						setBusy( null );
						return;
					}
					setJob( next );
					if ( next.status === 'failed' ) {
						setBusy( null );
					}
				},
				( failure: unknown ) => {
					if ( ! stopped ) {
						setJob( null );
						setError( toRestError( failure ) );
						setBusy( null );
					}
				}
			);
		}, POLL_MS );
		return () => {
			stopped = true;
			window.clearTimeout( timer );
		};
	}, [ job ] );

	const override = async ( index: number, mentor: number ) => {
		const pair = pairs[ index ];
		if ( ! pair ) {
			return;
		}
		try {
			const scored = await scorePair( pair.mentee, mentor );
			setPairs( ( current ) =>
				current.map( ( each, n ) => ( n === index ? scored : each ) )
			);
		} catch ( failure ) {
			createErrorNotice( toRestError( failure ).message, {
				type: 'snackbar',
			} );
		}
	};

	const commit = async () => {
		setBusy( 'commit' );
		// The report names people after the board is gone.
		const known = new Map< number, string >();
		for ( const pair of pairs ) {
			known.set( pair.mentee, pair.mentee_name );
			known.set( pair.mentor, pair.mentor_name );
		}
		try {
			const result = await commitPairs(
				pairs.map( ( { mentee, mentor } ) => ( { mentee, mentor } ) ),
				cohort?.id
			);
			cohort?.onSaved();
			setNames( known );
			setCommitted( result );
			setRun( null );
			setPairs( [] );
			setConfirming( false );
			setPicked( new Map() );
		} catch ( failure ) {
			createErrorNotice( toRestError( failure ).message, {
				type: 'snackbar',
			} );
		}
		setBusy( null );
	};

	const over = run ? overbooked( pairs, run.mentors ) : [];
	const total = pairs.reduce( ( sum, pair ) => sum + pair.score, 0 );

	const Heading = cohort ? 'h4' : 'h2';
	return (
		<section aria-labelledby="wayfinder-board-title">
			<Heading id="wayfinder-board-title">
				{ cohort
					? __( 'Pair mentees on the board', 'wayfinder' )
					: __( 'Matching board', 'wayfinder' ) }
			</Heading>
			<p>
				{ cohort
					? sprintf(
							/* translators: %s: a cohort's name. */
							__(
								'Pair the 1:1 mentees of %s who have no mentor yet with its mentors: the engine finds the assignment with the best total fit, with every reason. Review it, change any pair, then save.',
								'wayfinder'
							),
							cohort.name
						)
					: __(
							'Match everyone waiting for a mentor at once: the engine finds the assignment that matches the most people with the best total fit. Review it, change any pair, then save.',
							'wayfinder'
						) }
			</p>
			{ ! run && ! cohort && (
				<WaitingPicker picked={ picked } onChange={ setPicked } />
			) }
			<div className="wayfinder-board__run">
				{ ! run && picked.size > 0 && (
					<Button
						variant="primary"
						onClick={ () => start( pickedIds ) }
						isBusy={ busy === 'run' }
						disabled={ busy !== null }
					>
						{ sprintf(
							/* translators: %d: number of mentees picked */
							_n(
								'Match %d picked mentee',
								'Match %d picked mentees',
								picked.size,
								'wayfinder'
							),
							picked.size
						) }
					</Button>
				) }
				<Button
					variant={
						picked.size > 0 && ! run ? 'secondary' : 'primary'
					}
					onClick={ () => start( run ? pickedIds : [] ) }
					isBusy={ busy === 'run' }
					disabled={ busy !== null }
				>
					{ run && __( 'Run again', 'wayfinder' ) }
					{ ! run &&
						( cohort
							? __( 'Pair the cohort’s mentees', 'wayfinder' )
							: __( 'Match all waiting mentees', 'wayfinder' ) ) }
				</Button>
				{ run && (
					<Button
						variant="tertiary"
						onClick={ () => {
							setRun( null );
							setPairs( [] );
						} }
						disabled={ busy !== null }
					>
						{ __( 'Start over', 'wayfinder' ) }
					</Button>
				) }
				{ busy === 'run' && ! job && <Spinner /> }
			</div>
			{ job && (
				<RunProgress job={ job } retry={ () => start( lastPick ) } />
			) }
			{ error && (
				<LoadError error={ error } retry={ () => start( lastPick ) } />
			) }
			{ committed && <SaveReport result={ committed } names={ names } /> }
			{ run && pairs.length === 0 && run.unmatched.length === 0 && (
				<p>
					{ cohort
						? __(
								'Every 1:1 mentee of the cohort has a mentor.',
								'wayfinder'
							)
						: __( 'Nobody is waiting for a mentor.', 'wayfinder' ) }
				</p>
			) }
			{ run && pairs.length > 0 && (
				<>
					<p className="wayfinder-board__summary">
						{ sprintf(
							/* translators: 1: pairs, 2: total score */
							__( '%1$d pairs, total score %2$s.', 'wayfinder' ),
							pairs.length,
							total.toFixed( 2 )
						) }
					</p>
					{ over.map( ( mentor ) => (
						<Notice
							key={ mentor.id }
							status="warning"
							isDismissible={ false }
						>
							{ sprintf(
								/* translators: 1: mentor's name, 2: mentees on the board, 3: free places */
								__(
									'%1$s would get %2$d mentees but has room for %3$d. Saving will refuse the extra ones.',
									'wayfinder'
								),
								mentor.name,
								mentor.taken,
								mentor.free
							) }
						</Notice>
					) ) }
					<table className="widefat striped wayfinder-board">
						<thead>
							<tr>
								<th scope="col">
									{ __( 'Mentee', 'wayfinder' ) }
								</th>
								<th scope="col">
									{ __( 'Mentor', 'wayfinder' ) }
								</th>
								<th scope="col">
									{ __( 'Score', 'wayfinder' ) }
								</th>
								<th scope="col">
									{ __( 'Why', 'wayfinder' ) }
								</th>
								<th scope="col">
									<span className="screen-reader-text">
										{ __( 'Actions', 'wayfinder' ) }
									</span>
								</th>
							</tr>
						</thead>
						<tbody>
							{ pairs.map( ( pair, index ) => (
								<tr key={ pair.mentee }>
									<th scope="row">{ pair.mentee_name }</th>
									<td>
										<SelectControl
											__nextHasNoMarginBottom
											label={ sprintf(
												/* translators: %s: mentee's name */
												__(
													'Mentor for %s',
													'wayfinder'
												),
												pair.mentee_name
											) }
											hideLabelFromVision
											value={ String( pair.mentor ) }
											options={ run.mentors.map(
												( mentor ) => ( {
													value: String( mentor.id ),
													label: mentor.name,
												} )
											) }
											onChange={ ( value ) =>
												override(
													index,
													Number( value )
												)
											}
										/>
										{ pair.excluded && (
											<p className="wayfinder-board__warning">
												{ __(
													'The engine would not propose this pair (no shared language, or an earlier match ended badly).',
													'wayfinder'
												) }
											</p>
										) }
									</td>
									<td>{ pair.score.toFixed( 2 ) }</td>
									<td>
										<Reasons reasons={ pair.reasons } />
									</td>
									<td>
										<Button
											variant="link"
											onClick={ () =>
												setPairs( ( current ) =>
													current.filter(
														( each ) =>
															each.mentee !==
															pair.mentee
													)
												)
											}
										>
											{ sprintf(
												/* translators: %s: mentee's name */
												__(
													'Leave %s out',
													'wayfinder'
												),
												pair.mentee_name
											) }
										</Button>
									</td>
								</tr>
							) ) }
						</tbody>
					</table>
					{ confirming ? (
						<ConfirmPairs
							pairs={ pairs }
							busy={ busy === 'commit' }
							inCohort={ !! cohort }
							onBack={ () => setConfirming( false ) }
							onConfirm={ commit }
						/>
					) : (
						<Button
							variant="primary"
							onClick={ () => setConfirming( true ) }
							disabled={ busy !== null }
						>
							{ sprintf(
								/* translators: %d: number of pairs */
								_n(
									'Save %d pair…',
									'Save %d pairs…',
									pairs.length,
									'wayfinder'
								),
								pairs.length
							) }
						</Button>
					) }
				</>
			) }
			{ run && run.unmatched.length > 0 && (
				<>
					<h3>{ __( 'Not matched', 'wayfinder' ) }</h3>
					<ul className="wayfinder-board__unmatched">
						{ run.unmatched.map( ( each ) => (
							<li key={ each.mentee }>
								<strong>{ each.mentee_name }</strong>:{ ' ' }
								{ each.reason }
							</li>
						) ) }
					</ul>
				</>
			) }
		</section>
	);
}
