import { Button, Spinner, TextareaControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { DataForm, type Field } from '@wordpress/dataviews';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	getSiteSettings,
	toRestError,
	updateSiteSettings,
} from '../../api/client';
import type { WayfinderSiteSettings } from '../../api/types';
import LoadError from '../components/LoadError';
import { useRequest } from '../useRequest';
import DataSettingsPanel from './DataSettingsPanel';

/** The program settings as the form edits them (booleans as "on"/"off" choices). */
export interface ProgramForm {
	wayfinder_auto_assign: WayfinderSiteSettings[ 'wayfinder_auto_assign' ];
	wayfinder_coordinator_assigns: WayfinderSiteSettings[ 'wayfinder_coordinator_assigns' ];
	wayfinder_request_expiry_days: number;
	wayfinder_welcome_email: 'on' | 'off';
	wayfinder_welcome_email_text: string;
}

export function toForm( settings: WayfinderSiteSettings ): ProgramForm {
	return {
		wayfinder_auto_assign: settings.wayfinder_auto_assign,
		wayfinder_coordinator_assigns: settings.wayfinder_coordinator_assigns,
		wayfinder_request_expiry_days: settings.wayfinder_request_expiry_days,
		wayfinder_welcome_email: settings.wayfinder_welcome_email
			? 'on'
			: 'off',
		wayfinder_welcome_email_text: settings.wayfinder_welcome_email_text,
	};
}

export function fromForm(
	form: ProgramForm
): Partial< WayfinderSiteSettings > {
	return {
		...form,
		wayfinder_welcome_email: form.wayfinder_welcome_email === 'on',
	};
}

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
];

function ProgramSettings( { initial }: { initial: ProgramForm } ) {
	const [ form, setForm ] = useState( initial );
	const [ saving, setSaving ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const save = async () => {
		setSaving( true );
		try {
			setForm( toForm( await updateSiteSettings( fromForm( form ) ) ) );
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

export default function SettingsScreen() {
	const { state, reload } = useRequest( getSiteSettings );
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
			<DataSettingsPanel />
		</section>
	);
}
