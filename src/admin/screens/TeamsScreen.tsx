import { useDispatch } from '@wordpress/data';
import { type Action, DataViews, type Field } from '@wordpress/dataviews';
import { decodeEntities } from '@wordpress/html-entities';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { listTeams, toRestError, updateTeam } from '../../api/client';
import type { Team } from '../../api/types';
import LoadError from '../components/LoadError';
import { useServerList } from '../lists/useServerList';
import type { ListSpec } from '../lists/view-query';
import type { Params } from '../router';

export const TEAMS: ListSpec = {
	filters: [],
	defaults: {
		type: 'table',
		perPage: 50,
		fields: [ 'newcomers', 'links', 'representatives' ],
		titleField: 'title',
	},
};

const name = ( team: Team ) => decodeEntities( team.title.rendered );

/**
 * One onboarding link, or a dash when the team has none yet.
 * @param props
 * @param props.href  The address.
 * @param props.label What it is.
 */
function OnboardingLink( { href, label }: { href: string; label: string } ) {
	if ( ! href ) {
		return null;
	}
	return (
		<a href={ href } target="_blank" rel="noreferrer">
			{ label }
		</a>
	);
}

const fields: Field< Team >[] = [
	{
		id: 'title',
		label: __( 'Team', 'wayfinder' ),
		getValue: ( { item } ) => name( item ),
		enableHiding: false,
		enableSorting: false,
	},
	{
		id: 'newcomers',
		label: __( 'Takes newcomers', 'wayfinder' ),
		getValue: ( { item } ) => item.meta.wayfinder_accepts_newcomers,
		render: ( { item } ) =>
			item.meta.wayfinder_accepts_newcomers
				? __( 'Yes', 'wayfinder' )
				: __( 'No', 'wayfinder' ),
		enableSorting: false,
	},
	{
		id: 'links',
		label: __( 'Where newcomers start', 'wayfinder' ),
		render: ( { item } ) => {
			const links = [
				[
					item.meta.wayfinder_handbook_url,
					__( 'Handbook', 'wayfinder' ),
				],
				[
					item.meta.wayfinder_learn_url,
					__( 'Learn course', 'wayfinder' ),
				],
			].filter( ( [ href ] ) => href );
			const chat = item.meta.wayfinder_chat_channel;
			if ( links.length === 0 && ! chat ) {
				return __( 'No links yet', 'wayfinder' );
			}
			return (
				<span className="wayfinder-team-links">
					{ links.map( ( [ href, label ] ) => (
						<OnboardingLink
							key={ label }
							href={ href ?? '' }
							label={ label ?? '' }
						/>
					) ) }
					{ chat && <span>{ chat }</span> }
				</span>
			);
		},
		enableSorting: false,
	},
	{
		id: 'representatives',
		label: __( 'Representatives', 'wayfinder' ),
		render: ( { item } ) =>
			item.representative_names.length > 0
				? item.representative_names
						.map( ( rep ) => rep.name )
						.join( ', ' )
				: __( 'None yet', 'wayfinder' ),
		enableSorting: false,
	},
];

export default function TeamsScreen( { params }: { params: Params } ) {
	const list = useServerList( 'teams', params, TEAMS, listTeams );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const setNewcomers = async ( team: Team, accepts: boolean ) => {
		try {
			await updateTeam( team.id, {
				wayfinder_accepts_newcomers: accepts,
			} );
			createSuccessNotice(
				accepts
					? sprintf(
							/* translators: %s: team name */
							__( '%s takes newcomers again.', 'wayfinder' ),
							name( team )
						)
					: sprintf(
							/* translators: %s: team name */
							__(
								'%s no longer takes newcomers: it is not recommended and gets no graduates.',
								'wayfinder'
							),
							name( team )
						),
				{ type: 'snackbar' }
			);
			list.reload();
		} catch ( error ) {
			createErrorNotice( toRestError( error ).message, {
				type: 'snackbar',
			} );
		}
	};
	const actions: Action< Team >[] = [
		{
			id: 'edit',
			label: __( 'Edit team', 'wayfinder' ),
			isPrimary: true,
			callback: ( [ team ] ) => {
				if ( team ) {
					window.location.href = `post.php?post=${ team.id }&action=edit`;
				}
			},
		},
		{
			id: 'stop-newcomers',
			label: __( 'Stop taking newcomers', 'wayfinder' ),
			isEligible: ( team ) => team.meta.wayfinder_accepts_newcomers,
			callback: ( [ team ] ) => team && setNewcomers( team, false ),
		},
		{
			id: 'take-newcomers',
			label: __( 'Take newcomers', 'wayfinder' ),
			isEligible: ( team ) => ! team.meta.wayfinder_accepts_newcomers,
			callback: ( [ team ] ) => team && setNewcomers( team, true ),
		},
	];
	return (
		<section aria-labelledby="wayfinder-teams-title">
			<h2 id="wayfinder-teams-title">{ __( 'Teams', 'wayfinder' ) }</h2>
			<p>
				{ __(
					'The teams newcomers can join. Teams that take newcomers are recommended by the orientation quiz and receive graduates.',
					'wayfinder'
				) }{ ' ' }
				<a href="post-new.php?post_type=wayfinder_team">
					{ __( 'Add a team', 'wayfinder' ) }
				</a>
			</p>
			{ list.error && (
				<LoadError error={ list.error } retry={ list.reload } />
			) }
			{ ! list.loading && ! list.error && list.items.length === 0 && (
				<p>
					{ __(
						'No teams yet. Add the teams newcomers can join.',
						'wayfinder'
					) }
				</p>
			) }
			<DataViews< Team >
				data={ list.items }
				fields={ fields }
				view={ list.view }
				onChangeView={ list.setView }
				actions={ actions }
				isLoading={ list.loading }
				paginationInfo={ list.paginationInfo }
				defaultLayouts={ { table: {} } }
				search={ false }
				getItemId={ ( item ) => String( item.id ) }
			/>
		</section>
	);
}
