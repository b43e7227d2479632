import {
	Button,
	Notice,
	Spinner,
	TextareaControl,
	TextControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { toRestError } from '../../api/client';
import {
	getPlaybook,
	type Playbook,
	type PlaybookStep,
	resetPlaybook,
	savePlaybook,
} from '../../api/playbook';
import AskFirst from '../components/AskFirst';
import LoadError from '../components/LoadError';
import { RowActions } from '../components/RowActions';
import { moved } from '../rows';
import { useRequest } from '../useRequest';

/** A step as edited: the questions as lines of one text, and a key that follows it when moved. */
interface EditedStep extends Omit< PlaybookStep, 'questions' > {
	key: number;
	questions: string;
}

let nextKey = 1;

const toEdited = ( steps: PlaybookStep[] ): EditedStep[] =>
	steps.map( ( step ) => ( {
		...step,
		questions: step.questions.join( '\n' ),
		key: nextKey++,
	} ) );

const fromEdited = ( steps: EditedStep[] ): PlaybookStep[] =>
	steps.map( ( step ) => ( {
		title: step.title,
		what_to_do: step.what_to_do,
		questions: step.questions
			.split( '\n' )
			.map( ( line ) => line.trim() )
			.filter( ( line ) => line !== '' ),
		drop_offs: step.drop_offs,
		mentee: step.mentee,
	} ) );

/**
 * The steps being edited, saved together; the default back behind a question.
 * @param props
 * @param props.initial The playbook as the server has it.
 */
function PlaybookEditor( { initial }: { initial: Playbook } ) {
	const [ playbook, setPlaybook ] = useState( initial );
	const [ steps, setSteps ] = useState( () => toEdited( initial.steps ) );
	const [ saving, setSaving ] = useState( false );
	const [ problem, setProblem ] = useState( '' );
	const [ asking, setAsking ] = useState( false );
	const problemRef = useRef< HTMLDivElement >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const { limits } = playbook;

	const change = ( index: number, edits: Partial< EditedStep > ) =>
		setSteps(
			steps.map( ( step, i ) =>
				i === index ? { ...step, ...edits } : step
			)
		);
	const move = ( index: number, by: -1 | 1 ) =>
		setSteps( moved( steps, index, by ) );
	const remove = ( index: number ) =>
		setSteps( steps.filter( ( _step, i ) => i !== index ) );
	const add = () =>
		setSteps( [
			...steps,
			{
				key: nextKey++,
				title: '',
				what_to_do: '',
				questions: '',
				drop_offs: '',
				mentee: '',
			},
		] );

	const run = async ( call: () => Promise< Playbook >, done: string ) => {
		setSaving( true );
		setProblem( '' );
		try {
			const saved = await call();
			setPlaybook( saved );
			setSteps( toEdited( saved.steps ) );
			setAsking( false );
			createSuccessNotice( done, { type: 'snackbar' } );
		} catch ( error ) {
			setProblem( toRestError( error ).message );
			window.setTimeout( () => problemRef.current?.focus() );
		}
		setSaving( false );
	};

	return (
		<form
			className="wayfinder-settings wayfinder-playbook-editor"
			onSubmit={ ( event ) => {
				event.preventDefault();
				run(
					() => savePlaybook( fromEdited( steps ) ),
					__( 'Playbook saved.', 'wayfinder' )
				);
			} }
		>
			<p>
				{ playbook.custom
					? __(
							'Your coordinators edited this playbook. Mentors see the step their cohort is at in My mentorship and in their session reminders; mentees see the one line for them.',
							'wayfinder'
						)
					: __(
							'This is the default playbook, shown in each reader’s language. Once you save a change, this edited version is shown to everyone.',
							'wayfinder'
						) }
			</p>
			<ol className="wayfinder-playbook-editor__steps">
				{ steps.map( ( step, index ) => (
					<li
						key={ step.key }
						className="wayfinder-playbook-editor__step"
					>
						<fieldset>
							<legend>
								{ sprintf(
									/* translators: 1: the step's number, 2: its title. */
									__( 'Step %1$d: %2$s', 'wayfinder' ),
									index + 1,
									step.title ||
										__( '(no title)', 'wayfinder' )
								) }
							</legend>
							<TextControl
								__nextHasNoMarginBottom
								__next40pxDefaultSize
								label={ __( 'Title', 'wayfinder' ) }
								value={ step.title }
								maxLength={ limits.title }
								required
								onChange={ ( title ) =>
									change( index, { title } )
								}
							/>
							<TextareaControl
								__nextHasNoMarginBottom
								label={ __( 'What to do', 'wayfinder' ) }
								help={ __(
									'What the mentor does this week. Links and simple formatting are kept.',
									'wayfinder'
								) }
								value={ step.what_to_do }
								rows={ 4 }
								onChange={ ( value ) =>
									change( index, { what_to_do: value } )
								}
							/>
							<TextareaControl
								__nextHasNoMarginBottom
								label={ __( 'Questions to ask', 'wayfinder' ) }
								help={ sprintf(
									/* translators: %d: most questions. */
									__(
										'One question a line, at most %d.',
										'wayfinder'
									),
									limits.max_questions
								) }
								value={ step.questions }
								rows={ 3 }
								onChange={ ( questions ) =>
									change( index, { questions } )
								}
							/>
							<TextareaControl
								__nextHasNoMarginBottom
								label={ __(
									'If someone goes quiet',
									'wayfinder'
								) }
								help={ __(
									'How to handle drop-offs at this step.',
									'wayfinder'
								) }
								value={ step.drop_offs }
								rows={ 3 }
								onChange={ ( value ) =>
									change( index, { drop_offs: value } )
								}
							/>
							<TextControl
								__nextHasNoMarginBottom
								__next40pxDefaultSize
								label={ __(
									'What the program expects of mentees this week',
									'wayfinder'
								) }
								value={ step.mentee }
								maxLength={ limits.line }
								onChange={ ( mentee ) =>
									change( index, { mentee } )
								}
							/>
							<RowActions
								index={ index }
								count={ steps.length }
								onMove={ move }
								onRemove={ remove }
								removeLabel={ __(
									'Remove this step',
									'wayfinder'
								) }
								canRemove={ steps.length > limits.min_steps }
							/>
						</fieldset>
					</li>
				) ) }
			</ol>
			<p className="description">
				{ sprintf(
					/* translators: 1: fewest steps, 2: most steps. */
					__(
						'A playbook has between %1$d and %2$d steps, spread evenly over each cohort’s weeks.',
						'wayfinder'
					),
					limits.min_steps,
					limits.max_steps
				) }
			</p>
			<Button
				variant="secondary"
				disabled={ steps.length >= limits.max_steps }
				accessibleWhenDisabled
				onClick={ add }
			>
				{ __( 'Add a step', 'wayfinder' ) }
			</Button>
			{ problem !== '' && (
				<div ref={ problemRef } tabIndex={ -1 }>
					<Notice status="error" isDismissible={ false }>
						{ problem }
					</Notice>
				</div>
			) }
			<div className="wayfinder-playbook-editor__actions">
				<Button
					variant="primary"
					type="submit"
					isBusy={ saving && ! asking }
					disabled={ saving }
				>
					{ __( 'Save the playbook', 'wayfinder' ) }
				</Button>
				{ playbook.custom &&
					( asking ? (
						<AskFirst
							label={ __(
								'Put the default playbook back?',
								'wayfinder'
							) }
							question={ __(
								'Your coordinators’ edits are replaced by the default playbook. This cannot be undone.',
								'wayfinder'
							) }
							keepLabel={ __( 'Keep our playbook', 'wayfinder' ) }
							confirmLabel={ __(
								'Put the default back',
								'wayfinder'
							) }
							busy={ saving }
							onKeep={ () => setAsking( false ) }
							onConfirm={ () =>
								run(
									resetPlaybook,
									__(
										'The default playbook is back.',
										'wayfinder'
									)
								)
							}
						/>
					) : (
						<Button
							variant="tertiary"
							isDestructive
							onClick={ () => setAsking( true ) }
						>
							{ __( 'Reset to the default…', 'wayfinder' ) }
						</Button>
					) ) }
			</div>
		</form>
	);
}

/** The mentor playbook, as coordinators edit it. */
export default function PlaybookScreen() {
	const { state, reload } = useRequest( getPlaybook );
	return (
		<section aria-labelledby="wayfinder-playbook-title">
			<h2 id="wayfinder-playbook-title">
				{ __( 'Mentor playbook', 'wayfinder' ) }
			</h2>
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && (
				<PlaybookEditor initial={ state.data } />
			) }
		</section>
	);
}
