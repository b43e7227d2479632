import { Button, Notice, SelectControl, Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	commitPairs,
	type RestError,
	runBoard,
	scorePair,
	toRestError,
} from '../../api/client';
import type { BoardCommit, BoardRun, ScoredPair } from '../../api/types';
import LoadError from '../components/LoadError';
import Reasons from '../components/Reasons';

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

export default function BoardScreen() {
	const [ run, setRun ] = useState< BoardRun | null >( null );
	const [ pairs, setPairs ] = useState< BoardPair[] >( [] );
	const [ busy, setBusy ] = useState< 'run' | 'commit' | null >( null );
	const [ error, setError ] = useState< RestError | null >( null );
	const [ committed, setCommitted ] = useState< BoardCommit | null >( null );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );

	const start = async () => {
		setBusy( 'run' );
		setError( null );
		setCommitted( null );
		try {
			const result = await runBoard();
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
			<Button
				variant="primary"
				onClick={ start }
				isBusy={ busy === 'run' }
				disabled={ busy !== null }
			>
				{ run
					? __( 'Run again', 'wayfinder' )
					: __( 'Match all waiting mentees', 'wayfinder' ) }
			</Button>
			{ busy === 'run' && <Spinner /> }
			{ error && <LoadError error={ error } retry={ start } /> }
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
