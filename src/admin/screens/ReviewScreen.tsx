/**
 * Blind review (stage 2), for reviewers: the cohort, progress ("12 of 40 reviewed"), the queue, and
 * one application at a time — its redacted answers, how the applicant wants to take part, the teams,
 * the sponsored flag when the cohort shows it — scored per criterion of the rubric with a note each.
 * Nothing here says whose application it is: the server sends the pseudonym and the review's own
 * number, never a name, a user or an application ID.
 *
 * Keyboard: each criterion is a group of radio buttons (Tab to the group, the arrow keys move between
 * scores, as everywhere); in a group, the number keys 1–9 also choose that score. There is no
 * shortcut to submit: "Submit and open the next" is a button, so screen readers' own keys are left alone.
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
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	declareReviewConflict,
	getReview,
	listMyReviews,
	saveReviewDraft,
	submitReview,
	toRestError,
	type RestError,
} from '../../api/client';
import type { BlindReview, ReviewQueue, ReviewStatus } from '../../api/types';
import AskFirst from '../components/AskFirst';
import { reviewToOpen, scoreForKey } from './reviewing';
import LoadError from '../components/LoadError';
import { useRequest } from '../useRequest';

const STATUS_LABELS: Record< ReviewStatus, string > = {
	assigned: __( 'To review', 'wayfinder' ),
	done: __( 'Reviewed', 'wayfinder' ),
	conflict: __( 'Conflict of interest', 'wayfinder' ),
};

/**
 * One criterion: a radio group 1..scale (the arrow keys are the browser's; number keys choose too).
 * @param props
 * @param props.name     The group's name (unique on the page).
 * @param props.label    The criterion.
 * @param props.weight   Its weight.
 * @param props.scale    The highest score.
 * @param props.value    The score chosen, if any.
 * @param props.disabled The review can no longer change.
 * @param props.onChange Chooses a score.
 */
function ScoreGroup( {
	name,
	label,
	weight,
	scale,
	value,
	disabled,
	onChange,
}: {
	name: string;
	label: string;
	weight: number;
	scale: number;
	value: number | undefined;
	disabled: boolean;
	onChange: ( score: number ) => void;
} ) {
	const scores = Array.from( { length: scale }, ( _, i ) => i + 1 );
	return (
		<fieldset className="wayfinder-review__criterion">
			<legend>
				{ sprintf(
					/* translators: 1: a criterion of the rubric, 2: its weight. */
					__( '%1$s (weight %2$d)', 'wayfinder' ),
					label,
					weight
				) }
			</legend>
			<div className="wayfinder-review__scores">
				{ scores.map( ( score ) => (
					<span key={ score } className="wayfinder-review__score">
						<input
							type="radio"
							id={ `${ name }-${ score }` }
							name={ name }
							value={ score }
							checked={ value === score }
							disabled={ disabled }
							onChange={ () => onChange( score ) }
							onKeyDown={ ( event ) => {
								const chosen = scoreForKey( event.key, scale );
								if ( chosen === null || disabled ) {
									return;
								}
								event.preventDefault();
								onChange( chosen );
								const radio =
									event.currentTarget.form?.querySelector(
										`#${ name }-${ chosen }`
									);
								if ( radio instanceof HTMLInputElement ) {
									radio.focus();
								}
							} }
						/>
						<label htmlFor={ `${ name }-${ score }` }>
							{ sprintf(
								/* translators: 1: a score, 2: the highest score. */
								__( '%1$d of %2$d', 'wayfinder' ),
								score,
								scale
							) }
						</label>
					</span>
				) ) }
			</div>
		</fieldset>
	);
}

/**
 * One application, scored: loads the review, saves drafts, submits, declares a conflict.
 * @param props
 * @param props.id       The review.
 * @param props.onChange The review changed (the queue reloads); `next` opens the one named.
 * @param props.focus
 */
function ReviewForm( {
	id,
	focus,
	onChange,
}: {
	id: number;
	/** Move the focus to the application once loaded (after submitting the one before). */
	focus: boolean;
	onChange: ( next?: number | null ) => void;
} ) {
	const heading = useRef< HTMLHeadingElement >( null );
	const load = useCallback( () => getReview( id ), [ id ] );
	const { state, reload } = useRequest( load );
	const [ scores, setScores ] = useState< Record< string, number > >( {} );
	const [ notes, setNotes ] = useState< Record< string, string > >( {} );
	const [ busy, setBusy ] = useState< '' | 'draft' | 'submit' | 'conflict' >(
		''
	);
	const [ error, setError ] = useState< RestError | null >( null );
	const [ conflict, setConflict ] = useState< 'closed' | 'open' | 'ask' >(
		'closed'
	);
	const [ conflictNote, setConflictNote ] = useState( '' );
	const { createSuccessNotice } = useDispatch( noticesStore );

	useEffect( () => {
		if ( state.status === 'success' ) {
			setScores( { ...state.data.scores } );
			setNotes( { ...state.data.notes } );
			if ( focus ) {
				heading.current?.focus();
			}
		}
	}, [ state, focus ] );

	if ( state.status === 'loading' ) {
		return <Spinner />;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	const review: BlindReview = state.data;
	const locked = ! review.can_change;

	const save = async ( submit: boolean ) => {
		setBusy( submit ? 'submit' : 'draft' );
		setError( null );
		try {
			const saved = submit
				? await submitReview( id, { scores, notes } )
				: await saveReviewDraft( id, { scores, notes } );
			void createSuccessNotice(
				submit
					? __( 'Review submitted. Thank you!', 'wayfinder' )
					: __( 'Draft saved.', 'wayfinder' ),
				{ type: 'snackbar' }
			);
			onChange( submit ? ( saved.next ?? null ) : undefined );
		} catch ( failure ) {
			setError( toRestError( failure ) );
		} finally {
			setBusy( '' );
		}
	};

	const declare = async () => {
		setBusy( 'conflict' );
		setError( null );
		try {
			const declared = await declareReviewConflict( id, conflictNote );
			void createSuccessNotice( declared.message ?? '', {
				type: 'snackbar',
			} );
			onChange( declared.next ?? null );
		} catch ( failure ) {
			setError( toRestError( failure ) );
			setConflict( 'open' );
		} finally {
			setBusy( '' );
		}
	};

	return (
		<article
			className="wayfinder-review__application"
			aria-labelledby={ `wayfinder-review-${ id }-title` }
		>
			<h2
				id={ `wayfinder-review-${ id }-title` }
				ref={ heading }
				tabIndex={ -1 }
			>
				{ review.applicant }
			</h2>
			{ review.status === 'conflict' && (
				<Notice status="info" isDismissible={ false }>
					{ __(
						'You declared a conflict of interest for this application. It went to another reviewer.',
						'wayfinder'
					) }
				</Notice>
			) }
			{ locked && review.status !== 'conflict' && (
				<Notice status="info" isDismissible={ false }>
					{ __(
						'The coordinators have locked this cohort’s selection, so this review can no longer change.',
						'wayfinder'
					) }
				</Notice>
			) }
			<dl className="wayfinder-review__facts">
				<dt>{ __( 'Wants to take part', 'wayfinder' ) }</dt>
				<dd>{ review.mode_label || __( 'Not said', 'wayfinder' ) }</dd>
				<dt>{ __( 'Teams of interest', 'wayfinder' ) }</dt>
				<dd>
					{ review.teams.length > 0
						? review.teams.join( ', ' )
						: __( 'None chosen', 'wayfinder' ) }
				</dd>
				{ review.sponsored !== undefined && (
					<>
						<dt>{ __( 'Sponsored by a company', 'wayfinder' ) }</dt>
						<dd>
							{ review.sponsored
								? __( 'Yes', 'wayfinder' )
								: __( 'No', 'wayfinder' ) }
						</dd>
					</>
				) }
			</dl>
			<h3>{ __( 'Answers', 'wayfinder' ) }</h3>
			{ review.answers.map( ( answer ) => (
				<section
					key={ answer.key }
					className="wayfinder-review__answer"
				>
					<h4>{ answer.label }</h4>
					<p>
						{ answer.answer !== ''
							? answer.answer
							: __( 'No answer.', 'wayfinder' ) }
					</p>
				</section>
			) ) }
			<h3>{ __( 'Your scores', 'wayfinder' ) }</h3>
			<p className="description" id={ `wayfinder-review-${ id }-keys` }>
				{ sprintf(
					/* translators: %d: the highest score. */
					__(
						'Score each criterion from 1 to %d. In a group of scores, the arrow keys move between scores and the number keys choose one.',
						'wayfinder'
					),
					review.scale
				) }
			</p>
			<form
				onSubmit={ ( event ) => {
					event.preventDefault();
					void save( true );
				} }
				aria-describedby={ `wayfinder-review-${ id }-keys` }
			>
				{ review.rubric.map( ( criterion ) => (
					<div
						key={ criterion.key }
						className="wayfinder-review__criterion-block"
					>
						<ScoreGroup
							name={ `wayfinder-review-${ id }-${ criterion.key }` }
							label={ criterion.label }
							weight={ criterion.weight }
							scale={ review.scale }
							value={ scores[ criterion.key ] }
							disabled={ locked || busy !== '' }
							onChange={ ( score ) =>
								setScores( {
									...scores,
									[ criterion.key ]: score,
								} )
							}
						/>
						<TextareaControl
							__nextHasNoMarginBottom
							label={ sprintf(
								/* translators: %s: a criterion of the rubric. */
								__( 'Note on “%s” (optional)', 'wayfinder' ),
								criterion.label
							) }
							help={ __(
								'At most 1,000 characters. Coordinators read it; the applicant does not.',
								'wayfinder'
							) }
							value={ notes[ criterion.key ] ?? '' }
							maxLength={ 1000 }
							disabled={ locked || busy !== '' }
							onChange={ ( text ) =>
								setNotes( {
									...notes,
									[ criterion.key ]: text,
								} )
							}
						/>
					</div>
				) ) }
				{ error && (
					<Notice status="error" isDismissible={ false }>
						{ error.message }
					</Notice>
				) }
				{ ! locked && (
					<div className="wayfinder-review__actions">
						{ review.status !== 'done' && (
							<Button
								variant="secondary"
								isBusy={ busy === 'draft' }
								disabled={ busy !== '' }
								onClick={ () => void save( false ) }
							>
								{ __( 'Save draft', 'wayfinder' ) }
							</Button>
						) }
						<Button
							variant="primary"
							type="submit"
							isBusy={ busy === 'submit' }
							disabled={ busy !== '' }
						>
							{ review.status === 'done'
								? __( 'Save changes', 'wayfinder' )
								: __(
										'Submit and open the next',
										'wayfinder'
									) }
						</Button>
					</div>
				) }
			</form>
			{ ! locked && conflict === 'closed' && (
				<Button
					variant="link"
					isDestructive
					onClick={ () => setConflict( 'open' ) }
				>
					{ __( 'I have a conflict of interest', 'wayfinder' ) }
				</Button>
			) }
			{ ! locked && conflict !== 'closed' && (
				<div className="wayfinder-review__conflict">
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __(
							'Why you cannot review this application (optional)',
							'wayfinder'
						) }
						help={ __(
							'Only coordinators read it. Do not name the applicant.',
							'wayfinder'
						) }
						value={ conflictNote }
						maxLength={ 500 }
						onChange={ setConflictNote }
					/>
					{ conflict === 'open' ? (
						<div className="wayfinder-modal-actions">
							<Button
								variant="tertiary"
								onClick={ () => setConflict( 'closed' ) }
							>
								{ __( 'Cancel', 'wayfinder' ) }
							</Button>
							<Button
								variant="secondary"
								isDestructive
								onClick={ () => setConflict( 'ask' ) }
							>
								{ __( 'Declare a conflict', 'wayfinder' ) }
							</Button>
						</div>
					) : (
						<AskFirst
							label={ __(
								'Declare a conflict of interest?',
								'wayfinder'
							) }
							question={ __(
								'This application will go to another reviewer and your scores of it will not count. You cannot undo this.',
								'wayfinder'
							) }
							keepLabel={ __( 'Keep reviewing it', 'wayfinder' ) }
							confirmLabel={ __(
								'Yes, I have a conflict',
								'wayfinder'
							) }
							busy={ busy === 'conflict' }
							onKeep={ () => setConflict( 'open' ) }
							onConfirm={ () => void declare() }
						/>
					) }
				</div>
			) }
		</article>
	);
}

export default function ReviewScreen() {
	const { state, reload } = useRequest< ReviewQueue >( listMyReviews );
	const [ cohort, setCohort ] = useState< number | null >( null );
	const [ open, setOpen ] = useState< number | null >( null );
	const [ moved, setMoved ] = useState( false );

	if ( state.status === 'loading' ) {
		return <Spinner />;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	const queue = state.data;
	if ( queue.cohorts.length === 0 ) {
		return (
			<p>
				{ __(
					'No applications are waiting for your review.',
					'wayfinder'
				) }
			</p>
		);
	}
	const current =
		queue.cohorts.find( ( c ) => c.id === cohort ) ??
		queue.cohorts.find( ( c ) => c.reviewed < c.assigned ) ??
		queue.cohorts[ 0 ];
	if ( ! current ) {
		return null;
	}
	const reviews = queue.reviews.filter( ( r ) => r.cohort === current.id );
	const opened = reviewToOpen( reviews, open );
	const waiting = reviews.filter( ( r ) => r.status === 'assigned' ).length;

	return (
		<div className="wayfinder-review">
			{ queue.cohorts.length > 1 && (
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Cohort', 'wayfinder' ) }
					value={ String( current.id ) }
					options={ queue.cohorts.map( ( c ) => ( {
						value: String( c.id ),
						label: c.name,
					} ) ) }
					onChange={ ( value ) => {
						setCohort( Number( value ) );
						setOpen( null );
					} }
				/>
			) }
			<h2>{ current.name }</h2>
			<div className="wayfinder-review__progress">
				<label htmlFor="wayfinder-review-progress">
					{ current.progress }
				</label>
				<progress
					id="wayfinder-review-progress"
					max={ Math.max( current.assigned, 1 ) }
					value={ current.reviewed }
					aria-valuetext={ current.progress }
				/>
			</div>
			<div className="wayfinder-review__layout">
				<nav
					className="wayfinder-review__queue"
					aria-label={ __( 'Applications to review', 'wayfinder' ) }
				>
					<ul>
						{ reviews.map( ( item ) => (
							<li key={ item.id }>
								<Button
									variant={
										item.id === opened
											? 'primary'
											: 'tertiary'
									}
									aria-current={
										item.id === opened ? 'true' : undefined
									}
									onClick={ () => {
										setOpen( item.id );
										setMoved( true );
									} }
								>
									{ sprintf(
										/* translators: 1: "Applicant 7F3K", 2: "To review", "Reviewed"… */
										__( '%1$s — %2$s', 'wayfinder' ),
										item.applicant,
										STATUS_LABELS[ item.status ]
									) }
								</Button>
							</li>
						) ) }
					</ul>
				</nav>
				<div className="wayfinder-review__current">
					{ opened === null ? (
						<p>
							{ waiting === 0
								? __(
										'No applications are waiting for your review.',
										'wayfinder'
									)
								: __( 'Choose an application.', 'wayfinder' ) }
						</p>
					) : (
						<ReviewForm
							key={ opened }
							id={ opened }
							focus={ moved }
							onChange={ ( next ) => {
								if ( next !== undefined ) {
									setOpen( next );
									setMoved( true );
								}
								reload();
							} }
						/>
					) }
				</div>
			</div>
		</div>
	);
}
