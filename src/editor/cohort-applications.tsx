/**
 * The block editor's "Applications" panel (document sidebar, cohorts only): how the cohort takes
 * applications and how they are reviewed — every ApplicationSettings field, written to the post's
 * meta. The server checks them together before the cohort is saved (question and criterion keys
 * unique, each question's fewest characters no more than its most, the last day to apply before the
 * start, reserved seats released no later than the start); the editor shows its refusal as the save
 * notice.
 */
import {
	Button,
	CheckboxControl,
	TextControl,
	TextareaControl,
	ToggleControl,
} from '@wordpress/components';
import { useEntityProp } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { PluginDocumentSettingPanel } from '@wordpress/editor';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

import { NumberField } from './number-field';
const POST_TYPE = 'wayfinder_cohort';

interface Question {
	key: string;
	label: string;
	help: string;
	min: number;
	max: number;
}
interface Criterion {
	key: string;
	label: string;
	weight: number;
}
type Prerequisite = 'site_activity' | 'quiz_result';
interface ApplicationMeta {
	wayfinder_apply_until?: string;
	wayfinder_application_questions?: Question[];
	wayfinder_application_prerequisites?: Prerequisite[];
	wayfinder_application_terms?: string;
	wayfinder_mentors_apply?: boolean;
	wayfinder_rubric?: Criterion[];
	wayfinder_rubric_scale?: number;
	wayfinder_reviews_per_application?: number;
	wayfinder_disagreement?: number;
	wayfinder_show_sponsored?: boolean;
	wayfinder_reserved_until?: string;
	[ key: string ]: unknown;
}

/** The prerequisites, named as ApplicationSettings::prerequisite_labels() names them. */
const prerequisiteLabels = (): Array< [ Prerequisite, string ] > => [
	[
		'site_activity',
		__(
			'At least one activity on this site (a post, a comment or a page edit)',
			'wayfinder'
		),
	],
	[ 'quiz_result', __( 'A result of the "Get involved" quiz', 'wayfinder' ) ],
];

/**
 * A key from a label: lower case letters, digits and underscores, starting with a letter, unique among $taken.
 * @param label The label.
 * @param taken The keys in use.
 */
export function keyFrom( label: string, taken: string[] ): string {
	const base =
		label
			.toLowerCase()
			.normalize( 'NFKD' )
			.replace( /[\u0300-\u036f]/g, '' )
			.replace( /[^a-z0-9]+/g, '_' )
			.replace( /^[^a-z]+/, '' )
			.replace( /_+$/, '' )
			.slice( 0, 32 ) || 'question';
	let key = base;
	for ( let n = 2; taken.includes( key ); n++ ) {
		key = `${ base }_${ n }`;
	}
	return key;
}

/**
 * The questions applicants answer: label, help, fewest and most characters; a new one's key comes from its label.
 * @param props
 * @param props.questions The questions.
 * @param props.onChange  Called with the new list.
 */
function Questions( {
	questions,
	onChange,
}: {
	questions: Question[];
	onChange: ( questions: Question[] ) => void;
} ) {
	// Keys of questions added in this session follow their label until saved.
	const [ fresh, setFresh ] = useState< number[] >( [] );
	const change = ( index: number, part: Partial< Question > ) =>
		onChange(
			questions.map( ( question, at ) => {
				if ( at !== index ) {
					return question;
				}
				const next = { ...question, ...part };
				if ( part.label !== undefined && fresh.includes( index ) ) {
					next.key = keyFrom(
						part.label,
						questions
							.filter( ( _, other ) => other !== index )
							.map( ( other ) => other.key )
					);
				}
				return next;
			} )
		);
	return (
		<fieldset className="wayfinder-cohort-details__group">
			<legend>{ __( 'Questions', 'wayfinder' ) }</legend>
			<p className="wayfinder-cohort-details__help">
				{ __(
					'What applicants answer in their own words (one to ten questions). Reviewers read the answers without names.',
					'wayfinder'
				) }
			</p>
			{ questions.map( ( question, index ) => (
				<div
					className="wayfinder-cohort-details__training"
					key={ index }
				>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ sprintf(
							/* translators: %d: the question's number. */
							__( 'Question %d', 'wayfinder' ),
							index + 1
						) }
						help={ sprintf(
							/* translators: %s: the question's key. */
							__( 'Key: %s', 'wayfinder' ),
							question.key
						) }
						value={ question.label }
						onChange={ ( label: string ) =>
							change( index, { label } )
						}
					/>
					<TextareaControl
						__nextHasNoMarginBottom
						label={ sprintf(
							/* translators: %d: the question's number. */
							__( 'Help for question %d', 'wayfinder' ),
							index + 1
						) }
						value={ question.help }
						onChange={ ( help: string ) =>
							change( index, { help } )
						}
					/>
					<NumberField
						label={ sprintf(
							/* translators: %d: the question's number. */
							__( 'Fewest characters, question %d', 'wayfinder' ),
							index + 1
						) }
						value={ question.min }
						min={ 0 }
						max={ 2000 }
						onChange={ ( min ) => change( index, { min } ) }
					/>
					<NumberField
						label={ sprintf(
							/* translators: %d: the question's number. */
							__( 'Most characters, question %d', 'wayfinder' ),
							index + 1
						) }
						value={ question.max }
						min={ 50 }
						max={ 5000 }
						onChange={ ( max ) => change( index, { max } ) }
					/>
					{ question.min > question.max && (
						<p className="wayfinder-cohort-details__warning">
							{ __(
								'The fewest characters are more than the most: the cohort will not save like this.',
								'wayfinder'
							) }
						</p>
					) }
					<Button
						variant="link"
						isDestructive
						disabled={ questions.length <= 1 }
						onClick={ () => {
							setFresh( [] );
							onChange(
								questions.filter( ( _, at ) => at !== index )
							);
						} }
					>
						{ sprintf(
							/* translators: %d: the question's number. */
							__( 'Remove question %d', 'wayfinder' ),
							index + 1
						) }
					</Button>
				</div>
			) ) }
			<Button
				variant="secondary"
				disabled={ questions.length >= 10 }
				onClick={ () => {
					setFresh( [ ...fresh, questions.length ] );
					onChange( [
						...questions,
						{
							key: keyFrom(
								'question',
								questions.map( ( question ) => question.key )
							),
							label: '',
							help: '',
							min: 0,
							max: 1500,
						},
					] );
				} }
			>
				{ __( 'Add a question', 'wayfinder' ) }
			</Button>
		</fieldset>
	);
}

/**
 * The rubric: what reviewers score, each criterion with a weight.
 * @param props
 * @param props.criteria The criteria.
 * @param props.onChange Called with the new list.
 */
function Rubric( {
	criteria,
	onChange,
}: {
	criteria: Criterion[];
	onChange: ( criteria: Criterion[] ) => void;
} ) {
	const change = ( index: number, part: Partial< Criterion > ) =>
		onChange(
			criteria.map( ( criterion, at ) =>
				at === index ? { ...criterion, ...part } : criterion
			)
		);
	return (
		<fieldset className="wayfinder-cohort-details__group">
			<legend>{ __( 'Rubric', 'wayfinder' ) }</legend>
			<p className="wayfinder-cohort-details__help">
				{ __(
					'What reviewers score, one to ten criteria; a criterion with weight 2 counts twice.',
					'wayfinder'
				) }
			</p>
			{ criteria.map( ( criterion, index ) => (
				<div
					className="wayfinder-cohort-details__training"
					key={ index }
				>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ sprintf(
							/* translators: %d: the criterion's number. */
							__( 'Criterion %d', 'wayfinder' ),
							index + 1
						) }
						value={ criterion.label }
						onChange={ ( label: string ) =>
							change( index, { label } )
						}
					/>
					<NumberField
						label={ sprintf(
							/* translators: %d: the criterion's number. */
							__( 'Weight of criterion %d', 'wayfinder' ),
							index + 1
						) }
						value={ criterion.weight }
						min={ 1 }
						max={ 10 }
						onChange={ ( weight ) => change( index, { weight } ) }
					/>
					<Button
						variant="link"
						isDestructive
						disabled={ criteria.length <= 1 }
						onClick={ () =>
							onChange(
								criteria.filter( ( _, at ) => at !== index )
							)
						}
					>
						{ sprintf(
							/* translators: %d: the criterion's number. */
							__( 'Remove criterion %d', 'wayfinder' ),
							index + 1
						) }
					</Button>
				</div>
			) ) }
			<Button
				variant="secondary"
				disabled={ criteria.length >= 10 }
				onClick={ () =>
					onChange( [
						...criteria,
						{
							key: keyFrom(
								'criterion',
								criteria.map( ( criterion ) => criterion.key )
							),
							label: '',
							weight: 1,
						},
					] )
				}
			>
				{ __( 'Add a criterion', 'wayfinder' ) }
			</Button>
		</fieldset>
	);
}

/** The panel itself, for cohorts only. */
function CohortApplications() {
	const postType = useSelect(
		( select ) =>
			(
				select( 'core/editor' ) as {
					getCurrentPostType: () => string;
				}
			 ).getCurrentPostType(),
		[]
	);
	const [ meta, setMeta ] = useEntityProp< ApplicationMeta >(
		'postType',
		POST_TYPE,
		'meta'
	);
	if ( postType !== POST_TYPE || ! meta ) {
		return null;
	}
	const set = ( changes: Partial< ApplicationMeta > ) =>
		setMeta( { ...meta, ...changes } );
	const prerequisites = meta.wayfinder_application_prerequisites ?? [];
	return (
		<PluginDocumentSettingPanel
			name="wayfinder-cohort-applications"
			title={ __( 'Applications', 'wayfinder' ) }
			className="wayfinder-cohort-details wayfinder-cohort-applications"
		>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="date"
				label={ __( 'Last day to apply', 'wayfinder' ) }
				help={ __(
					'Applications are taken while the cohort is open for applications, until the end of this day in the site’s time zone. It must come before the cohort starts.',
					'wayfinder'
				) }
				value={ meta.wayfinder_apply_until ?? '' }
				onChange={ ( value: string ) =>
					set( { wayfinder_apply_until: value } )
				}
			/>
			<Questions
				questions={ meta.wayfinder_application_questions ?? [] }
				onChange={ ( questions ) =>
					set( { wayfinder_application_questions: questions } )
				}
			/>
			<fieldset className="wayfinder-cohort-details__group">
				<legend>{ __( 'Before applying', 'wayfinder' ) }</legend>
				<p className="wayfinder-cohort-details__help">
					{ __(
						'What mentees must have done before they can submit.',
						'wayfinder'
					) }
				</p>
				{ prerequisiteLabels().map( ( [ key, label ] ) => (
					<CheckboxControl
						__nextHasNoMarginBottom
						key={ key }
						label={ label }
						checked={ prerequisites.includes( key ) }
						onChange={ ( checked: boolean ) =>
							set( {
								wayfinder_application_prerequisites: checked
									? [ ...prerequisites, key ]
									: prerequisites.filter(
											( other ) => other !== key
										),
							} )
						}
					/>
				) ) }
			</fieldset>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'The program’s terms', 'wayfinder' ) }
				help={ __(
					'Applicants agree to these before they submit.',
					'wayfinder'
				) }
				value={ meta.wayfinder_application_terms ?? '' }
				onChange={ ( value: string ) =>
					set( { wayfinder_application_terms: value } )
				}
			/>
			<ToggleControl
				__nextHasNoMarginBottom
				label={ __( 'Mentors can apply to mentor', 'wayfinder' ) }
				help={ __(
					'Mentors apply with how many mentees they can take and their teams; coordinators decide, with names.',
					'wayfinder'
				) }
				checked={ meta.wayfinder_mentors_apply ?? true }
				onChange={ ( value: boolean ) =>
					set( { wayfinder_mentors_apply: value } )
				}
			/>
			<Rubric
				criteria={ meta.wayfinder_rubric ?? [] }
				onChange={ ( criteria ) =>
					set( { wayfinder_rubric: criteria } )
				}
			/>
			<fieldset className="wayfinder-cohort-details__group">
				<legend>{ __( 'Review', 'wayfinder' ) }</legend>
				<NumberField
					label={ __(
						'Highest score of each criterion',
						'wayfinder'
					) }
					help={ __( 'From 3 to 10; the lowest is 1.', 'wayfinder' ) }
					value={ meta.wayfinder_rubric_scale ?? 5 }
					min={ 3 }
					max={ 10 }
					onChange={ ( value ) =>
						set( { wayfinder_rubric_scale: value } )
					}
				/>
				<NumberField
					label={ __( 'Reviews per application', 'wayfinder' ) }
					help={ __( 'From 2 to 5 reviewers.', 'wayfinder' ) }
					value={ meta.wayfinder_reviews_per_application ?? 2 }
					min={ 2 }
					max={ 5 }
					onChange={ ( value ) =>
						set( { wayfinder_reviews_per_application: value } )
					}
				/>
				<NumberField
					label={ __( 'Disagreement (points apart)', 'wayfinder' ) }
					help={ __(
						'Reviewers whose weighted scores are this far apart disagree; the application then gets a third review.',
						'wayfinder'
					) }
					value={ meta.wayfinder_disagreement ?? 2 }
					min={ 1 }
					max={ 9 }
					onChange={ ( value ) =>
						set( { wayfinder_disagreement: value } )
					}
				/>
				<ToggleControl
					__nextHasNoMarginBottom
					label={ __(
						'Show reviewers that an applicant is sponsored',
						'wayfinder'
					) }
					checked={ meta.wayfinder_show_sponsored ?? false }
					onChange={ ( value: boolean ) =>
						set( { wayfinder_show_sponsored: value } )
					}
				/>
			</fieldset>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="date"
				label={ __( 'Reserved seats released after', 'wayfinder' ) }
				help={ __(
					'After this day, seats kept for sponsored contributors that nobody took go to others. No later than the cohort’s first day.',
					'wayfinder'
				) }
				value={ meta.wayfinder_reserved_until ?? '' }
				onChange={ ( value: string ) =>
					set( { wayfinder_reserved_until: value } )
				}
			/>
		</PluginDocumentSettingPanel>
	);
}

registerPlugin( 'wayfinder-cohort-applications', {
	render: CohortApplications,
} );
