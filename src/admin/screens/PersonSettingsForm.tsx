import {
	Button,
	CheckboxControl,
	Notice,
	TextControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { DataForm, type Field } from '@wordpress/dataviews';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { toRestError, updateProfile } from '../../api/client';
import type { Profile } from '../../api/types';
import { elementsOf, MENTOR_STATUS_LABELS, WEIGHT_LABELS } from './labels';
import {
	changesFrom,
	formFromProfile,
	formProblem,
	MAX_CAPACITY,
	type PersonForm,
	todayUtc,
} from './person-form';

const mentorFields: Field< PersonForm >[] = [
	{
		id: 'capacity',
		label: __( 'Capacity', 'wayfinder' ),
		type: 'integer',
		description: sprintf(
			/* translators: %d: the largest capacity allowed */
			__(
				'How many mentees at once, 0 to %d. Lowering it ends no match.',
				'wayfinder'
			),
			MAX_CAPACITY
		),
	},
	{
		id: 'weight',
		label: __( 'Weight', 'wayfinder' ),
		description: __(
			'How strongly automatic assignment prefers this mentor.',
			'wayfinder'
		),
		Edit: 'select',
		elements: elementsOf( WEIGHT_LABELS ),
	},
	{
		id: 'status',
		label: __( 'Status', 'wayfinder' ),
		description: __(
			'Retiring moves their mentees to other mentors; going away calls in the backup mentors.',
			'wayfinder'
		),
		Edit: 'radio',
		elements: elementsOf( MENTOR_STATUS_LABELS ),
	},
	{
		id: 'away_until',
		label: __( 'Away until', 'wayfinder' ),
		isVisible: ( item ) => item.status === 'away',
		Edit: ( { data, field, onChange } ) => (
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				type="date"
				label={ field.label }
				help={ __( 'Leave empty for no end date.', 'wayfinder' ) }
				value={ data.away_until }
				onChange={ ( value ) => onChange( { away_until: value } ) }
			/>
		),
	},
];

const sponsoredField: Field< PersonForm > = {
	id: 'sponsored',
	label: __( 'Sponsored contributor', 'wayfinder' ),
	Edit: ( { data, field, onChange } ) => (
		<CheckboxControl
			__nextHasNoMarginBottom
			label={ field.label }
			help={ __(
				'Only this person, their match partners and coordinators see this.',
				'wayfinder'
			) }
			checked={ data.sponsored }
			onChange={ ( checked ) => onChange( { sponsored: checked } ) }
		/>
	),
};

/**
 * What a coordinator may change on someone: mentor settings (for mentors) and the sponsored flag.
 * @param props
 * @param props.profile The profile as loaded.
 * @param props.onSaved Called after the server saved a change.
 */
export default function PersonSettingsForm( {
	profile,
	onSaved,
}: {
	profile: Profile;
	onSaved: () => void;
} ) {
	const isMentor = profile.mentor !== null;
	const [ saved, setSaved ] = useState( () => formFromProfile( profile ) );
	const [ form, setForm ] = useState( saved );
	const [ saving, setSaving ] = useState( false );
	const [ error, setError ] = useState< string | null >( null );
	const { createSuccessNotice } = useDispatch( noticesStore );
	const fields = isMentor
		? [ ...mentorFields, sponsoredField ]
		: [ sponsoredField ];
	const changes = changesFrom( saved, form, isMentor );
	const unchanged = Object.keys( changes ).length === 0;

	const save = async () => {
		const problem = formProblem( form, todayUtc() );
		if ( problem ) {
			setError( problem );
			return;
		}
		setSaving( true );
		setError( null );
		try {
			const fresh = formFromProfile(
				await updateProfile( profile.id, changes )
			);
			setSaved( fresh );
			setForm( fresh );
			createSuccessNotice(
				sprintf(
					/* translators: %s: a person's name */
					__( 'Saved the settings of %s.', 'wayfinder' ),
					profile.name
				),
				{ type: 'snackbar' }
			);
			onSaved();
		} catch ( failure ) {
			setError( toRestError( failure ).message );
		}
		setSaving( false );
	};

	return (
		<form
			className="wayfinder-person__settings"
			aria-label={ __( 'Settings', 'wayfinder' ) }
			onSubmit={ ( event ) => {
				event.preventDefault();
				save();
			} }
		>
			<h4>
				{ isMentor
					? __( 'Mentor settings', 'wayfinder' )
					: __( 'Settings', 'wayfinder' ) }
			</h4>
			{ error && (
				<Notice status="error" onRemove={ () => setError( null ) }>
					{ error }
				</Notice>
			) }
			<DataForm< PersonForm >
				data={ form }
				fields={ fields }
				form={ {
					type: 'regular',
					fields: fields.map( ( field ) => field.id ),
				} }
				onChange={ ( edits ) => setForm( { ...form, ...edits } ) }
			/>
			<Button
				variant="primary"
				type="submit"
				isBusy={ saving }
				disabled={ saving || unchanged }
				accessibleWhenDisabled
			>
				{ __( 'Save', 'wayfinder' ) }
			</Button>
		</form>
	);
}
