import {
	Button,
	Notice,
	Spinner,
	TextareaControl,
	TextControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { DataForm, type Field } from '@wordpress/dataviews';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	getProgramSettings,
	toRestError,
	updateProgramSettings,
} from '../../api/client';
import LoadError from '../components/LoadError';
import { useRequest } from '../useRequest';
import { DataRetentionLog, retentionFields } from './DataRetention';
import DataSettingsPanel from './DataSettingsPanel';
import {
	formProblem,
	fromForm,
	type ProgramForm,
	toForm,
} from './settings-form';

/**
 * An editor for a decimal field (DataForm's own types have whole numbers only).
 * @param id   The field.
 * @param step The step of the spinner.
 */
const decimalEdit =
	( id: 'meeting_hours' | 'fairness', step: number ) =>
	( {
		data,
		field,
		onChange,
	}: {
		data: ProgramForm;
		field: { label: string; description?: string };
		onChange: ( edits: Partial< ProgramForm > ) => void;
	} ) => (
		<TextControl
			__nextHasNoMarginBottom
			__next40pxDefaultSize
			type="number"
			step={ step }
			label={ field.label }
			help={ field.description }
			value={ String( data[ id ] ) }
			onChange={ ( value ) => onChange( { [ id ]: Number( value ) } ) }
		/>
	);

const weightField = (
	id:
		| 'weight_languages'
		| 'weight_meeting_time'
		| 'weight_teams'
		| 'weight_load',
	label: string,
	description: string
): Field< ProgramForm > => ( {
	id,
	label,
	description,
	type: 'integer',
	isValid: ( item ) => item[ id ] >= 0 && item[ id ] <= 100,
} );

const fields: Field< ProgramForm >[] = [
	{
		id: 'wayfinder_auto_assign',
		label: __( 'Automatic assignment', 'wayfinder' ),
		description: __(
			'Whether newcomers get a mentor at once from the matching engine.',
			'wayfinder'
		),
		Edit: 'radio',
		elements: [
			{
				value: 'opt_in',
				label: __( 'For newcomers who ask for a mentor', 'wayfinder' ),
			},
			{
				value: 'all_new_accounts',
				label: __( 'For every new account', 'wayfinder' ),
			},
			{
				value: 'off',
				label: __(
					'Off: coordinators assign every mentor',
					'wayfinder'
				),
			},
		],
	},
	{
		id: 'wayfinder_coordinator_assigns',
		label: __( 'When a coordinator assigns a mentor', 'wayfinder' ),
		Edit: 'radio',
		elements: [
			{
				value: 'proposal',
				label: __(
					'Propose the match: it holds the place, the mentor confirms or declines',
					'wayfinder'
				),
			},
			{
				value: 'request',
				label: __(
					'Ask the mentor first: nothing is held until they accept',
					'wayfinder'
				),
			},
		],
	},
	{
		id: 'wayfinder_request_expiry_days',
		label: __( 'Days before an unanswered request expires', 'wayfinder' ),
		type: 'integer',
		description: __( 'Between 1 and 365.', 'wayfinder' ),
		isValid: ( item ) =>
			item.wayfinder_request_expiry_days >= 1 &&
			item.wayfinder_request_expiry_days <= 365,
	},
	{
		id: 'wayfinder_quiet_days',
		label: __(
			'Days of quiet before a cohort mentee is nudged',
			'wayfinder'
		),
		type: 'integer',
		description: __(
			'Between 2 and 30. A cohort mentee with no session, check-in or other activity for this long gets a friendly nudge; if nothing changes in two days, coordinators see them on the Overview.',
			'wayfinder'
		),
		isValid: ( item ) =>
			item.wayfinder_quiet_days >= 2 && item.wayfinder_quiet_days <= 30,
	},
	{
		id: 'wayfinder_handoff_days',
		label: __( 'Days a hand-off may wait for a team', 'wayfinder' ),
		type: 'integer',
		description: __(
			'Between 1 and 60. When a graduate’s introduction has waited this long without a team representative accepting it, the coordinators get one email and the Overview marks it overdue.',
			'wayfinder'
		),
		isValid: ( item ) =>
			item.wayfinder_handoff_days >= 1 &&
			item.wayfinder_handoff_days <= 60,
	},
	{
		id: 'wayfinder_report_min_group',
		label: __( 'Smallest group a survey report shows', 'wayfinder' ),
		type: 'integer',
		description: __(
			'Between 2 and 50. A survey figure from fewer answers (or fewer people who answered both before and after) is withheld, so nobody can be recognised.',
			'wayfinder'
		),
		isValid: ( item ) =>
			item.wayfinder_report_min_group >= 2 &&
			item.wayfinder_report_min_group <= 50,
	},
	weightField(
		'weight_languages',
		__( 'Weight: shared language', 'wayfinder' ),
		__( '0–100. 0 switches the criterion off.', 'wayfinder' )
	),
	weightField(
		'weight_meeting_time',
		__( 'Weight: time to meet', 'wayfinder' ),
		__(
			'0–100. Hours a week both are available, in their own timezones.',
			'wayfinder'
		)
	),
	weightField(
		'weight_teams',
		__( 'Weight: shared teams', 'wayfinder' ),
		__( '0–100.', 'wayfinder' )
	),
	weightField(
		'weight_load',
		__( 'Weight: mentor’s free room', 'wayfinder' ),
		__(
			'0–100. Spreads mentees the way each mentor asked (their weight).',
			'wayfinder'
		)
	),
	{
		id: 'languages_required',
		label: __( 'A shared language is', 'wayfinder' ),
		Edit: 'radio',
		elements: [
			{
				value: 'on',
				label: __(
					'Required: never match people who share no language',
					'wayfinder'
				),
			},
			{
				value: 'off',
				label: __( 'Preferred: only part of the score', 'wayfinder' ),
			},
		],
	},
	{
		id: 'meeting_hours',
		label: __( 'Shared hours a week for full marks on time', 'wayfinder' ),
		Edit: decimalEdit( 'meeting_hours', 0.5 ),
		description: __( 'Between 0.5 and 40.', 'wayfinder' ),
		isValid: ( item ) =>
			item.meeting_hours >= 0.5 && item.meeting_hours <= 40,
	},
	{
		id: 'fairness',
		label: __( 'Fairness', 'wayfinder' ),
		Edit: decimalEdit( 'fairness', 0.5 ),
		description: __(
			'0–50. Points a mentor’s pairs lose on the board for each mentee they already have; 0 is off.',
			'wayfinder'
		),
		isValid: ( item ) => item.fairness >= 0 && item.fairness <= 50,
	},
	{
		id: 'wayfinder_default_capacity',
		label: __( 'Default mentor capacity', 'wayfinder' ),
		type: 'integer',
		description: __(
			'1–20. Mentees a new mentor takes until they set their own.',
			'wayfinder'
		),
		isValid: ( item ) =>
			item.wayfinder_default_capacity >= 1 &&
			item.wayfinder_default_capacity <= 20,
	},
	{
		id: 'wayfinder_backup_mentors',
		label: __( 'Backup mentors', 'wayfinder' ),
		Edit: 'radio',
		elements: [
			{
				value: 'on',
				label: __(
					'On: a backup covers while the mentor is away',
					'wayfinder'
				),
			},
			{ value: 'off', label: __( 'Off', 'wayfinder' ) },
		],
	},
	{
		id: 'wayfinder_welcome_email',
		label: __( 'Welcome email to new accounts', 'wayfinder' ),
		Edit: 'radio',
		elements: [
			{ value: 'on', label: __( 'Send it', 'wayfinder' ) },
			{ value: 'off', label: __( 'Do not send it', 'wayfinder' ) },
		],
	},
	{
		id: 'wayfinder_welcome_email_text',
		label: __( 'Welcome email text', 'wayfinder' ),
		description: __(
			'{name} and {link} are replaced. Leave empty for the default text.',
			'wayfinder'
		),
		Edit: ( { data, field, onChange } ) => (
			<TextareaControl
				__nextHasNoMarginBottom
				label={ field.label }
				help={ field.description }
				value={ data.wayfinder_welcome_email_text }
				rows={ 6 }
				onChange={ ( value ) =>
					onChange( { wayfinder_welcome_email_text: value } )
				}
			/>
		),
	},
	{
		id: 'wayfinder_issuer_name',
		label: __( 'Certificate issuer name', 'wayfinder' ),
		type: 'text',
		description: __(
			'Who badge certificates say issued them, e.g. “Make WordPress Mentorship”. Leave empty to use the site’s name. Certificates already issued keep the name they were signed with.',
			'wayfinder'
		),
		isValid: ( item ) => item.wayfinder_issuer_name.length <= 200,
	},
	{
		id: 'wayfinder_issuer_description',
		label: __( 'Certificate issuer description', 'wayfinder' ),
		description: __(
			'Optional. A sentence about the program, shown in the issuer profile that verifiers of a certificate read.',
			'wayfinder'
		),
		Edit: ( { data, field, onChange } ) => (
			<TextareaControl
				__nextHasNoMarginBottom
				label={ field.label }
				help={ field.description }
				value={ data.wayfinder_issuer_description }
				rows={ 3 }
				onChange={ ( value ) =>
					onChange( { wayfinder_issuer_description: value } )
				}
			/>
		),
	},
];

function ProgramSettings( { initial }: { initial: ProgramForm } ) {
	const [ form, setForm ] = useState( initial );
	const [ saving, setSaving ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const problem = formProblem( form );
	const save = async () => {
		if ( problem ) {
			createErrorNotice( problem, { type: 'snackbar' } );
			return;
		}
		setSaving( true );
		try {
			setForm(
				toForm( await updateProgramSettings( fromForm( form ) ) )
			);
			createSuccessNotice( __( 'Settings saved.', 'wayfinder' ), {
				type: 'snackbar',
			} );
		} catch ( error ) {
			createErrorNotice( toRestError( error ).message, {
				type: 'snackbar',
			} );
		}
		setSaving( false );
	};
	return (
		<form
			className="wayfinder-settings"
			onSubmit={ ( event ) => {
				event.preventDefault();
				save();
			} }
		>
			<DataForm< ProgramForm >
				data={ form }
				fields={ fields }
				form={ {
					type: 'regular',
					fields: fields.map( ( f ) => f.id ),
				} }
				onChange={ ( edits ) => setForm( { ...form, ...edits } ) }
			/>
			<h3>{ __( 'Data retention', 'wayfinder' ) }</h3>
			<p>
				{ __(
					'How long the personal data of the program is kept. A daily job removes what is due, a batch at a time, and never touches a program still running.',
					'wayfinder'
				) }
			</p>
			<DataForm< ProgramForm >
				data={ form }
				fields={ retentionFields }
				form={ {
					type: 'regular',
					fields: retentionFields.map( ( f ) => f.id ),
				} }
				onChange={ ( edits ) => setForm( { ...form, ...edits } ) }
			/>
			<DataRetentionLog />
			{ problem && (
				<Notice status="error" isDismissible={ false }>
					{ problem }
				</Notice>
			) }
			<Button
				variant="primary"
				type="submit"
				isBusy={ saving }
				disabled={ saving }
			>
				{ __( 'Save settings', 'wayfinder' ) }
			</Button>
		</form>
	);
}

export default function SettingsScreen( {
	canManageSite,
}: {
	canManageSite: boolean;
} ) {
	const { state, reload } = useRequest( getProgramSettings );
	return (
		<section aria-labelledby="wayfinder-settings-title">
			<h2 id="wayfinder-settings-title">
				{ __( 'Settings', 'wayfinder' ) }
			</h2>
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && (
				<ProgramSettings initial={ toForm( state.data ) } />
			) }
			{ canManageSite && <DataSettingsPanel /> }
		</section>
	);
}
