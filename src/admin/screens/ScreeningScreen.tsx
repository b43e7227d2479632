/**
 * Stage 1 of blind selection, for screeners: pick a cohort (kept in the URL), see how many of its
 * mentee applications were released, work through the queue one application at a time — each
 * answer's original beside its redacted text — save edits, redact again, and release to reviewers.
 */
import {
	Button,
	Notice,
	SelectControl,
	Spinner,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { toRestError } from '../../api/client';
import {
	getScreeningApplication,
	getScreeningCohorts,
	getScreeningQueue,
	redactAgain,
	releaseApplication,
	saveRedacted,
} from '../../api/screening';
import type {
	ApplicationStage,
	ScreeningApplication,
	ScreeningQueue,
} from '../../api/types';
import AskFirst from '../components/AskFirst';
import LoadError from '../components/LoadError';
import { navigate, type Params } from '../router';
import { type RequestState, useRequest } from '../useRequest';
import {
	describeReplacements,
	nextToScreen,
	totalReplacements,
} from './screening-queue';

const SCREEN = 'screening';

/**
 * The last data a request loaded, kept while it loads again, so a refresh after an edit or a release
 * does not unmount what the screener is working in (nor move their focus).
 * @param state The request's state.
 */
function useLastLoaded< T >( state: RequestState< T > ): T | null {
	const last = useRef< T | null >( null );
	if ( state.status === 'success' ) {
		last.current = state.data;
	}
	return last.current;
}

/** How many applications of a cohort the queue lists at once. */
const PER_PAGE = 100;

const STAGE_LABELS: Record< ApplicationStage, string > = {
	screening: __( 'To screen', 'wayfinder' ),
	review: __( 'Released', 'wayfinder' ),
	decided: __( 'Decided', 'wayfinder' ),
};

function formatDate( iso: string | null ): string {
	return iso ? new Date( iso ).toLocaleString() : '';
}

export default function ScreeningScreen( { params }: { params: Params } ) {
	const load = useCallback( () => getScreeningCohorts(), [] );
	const { state, reload } = useRequest( load );
	const cohortId = Number( params.cohort ?? 0 );

	// With no cohort chosen, open the first one that has applications to screen.
	useEffect( () => {
		if ( state.status === 'success' && ! cohortId ) {
			const first =
				state.data.find( ( cohort ) => cohort.to_screen > 0 ) ??
				state.data[ 0 ];
			if ( first ) {
				navigate(
					{ screen: SCREEN, cohort: String( first.id ) },
					true
				);
			}
		}
	}, [ state, cohortId ] );

	const cohorts = useLastLoaded( state );
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	if ( ! cohorts ) {
		return <Spinner />;
	}
	if ( cohorts.length === 0 ) {
		return (
			<p>
				{ __(
					'No cohort has mentee applications to screen yet. Submitted applications appear here, with their personal data already taken out by the automatic pass.',
					'wayfinder'
				) }
			</p>
		);
	}
	return (
		<div className="wayfinder-screening">
			<p className="wayfinder-screening__intro">
				{ __(
					'Read each redacted answer beside the original, take out what the automatic pass missed, and release the application to reviewers. Reviewers see only the redacted text and the pseudonym.',
					'wayfinder'
				) }
			</p>
			<SelectControl
				__nextHasNoMarginBottom
				label={ __( 'Cohort', 'wayfinder' ) }
				value={ String( cohortId || '' ) }
				options={ cohorts.map( ( cohort ) => ( {
					value: String( cohort.id ),
					label: sprintf(
						/* translators: 1: cohort title, 2: applications released, 3: applications submitted. */
						__( '%1$s (%2$d of %3$d released)', 'wayfinder' ),
						cohort.title,
						cohort.released,
						cohort.total
					),
				} ) ) }
				onChange={ ( value ) =>
					navigate( { screen: SCREEN, cohort: value } )
				}
			/>
			{ cohortId > 0 && (
				<CohortScreening
					key={ cohortId }
					cohort={ cohortId }
					params={ params }
					onChange={ reload }
				/>
			) }
		</div>
	);
}

/**
 * One cohort: its progress, its queue and the application open.
 * @param props
 * @param props.cohort   The cohort's ID.
 * @param props.params   The URL's params (application: the one open).
 * @param props.onChange After a release (the cohort list's counts change).
 */
function CohortScreening( {
	cohort,
	params,
	onChange,
}: {
	cohort: number;
	params: Params;
	onChange: () => void;
} ) {
	const [ stage, setStage ] = useState< ApplicationStage | '' >( '' );
	const load = useCallback(
		() => getScreeningQueue( cohort, { stage, perPage: PER_PAGE } ),
		[ cohort, stage ]
	);
	const { state, reload } = useRequest( load );
	const openId = Number( params.application ?? 0 );
	const queue: ScreeningQueue | null = useLastLoaded( state );

	const open = useCallback(
		( id: number ) =>
			navigate( {
				screen: SCREEN,
				cohort: String( cohort ),
				application: String( id ),
			} ),
		[ cohort ]
	);

	// Alt+Shift+N opens the next application to screen.
	useEffect( () => {
		const onKey = ( event: KeyboardEvent ) => {
			if (
				event.altKey &&
				event.shiftKey &&
				event.code === 'KeyN' &&
				queue
			) {
				const next = nextToScreen( queue.items, openId );
				if ( next ) {
					event.preventDefault();
					open( next.id );
				}
			}
		};
		window.addEventListener( 'keydown', onKey );
		return () => window.removeEventListener( 'keydown', onKey );
	}, [ queue, openId, open ] );

	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	if ( ! queue ) {
		return <Spinner />;
	}
	const { progress } = queue;
	const label = sprintf(
		/* translators: 1: applications released, 2: applications submitted. */
		__( '%1$d of %2$d released', 'wayfinder' ),
		progress.released,
		progress.total
	);

	return (
		<>
			<div className="wayfinder-screening__progress">
				<label htmlFor="wayfinder-screening-progress">{ label }</label>
				<progress
					id="wayfinder-screening-progress"
					value={ progress.released }
					max={ Math.max( 1, progress.total ) }
				>
					{ label }
				</progress>
			</div>
			<div className="wayfinder-screening__layout">
				<nav
					className="wayfinder-screening__queue"
					aria-label={ __(
						'Applications in this cohort',
						'wayfinder'
					) }
				>
					<SelectControl
						__nextHasNoMarginBottom
						label={ __( 'Show', 'wayfinder' ) }
						value={ stage }
						options={ [
							{ value: '', label: __( 'All', 'wayfinder' ) },
							{
								value: 'screening',
								label: STAGE_LABELS.screening,
							},
							{ value: 'review', label: STAGE_LABELS.review },
							{ value: 'decided', label: STAGE_LABELS.decided },
						] }
						onChange={ ( value ) =>
							setStage( value as ApplicationStage | '' )
						}
					/>
					{ progress.to_screen === 0 && (
						<p>
							{ __(
								'Nothing to screen in this cohort.',
								'wayfinder'
							) }
						</p>
					) }
					{ queue.items.length === 0 && progress.to_screen > 0 && (
						<p>{ __( 'No application here.', 'wayfinder' ) }</p>
					) }
					<ul>
						{ queue.items.map( ( item ) => (
							<li key={ item.id }>
								{ item.own ? (
									<span>{ item.label }</span>
								) : (
									<Button
										variant={
											item.id === openId
												? 'primary'
												: 'tertiary'
										}
										aria-current={
											item.id === openId
												? 'true'
												: undefined
										}
										onClick={ () => open( item.id ) }
									>
										{ item.label }
									</Button>
								) }
								<span className="wayfinder-screening__meta">
									{ STAGE_LABELS[ item.stage ] }
									{ ' · ' }
									{ sprintf(
										/* translators: %d: how many pieces of personal data were replaced. */
										_n(
											'%d replaced',
											'%d replaced',
											totalReplacements(
												item.replacements
											),
											'wayfinder'
										),
										totalReplacements( item.replacements )
									) }
									{ item.edited &&
										' · ' + __( 'edited', 'wayfinder' ) }
								</span>
							</li>
						) ) }
					</ul>
					{ queue.total > queue.items.length && (
						<p>
							{ sprintf(
								/* translators: 1: applications listed, 2: all of them. */
								__(
									'Showing the first %1$d of %2$d. Filter by stage to see the others.',
									'wayfinder'
								),
								queue.items.length,
								queue.total
							) }
						</p>
					) }
					<p className="wayfinder-screening__hint">
						{ __(
							'Shortcut: Alt+Shift+N opens the next application to screen.',
							'wayfinder'
						) }
					</p>
				</nav>
				<div className="wayfinder-screening__application">
					{ openId > 0 ? (
						<ApplicationPanel
							key={ openId }
							id={ openId }
							onReleased={ async () => {
								onChange();
								const fresh = await getScreeningQueue( cohort, {
									stage,
									perPage: PER_PAGE,
								} ).catch( () => null );
								reload();
								const next = fresh
									? nextToScreen( fresh.items, openId )
									: undefined;
								if ( next ) {
									open( next.id );
								}
							} }
							onChanged={ reload }
						/>
					) : (
						<p>
							{ __(
								'Choose an application in the list to screen it.',
								'wayfinder'
							) }
						</p>
					) }
				</div>
			</div>
		</>
	);
}

/**
 * One application: the answers side by side, the edits, and release.
 * @param props
 * @param props.id         The application.
 * @param props.onReleased After it was released (opens the next one).
 * @param props.onChanged  After an edit (the queue's marks change).
 */
function ApplicationPanel( {
	id,
	onReleased,
	onChanged,
}: {
	id: number;
	onReleased: () => void;
	onChanged: () => void;
} ) {
	const load = useCallback( () => getScreeningApplication( id ), [ id ] );
	const { state, reload } = useRequest( load );
	const [ application, setApplication ] =
		useState< ScreeningApplication | null >( null );
	const [ drafts, setDrafts ] = useState< Record< string, string > >( {} );
	const [ busy, setBusy ] = useState( false );
	const [ asking, setAsking ] = useState( '' );
	const [ problem, setProblem ] = useState( '' );
	const heading = useRef< HTMLHeadingElement >( null );
	const problemRef = useRef< HTMLDivElement >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );

	const take = ( data: ScreeningApplication ) => {
		setApplication( data );
		setDrafts(
			Object.fromEntries(
				data.questions.map( ( question ) => [
					question.key,
					question.redacted ?? '',
				] )
			)
		);
	};

	useEffect( () => {
		if ( state.status === 'success' ) {
			take( state.data );
			// A new application opened (after a release too): its heading takes the focus.
			window.setTimeout( () => heading.current?.focus() );
		}
	}, [ state ] );

	if (
		state.status === 'loading' ||
		( ! application && state.status === 'success' )
	) {
		return <Spinner />;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	if ( ! application ) {
		return <Spinner />;
	}

	const screening = application.stage === 'screening';
	const unsaved = application.questions.filter(
		( question ) =>
			( drafts[ question.key ] ?? '' ) !== ( question.redacted ?? '' )
	);

	const run = async (
		call: () => Promise< ScreeningApplication >,
		after?: () => void
	) => {
		setBusy( true );
		setProblem( '' );
		try {
			const data = await call();
			take( data );
			setAsking( '' );
			if ( data.message ) {
				createSuccessNotice( data.message, { type: 'snackbar' } );
			}
			after?.();
		} catch ( error ) {
			setProblem( toRestError( error ).message );
			window.setTimeout( () => problemRef.current?.focus() );
		}
		setBusy( false );
	};

	return (
		<section aria-labelledby={ `wayfinder-screening-${ id }` }>
			<h2
				id={ `wayfinder-screening-${ id }` }
				ref={ heading }
				tabIndex={ -1 }
			>
				{ application.label }
			</h2>
			<p>
				{ sprintf(
					/* translators: %s: the applicant's name. */
					__(
						'Applicant, for your reference: %s. Reviewers never see the name.',
						'wayfinder'
					),
					application.applicant.name ||
						__( '(account deleted)', 'wayfinder' )
				) }
				{ application.submitted_at &&
					' ' +
						sprintf(
							/* translators: %s: date and time. */
							__( 'Submitted %s.', 'wayfinder' ),
							formatDate( application.submitted_at )
						) }
			</p>
			{ ! screening && (
				<Notice status="info" isDismissible={ false }>
					{ sprintf(
						/* translators: 1: date and time, 2: a screener's name. */
						__(
							'Released to reviewers on %1$s by %2$s. It can no longer be edited.',
							'wayfinder'
						),
						formatDate( application.released_at ),
						application.released_by ||
							__( 'a former screener', 'wayfinder' )
					) }
				</Notice>
			) }
			{ problem !== '' && (
				<div ref={ problemRef } tabIndex={ -1 }>
					<Notice status="error" isDismissible={ false }>
						{ problem }
					</Notice>
				</div>
			) }
			{ application.questions.map( ( question ) => (
				<fieldset
					key={ question.key }
					className="wayfinder-screening__answer"
				>
					<legend>{ question.label }</legend>
					<div className="wayfinder-screening__columns">
						<div>
							<h3 id={ `original-${ id }-${ question.key }` }>
								{ __( 'Original', 'wayfinder' ) }
							</h3>
							<div
								className="wayfinder-screening__original"
								aria-labelledby={ `original-${ id }-${ question.key }` }
								role="document"
							>
								{ question.original }
							</div>
						</div>
						<div>
							<TextareaControl
								__nextHasNoMarginBottom
								label={ __(
									'Redacted — what reviewers read',
									'wayfinder'
								) }
								value={ drafts[ question.key ] ?? '' }
								readOnly={ ! screening }
								rows={ 8 }
								onChange={ ( value ) =>
									setDrafts( {
										...drafts,
										[ question.key ]: value,
									} )
								}
							/>
							{ question.redacted === null && (
								<p>
									{ __(
										'The automatic pass has not filled this answer. Redact it again, or write it.',
										'wayfinder'
									) }
								</p>
							) }
						</div>
					</div>
					<p className="wayfinder-screening__replaced">
						{ sprintf(
							/* translators: %s: e.g. "Names: 2, Phone numbers: 1". */
							__(
								'The automatic pass replaced: %s.',
								'wayfinder'
							),
							describeReplacements(
								question.replacements,
								application.kinds
							)
						) }
						{ question.edited &&
							' ' + __( 'Edited by a screener.', 'wayfinder' ) }
					</p>
					{ screening && (
						<div className="wayfinder-screening__actions">
							<Button
								variant="secondary"
								disabled={
									busy ||
									( drafts[ question.key ] ?? '' ) ===
										( question.redacted ?? '' )
								}
								onClick={ () =>
									run(
										() =>
											saveRedacted(
												id,
												question.key,
												drafts[ question.key ] ?? ''
											),
										onChanged
									)
								}
							>
								{ __( 'Save edit', 'wayfinder' ) }
							</Button>
							{ asking === question.key ? (
								<AskFirst
									label={ sprintf(
										/* translators: %s: a question. */
										__( 'Redact “%s” again?', 'wayfinder' ),
										question.label
									) }
									question={ __(
										'This replaces the redacted text with a new automatic pass of the original and discards the edits made to it.',
										'wayfinder'
									) }
									keepLabel={ __(
										'Keep my edits',
										'wayfinder'
									) }
									confirmLabel={ __(
										'Redact again',
										'wayfinder'
									) }
									busy={ busy }
									onKeep={ () => setAsking( '' ) }
									onConfirm={ () =>
										run(
											() =>
												redactAgain( id, question.key ),
											onChanged
										)
									}
								/>
							) : (
								<Button
									variant="tertiary"
									disabled={ busy }
									onClick={ () => setAsking( question.key ) }
								>
									{ __( 'Redact again', 'wayfinder' ) }
								</Button>
							) }
						</div>
					) }
				</fieldset>
			) ) }
			{ screening && (
				<div className="wayfinder-screening__release">
					{ application.problem !== '' && (
						<Notice status="warning" isDismissible={ false }>
							{ application.problem }
						</Notice>
					) }
					{ unsaved.length > 0 && (
						<p>
							{ __(
								'Save or undo your edits before releasing.',
								'wayfinder'
							) }
						</p>
					) }
					<Button
						variant="primary"
						isBusy={ busy }
						disabled={
							busy ||
							unsaved.length > 0 ||
							! application.can_release
						}
						accessibleWhenDisabled
						onClick={ () =>
							run(
								() => releaseApplication( id ),
								() => {
									// The button goes with the release: the focus goes to the heading (the next application's, once it opens).
									window.setTimeout( () =>
										heading.current?.focus()
									);
									onReleased();
								}
							)
						}
					>
						{ __(
							'Release to reviewers and open the next',
							'wayfinder'
						) }
					</Button>
				</div>
			) }
			{ application.edits.length > 0 && (
				<details className="wayfinder-screening__history">
					<summary>
						{ sprintf(
							/* translators: %d: how many edits. */
							_n(
								'Edit history (%d edit)',
								'Edit history (%d edits)',
								application.edits.length,
								'wayfinder'
							),
							application.edits.length
						) }
					</summary>
					<ol>
						{ application.edits.map( ( edit ) => (
							<li key={ edit.id }>
								{ sprintf(
									/* translators: 1: who, 2: when, 3: the question. */
									__( '%1$s, %2$s — “%3$s”', 'wayfinder' ),
									edit.editor ||
										__( 'a former screener', 'wayfinder' ),
									formatDate( edit.edited_at ),
									edit.label
								) }
								<div className="wayfinder-screening__columns">
									<div>
										<strong>
											{ __( 'Before', 'wayfinder' ) }
										</strong>
										<div className="wayfinder-screening__original">
											{ edit.before }
										</div>
									</div>
									<div>
										<strong>
											{ __( 'After', 'wayfinder' ) }
										</strong>
										<div className="wayfinder-screening__original">
											{ edit.after }
										</div>
									</div>
								</div>
							</li>
						) ) }
					</ol>
				</details>
			) }
		</section>
	);
}
