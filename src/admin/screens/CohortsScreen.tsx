import { useDispatch } from '@wordpress/data';
import { type Action, DataViews, type Field } from '@wordpress/dataviews';
import { decodeEntities } from '@wordpress/html-entities';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { listCohorts, withdrawFromCohort, toRestError } from '../../api/client';
import type { CohortMember, CohortPost, CohortStage } from '../../api/types';
import LoadError from '../components/LoadError';
import { useServerList } from '../lists/useServerList';
import type { ListSpec } from '../lists/view-query';
import { navigate, type Params } from '../router';
import CohortPeople from './CohortPeople';

export const COHORTS: ListSpec = {
	filters: [],
	defaults: {
		type: 'table',
		perPage: 20,
		fields: [ 'dates', 'stage', 'mentees', 'mentors' ],
		titleField: 'title',
	},
};

export const cohortName = ( cohort: CohortPost ) =>
	decodeEntities( cohort.title.rendered ) ||
	__( '(no name yet)', 'wayfinder' );

const STAGES: Record< CohortStage, string > = {
	draft: __( 'Draft', 'wayfinder' ),
	open: __( 'Open for applications', 'wayfinder' ),
	running: __( 'Running', 'wayfinder' ),
	finished: __( 'Finished', 'wayfinder' ),
};

/**
 * "4 of 12", with the reserved seats when there are any.
 * @param taken    Places taken.
 * @param total    Places in all.
 * @param reserved Seats kept for sponsored contributors.
 */
function places( taken: number, total: number, reserved = 0 ): string {
	const of = sprintf(
		/* translators: 1: places taken, 2: places in all. */
		__( '%1$d of %2$d', 'wayfinder' ),
		taken,
		total
	);
	return reserved > 0
		? sprintf(
				/* translators: 1: "4 of 12", 2: seats kept for sponsored contributors. */
				__(
					'%1$s (%2$d kept for sponsored contributors)',
					'wayfinder'
				),
				of,
				reserved
			)
		: of;
}

const fields: Field< CohortPost >[] = [
	{
		id: 'title',
		label: __( 'Cohort', 'wayfinder' ),
		getValue: ( { item } ) => cohortName( item ),
		enableHiding: false,
		enableSorting: false,
	},
	{
		id: 'dates',
		label: __( 'Dates', 'wayfinder' ),
		getValue: ( { item } ) => item.meta.wayfinder_start_date,
		render: ( { item } ) =>
			item.meta.wayfinder_start_date
				? sprintf(
						/* translators: 1: first day, 2: last day. */
						__( '%1$s to %2$s', 'wayfinder' ),
						item.meta.wayfinder_start_date,
						item.meta.wayfinder_end_date
					)
				: __( 'No dates yet', 'wayfinder' ),
		enableSorting: false,
	},
	{
		id: 'stage',
		label: __( 'Stage', 'wayfinder' ),
		getValue: ( { item } ) => item.meta.wayfinder_stage,
		render: ( { item } ) =>
			STAGES[ item.meta.wayfinder_stage ] ?? item.meta.wayfinder_stage,
		enableSorting: false,
	},
	{
		id: 'mentees',
		label: __( 'Mentees', 'wayfinder' ),
		render: ( { item } ) =>
			places(
				item.places.mentee,
				item.meta.wayfinder_seats,
				item.meta.wayfinder_reserved_seats
			),
		enableSorting: false,
	},
	{
		id: 'mentors',
		label: __( 'Mentors', 'wayfinder' ),
		render: ( { item } ) =>
			places( item.places.mentor, item.meta.wayfinder_mentor_places ),
		enableSorting: false,
	},
];

export default function CohortsScreen( { params }: { params: Params } ) {
	const scope = params.cohort ? { cohort: params.cohort } : {};
	const list = useServerList(
		'cohorts',
		params,
		COHORTS,
		listCohorts,
		scope
	);
	const { createSuccessNotice, createErrorNotice } =
		useDispatch( noticesStore );
	const selected =
		list.items.find( ( item ) => String( item.id ) === params.cohort ) ??
		null;
	const actions: Action< CohortPost >[] = [
		{
			id: 'people',
			label: __( 'People', 'wayfinder' ),
			isPrimary: true,
			callback: ( [ cohort ] ) =>
				cohort &&
				navigate( { ...params, cohort: String( cohort.id ) } ),
		},
		{
			id: 'edit',
			label: __( 'Edit cohort', 'wayfinder' ),
			callback: ( [ cohort ] ) => {
				if ( cohort ) {
					window.location.href = `post.php?post=${ cohort.id }&action=edit`;
				}
			},
		},
	];
	const withdraw = async ( cohort: CohortPost, member: CohortMember ) => {
		try {
			await withdrawFromCohort( cohort.id, member.user );
			createSuccessNotice(
				sprintf(
					/* translators: 1: a person's name, 2: a cohort's name. */
					__( '%1$s no longer has a place in %2$s.', 'wayfinder' ),
					member.name,
					cohortName( cohort )
				),
				{ type: 'snackbar' }
			);
			list.reload();
			return true;
		} catch ( error ) {
			createErrorNotice( toRestError( error ).message, {
				type: 'snackbar',
			} );
			return false;
		}
	};
	return (
		<section aria-labelledby="wayfinder-cohorts-title">
			<h2 id="wayfinder-cohorts-title">
				{ __( 'Cohorts', 'wayfinder' ) }
			</h2>
			<p>
				{ __(
					'Short programs of two to six weeks: mentees and mentors who work together, with 1:1 and group sessions. Choose a cohort to see and change who takes part.',
					'wayfinder'
				) }{ ' ' }
				<a href="post-new.php?post_type=wayfinder_cohort">
					{ __( 'Add a cohort', 'wayfinder' ) }
				</a>
			</p>
			{ list.error && (
				<LoadError error={ list.error } retry={ list.reload } />
			) }
			{ ! list.loading && ! list.error && list.items.length === 0 && (
				<p>
					{ __(
						'No cohorts yet. Add one to run a short program of mentees and mentors.',
						'wayfinder'
					) }
				</p>
			) }
			<DataViews< CohortPost >
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
			{ selected && (
				<CohortPeople
					key={ selected.id }
					cohort={ selected }
					onChange={ list.reload }
					onWithdraw={ ( member ) => withdraw( selected, member ) }
					onClose={ () => {
						const { cohort, ...rest } = params;
						navigate( rest );
					} }
				/>
			) }
		</section>
	);
}
