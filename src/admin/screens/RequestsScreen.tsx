import { Button, TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { DataViews, type Field } from '@wordpress/dataviews';
import { useCallback, useMemo, useState } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	cancelRequest,
	listRequests,
	listTeams,
	toRestError,
} from '../../api/client';
import type { MentoringRequest, Team } from '../../api/types';
import ConfirmActions from '../components/ConfirmActions';
import LoadError from '../components/LoadError';
import { useServerList } from '../lists/useServerList';
import type { ListSpec } from '../lists/view-query';
import { navigate, type Params } from '../router';
import { useRequest } from '../useRequest';
import {
	elementsOf,
	formatDate,
	LANGUAGE_LABELS,
	REQUEST_TYPE_LABELS,
} from './labels';
import { awaitsAnyMentor, mentorOf, waitingOf } from './request-columns';
import SuggestionsPanel from './SuggestionsPanel';

export const REQUESTS: ListSpec = {
	filters: [ 'status', 'type', 'team', 'language', 'older_than' ],
	sortField: 'created_at',
	defaults: {
		type: 'table',
		perPage: 20,
		fields: [
			'status',
			'type',
			'mentor_name',
			'team',
			'language',
			'older_than',
		],
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

const AGES = {
	1: __( 'a day or more', 'wayfinder' ),
	7: __( 'a week or more', 'wayfinder' ),
	14: __( 'two weeks or more', 'wayfinder' ),
	30: __( 'a month or more', 'wayfinder' ),
};

const baseFields = (
	suggest: ( item: MentoringRequest ) => void
): Field< MentoringRequest >[] => [
	{
		id: 'mentee_name',
		label: __( 'Mentee', 'wayfinder' ),
		enableHiding: false,
		enableSorting: false,
		render: ( { item } ) => (
			<>
				{ item.mentee_name }
				{ awaitsAnyMentor( item ) && (
					<>
						{ ' ' }
						<Button
							variant="link"
							className="wayfinder-requests__suggest"
							onClick={ () => suggest( item ) }
						>
							{ __( 'Suggest mentors', 'wayfinder' ) }
						</Button>
					</>
				) }
			</>
		),
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
		render: ( { item } ) => mentorOf( item ),
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
		id: 'language',
		label: __( 'Language', 'wayfinder' ),
		elements: elementsOf( LANGUAGE_LABELS ),
		filterBy: { operators: [ 'is' ] },
		render: ( { item } ) =>
			item.language
				? ( LANGUAGE_LABELS[ item.language ] ?? item.language )
				: '—',
		enableSorting: false,
	},
	{
		id: 'older_than',
		label: __( 'Waiting', 'wayfinder' ),
		elements: elementsOf( AGES ),
		filterBy: { operators: [ 'is' ] },
		render: ( { item } ) => waitingOf( item ),
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
		render: ( { item } ) =>
			item.expires_at
				? formatDate( item.expires_at )
				: __( 'Never (waits for any mentor)', 'wayfinder' ),
		enableSorting: false,
	},
];

/**
 * The team filter needs the team list; the other fields are fixed.
 * @param teams   The teams, for the filter's choices.
 * @param suggest
 */
function fieldsWith(
	teams: Team[],
	suggest: ( item: MentoringRequest ) => void
): Field< MentoringRequest >[] {
	return [
		...baseFields( suggest ),
		{
			id: 'team',
			label: __( 'Team', 'wayfinder' ),
			elements: teams.map( ( team ) => ( {
				value: team.slug,
				label: decodeEntities( team.title.rendered ),
			} ) ),
			filterBy: { operators: [ 'is' ] },
			render: ( { item } ) =>
				decodeEntities(
					teams.find( ( team ) => team.slug === item.team )?.title
						.rendered ??
						( item.team || '—' )
				),
			enableSorting: false,
		},
	];
}

function CancelRequestsModal( {
	items,
	closeModal,
	onDone,
}: {
	items: MentoringRequest[];
	closeModal: ( () => void ) | undefined;
	onDone: () => void;
} ) {
	const [ reason, setReason ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const cancel = async () => {
		setBusy( true );
		const results = await Promise.allSettled(
			items.map( ( item ) => cancelRequest( item.id, reason ) )
		);
		const failed = results.filter(
			( result ): result is PromiseRejectedResult =>
				result.status === 'rejected'
		);
		if ( failed.length < items.length ) {
			createSuccessNotice(
				sprintf(
					/* translators: %d: number of requests */
					_n(
						'%d request cancelled; everyone concerned was told.',
						'%d requests cancelled; everyone concerned was told.',
						items.length - failed.length,
						'wayfinder'
					),
					items.length - failed.length
				),
				{ type: 'snackbar' }
			);
		}
		for ( const failure of failed ) {
			createErrorNotice( toRestError( failure.reason ).message, {
				type: 'snackbar',
			} );
		}
		onDone();
		closeModal?.();
	};
	return (
		<div>
			<p>
				{ sprintf(
					/* translators: %d: number of requests */
					_n(
						'Cancel %d request? The people concerned are emailed; a cancelled request cannot be reopened, but the mentee can ask again.',
						'Cancel %d requests? The people concerned are emailed; a cancelled request cannot be reopened, but the mentees can ask again.',
						items.length,
						'wayfinder'
					),
					items.length
				) }
			</p>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Reason (sent with the email)', 'wayfinder' ) }
				value={ reason }
				maxLength={ 500 }
				onChange={ setReason }
			/>
			<ConfirmActions
				keepLabel={ __( 'Keep them', 'wayfinder' ) }
				confirmLabel={ __( 'Cancel the requests', 'wayfinder' ) }
				busy={ busy }
				onKeep={ closeModal }
				onConfirm={ cancel }
			/>
		</div>
	);
}

const loadTeams = () => listTeams( { per_page: 100 } );

export default function RequestsScreen( { params }: { params: Params } ) {
	const list = useServerList( 'requests', params, REQUESTS, listRequests );
	const { state: teams } = useRequest( loadTeams );
	const select = useCallback(
		( item: MentoringRequest ) =>
			navigate( { ...params, request: String( item.id ) } ),
		[ params ]
	);
	const fields = useMemo(
		() =>
			fieldsWith(
				teams.status === 'success' ? teams.data.items : [],
				select
			),
		[ teams, select ]
	);
	const selected = list.items.find(
		( item ) => String( item.id ) === params.request
	);
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
								isEligible: awaitsAnyMentor,
								callback: ( items ) => {
									if ( items[ 0 ] ) {
										select( items[ 0 ] );
									}
								},
							},
							{
								id: 'cancel',
								label: __( 'Cancel…', 'wayfinder' ),
								isDestructive: true,
								supportsBulk: true,
								isEligible: ( item ) => item.status === 'open',
								RenderModal: ( { items, closeModal } ) => (
									<CancelRequestsModal
										items={ items }
										closeModal={ closeModal }
										onDone={ list.reload }
									/>
								),
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
