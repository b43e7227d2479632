/**
 * A cohort's mentees with their mentor and progress: sorted and paged on the server, a project
 * group chosen for each project-group mentee, another mentor found for a mentee whose pairing is
 * not working (the fit check), where each stands for graduation (with the cohort's counts and a
 * "Confirm graduation" action), and the whole list as a CSV file.
 */
import {
	Button,
	Modal,
	Notice,
	SelectControl,
	Spinner,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import {
	type Action,
	DataViews,
	type Field,
	type View,
} from '@wordpress/dataviews';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import {
	listCohortProgress,
	rematchInCohort,
	type RestError,
	setProjectGroup,
	toRestError,
} from '../../api/client';
import {
	confirmGraduation,
	getGraduationSummary,
	type GraduationChecklist,
	type GraduationSummary,
	listGraduation,
} from '../../api/graduation';
import type {
	CohortMember,
	CohortPost,
	CohortProgressRow,
} from '../../api/types';
import ConfirmActions from '../components/ConfirmActions';
import LoadError from '../components/LoadError';
import { graduationCounts, graduationText } from './graduation';
import { formatDate } from './labels';
import { downloadCsv, progressCsv } from './progress-csv';

/** The view's sortable fields => the server's `orderby`. */
const SORTS: Record< string, string > = {
	name: 'name',
	mentor: 'mentor',
	sessions: 'sessions',
	training: 'training',
	plan: 'plan',
	checkins: 'checkins',
	last_activity: 'last_activity',
	warning: 'warning',
};

const DEFAULT_VIEW: View = {
	type: 'table',
	perPage: 20,
	page: 1,
	sort: { field: 'warning', direction: 'desc' },
	fields: [
		'mode',
		'mentor',
		'sessions',
		'training',
		'plan',
		'checkins',
		'last_activity',
		'warning',
		'graduation',
	],
	titleField: 'name',
};

const when = ( iso: string | null ): string =>
	iso ? formatDate( iso ) : __( 'Nothing yet', 'wayfinder' );

/**
 * "1 of 2 1:1s · 2 of 3 group sessions".
 * @param row A mentee's progress.
 */
function sessions( row: CohortProgressRow ): string {
	const group = sprintf(
		/* translators: 1: sessions attended, 2: sessions the cohort asks for. */
		__( '%1$d of %2$d group sessions', 'wayfinder' ),
		row.group_sessions.done,
		row.group_sessions.required
	);
	return row.one_to_ones.required > 0
		? sprintf(
				/* translators: 1: 1:1 sessions done, 2: 1:1 sessions the cohort asks for, 3: "2 of 3 group sessions". */
				__( '%1$d of %2$d 1:1 sessions · %3$s', 'wayfinder' ),
				row.one_to_ones.done,
				row.one_to_ones.required,
				group
			)
		: group;
}

const plan = ( row: CohortProgressRow ): string =>
	row.plan_goals === 0
		? __( 'No goals yet', 'wayfinder' )
		: sprintf(
				/* translators: 1: goals done, 2: goals in the plan. */
				__( '%1$d of %2$d goals done', 'wayfinder' ),
				row.plan_done,
				row.plan_goals
			);

const mentorOf = ( row: CohortProgressRow ): string => {
	if ( row.mentor_name ) {
		return row.mentor_name;
	}
	if ( row.mode === 'group_only' ) {
		return __( 'Group sessions only', 'wayfinder' );
	}
	return row.mode === 'project_group'
		? __( 'No project group yet', 'wayfinder' )
		: __( 'Not paired yet', 'wayfinder' );
};

/**
 * The table's fields; the graduation column reads each mentee's checklist.
 * @param graduation The checklists of the page's mentees, by user ID.
 */
const fieldsWith = (
	graduation: Record< number, GraduationChecklist >
): Field< CohortProgressRow >[] => [
	{
		id: 'name',
		label: __( 'Mentee', 'wayfinder' ),
		getValue: ( { item } ) => item.name,
		enableHiding: false,
	},
	{
		id: 'mode',
		label: __( 'Takes part', 'wayfinder' ),
		getValue: ( { item } ) => item.mode_label,
		enableSorting: false,
	},
	{
		id: 'mentor',
		label: __( 'Mentor', 'wayfinder' ),
		getValue: ( { item } ) => mentorOf( item ),
	},
	{
		id: 'sessions',
		label: __( 'Sessions attended', 'wayfinder' ),
		getValue: ( { item } ) => sessions( item ),
	},
	{
		id: 'training',
		label: __( 'Training done', 'wayfinder' ),
		getValue: ( { item } ) => item.training_done,
	},
	{
		id: 'plan',
		label: __( 'Plan', 'wayfinder' ),
		getValue: ( { item } ) => plan( item ),
	},
	{
		id: 'checkins',
		label: __( 'Check-ins answered', 'wayfinder' ),
		getValue: ( { item } ) => item.checkins_answered,
	},
	{
		id: 'last_activity',
		label: __( 'Last activity', 'wayfinder' ),
		getValue: ( { item } ) => when( item.last_activity ),
	},
	{
		id: 'warning',
		label: __( 'Warning', 'wayfinder' ),
		getValue: ( { item } ) => item.warning_label,
		render: ( { item } ) =>
			item.warning ? (
				<strong className="wayfinder-cohort-progress__warning">
					{ item.warning_label }
				</strong>
			) : (
				<span>{ __( 'On track', 'wayfinder' ) }</span>
			),
	},
	{
		id: 'graduation',
		label: __( 'Graduation', 'wayfinder' ),
		enableSorting: false,
		getValue: ( { item } ) =>
			graduationText( graduation[ item.user ], formatDate ),
		render: ( { item } ) => {
			const checklist = graduation[ item.user ];
			const text = graduationText( checklist, formatDate );
			return checklist?.state === 'ready' ? (
				<strong>{ text }</strong>
			) : (
				<span>{ text }</span>
			);
		},
	},
];

/**
 * @param props
 * @param props.cohort  The cohort.
 * @param props.name    Its name.
 * @param props.mentors Its mentors, for the project groups.
 * @param props.version Changes when the list should load again (someone enrolled, pairs saved).
 */
export default function CohortProgress( {
	cohort,
	name,
	mentors,
	version,
}: {
	cohort: CohortPost;
	name: string;
	mentors: CohortMember[];
	version: number;
} ) {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ rows, setRows ] = useState< CohortProgressRow[] >( [] );
	const [ total, setTotal ] = useState( 0 );
	const [ pages, setPages ] = useState( 0 );
	const [ loading, setLoading ] = useState( true );
	const [ error, setError ] = useState< RestError | null >( null );
	const [ grouping, setGrouping ] = useState< CohortProgressRow | null >(
		null
	);
	const [ leader, setLeader ] = useState( '0' );
	const [ saving, setSaving ] = useState( false );
	const [ exporting, setExporting ] = useState( false );
	const [ reloads, setReloads ] = useState( 0 );
	const [ rematching, setRematching ] = useState< CohortProgressRow | null >(
		null
	);
	const [ graduation, setGraduation ] = useState<
		Record< number, GraduationChecklist >
	>( {} );
	const [ summary, setSummary ] = useState< GraduationSummary | null >(
		null
	);
	const [ graduating, setGraduating ] = useState< CohortProgressRow | null >(
		null
	);
	const [ note, setNote ] = useState( '' );
	const { createErrorNotice, createSuccessNotice } =
		useDispatch( noticesStore );
	const query = useCallback(
		( page: number, perPage: number ) => ( {
			page,
			per_page: perPage,
			orderby: SORTS[ view.sort?.field ?? 'name' ] ?? 'name',
			order: view.sort?.direction ?? 'asc',
		} ),
		[ view.sort ]
	);

	useEffect( () => {
		let current = true;
		setLoading( true );
		listCohortProgress(
			cohort.id,
			query( view.page ?? 1, view.perPage ?? 20 )
		).then(
			( page ) => {
				if ( current ) {
					setRows( page.items );
					setTotal( page.total );
					setPages( page.totalPages );
					setError( null );
					setLoading( false );
				}
			},
			( failure: unknown ) => {
				if ( current ) {
					setError( toRestError( failure ) );
					setLoading( false );
				}
			}
		);
		return () => {
			current = false;
		};
	}, [ cohort.id, query, view.page, view.perPage, version, reloads ] );

	// Each shown mentee's checklist, and the cohort's counts, worked out on the server as things are now.
	useEffect( () => {
		let current = true;
		const users = rows.map( ( row ) => row.user );
		Promise.all( [
			users.length > 0
				? listGraduation( cohort.id, users )
				: Promise.resolve( { items: [], total: 0, totalPages: 0 } ),
			getGraduationSummary( cohort.id ),
		] ).then(
			( [ page, counts ] ) => {
				if ( current ) {
					setGraduation(
						Object.fromEntries(
							page.items.map( ( item ) => [ item.user, item ] )
						)
					);
					setSummary( counts );
				}
			},
			( failure: unknown ) => {
				if ( current ) {
					setError( toRestError( failure ) );
				}
			}
		);
		return () => {
			current = false;
		};
	}, [ cohort.id, rows ] );

	const exportCsv = async () => {
		setExporting( true );
		try {
			const all: CohortProgressRow[] = [];
			for ( let page = 1; ; page++ ) {
				const next = await listCohortProgress(
					cohort.id,
					query( page, 100 )
				);
				all.push( ...next.items );
				if ( page >= next.totalPages ) {
					break;
				}
			}
			downloadCsv(
				progressCsv( all ),
				`cohort-${ cohort.id }-progress.csv`
			);
		} catch ( failure ) {
			createErrorNotice( toRestError( failure ).message, {
				type: 'snackbar',
			} );
		}
		setExporting( false );
	};

	const saveGroup = async () => {
		if ( ! grouping ) {
			return;
		}
		setSaving( true );
		try {
			await setProjectGroup( cohort.id, grouping.user, Number( leader ) );
			const chosen = mentors.find(
				( mentor ) => mentor.user === Number( leader )
			);
			createSuccessNotice(
				chosen
					? sprintf(
							/* translators: 1: a mentee's name, 2: a mentor's name. */
							__(
								'%1$s is in the project group of %2$s.',
								'wayfinder'
							),
							grouping.name,
							chosen.name
						)
					: sprintf(
							/* translators: %s: a mentee's name. */
							__( '%s is in no project group now.', 'wayfinder' ),
							grouping.name
						),
				{ type: 'snackbar' }
			);
			setGrouping( null );
			setReloads( ( n ) => n + 1 );
		} catch ( failure ) {
			createErrorNotice( toRestError( failure ).message, {
				type: 'snackbar',
			} );
		}
		setSaving( false );
	};

	const rematch = async () => {
		if ( ! rematching ) {
			return;
		}
		setSaving( true );
		try {
			const made = await rematchInCohort( cohort.id, rematching.user );
			createSuccessNotice(
				sprintf(
					/* translators: 1: a mentee's name, 2: their new mentor's name. */
					__( '%1$s has a new mentor: %2$s.', 'wayfinder' ),
					rematching.name,
					made.mentor_name
				),
				{ type: 'snackbar' }
			);
			setRematching( null );
			setReloads( ( n ) => n + 1 );
		} catch ( failure ) {
			createErrorNotice( toRestError( failure ).message, {
				type: 'snackbar',
			} );
		}
		setSaving( false );
	};

	const graduate = async () => {
		if ( ! graduating ) {
			return;
		}
		setSaving( true );
		try {
			const done = await confirmGraduation(
				cohort.id,
				graduating.user,
				note
			);
			createSuccessNotice( done.message, { type: 'snackbar' } );
			setGraduating( null );
			setNote( '' );
			setReloads( ( n ) => n + 1 );
		} catch ( failure ) {
			createErrorNotice( toRestError( failure ).message, {
				type: 'snackbar',
			} );
		}
		setSaving( false );
	};
	const graduatingList = graduating ? graduation[ graduating.user ] : null;
	const overriding = !! graduatingList && ! graduatingList.met;

	const actions: Action< CohortProgressRow >[] = [
		{
			id: 'graduate',
			label: __( 'Confirm graduation', 'wayfinder' ),
			isEligible: ( item ) =>
				!! graduation[ item.user ] &&
				! graduation[ item.user ]?.graduated &&
				( cohort.meta.wayfinder_stage === 'running' ||
					cohort.meta.wayfinder_stage === 'finished' ),
			callback: ( [ item ] ) => {
				if ( item ) {
					setNote( '' );
					setGraduating( item );
				}
			},
		},
		{
			id: 'rematch',
			label: __( 'Find another mentor', 'wayfinder' ),
			isEligible: ( item ) =>
				item.warning === 'fit_check' && item.mode === 'one_to_one',
			callback: ( [ item ] ) => {
				if ( item ) {
					setRematching( item );
				}
			},
		},
		{
			id: 'group',
			label: __( 'Choose a project group', 'wayfinder' ),
			isEligible: ( item ) => item.mode === 'project_group',
			callback: ( [ item ] ) => {
				if ( item ) {
					setLeader( String( item.mentor ) );
					setGrouping( item );
				}
			},
		},
	];

	return (
		<section
			className="wayfinder-cohort-progress"
			aria-labelledby="wayfinder-cohort-progress-title"
		>
			<div className="wayfinder-cohort-people__header">
				<h4 id="wayfinder-cohort-progress-title">
					{ __( 'How the mentees are doing', 'wayfinder' ) }
				</h4>
				<Button
					variant="secondary"
					onClick={ exportCsv }
					isBusy={ exporting }
					disabled={ exporting || total === 0 }
				>
					{ __( 'Download as CSV', 'wayfinder' ) }
				</Button>
			</div>
			{ summary && summary.counts.total > 0 && (
				<p className="wayfinder-cohort-progress__graduation">
					<strong>{ __( 'Graduation:', 'wayfinder' ) }</strong>{ ' ' }
					{ graduationCounts( summary.counts ) }
				</p>
			) }
			{ error && (
				<LoadError
					error={ error }
					retry={ () => setReloads( ( n ) => n + 1 ) }
				/>
			) }
			{ ! loading && ! error && total === 0 && (
				<p>
					{ __(
						'No mentees yet. Enrol mentees below and their progress shows here.',
						'wayfinder'
					) }
				</p>
			) }
			{ loading && rows.length === 0 && <Spinner /> }
			{ total > 0 && (
				<DataViews< CohortProgressRow >
					data={ rows }
					fields={ fieldsWith( graduation ) }
					view={ view }
					onChangeView={ setView }
					actions={ actions }
					isLoading={ loading }
					paginationInfo={ { totalItems: total, totalPages: pages } }
					defaultLayouts={ { table: {} } }
					search={ false }
					getItemId={ ( item ) => String( item.user ) }
				/>
			) }
			{ rematching && (
				<Modal
					title={ sprintf(
						/* translators: %s: a mentee's name. */
						__( 'Find another mentor for %s?', 'wayfinder' ),
						rematching.name
					) }
					onRequestClose={ () => setRematching( null ) }
				>
					<p>
						{ sprintf(
							/* translators: 1: a mentee's name, 2: their mentor's name, 3: a cohort's name. */
							__(
								'The pairing of %1$s with %2$s ends. The matching engine picks another mentor of %3$s with room, never %2$s, and the new pair starts at once. %2$s is thanked kindly by email; %1$s is introduced to the new mentor. If no other mentor fits, nothing changes.',
								'wayfinder'
							),
							rematching.name,
							rematching.mentor_name,
							name
						) }
					</p>
					<ConfirmActions
						keepLabel={ __( 'Keep the pairing', 'wayfinder' ) }
						confirmLabel={ __(
							'Find another mentor',
							'wayfinder'
						) }
						busy={ saving }
						onKeep={ () => setRematching( null ) }
						onConfirm={ rematch }
					/>
				</Modal>
			) }
			{ graduating && graduatingList && (
				<Modal
					title={ sprintf(
						/* translators: %s: a mentee's name. */
						__( 'Confirm the graduation of %s?', 'wayfinder' ),
						graduating.name
					) }
					onRequestClose={ () => setGraduating( null ) }
				>
					{ overriding ? (
						<Notice status="warning" isDismissible={ false }>
							{ sprintf(
								/* translators: %s: what is left. */
								__(
									'The cohort’s graduation rule is not met yet (left: %s). As a coordinator you may confirm anyway: say why in the note.',
									'wayfinder'
								),
								graduatingList.left
							) }
						</Notice>
					) : (
						<p>
							{ __(
								'Everything the cohort asks is done. Their place is marked graduated, and the team they chose gets their introduction with your note.',
								'wayfinder'
							) }
						</p>
					) }
					<TextareaControl
						__nextHasNoMarginBottom
						label={
							overriding
								? __(
										'Note (required): why, and anything the team should know',
										'wayfinder'
									)
								: __(
										'A note for the team they join (optional)',
										'wayfinder'
									)
						}
						value={ note }
						onChange={ setNote }
					/>
					<ConfirmActions
						keepLabel={ __( 'Not now', 'wayfinder' ) }
						confirmLabel={ __( 'Confirm graduation', 'wayfinder' ) }
						busy={ saving }
						disabled={ overriding && note.trim() === '' }
						onKeep={ () => setGraduating( null ) }
						onConfirm={ graduate }
					/>
				</Modal>
			) }
			{ grouping && (
				<Modal
					title={ sprintf(
						/* translators: %s: a mentee's name. */
						__( 'Project group for %s', 'wayfinder' ),
						grouping.name
					) }
					onRequestClose={ () => setGrouping( null ) }
				>
					<p>
						{ sprintf(
							/* translators: %s: a cohort's name. */
							__(
								'A project group is one mentor of %s and up to six mentees who work on a project together.',
								'wayfinder'
							),
							name
						) }
					</p>
					<SelectControl
						__nextHasNoMarginBottom
						label={ __( 'Mentor of the group', 'wayfinder' ) }
						value={ leader }
						options={ [
							{
								value: '0',
								label: __( 'No project group', 'wayfinder' ),
							},
							...mentors.map( ( mentor ) => ( {
								value: String( mentor.user ),
								label: mentor.name,
							} ) ),
						] }
						onChange={ setLeader }
					/>
					<div className="wayfinder-modal__actions">
						<Button
							variant="primary"
							onClick={ saveGroup }
							isBusy={ saving }
							disabled={ saving }
						>
							{ __( 'Save', 'wayfinder' ) }
						</Button>
						<Button
							variant="tertiary"
							onClick={ () => setGrouping( null ) }
						>
							{ __( 'Cancel', 'wayfinder' ) }
						</Button>
					</div>
				</Modal>
			) }
		</section>
	);
}
