/**
 * The People screen's two lists: their columns, and what the server sorts and filters.
 */
import type { Field } from '@wordpress/dataviews';
import { __, sprintf } from '@wordpress/i18n';

import type { Person } from '../../api/types';
import type { ListSpec } from '../lists/view-query';
import {
	elementsOf,
	formatDate,
	formatDay,
	LOAD_LABELS,
	MENTEE_STATUS_LABELS,
	MENTOR_STATUS_LABELS,
	SOURCE_LABELS,
	WEIGHT_LABELS,
} from './labels';
import { mentorStatusText } from './person-form';

export const MENTORS: ListSpec = {
	filters: [ 'status', 'load' ],
	sortFields: { name: 'name', load: 'load' },
	search: true,
	defaults: {
		type: 'table',
		perPage: 20,
		fields: [
			'load',
			'capacity',
			'weight',
			'status',
			'away_until',
			'last_activity',
		],
		titleField: 'name',
		sort: { field: 'name', direction: 'asc' },
	},
};

export const MENTEES: ListSpec = {
	filters: [ 'status' ],
	sortFields: { name: 'name', waiting_since: 'waiting_since' },
	search: true,
	defaults: {
		type: 'table',
		perPage: 20,
		fields: [
			'status',
			'mentor_name',
			'source',
			'waiting_since',
			'last_activity',
		],
		titleField: 'name',
		sort: { field: 'name', direction: 'asc' },
	},
};

const dash = '—';

const name: Field< Person > = {
	id: 'name',
	label: __( 'Name', 'wayfinder' ),
	enableHiding: false,
};

const lastActivity: Field< Person > = {
	id: 'last_activity',
	label: __( 'Last activity', 'wayfinder' ),
	render: ( { item } ) =>
		item.last_activity ? formatDate( item.last_activity ) : dash,
	enableSorting: false,
};

export const mentorFields: Field< Person >[] = [
	name,
	{
		id: 'load',
		label: __( 'Mentees now', 'wayfinder' ),
		type: 'integer',
		// Filtered by the Overview's buckets, sorted by the count.
		elements: elementsOf( LOAD_LABELS ),
		filterBy: { operators: [ 'is' ] },
		render: ( { item } ) =>
			sprintf(
				/* translators: 1: current mentees, 2: capacity */
				__( '%1$d of %2$d', 'wayfinder' ),
				item.load ?? 0,
				item.capacity ?? 0
			),
	},
	{
		id: 'capacity',
		label: __( 'Capacity', 'wayfinder' ),
		type: 'integer',
		enableSorting: false,
	},
	{
		id: 'weight',
		label: __( 'Weight', 'wayfinder' ),
		elements: elementsOf( WEIGHT_LABELS ),
		enableSorting: false,
	},
	{
		id: 'status',
		label: __( 'Status', 'wayfinder' ),
		elements: elementsOf( MENTOR_STATUS_LABELS ),
		filterBy: { operators: [ 'is' ] },
		render: ( { item } ) => mentorStatusText( item ),
		enableSorting: false,
	},
	{
		id: 'away_until',
		label: __( 'Away until', 'wayfinder' ),
		render: ( { item } ) =>
			item.away_until ? formatDay( item.away_until ) : dash,
		enableSorting: false,
	},
	lastActivity,
];

export const menteeFields: Field< Person >[] = [
	name,
	{
		id: 'status',
		label: __( 'Status', 'wayfinder' ),
		elements: elementsOf( MENTEE_STATUS_LABELS ),
		filterBy: { operators: [ 'is' ] },
		render: ( { item } ) =>
			item.match_status === 'proposed'
				? __( 'Matched (proposed, not confirmed yet)', 'wayfinder' )
				: ( MENTEE_STATUS_LABELS[ item.status ] ?? item.status ),
		enableSorting: false,
	},
	{
		id: 'mentor_name',
		label: __( 'Mentor', 'wayfinder' ),
		render: ( { item } ) => item.mentor_name ?? dash,
		enableSorting: false,
	},
	{
		id: 'source',
		label: __( 'How the match started', 'wayfinder' ),
		render: ( { item } ) =>
			item.source
				? ( SOURCE_LABELS[ item.source ] ?? item.source )
				: dash,
		enableSorting: false,
	},
	{
		id: 'waiting_since',
		label: __( 'Waiting since', 'wayfinder' ),
		render: ( { item } ) =>
			item.waiting_since ? formatDate( item.waiting_since ) : dash,
	},
	lastActivity,
];
