import {
	Card,
	CardBody,
	CardHeader,
	Notice,
	Spinner,
	ToggleControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import {
	getSiteSettings,
	toRestError,
	updateSiteSettings,
} from '../../api/client';
import { useRequest } from '../useRequest';

/** The uninstall choice: keep data by default, delete it only when the admin opts in. */
export default function DataSettingsPanel() {
	const { state } = useRequest( getSiteSettings );
	// What the admin chose; shown at once and reverted if the server refuses it.
	const [ chosen, setChosen ] = useState< boolean | null >( null );
	const [ saving, setSaving ] = useState( false );
	const [ error, setError ] = useState< string | null >( null );

	const stored =
		state.status === 'success'
			? state.data.wayfinder_delete_data_on_uninstall
			: false;
	const current = chosen ?? stored;

	const onChange = ( value: boolean ) => {
		const previous = current;
		setChosen( value );
		setSaving( true );
		setError( null );
		updateSiteSettings( { wayfinder_delete_data_on_uninstall: value } )
			.then( ( settings ) =>
				setChosen( settings.wayfinder_delete_data_on_uninstall )
			)
			.catch( ( e: unknown ) => {
				setChosen( previous );
				setError( toRestError( e ).message );
			} )
			.finally( () => setSaving( false ) );
	};

	return (
		<Card className="wayfinder-data-settings">
			<CardHeader>
				<h2>{ __( 'Data', 'wayfinder' ) }</h2>
			</CardHeader>
			<CardBody>
				{ state.status === 'loading' && <Spinner /> }
				{ state.status === 'error' && (
					<Notice status="error" isDismissible={ false }>
						{ state.error.message }
					</Notice>
				) }
				{ error && (
					<Notice status="error" onRemove={ () => setError( null ) }>
						{ error }
					</Notice>
				) }
				{ state.status === 'success' && (
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __(
							'Delete all Wayfinder data when the plugin is deleted',
							'wayfinder'
						) }
						help={
							current
								? __(
										'Deleting the plugin will remove mentorship records, settings and roles. This cannot be undone.',
										'wayfinder'
									)
								: __(
										'Deleting the plugin keeps all mentorship data, so you can reinstall without losing anything.',
										'wayfinder'
									)
						}
						checked={ current }
						disabled={ saving }
						onChange={ onChange }
					/>
				) }
			</CardBody>
		</Card>
	);
}
