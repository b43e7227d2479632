import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Spinner,
} from '@wordpress/components';
import { useCallback } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { getProfile } from '../../api/client';
import type { PeopleRole, Profile } from '../../api/types';
import LoadError from '../components/LoadError';
import { useRequest } from '../useRequest';
import PersonActivity from './PersonActivity';
import PersonContributions from './PersonContributions';
import PersonSettingsForm from './PersonSettingsForm';

/**
 * What the profile says, in a few lines.
 * @param props
 * @param props.profile The profile as a coordinator reads it.
 */
function ProfileSummary( { profile }: { profile: Profile } ) {
	const none = __( 'not given', 'wayfinder' );
	const rows: Array< [ string, string ] > = [
		[ __( 'Timezone', 'wayfinder' ), profile.timezone ],
		[
			__( 'Languages', 'wayfinder' ),
			profile.languages.join( ', ' ) || none,
		],
		[ __( 'Teams', 'wayfinder' ), profile.teams.join( ', ' ) || none ],
		[ __( 'Skills', 'wayfinder' ), profile.skills.join( ', ' ) || none ],
		[
			__( 'Seeking a mentor', 'wayfinder' ),
			profile.mentee?.seeking
				? __( 'Yes', 'wayfinder' )
				: __( 'No', 'wayfinder' ),
		],
	];
	return (
		<>
			<dl className="wayfinder-person__facts">
				{ rows.map( ( [ term, value ] ) => (
					<div key={ term }>
						<dt>{ term }</dt>
						<dd>{ value }</dd>
					</div>
				) ) }
			</dl>
			{ profile.intro && (
				<p className="wayfinder-person__intro">{ profile.intro }</p>
			) }
		</>
	);
}

/**
 * One person in detail: profile, the settings a coordinator may change, matches, requests, history.
 * @param props
 * @param props.id      The user ID.
 * @param props.role    Which list they were chosen from (which side their matches are on).
 * @param props.onClose Closes the panel.
 * @param props.onSaved Called after a saved change, to refresh the list.
 */
export default function PersonPanel( {
	id,
	role,
	onClose,
	onSaved,
}: {
	id: number;
	role: PeopleRole;
	onClose: () => void;
	onSaved: () => void;
} ) {
	const load = useCallback( () => getProfile( id ), [ id ] );
	const { state, reload } = useRequest( load );
	const name =
		state.status === 'success'
			? state.data.name
			: __( 'Person', 'wayfinder' );
	return (
		<Card
			className="wayfinder-person"
			aria-labelledby="wayfinder-person-name"
		>
			<CardHeader>
				<h3 id="wayfinder-person-name">{ name }</h3>
				<Button variant="tertiary" onClick={ onClose }>
					{ __( 'Close', 'wayfinder' ) }
				</Button>
			</CardHeader>
			<CardBody>
				{ state.status === 'loading' && <Spinner /> }
				{ state.status === 'error' && (
					<LoadError error={ state.error } retry={ reload } />
				) }
				{ state.status === 'success' && (
					<>
						<ProfileSummary profile={ state.data } />
						<PersonSettingsForm
							profile={ state.data }
							onSaved={ onSaved }
						/>
						<PersonActivity id={ id } role={ role } />
						<PersonContributions id={ id } />
					</>
				) }
			</CardBody>
		</Card>
	);
}
