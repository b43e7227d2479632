import { __ } from '@wordpress/i18n';

import type { AdminConfig } from './config';
import OverviewScreen from './screens/OverviewScreen';
import DataSettingsPanel from './screens/DataSettingsPanel';

export default function App( { config }: { config: AdminConfig } ) {
	return (
		<div className="wayfinder-app">
			<h1 className="wayfinder-app__title">
				{ __( 'Mentorship', 'wayfinder' ) }
			</h1>
			<OverviewScreen />
			{ config.canManageSite && <DataSettingsPanel /> }
		</div>
	);
}
