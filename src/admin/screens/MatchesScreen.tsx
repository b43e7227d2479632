import { Button, SelectControl, Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { type Action, DataViews, type Field } from '@wordpress/dataviews';
import { useCallback, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	endMatch,
	getSuggestions,
	listMatches,
	reassignMatch,
	toRestError,
} from '../../api/client';
import type { Match, MatchEndReason } from '../../api/types';
import ConfirmActions from '../components/ConfirmActions';
import LoadError from '../components/LoadError';
import MentorChoices from '../components/MentorChoices';
import { useRequest } from '../useRequest';
import { useServerList } from '../lists/useServerList';
import type { ListSpec } from '../lists/view-query';
import type { Params } from '../router';
import {
	elementsOf,
	END_REASON_LABELS,
	formatDate,
	SOURCE_LABELS,
	STATUS_LABELS,
} from './labels';
import { endingConsequence } from './match-ending';

export const MATCHES: ListSpec = {
	filters: [ 'status', 'source' ],
	defaults: {
		type: 'table',
		perPage: 20,
		fields: [ 'mentor_name', 'source', 'status', 'created_at' ],
		titleField: 'mentee_name',
	},
};

const fields: Field< Match >[] = [
	{
		id: 'mentee_name',
		label: __( 'Mentee', 'wayfinder' ),
		enableHiding: false,
		enableSorting: false,
	},
	{
		id: 'mentor_name',
		label: __( 'Mentor', 'wayfinder' ),
		enableSorting: false,
	},
	{
		id: 'source',
		label: __( 'How it started', 'wayfinder' ),
		elements: elementsOf( SOURCE_LABELS ),
		filterBy: { operators: [ 'is' ] },
		enableSorting: false,
	},
	{
		id: 'status',
		label: __( 'Status', 'wayfinder' ),
		elements: elementsOf( STATUS_LABELS ),
		filterBy: { operators: [ 'is' ] },
		enableSorting: false,
	},
	{
		id: 'created_at',
		label: __( 'Since', 'wayfinder' ),
		render: ( { item } ) => formatDate( item.created_at ),
		enableSorting: false,
	},
];

function EndMatchModal( {
	items,
	closeModal,
	onEnded,
}: {
	items: Match[];
	closeModal: ( () => void ) | undefined;
	onEnded: () => void;
} ) {
	// No reason is chosen for the coordinator: each one does something different.
	const [ reason, setReason ] = useState< MatchEndReason | '' >( '' );
	const [ busy, setBusy ] = useState( false );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const match = items[ 0 ];
	if ( ! match ) {
		return null;
	}
	const consequence = endingConsequence(
		reason,
		match.mentee_name,
		match.mentor_name
	);
	const end = async () => {
		if ( reason === '' ) {
			return;
		}
		setBusy( true );
		try {
			await endMatch( match.id, reason );
			createSuccessNotice(
				sprintf(
					/* translators: 1: mentee's name, 2: mentor's name */
					__( 'The match of %1$s with %2$s has ended.', 'wayfinder' ),
					match.mentee_name,
					match.mentor_name
				),
				{ type: 'snackbar' }
			);
			onEnded();
			closeModal?.();
		} catch ( error ) {
			createErrorNotice( ( error as Error ).message, {
				type: 'snackbar',
			} );
			setBusy( false );
		}
	};
	return (
		<div className="wayfinder-end-match">
			<p>
				{ sprintf(
					/* translators: 1: mentee's name, 2: mentor's name */
					__(
						'End the match of %1$s with %2$s? This cannot be undone; a new match can be made afterwards.',
						'wayfinder'
					),
					match.mentee_name,
					match.mentor_name
				) }
			</p>
			<SelectControl
				__nextHasNoMarginBottom
				label={ __( 'Why does it end?', 'wayfinder' ) }
				value={ reason }
				options={ [
					{
						value: '',
						label: __( 'Choose a reason…', 'wayfinder' ),
						disabled: true,
					},
					...elementsOf( END_REASON_LABELS ),
				] }
				onChange={ ( value ) =>
					setReason( value as MatchEndReason | '' )
				}
			/>
			<p className="wayfinder-end-match__consequence" aria-live="polite">
				{ consequence ??
					__(
						'Choose why the match ends: what happens next depends on it.',
						'wayfinder'
					) }
			</p>
			<ConfirmActions
				keepLabel={ __( 'Keep the match', 'wayfinder' ) }
				confirmLabel={ __( 'End the match', 'wayfinder' ) }
				busy={ busy }
				disabled={ reason === '' }
				onKeep={ closeModal }
				onConfirm={ end }
			/>
		</div>
	);
}

function ReassignModal( {
	items,
	closeModal,
	onDone,
}: {
	items: Match[];
	closeModal: ( () => void ) | undefined;
	onDone: () => void;
} ) {
	const match = items[ 0 ];
	const mentee = match?.mentee ?? 0;
	const load = useCallback( () => getSuggestions( mentee, 6 ), [ mentee ] );
	const { state, reload } = useRequest( load );
	const [ reason, setReason ] =
		useState< MatchEndReason >( 'mentee_wants_other' );
	const [ busy, setBusy ] = useState< number | null >( null );
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	if ( ! match ) {
		return null;
	}
	const move = async ( mentor: number, name: string ) => {
		setBusy( mentor );
		try {
			const result = await reassignMatch( match.id, mentor, reason );
			createSuccessNotice(
				result.request
					? sprintf(
							/* translators: 1: mentee's name, 2: new mentor's name */
							__(
								'%1$s’s match has ended; %2$s has been asked to mentor them.',
								'wayfinder'
							),
							match.mentee_name,
							name
						)
					: sprintf(
							/* translators: 1: mentee's name, 2: new mentor's name */
							__(
								'%1$s’s match has ended; %2$s is proposed as their mentor.',
								'wayfinder'
							),
							match.mentee_name,
							name
						),
				{ type: 'snackbar' }
			);
			onDone();
			closeModal?.();
		} catch ( error ) {
			createErrorNotice( toRestError( error ).message, {
				type: 'snackbar',
			} );
			setBusy( null );
		}
	};
	const choices =
		state.status === 'success'
			? state.data.suggestions.filter(
					( pair ) => pair.mentor !== match.mentor
				)
			: [];
	return (
		<div className="wayfinder-reassign">
			<p>
				{ sprintf(
					/* translators: 1: mentee's name, 2: mentor's name */
					__(
						'Move %1$s from %2$s to another mentor. The current match ends; both are told.',
						'wayfinder'
					),
					match.mentee_name,
					match.mentor_name
				) }
			</p>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Why does the current match end?', 'wayfinder' ) }
				value={ reason }
				options={ elementsOf( END_REASON_LABELS ) }
				onChange={ ( value ) => setReason( value as MatchEndReason ) }
			/>
			{ state.status === 'loading' && <Spinner /> }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && choices.length === 0 && (
				<p>
					{ state.data.reason ??
						__(
							'No other mentor fits and has room now.',
							'wayfinder'
						) }
				</p>
			) }
			<MentorChoices
				pairs={ choices }
				busy={ busy }
				label={ ( name ) =>
					sprintf(
						/* translators: %s: mentor's name */
						__( 'Move to %s', 'wayfinder' ),
						name
					)
				}
				onChoose={ ( pair ) => move( pair.mentor, pair.mentor_name ) }
			/>
			<div className="wayfinder-modal-actions">
				<Button variant="tertiary" onClick={ closeModal }>
					{ __( 'Keep the match', 'wayfinder' ) }
				</Button>
			</div>
		</div>
	);
}

export default function MatchesScreen( { params }: { params: Params } ) {
	const list = useServerList( 'matches', params, MATCHES, listMatches );
	const actions: Action< Match >[] = [
		{
			id: 'end',
			label: __( 'End…', 'wayfinder' ),
			isDestructive: true,
			isEligible: ( item ) =>
				item.status === 'active' || item.status === 'proposed',
			RenderModal: ( { items, closeModal } ) => (
				<EndMatchModal
					items={ items }
					closeModal={ closeModal }
					onEnded={ list.reload }
				/>
			),
		},
		{
			id: 'reassign',
			label: __( 'Move to another mentor…', 'wayfinder' ),
			isEligible: ( item ) =>
				item.status === 'active' || item.status === 'proposed',
			RenderModal: ( { items, closeModal } ) => (
				<ReassignModal
					items={ items }
					closeModal={ closeModal }
					onDone={ list.reload }
				/>
			),
		},
	];
	return (
		<section aria-labelledby="wayfinder-matches-title">
			<h2 id="wayfinder-matches-title">
				{ __( 'Matches', 'wayfinder' ) }
			</h2>
			{ list.error && (
				<LoadError error={ list.error } retry={ list.reload } />
			) }
			<DataViews< Match >
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
