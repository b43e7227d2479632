import { Button, Notice } from '@wordpress/components';
import { DataViews } from '@wordpress/dataviews';
import { useCallback, useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { listPeople } from '../../api/client';
import type { PeopleRole, Person } from '../../api/types';
import LoadError from '../components/LoadError';
import { useServerList } from '../lists/useServerList';
import { navigate, type Params } from '../router';
import { MENTEES, MENTORS, menteeFields, mentorFields } from './people-fields';
import PersonPanel from './PersonPanel';

const ROLES: Array< { role: PeopleRole; label: string } > = [
	{ role: 'mentors', label: __( 'Mentors', 'wayfinder' ) },
	{ role: 'mentees', label: __( 'Mentees', 'wayfinder' ) },
];

const EMPTY: Record< PeopleRole, string > = {
	mentors: __(
		'No mentors yet — grant the Mentor role under Users.',
		'wayfinder'
	),
	mentees: __(
		'No mentees yet — people appear here once they fill in a mentoring profile, ask for a mentor or are matched with one.',
		'wayfinder'
	),
};

export default function PeopleScreen( { params }: { params: Params } ) {
	const role: PeopleRole = params.role === 'mentees' ? 'mentees' : 'mentors';
	const spec = role === 'mentees' ? MENTEES : MENTORS;
	// The list and the selected person survive paging, sorting and filtering.
	const scope = useMemo(
		() => ( {
			...( role === 'mentees' ? { role } : {} ),
			...( params.person ? { person: params.person } : {} ),
		} ),
		[ role, params.person ]
	);
	const load = useCallback(
		( query: Record< string, string | number > ) =>
			listPeople( { ...query, role } ),
		[ role ]
	);
	const list = useServerList( 'people', params, spec, load, scope );
	const selected = Number( params.person ) || null;
	const select = ( person: Person ) =>
		navigate( { ...params, person: String( person.id ) } );
	const close = () => {
		const { person, ...rest } = params;
		navigate( rest );
	};
	const nothingAtAll =
		! list.loading &&
		! list.error &&
		list.paginationInfo.totalItems === 0 &&
		! list.view.search &&
		( list.view.filters ?? [] ).length === 0;

	return (
		<section aria-labelledby="wayfinder-people-title">
			<h2 id="wayfinder-people-title">{ __( 'People', 'wayfinder' ) }</h2>
			<div
				className="wayfinder-people__roles"
				role="group"
				aria-label={ __( 'Whom to list', 'wayfinder' ) }
			>
				{ ROLES.map( ( choice ) => (
					<Button
						key={ choice.role }
						variant={
							choice.role === role ? 'primary' : 'secondary'
						}
						isPressed={ choice.role === role }
						onClick={ () =>
							navigate( {
								screen: 'people',
								...( choice.role === 'mentees'
									? { role: choice.role }
									: {} ),
							} )
						}
					>
						{ choice.label }
					</Button>
				) ) }
			</div>
			{ list.error && (
				<LoadError error={ list.error } retry={ list.reload } />
			) }
			<div className="wayfinder-split">
				<div className="wayfinder-split__main">
					{ nothingAtAll ? (
						<Notice status="info" isDismissible={ false }>
							{ EMPTY[ role ] }
						</Notice>
					) : (
						<DataViews< Person >
							key={ role }
							data={ list.items }
							fields={
								role === 'mentees' ? menteeFields : mentorFields
							}
							view={ list.view }
							onChangeView={ list.setView }
							isLoading={ list.loading }
							paginationInfo={ list.paginationInfo }
							defaultLayouts={ { table: {} } }
							searchLabel={ __( 'Search by name', 'wayfinder' ) }
							getItemId={ ( item ) => String( item.id ) }
							onClickItem={ select }
							isItemClickable={ () => true }
							actions={ [
								{
									id: 'details',
									label: __( 'Details', 'wayfinder' ),
									isPrimary: true,
									callback: ( items ) => {
										if ( items[ 0 ] ) {
											select( items[ 0 ] );
										}
									},
								},
							] }
						/>
					) }
				</div>
				{ selected && (
					<div className="wayfinder-split__side">
						<PersonPanel
							key={ selected }
							id={ selected }
							role={ role }
							onClose={ close }
							onSaved={ list.reload }
						/>
					</div>
				) }
			</div>
		</section>
	);
}
