/**
 * Surveys, for coordinators: the list; a survey's editor (through the post type's route), its
 * preview as people see it, its waves with a reminder, and its report — every table with a
 * "Download CSV" of the same rows, and the answers as CSV.
 */
import {
	Button,
	CheckboxControl,
	Notice,
	SelectControl,
	Spinner,
	TextareaControl,
	TextControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { listCohorts, toRestError } from '../../api/client';
import {
	getSurveyAnswers,
	getSurveyReport,
	listSurveys,
	listSurveySummaries,
	listSurveyWaves,
	type QuestionType,
	remindWave,
	saveSurvey,
	type SurveyAudience,
	type SurveyInput,
	type SurveyPost,
	type SurveyQuestion,
	type SurveyReport,
	type SurveyWaveRow,
	type WaveKind,
} from '../../api/surveys';
import AppLink from '../components/AppLink';
import AskFirst from '../components/AskFirst';
import LoadError from '../components/LoadError';
import { navigate, type Params } from '../router';
import { RowActions } from '../components/RowActions';
import { moved } from '../rows';
import { useRequest } from '../useRequest';
import { downloadCsv } from './progress-csv';
import {
	answersTable,
	pairTable,
	questionTable,
	surveyWaveTable,
	type Table,
	tableCsv,
	waveTable,
} from './survey-csv';

const AUDIENCES: Record< SurveyAudience, string > = {
	mentees: __( 'Mentees', 'wayfinder' ),
	mentors: __( 'Mentors', 'wayfinder' ),
	team_reps: __( 'Team representatives', 'wayfinder' ),
};

const KINDS: Record< WaveKind, string > = {
	pre: __( 'Before the cohort', 'wayfinder' ),
	post: __( 'At the end of the cohort', 'wayfinder' ),
	follow_up: __( 'Three months after the cohort', 'wayfinder' ),
	start: __( 'At the start of a mentorship', 'wayfinder' ),
	completion: __( 'At the end of a mentorship', 'wayfinder' ),
};

/** The kinds each audience can be asked at (the server checks the same). */
const KINDS_FOR: Record< SurveyAudience, WaveKind[] > = {
	mentees: [ 'pre', 'post', 'follow_up', 'start', 'completion' ],
	mentors: [ 'post', 'follow_up', 'completion' ],
	team_reps: [ 'follow_up' ],
};

const TYPES: Record< QuestionType, string > = {
	agree: __( 'Agreement (strongly disagree to strongly agree)', 'wayfinder' ),
	nps: __( 'Would recommend (0 to 10)', 'wayfinder' ),
	single: __( 'One choice', 'wayfinder' ),
	multiple: __( 'Several choices', 'wayfinder' ),
	short_text: __( 'Short text', 'wayfinder' ),
	long_text: __( 'Long text', 'wayfinder' ),
};

const AGREE = [
	__( 'Strongly disagree', 'wayfinder' ),
	__( 'Disagree', 'wayfinder' ),
	__( 'Neither agree nor disagree', 'wayfinder' ),
	__( 'Agree', 'wayfinder' ),
	__( 'Strongly agree', 'wayfinder' ),
];

const PAIRS: { value: string; label: string }[] = [
	{
		value: 'pre:post',
		label: __( 'Before the cohort → at its end', 'wayfinder' ),
	},
	{
		value: 'pre:follow_up',
		label: __( 'Before the cohort → three months later', 'wayfinder' ),
	},
	{
		value: 'post:follow_up',
		label: __( 'End of the cohort → three months later', 'wayfinder' ),
	},
	{
		value: 'start:completion',
		label: __( 'Start of a mentorship → its end', 'wayfinder' ),
	},
];

const titleOf = ( survey: SurveyPost ): string =>
	survey.title.raw ??
	survey.title.rendered ??
	__( '(no title)', 'wayfinder' );

/**
 * A table with its caption, column and row headers, and a "Download CSV" of the same rows.
 * @param props
 * @param props.caption  What the table shows.
 * @param props.table    Its header and rows.
 * @param props.filename The CSV file's name.
 * @param props.empty    What to say when there are no rows.
 */
function DataTable( {
	caption,
	table,
	filename,
	empty,
}: {
	caption: string;
	table: Table;
	filename: string;
	empty: string;
} ) {
	if ( table.rows.length === 0 ) {
		return (
			<p>
				<strong>{ caption }:</strong> { empty }
			</p>
		);
	}
	return (
		<div className="wayfinder-survey-table">
			<table className="widefat striped">
				<caption>{ caption }</caption>
				<thead>
					<tr>
						{ table.header.map( ( heading ) => (
							<th key={ heading } scope="col">
								{ heading }
							</th>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ table.rows.map( ( row, index ) => (
						<tr key={ index }>
							{ row.map( ( cell, column ) =>
								column === 0 ? (
									<th key={ column } scope="row">
										{ cell }
									</th>
								) : (
									<td key={ column }>{ cell }</td>
								)
							) }
						</tr>
					) ) }
				</tbody>
			</table>
			<Button
				variant="secondary"
				size="compact"
				onClick={ () => downloadCsv( tableCsv( table ), filename ) }
			>
				{ sprintf(
					/* translators: %s: the table's caption. */
					__( 'Download CSV: %s', 'wayfinder' ),
					caption
				) }
			</Button>
		</div>
	);
}

/** The list of surveys with their audience, waves, version and answers. */
function SurveyList() {
	const load = useCallback(
		() => Promise.all( [ listSurveys(), listSurveySummaries() ] ),
		[]
	);
	const { state, reload } = useRequest( load );
	if ( state.status === 'loading' ) {
		return <Spinner />;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	const [ surveys, summaries ] = state.data;
	const figures = new Map( summaries.map( ( row ) => [ row.survey, row ] ) );
	return (
		<>
			<p>
				<Button
					variant="primary"
					onClick={ () =>
						navigate( {
							screen: 'surveys',
							survey: 'new',
							view: 'edit',
						} )
					}
				>
					{ __( 'Add survey', 'wayfinder' ) }
				</Button>
			</p>
			{ surveys.length === 0 ? (
				<p>{ __( 'No surveys yet.', 'wayfinder' ) }</p>
			) : (
				<table className="widefat striped">
					<caption className="screen-reader-text">
						{ __( 'Surveys', 'wayfinder' ) }
					</caption>
					<thead>
						<tr>
							<th scope="col">{ __( 'Title', 'wayfinder' ) }</th>
							<th scope="col">
								{ __( 'Audience', 'wayfinder' ) }
							</th>
							<th scope="col">
								{ __( 'Answers kept', 'wayfinder' ) }
							</th>
							<th scope="col">
								{ __( 'When asked', 'wayfinder' ) }
							</th>
							<th scope="col">
								{ __( 'Version', 'wayfinder' ) }
							</th>
							<th scope="col">
								{ __( 'Answers', 'wayfinder' ) }
							</th>
						</tr>
					</thead>
					<tbody>
						{ surveys.map( ( survey ) => (
							<tr key={ survey.id }>
								<th scope="row">
									<AppLink
										params={ {
											screen: 'surveys',
											survey: String( survey.id ),
										} }
									>
										{ titleOf( survey ) }
									</AppLink>
									{ survey.status !== 'publish' &&
										` (${ __( 'draft', 'wayfinder' ) })` }
								</th>
								<td>
									{ AUDIENCES[
										survey.meta.wayfinder_survey_audience
									] ?? survey.meta.wayfinder_survey_audience }
								</td>
								<td>
									{ survey.meta.wayfinder_survey_anonymous
										? __( 'Anonymous', 'wayfinder' )
										: __(
												'Linked to the person',
												'wayfinder'
											) }
								</td>
								<td>
									{ survey.meta.wayfinder_survey_waves
										.map(
											( kind ) => KINDS[ kind ] ?? kind
										)
										.join( ', ' ) || '—' }
								</td>
								<td>
									{ figures.get( survey.id )?.version ?? 0 }
								</td>
								<td>
									{ figures.get( survey.id )?.answers ?? 0 }
								</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
		</>
	);
}

/** A question as edited: choices as lines, and a key for React that follows it when moved. */
interface EditedQuestion extends Omit< SurveyQuestion, 'choices' > {
	id: number;
	choices: string;
}

let nextId = 1;

const blankSurvey = (): SurveyPost => ( {
	id: 0,
	status: 'draft',
	title: { raw: '', rendered: '' },
	meta: {
		wayfinder_survey_audience: 'mentees',
		wayfinder_survey_anonymous: false,
		wayfinder_survey_waves: [],
		wayfinder_survey_answer_days: 14,
		wayfinder_survey_questions: [],
	},
} );

/**
 * The editor: settings and questions, saved through the post type's route; the server's sentence
 * when it refuses.
 * @param props
 * @param props.initial The survey as the server has it (id 0: a new one).
 * @param props.answers How many answered it.
 */
function SurveyEditor( {
	initial,
	answers,
}: {
	initial: SurveyPost;
	answers: number;
} ) {
	const [ title, setTitle ] = useState( titleOf( initial ) );
	const [ status, setStatus ] = useState( initial.status );
	const [ meta, setMeta ] = useState( initial.meta );
	const [ questions, setQuestions ] = useState< EditedQuestion[] >( () =>
		initial.meta.wayfinder_survey_questions.map( ( question ) => ( {
			...question,
			choices: question.choices.join( '\n' ),
			id: nextId++,
		} ) )
	);
	const [ saving, setSaving ] = useState( false );
	const [ problem, setProblem ] = useState( '' );
	const problemRef = useRef< HTMLDivElement >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );

	const change = ( index: number, edits: Partial< EditedQuestion > ) =>
		setQuestions(
			questions.map( ( question, i ) =>
				i === index ? { ...question, ...edits } : question
			)
		);
	const move = ( index: number, by: -1 | 1 ) =>
		setQuestions( moved( questions, index, by ) );
	const allowed = KINDS_FOR[ meta.wayfinder_survey_audience ];

	const save = async () => {
		setSaving( true );
		setProblem( '' );
		const input: SurveyInput = {
			title,
			status,
			meta: {
				...meta,
				wayfinder_survey_waves: meta.wayfinder_survey_waves.filter(
					( kind ) => allowed.includes( kind )
				),
				wayfinder_survey_questions: questions.map(
					( { id: _id, choices, ...question } ) => ( {
						...question,
						choices:
							question.type === 'single' ||
							question.type === 'multiple'
								? choices
										.split( '\n' )
										.map( ( line ) => line.trim() )
										.filter( ( line ) => line !== '' )
								: [],
					} )
				),
			},
		};
		try {
			const saved = await saveSurvey( initial.id, input );
			createSuccessNotice( __( 'Survey saved.', 'wayfinder' ), {
				type: 'snackbar',
			} );
			if ( initial.id === 0 ) {
				navigate( {
					screen: 'surveys',
					survey: String( saved.id ),
					view: 'edit',
				} );
			}
		} catch ( error ) {
			setProblem( toRestError( error ).message );
			window.setTimeout( () => problemRef.current?.focus() );
		}
		setSaving( false );
	};

	return (
		<form
			className="wayfinder-settings wayfinder-survey-editor"
			onSubmit={ ( event ) => {
				event.preventDefault();
				save();
			} }
		>
			{ answers > 0 && (
				<Notice status="info" isDismissible={ false }>
					{ sprintf(
						/* translators: %d: how many answered. */
						__(
							'%d people answered this survey. Saving changed questions makes a new version; the answers keep the version they answered, and questions with the same key are compared across versions.',
							'wayfinder'
						),
						answers
					) }
				</Notice>
			) }
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Title', 'wayfinder' ) }
				value={ title }
				required
				onChange={ setTitle }
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Status', 'wayfinder' ) }
				value={ status === 'publish' ? 'publish' : 'draft' }
				options={ [
					{ value: 'draft', label: __( 'Draft', 'wayfinder' ) },
					{
						value: 'publish',
						label: __( 'Published (asked)', 'wayfinder' ),
					},
				] }
				onChange={ setStatus }
			/>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Who answers it', 'wayfinder' ) }
				value={ meta.wayfinder_survey_audience }
				options={ ( Object.keys( AUDIENCES ) as SurveyAudience[] ).map(
					( value ) => ( {
						value,
						label: AUDIENCES[ value ],
					} )
				) }
				onChange={ ( value ) =>
					setMeta( {
						...meta,
						wayfinder_survey_audience: value as SurveyAudience,
					} )
				}
			/>
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __( 'Anonymous', 'wayfinder' ) }
				help={ __(
					'Answers are kept without the person: nobody can be named, and there are no before and after pairs.',
					'wayfinder'
				) }
				checked={ meta.wayfinder_survey_anonymous }
				onChange={ ( value ) =>
					setMeta( { ...meta, wayfinder_survey_anonymous: value } )
				}
			/>
			<fieldset>
				<legend>{ __( 'When it is asked', 'wayfinder' ) }</legend>
				{ allowed.map( ( kind ) => (
					<CheckboxControl
						__nextHasNoMarginBottom
						key={ kind }
						label={ KINDS[ kind ] }
						checked={ meta.wayfinder_survey_waves.includes( kind ) }
						onChange={ ( on ) =>
							setMeta( {
								...meta,
								wayfinder_survey_waves: on
									? [ ...meta.wayfinder_survey_waves, kind ]
									: meta.wayfinder_survey_waves.filter(
											( other ) => other !== kind
										),
							} )
						}
					/>
				) ) }
			</fieldset>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="number"
				min={ 1 }
				max={ 90 }
				label={ __( 'Days to answer', 'wayfinder' ) }
				value={ String( meta.wayfinder_survey_answer_days ) }
				onChange={ ( value ) =>
					setMeta( {
						...meta,
						wayfinder_survey_answer_days: Number( value ),
					} )
				}
			/>
			<h3>{ __( 'Questions', 'wayfinder' ) }</h3>
			<ol className="wayfinder-survey-editor__questions">
				{ questions.map( ( question, index ) => (
					<li key={ question.id }>
						<fieldset>
							<legend>
								{ sprintf(
									/* translators: %d: the question's number. */
									__( 'Question %d', 'wayfinder' ),
									index + 1
								) }
							</legend>
							<TextControl
								__nextHasNoMarginBottom
								__next40pxDefaultSize
								label={ __( 'Words', 'wayfinder' ) }
								value={ question.text }
								maxLength={ 300 }
								onChange={ ( text ) =>
									change( index, { text } )
								}
							/>
							<TextControl
								__nextHasNoMarginBottom
								__next40pxDefaultSize
								label={ __( 'Key', 'wayfinder' ) }
								help={ __(
									'Lowercase letters, digits, - and _. The same key in two waves or versions is the same question, so its answers compare.',
									'wayfinder'
								) }
								value={ question.key }
								maxLength={ 40 }
								onChange={ ( key ) => change( index, { key } ) }
							/>
							<SelectControl
								__nextHasNoMarginBottom
								__next40pxDefaultSize
								label={ __( 'Type', 'wayfinder' ) }
								value={ question.type }
								options={ (
									Object.keys( TYPES ) as QuestionType[]
								 ).map( ( value ) => ( {
									value,
									label: TYPES[ value ],
								} ) ) }
								onChange={ ( type ) =>
									change( index, {
										type: type as QuestionType,
									} )
								}
							/>
							{ ( question.type === 'single' ||
								question.type === 'multiple' ) && (
								<TextareaControl
									__nextHasNoMarginBottom
									label={ __( 'Choices', 'wayfinder' ) }
									help={ __(
										'One a line, from 2 to 20.',
										'wayfinder'
									) }
									value={ question.choices }
									rows={ 4 }
									onChange={ ( choices ) =>
										change( index, { choices } )
									}
								/>
							) }
							<CheckboxControl
								__nextHasNoMarginBottom
								label={ __( 'Required', 'wayfinder' ) }
								checked={ question.required }
								onChange={ ( required ) =>
									change( index, { required } )
								}
							/>
							<RowActions
								index={ index }
								count={ questions.length }
								onMove={ move }
								onRemove={ ( at ) =>
									setQuestions(
										questions.filter(
											( _q, i ) => i !== at
										)
									)
								}
								removeLabel={ __(
									'Remove this question',
									'wayfinder'
								) }
							/>
						</fieldset>
					</li>
				) ) }
			</ol>
			<p>
				<Button
					variant="secondary"
					onClick={ () =>
						setQuestions( [
							...questions,
							{
								id: nextId++,
								key: `question_${ questions.length + 1 }`,
								type: 'agree',
								text: '',
								required: false,
								choices: '',
							},
						] )
					}
				>
					{ __( 'Add a question', 'wayfinder' ) }
				</Button>
			</p>
			{ problem !== '' && (
				<div ref={ problemRef } tabIndex={ -1 }>
					<Notice status="error" isDismissible={ false }>
						{ problem }
					</Notice>
				</div>
			) }
			<Button
				variant="primary"
				type="submit"
				isBusy={ saving }
				disabled={ saving }
			>
				{ __( 'Save survey', 'wayfinder' ) }
			</Button>
		</form>
	);
}

/**
 * The options a question offers: the agreement scale, 0–10, or its choices.
 * @param question The question.
 */
function optionsOf( question: SurveyQuestion ): string[] {
	if ( question.type === 'agree' ) {
		return AGREE;
	}
	if ( question.type === 'nps' ) {
		return Array.from( { length: 11 }, ( _v, i ) => String( i ) );
	}
	return question.choices;
}

/**
 * The form as people see it, read-only.
 * @param props
 * @param props.survey The survey.
 */
function SurveyPreview( { survey }: { survey: SurveyPost } ) {
	const questions = survey.meta.wayfinder_survey_questions;
	if ( questions.length === 0 ) {
		return (
			<p>{ __( 'This survey has no questions yet.', 'wayfinder' ) }</p>
		);
	}
	return (
		<div className="wayfinder-survey-preview">
			<p className="description">
				{ __(
					'A preview: this is what people see; nothing here can be answered.',
					'wayfinder'
				) }
			</p>
			{ questions.map( ( question, index ) => {
				const name = `preview-${ survey.id }-${ question.key }`;
				const legend = (
					<legend>
						{ question.text }
						{ question.required &&
							` (${ __( 'required', 'wayfinder' ) })` }
					</legend>
				);
				const options = optionsOf( question );
				if (
					question.type === 'short_text' ||
					question.type === 'long_text'
				) {
					return (
						<p key={ index }>
							<label htmlFor={ name }>{ question.text }</label>
							<br />
							{ question.type === 'short_text' ? (
								<input id={ name } type="text" disabled />
							) : (
								<textarea id={ name } rows={ 4 } disabled />
							) }
						</p>
					);
				}
				return (
					<fieldset key={ index }>
						{ legend }
						{ options.map( ( option, at ) => (
							<span
								key={ option }
								className="wayfinder-survey-preview__option"
							>
								<input
									id={ `${ name }-${ at }` }
									type={
										question.type === 'multiple'
											? 'checkbox'
											: 'radio'
									}
									name={ name }
									disabled
								/>{ ' ' }
								<label htmlFor={ `${ name }-${ at }` }>
									{ option }
								</label>{ ' ' }
							</span>
						) ) }
					</fieldset>
				);
			} ) }
		</div>
	);
}

/**
 * The survey's waves (when, invited, answered, rate) with a reminder behind a question.
 * @param props
 * @param props.survey The survey.
 */
function SurveyWaves( { survey }: { survey: SurveyPost } ) {
	const load = useCallback( () => listSurveyWaves( undefined ), [] );
	const { state, reload } = useRequest( load );
	const [ asking, setAsking ] = useState< number | null >( null );
	const [ busy, setBusy ] = useState( false );
	const [ problem, setProblem ] = useState( '' );
	const { createSuccessNotice } = useDispatch( noticesStore );
	if ( state.status === 'loading' ) {
		return <Spinner />;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	const rows: SurveyWaveRow[] = state.data.filter(
		( row ) => row.survey_id === survey.id
	);
	const remind = async ( wave: number ) => {
		setBusy( true );
		setProblem( '' );
		try {
			await remindWave( wave );
			createSuccessNotice(
				__(
					'Reminders sent to everyone who has not answered yet.',
					'wayfinder'
				),
				{ type: 'snackbar' }
			);
			setAsking( null );
			reload();
		} catch ( error ) {
			setProblem( toRestError( error ).message );
		}
		setBusy( false );
	};
	return (
		<>
			{ problem !== '' && (
				<Notice status="error" isDismissible={ false }>
					{ problem }
				</Notice>
			) }
			<DataTable
				caption={ __( 'Waves', 'wayfinder' ) }
				table={ surveyWaveTable( state.data, survey.id ) }
				filename={ `survey-${ survey.id }-waves.csv` }
				empty={ __(
					'This survey has not been asked yet, and no wave is planned.',
					'wayfinder'
				) }
			/>
			{ rows.some( ( row ) => row.opened && row.id ) && (
				<ul className="wayfinder-survey-waves__remind">
					{ rows
						.filter( ( row ) => row.opened && row.id )
						.map( ( row ) => {
							const wave = Number( row.id );
							const label = sprintf(
								/* translators: 1: the cohort, 2: the wave. */
								__( 'Remind: %1$s, %2$s', 'wayfinder' ),
								row.cohort_title,
								row.kind_label
							);
							return (
								<li key={ wave }>
									{ asking === wave ? (
										<AskFirst
											label={ label }
											question={ sprintf(
												/* translators: %d: how many have not answered. */
												__(
													'Send a reminder to the %d people who have not answered yet?',
													'wayfinder'
												),
												Math.max(
													0,
													row.invited - row.answered
												)
											) }
											keepLabel={ __(
												'Not now',
												'wayfinder'
											) }
											confirmLabel={ __(
												'Send reminders',
												'wayfinder'
											) }
											busy={ busy }
											onKeep={ () => setAsking( null ) }
											onConfirm={ () => remind( wave ) }
										/>
									) : (
										<Button
											variant="secondary"
											size="compact"
											onClick={ () => setAsking( wave ) }
										>
											{ label }
										</Button>
									) }
								</li>
							);
						} ) }
				</ul>
			) }
		</>
	);
}

/**
 * The report's tables for one survey, cohort and pair of waves.
 * @param props
 * @param props.report The report.
 */
function ReportTables( { report }: { report: SurveyReport } ) {
	const base = `survey-${ report.survey.id }`;
	const texts = report.questions.filter(
		( question ) =>
			question.type === 'short_text' || question.type === 'long_text'
	);
	return (
		<>
			<p className="description">
				{ sprintf(
					/* translators: %d: the fewest answers a figure is shown from. */
					__(
						'Figures from fewer than %d answers (or people who answered both times) are withheld, so nobody can be recognised.',
						'wayfinder'
					),
					report.min_group
				) }
			</p>
			<DataTable
				caption={ __( 'Invitations and answers', 'wayfinder' ) }
				table={ waveTable( report ) }
				filename={ `${ base }-waves.csv` }
				empty={ __( 'Nobody has been asked yet.', 'wayfinder' ) }
			/>
			{ report.questions
				.filter( ( question ) => question.changed )
				.map( ( question ) => (
					<Notice
						key={ question.key }
						status="info"
						isDismissible={ false }
					>
						{ `${ question.text }: ${ question.changed }` }
					</Notice>
				) ) }
			<DataTable
				caption={ __( 'Answers per question', 'wayfinder' ) }
				table={ questionTable( report ) }
				filename={ `${ base }-questions.csv` }
				empty={ __( 'No answers yet.', 'wayfinder' ) }
			/>
			{ report.pairs.note !== null ? (
				<p>
					<strong>{ __( 'Before and after', 'wayfinder' ) }:</strong>{ ' ' }
					{ report.pairs.note }
				</p>
			) : (
				<DataTable
					caption={ sprintf(
						/* translators: 1: the earlier wave, 2: the later one. */
						__( 'Before and after: %1$s → %2$s', 'wayfinder' ),
						report.pairs.before_label,
						report.pairs.after_label
					) }
					table={ pairTable( report ) }
					filename={ `${ base }-pairs.csv` }
					empty={ __( 'No questions to pair.', 'wayfinder' ) }
				/>
			) }
			{ texts.length > 0 && (
				<h3>{ __( 'Text answers', 'wayfinder' ) }</h3>
			) }
			{ texts.map( ( question ) => (
				<div key={ question.key }>
					<h4>{ question.text }</h4>
					{ question.waves.map( ( entry ) => (
						<div key={ entry.kind }>
							<h5>{ entry.kind_label }</h5>
							{ entry.texts ? (
								<ul>
									{ entry.texts.map( ( text, index ) => (
										<li key={ index }>{ text }</li>
									) ) }
								</ul>
							) : (
								<p>{ entry.withheld }</p>
							) }
						</div>
					) ) }
				</div>
			) ) }
		</>
	);
}

/**
 * The report with its cohort and pair choices, and the answers as CSV.
 * @param props
 * @param props.survey The survey.
 */
function SurveyReportView( { survey }: { survey: SurveyPost } ) {
	const [ cohort, setCohort ] = useState( '' );
	const [ pair, setPair ] = useState(
		// A cohort's before and after first; a survey asked only of 1:1 mentorships, theirs.
		! survey.meta.wayfinder_survey_waves.includes( 'pre' ) &&
			survey.meta.wayfinder_survey_waves.includes( 'start' )
			? 'start:completion'
			: 'pre:post'
	);
	const [ exporting, setExporting ] = useState( false );
	const [ problem, setProblem ] = useState( '' );
	const cohorts = useRequest(
		useCallback( () => listCohorts( { per_page: 100 } ), [] )
	);
	const load = useCallback( () => {
		const [ before, after ] = pair.split( ':' ) as [ WaveKind, WaveKind ];
		return getSurveyReport(
			survey.id,
			cohort === '' ? undefined : Number( cohort ),
			before,
			after
		);
	}, [ survey.id, cohort, pair ] );
	const { state, reload } = useRequest( load );
	const download = async () => {
		setExporting( true );
		setProblem( '' );
		try {
			const answers = await getSurveyAnswers(
				survey.id,
				cohort === '' ? undefined : Number( cohort )
			);
			downloadCsv(
				tableCsv( answersTable( answers ) ),
				`survey-${ survey.id }-answers.csv`
			);
		} catch ( error ) {
			setProblem( toRestError( error ).message );
		}
		setExporting( false );
	};
	const cohortOptions = [
		{ value: '', label: __( 'Every cohort', 'wayfinder' ) },
		{ value: '0', label: __( '1:1 mentorships', 'wayfinder' ) },
		...( cohorts.state.status === 'success'
			? cohorts.state.data.items.map( ( item ) => ( {
					value: String( item.id ),
					label: item.title.rendered,
				} ) )
			: [] ),
	];
	return (
		<>
			<div className="wayfinder-survey-report__filters">
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Cohort', 'wayfinder' ) }
					value={ cohort }
					options={ cohortOptions }
					onChange={ setCohort }
				/>
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Before and after', 'wayfinder' ) }
					value={ pair }
					options={ PAIRS }
					onChange={ setPair }
				/>
			</div>
			<p>
				<Button
					variant="secondary"
					isBusy={ exporting }
					disabled={ exporting }
					onClick={ download }
				>
					{ survey.meta.wayfinder_survey_anonymous
						? __(
								'Download the answers (CSV, anonymous)',
								'wayfinder'
							)
						: __(
								'Download the answers (CSV, with names and emails)',
								'wayfinder'
							) }
				</Button>
			</p>
			{ problem !== '' && (
				<Notice status="error" isDismissible={ false }>
					{ problem }
				</Notice>
			) }
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && (
				<ReportTables report={ state.data } />
			) }
		</>
	);
}

const VIEWS = [
	{ id: 'edit', label: __( 'Edit', 'wayfinder' ) },
	{ id: 'preview', label: __( 'Preview', 'wayfinder' ) },
	{ id: 'waves', label: __( 'Waves', 'wayfinder' ) },
	{ id: 'report', label: __( 'Report', 'wayfinder' ) },
];

/**
 * One survey: its views as links (the place lives in the URL).
 * @param props
 * @param props.id   The survey ('new' for a new one).
 * @param props.view The view.
 */
function SurveyDetail( { id, view }: { id: string; view: string } ) {
	const load = useCallback(
		() => Promise.all( [ listSurveys(), listSurveySummaries() ] ),
		[]
	);
	const { state, reload } = useRequest( load );
	if ( id === 'new' ) {
		return (
			<>
				<h2>{ __( 'New survey', 'wayfinder' ) }</h2>
				<SurveyEditor initial={ blankSurvey() } answers={ 0 } />
			</>
		);
	}
	if ( state.status === 'loading' ) {
		return <Spinner />;
	}
	if ( state.status === 'error' ) {
		return <LoadError error={ state.error } retry={ reload } />;
	}
	const survey = state.data[ 0 ].find( ( one ) => String( one.id ) === id );
	if ( ! survey ) {
		return (
			<Notice status="warning" isDismissible={ false }>
				{ __(
					'This survey was not found; it may have been deleted.',
					'wayfinder'
				) }
			</Notice>
		);
	}
	const answers =
		state.data[ 1 ].find( ( row ) => row.survey === survey.id )?.answers ??
		0;
	const current = VIEWS.some( ( one ) => one.id === view ) ? view : 'report';
	return (
		<>
			<h2>{ titleOf( survey ) }</h2>
			<nav aria-label={ __( 'Survey views', 'wayfinder' ) }>
				<ul className="subsubsub">
					{ VIEWS.map( ( one, index ) => (
						<li key={ one.id }>
							<AppLink
								params={ {
									screen: 'surveys',
									survey: id,
									view: one.id,
								} }
								className={
									one.id === current ? 'current' : ''
								}
								aria-current={
									one.id === current ? 'page' : undefined
								}
							>
								{ one.label }
							</AppLink>
							{ index < VIEWS.length - 1 && ' | ' }
						</li>
					) ) }
				</ul>
			</nav>
			<div className="clear" />
			{ current === 'edit' && (
				<SurveyEditor
					key={ survey.id }
					initial={ survey }
					answers={ answers }
				/>
			) }
			{ current === 'preview' && <SurveyPreview survey={ survey } /> }
			{ current === 'waves' && <SurveyWaves survey={ survey } /> }
			{ current === 'report' && <SurveyReportView survey={ survey } /> }
		</>
	);
}

export default function SurveysScreen( { params }: { params: Params } ) {
	return (
		<div className="wayfinder-surveys">
			{ params.survey ? (
				<>
					<p>
						<AppLink params={ { screen: 'surveys' } }>
							{ __( '← All surveys', 'wayfinder' ) }
						</AppLink>
					</p>
					<SurveyDetail
						id={ params.survey }
						view={ params.view ?? '' }
					/>
				</>
			) : (
				<SurveyList />
			) }
		</div>
	);
}
