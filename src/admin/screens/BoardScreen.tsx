import {
	Button,
	CheckboxControl,
	Notice,
	SelectControl,
	Spinner,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	commitPairs,
	listRequests,
	type RestError,
	runBoard,
	scorePair,
	toRestError,
} from '../../api/client';
import type { BoardCommit, BoardRun, ScoredPair } from '../../api/types';
import LoadError from '../components/LoadError';
import Reasons from '../components/Reasons';
import { useRequest } from '../useRequest';
import { waitedFor } from './labels';

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

const loadQueue = () =>
	listRequests( {
		status: 'open',
		type: 'mentee_request',
		order: 'asc',
		per_page: 100,
	} );

/**
 * The people waiting for any mentor, longest first, to pick from; none picked means everyone.
 * @param props
 * @param props.picked   The mentees picked so far.
 * @param props.onChange Called with the new pick.
 */
function WaitingPicker( {
	picked,
	onChange,
}: {
	picked: number[];
	onChange: ( picked: number[] ) => void;
} ) {
	const { state, reload } = useRequest( loadQueue );
	if ( state.status === 'loading' ) {
		return <Spinner />;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	const waiting = state.data.items.filter(
		( request ) => request.mentor === null
	);
	if ( waiting.length === 0 ) {
		return <p>{ __( 'Nobody is waiting for a mentor.', 'wayfinder' ) }</p>;
	}
	return (
		<fieldset className="wayfinder-board__pick">
			<legend>
				{ sprintf(
					/* translators: 1: people shown, 2: people waiting in all */
					__(
						'Waiting for any mentor, longest first (%1$d of %2$d). Pick some, or match everyone.',
						'wayfinder'
					),
					waiting.length,
					state.data.total
				) }
			</legend>
			{ waiting.map( ( request ) => (
				<CheckboxControl
					__nextHasNoMarginBottom
					key={ request.id }
					label={ sprintf(
						/* translators: 1: a person's name, 2: how long they have waited */
						__( '%1$s (waiting %2$s)', 'wayfinder' ),
						request.mentee_name,
						waitedFor( request.created_at )
					) }
					checked={ picked.includes( request.mentee ) }
					onChange={ ( checked ) =>
						onChange(
							checked
								? [ ...picked, request.mentee ]
								: picked.filter(
										( id ) => id !== request.mentee
									)
						)
					}
				/>
			) ) }
		</fieldset>
	);
}

export default function BoardScreen() {
	const [ picked, setPicked ] = useState< number[] >( [] );
	const [ run, setRun ] = useState< BoardRun | null >( null );
	const [ pairs, setPairs ] = useState< BoardPair[] >( [] );
	const [ busy, setBusy ] = useState< 'run' | 'commit' | null >( null );
	const [ error, setError ] = useState< RestError | null >( null );
	const [ committed, setCommitted ] = useState< BoardCommit | null >( null );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	const start = async ( only: number[] = [] ) => {
		setBusy( 'run' );
		setError( null );
		setCommitted( null );
		try {
			const result = await runBoard( only.length > 0 ? only : undefined );
			setRun( result );
			setPairs( result.pairs );
		} catch ( failure ) {
			setError( toRestError( failure ) );
		}
		setBusy( null );
	};

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
		try {
			const result = await commitPairs(
				pairs.map( ( { mentee, mentor } ) => ( { mentee, mentor } ) )
			);
			setCommitted( result );
			setRun( null );
			setPairs( [] );
			createSuccessNotice(
				sprintf(
					/* translators: %d: number of pairs saved */
					_n(
						'%d pair saved.',
						'%d pairs saved.',
						result.saved.length,
						'wayfinder'
					),
					result.saved.length
				),
				{ type: 'snackbar' }
			);
		} catch ( failure ) {
			createErrorNotice( toRestError( failure ).message, {
				type: 'snackbar',
			} );
		}
		setBusy( null );
	};

	const over = run ? overbooked( pairs, run.mentors ) : [];
	const total = pairs.reduce( ( sum, pair ) => sum + pair.score, 0 );

	return (
		<section aria-labelledby="wayfinder-board-title">
			<h2 id="wayfinder-board-title">
				{ __( 'Matching board', 'wayfinder' ) }
			</h2>
			<p>
				{ __(
					'Match everyone waiting for a mentor at once: the engine finds the assignment that matches the most people with the best total fit. Review it, change any pair, then save.',
					'wayfinder'
				) }
			</p>
			{ ! run && (
				<WaitingPicker picked={ picked } onChange={ setPicked } />
			) }
			<div className="wayfinder-board__run">
				{ ! run && picked.length > 0 && (
					<Button
						variant="primary"
						onClick={ () => start( picked ) }
						isBusy={ busy === 'run' }
						disabled={ busy !== null }
					>
						{ sprintf(
							/* translators: %d: number of mentees picked */
							_n(
								'Match %d picked mentee',
								'Match %d picked mentees',
								picked.length,
								'wayfinder'
							),
							picked.length
						) }
					</Button>
				) }
				<Button
					variant={
						picked.length > 0 && ! run ? 'secondary' : 'primary'
					}
					onClick={ () => start( run ? picked : [] ) }
					isBusy={ busy === 'run' }
					disabled={ busy !== null }
				>
					{ run
						? __( 'Run again', 'wayfinder' )
						: __( 'Match all waiting mentees', 'wayfinder' ) }
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
				{ busy === 'run' && <Spinner /> }
			</div>
			{ error && (
				<LoadError error={ error } retry={ () => start( picked ) } />
			) }
			{ committed && committed.failed.length > 0 && (
				<Notice status="warning" isDismissible={ false }>
					<p>
						{ __(
							'These pairs could not be saved (someone changed the program meanwhile):',
							'wayfinder'
						) }
					</p>
					<ul>
						{ committed.failed.map( ( failure ) => (
							<li
								key={ `${ failure.mentee }-${ failure.mentor }` }
							>
								{ failure.message }
							</li>
						) ) }
					</ul>
				</Notice>
			) }
			{ run && pairs.length === 0 && run.unmatched.length === 0 && (
				<p>{ __( 'Nobody is waiting for a mentor.', 'wayfinder' ) }</p>
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
					<Button
						variant="primary"
						onClick={ commit }
						isBusy={ busy === 'commit' }
						disabled={ busy !== null }
					>
						{ sprintf(
							/* translators: %d: number of pairs */
							_n(
								'Save %d pair',
								'Save %d pairs',
								pairs.length,
								'wayfinder'
							),
							pairs.length
						) }
					</Button>
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
