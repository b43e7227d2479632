import { DataViews, type Field } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';

import { listRequests } from '../../api/client';
import type { MentoringRequest } from '../../api/types';
import LoadError from '../components/LoadError';
import { useServerList } from '../lists/useServerList';
import type { ListSpec } from '../lists/view-query';
import { navigate, type Params } from '../router';
import { elementsOf, formatDate, REQUEST_TYPE_LABELS } from './labels';
import SuggestionsPanel from './SuggestionsPanel';

export const REQUESTS: ListSpec = {
	filters: [ 'status', 'type' ],
	sortField: 'created_at',
	defaults: {
		type: 'table',
		perPage: 20,
		fields: [ 'type', 'mentor_name', 'created_at', 'expires_at' ],
		titleField: 'mentee_name',
		sort: { field: 'created_at', direction: 'desc' },
	},
};

const STATUS = {
	open: __( 'Open', 'wayfinder' ),
	accepted: __( 'Accepted', 'wayfinder' ),
	declined: __( 'Declined', 'wayfinder' ),
	cancelled: __( 'Cancelled', 'wayfinder' ),
	expired: __( 'Expired', 'wayfinder' ),
};

const fields: Field< MentoringRequest >[] = [
	{
		id: 'mentee_name',
		label: __( 'Mentee', 'wayfinder' ),
		enableHiding: false,
		enableSorting: false,
	},
	{
		id: 'type',
		label: __( 'Request', 'wayfinder' ),
		elements: elementsOf( REQUEST_TYPE_LABELS ),
		filterBy: { operators: [ 'is' ] },
		enableSorting: false,
	},
	{
		id: 'mentor_name',
		label: __( 'Mentor', 'wayfinder' ),
		render: ( { item } ) =>
			item.mentor_name ?? __( 'Any mentor', 'wayfinder' ),
		enableSorting: false,
	},
	{
		id: 'status',
		label: __( 'Status', 'wayfinder' ),
		elements: elementsOf( STATUS ),
		filterBy: { operators: [ 'is' ] },
		enableSorting: false,
	},
	{
		id: 'created_at',
		label: __( 'Waiting since', 'wayfinder' ),
		render: ( { item } ) => formatDate( item.created_at ),
	},
	{
		id: 'expires_at',
		label: __( 'Expires', 'wayfinder' ),
		render: ( { item } ) => formatDate( item.expires_at ),
		enableSorting: false,
	},
];

export default function RequestsScreen( { params }: { params: Params } ) {
	const list = useServerList( 'requests', params, REQUESTS, listRequests );
	const selected = list.items.find(
		( item ) => String( item.id ) === params.request
	);
	const select = ( item: MentoringRequest ) =>
		navigate( { ...params, request: String( item.id ) } );
	return (
		<section aria-labelledby="wayfinder-requests-title">
			<h2 id="wayfinder-requests-title">
				{ __( 'Requests', 'wayfinder' ) }
			</h2>
			<p>
				{ __(
					'Everyone who asked, was asked or was offered a mentor. Choose an open request for any mentor to see the best mentors for that person and assign one.',
					'wayfinder'
				) }
			</p>
			{ list.error && (
				<LoadError error={ list.error } retry={ list.reload } />
			) }
			<div className="wayfinder-split">
				<div className="wayfinder-split__main">
					<DataViews< MentoringRequest >
						data={ list.items }
						fields={ fields }
						view={ list.view }
						onChangeView={ list.setView }
						isLoading={ list.loading }
						paginationInfo={ list.paginationInfo }
						defaultLayouts={ { table: {} } }
						search={ false }
						getItemId={ ( item ) => String( item.id ) }
						actions={ [
							{
								id: 'suggest',
								label: __( 'Suggest mentors', 'wayfinder' ),
								isPrimary: true,
								isEligible: ( item ) =>
									item.status === 'open' &&
									item.type === 'mentee_request' &&
									item.mentor === null,
								callback: ( items ) => {
									if ( items[ 0 ] ) {
										select( items[ 0 ] );
									}
								},
							},
						] }
					/>
				</div>
				{ selected && (
					<div className="wayfinder-split__side">
						<SuggestionsPanel
							key={ selected.id }
							mentee={ selected.mentee }
							name={ selected.mentee_name }
							onAssigned={ () => {
								const { request, ...rest } = params;
								navigate( rest, true );
								list.reload();
							} }
						/>
					</div>
				) }
			</div>
		</section>
	);
}
