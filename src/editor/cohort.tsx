/**
 * The block editor's "Cohort details" panel (document sidebar, cohorts only): the cohort's dates,
 * places, ways to take part, sessions, teams and training, written to the post's meta. The server
 * checks them together when the cohort is saved (CohortRules); the panel says beforehand what it can
 * (the length), and the editor shows the server's refusal as its save notice.
 */
import {
	Button,
	CheckboxControl,
	Notice,
	SelectControl,
	Spinner,
	TextControl,
} from '@wordpress/components';
import { useEntityProp } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { PluginDocumentSettingPanel } from '@wordpress/editor';
import { useCallback } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';
import { __, _n, sprintf } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

import { listTeams } from '../api/client';
import type { Team } from '../api/types';
import { useRequest } from '../admin/useRequest';
import LoadError from '../admin/components/LoadError';

import { NumberField } from './number-field';
import './cohort.scss';
import './cohort-applications';
import './cohort-graduation';

const POST_TYPE = 'wayfinder_cohort';
const SHORTEST_DAYS = 14;
const LONGEST_DAYS = 42;
const DAY = 86_400_000;

type Mode = 'one_to_one' | 'project_group' | 'group_only';
type Stage = 'draft' | 'open' | 'running' | 'finished';
interface Training {
	title: string;
	url: string;
}
interface CohortMeta {
	wayfinder_start_date?: string;
	wayfinder_end_date?: string;
	wayfinder_seats?: number;
	wayfinder_mentor_places?: number;
	wayfinder_reserved_seats?: number;
	wayfinder_modes?: Mode[];
	wayfinder_one_to_one_sessions?: number;
	wayfinder_group_sessions?: number;
	wayfinder_training?: Training[];
	wayfinder_teams?: string[];
	wayfinder_stage?: Stage;
	[ key: string ]: unknown;
}

/** The ways to take part, named as Cohort::mode_labels() names them. */
const modeLabels = (): Array< [ Mode, string ] > => [
	[ 'one_to_one', __( 'Paired with a mentor (1:1)', 'wayfinder' ) ],
	[
		'project_group',
		__( 'In a small project group led by a mentor', 'wayfinder' ),
	],
	[ 'group_only', __( 'In the group sessions only', 'wayfinder' ) ],
];

/**
 * A date (YYYY-MM-DD) as milliseconds at midnight UTC, or null when it is not one.
 * @param date The date.
 */
function utc( date: string ): number | null {
	const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec( date );
	return parts
		? Date.UTC(
				Number( parts[ 1 ] ),
				Number( parts[ 2 ] ) - 1,
				Number( parts[ 3 ] )
			)
		: null;
}

/**
 * A day some days after another, as YYYY-MM-DD.
 * @param start The first day (ms, UTC).
 * @param days  How many days later.
 */
const dayAfter = ( start: number, days: number ) =>
	new Date( start + days * DAY ).toISOString().slice( 0, 10 );

/**
 * What the dates make: how long the cohort lasts, and what to change when it cannot be saved so.
 * @param props
 * @param props.start The first day.
 * @param props.end   The last day.
 */
function Length( { start, end }: { start: string; end: string } ) {
	const from = utc( start );
	const to = utc( end );
	if ( from === null || to === null ) {
		return null;
	}
	const days = Math.round( ( to - from ) / DAY ) + 1;
	if ( days < 1 ) {
		return (
			<Notice status="warning" isDismissible={ false }>
				{ __(
					'The last day is before the first. Swap the dates or correct one before saving.',
					'wayfinder'
				) }
			</Notice>
		);
	}
	const weeks = Math.ceil( days / 7 );
	const length = sprintf(
		/* translators: %d: number of weeks. */
		_n( '%d week', '%d weeks', weeks, 'wayfinder' ),
		weeks
	);
	if ( days >= SHORTEST_DAYS && days <= LONGEST_DAYS ) {
		return <p className="wayfinder-cohort-details__length">{ length }</p>;
	}
	return (
		<>
			<p className="wayfinder-cohort-details__length">{ length }</p>
			<Notice status="warning" isDismissible={ false }>
				{ sprintf(
					/* translators: 1: number of days, 2: earliest last day, 3: latest last day. */
					__(
						'A cohort lasts two to six weeks, and this one lasts %1$d days, so it cannot be saved. Choose a last day from %2$s to %3$s.',
						'wayfinder'
					),
					days,
					dayAfter( from, SHORTEST_DAYS - 1 ),
					dayAfter( from, LONGEST_DAYS - 1 )
				) }
			</Notice>
		</>
	);
}

/**
 * The teams taking part: a checkbox per published team, loaded from the Teams list.
 * @param props
 * @param props.chosen   The chosen teams' slugs.
 * @param props.onChange Called with the new slugs.
 */
function Teams( {
	chosen,
	onChange,
}: {
	chosen: string[];
	onChange: ( slugs: string[] ) => void;
} ) {
	const load = useCallback(
		() => listTeams( { per_page: 100 } ).then( ( page ) => page.items ),
		[]
	);
	const { state, reload } = useRequest< Team[] >( load );
	return (
		<fieldset className="wayfinder-cohort-details__group">
			<legend>{ __( 'Teams taking part', 'wayfinder' ) }</legend>
			<p className="wayfinder-cohort-details__help">
				{ __(
					'Mentees learn how these teams work, and the cohort’s mentors come from them.',
					'wayfinder'
				) }
			</p>
			{ state.status === 'loading' && (
				<p>
					<Spinner />
					{ __( 'Loading the teams…', 'wayfinder' ) }
				</p>
			) }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && state.data.length === 0 && (
				<p>
					{ __(
						'There are no published teams yet. Add them on the Teams screen.',
						'wayfinder'
					) }
				</p>
			) }
			{ state.status === 'success' &&
				state.data.map( ( team ) => (
					<CheckboxControl
						__nextHasNoMarginBottom
						key={ team.id }
						label={ decodeEntities( team.title.rendered ) }
						checked={ chosen.includes( team.slug ) }
						onChange={ ( on: boolean ) =>
							onChange(
								on
									? [ ...chosen, team.slug ]
									: chosen.filter(
											( slug ) => slug !== team.slug
										)
							)
						}
					/>
				) ) }
		</fieldset>
	);
}

/**
 * The training material: rows of a title and a link, added and removed.
 * @param props
 * @param props.items    The rows.
 * @param props.onChange Called with the new rows.
 */
function TrainingList( {
	items,
	onChange,
}: {
	items: Training[];
	onChange: ( items: Training[] ) => void;
} ) {
	const change = ( index: number, part: Partial< Training > ) =>
		onChange(
			items.map( ( item, at ) =>
				at === index ? { ...item, ...part } : item
			)
		);
	return (
		<fieldset className="wayfinder-cohort-details__group">
			<legend>{ __( 'Training material', 'wayfinder' ) }</legend>
			<p className="wayfinder-cohort-details__help">
				{ __(
					'Courses and handbook pages mentees work through: a title and a link (starting with https://) each.',
					'wayfinder'
				) }
			</p>
			{ items.map( ( item, index ) => (
				<div
					className="wayfinder-cohort-details__training"
					key={ index }
				>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						label={ sprintf(
							/* translators: %d: the row's number. */
							__( 'Title of material %d', 'wayfinder' ),
							index + 1
						) }
						value={ item.title }
						onChange={ ( title: string ) =>
							change( index, { title } )
						}
					/>
					<TextControl
						__nextHasNoMarginBottom
						__next40pxDefaultSize
						type="url"
						label={ sprintf(
							/* translators: %d: the row's number. */
							__( 'Link to material %d', 'wayfinder' ),
							index + 1
						) }
						value={ item.url }
						onChange={ ( url: string ) => change( index, { url } ) }
					/>
					<Button
						variant="link"
						isDestructive
						onClick={ () =>
							onChange(
								items.filter( ( _, at ) => at !== index )
							)
						}
					>
						{ sprintf(
							/* translators: %d: the row's number. */
							__( 'Remove material %d', 'wayfinder' ),
							index + 1
						) }
					</Button>
				</div>
			) ) }
			<Button
				variant="secondary"
				onClick={ () =>
					onChange( [ ...items, { title: '', url: '' } ] )
				}
			>
				{ __( 'Add training material', 'wayfinder' ) }
			</Button>
		</fieldset>
	);
}

/** The panel itself, for cohorts only. */
function CohortDetails() {
	const postType = useSelect(
		( select ) =>
			(
				select( 'core/editor' ) as {
					getCurrentPostType: () => string;
				}
			 ).getCurrentPostType(),
		[]
	);
	const [ meta, setMeta ] = useEntityProp< CohortMeta >(
		'postType',
		POST_TYPE,
		'meta'
	);
	if ( postType !== POST_TYPE || ! meta ) {
		return null;
	}
	const set = ( changes: Partial< CohortMeta > ) =>
		setMeta( { ...meta, ...changes } );
	const start = meta.wayfinder_start_date ?? '';
	const end = meta.wayfinder_end_date ?? '';
	const modes = meta.wayfinder_modes ?? [];

	return (
		<PluginDocumentSettingPanel
			name="wayfinder-cohort-details"
			title={ __( 'Cohort details', 'wayfinder' ) }
			className="wayfinder-cohort-details"
		>
			<SelectControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Stage', 'wayfinder' ) }
				help={ __(
					'A draft is only for coordinators. Once the cohort is open for applications it needs its first and last day.',
					'wayfinder'
				) }
				value={ meta.wayfinder_stage ?? 'draft' }
				options={ [
					{ value: 'draft', label: __( 'Draft', 'wayfinder' ) },
					{
						value: 'open',
						label: __( 'Open for applications', 'wayfinder' ),
					},
					{ value: 'running', label: __( 'Running', 'wayfinder' ) },
					{ value: 'finished', label: __( 'Finished', 'wayfinder' ) },
				] }
				onChange={ ( stage: string ) =>
					set( { wayfinder_stage: stage as Stage } )
				}
			/>
			<fieldset className="wayfinder-cohort-details__group">
				<legend>{ __( 'Dates', 'wayfinder' ) }</legend>
				<p className="wayfinder-cohort-details__help">
					{ __(
						'A cohort lasts two to six weeks, counting both days.',
						'wayfinder'
					) }
				</p>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					type="date"
					label={ __( 'First day', 'wayfinder' ) }
					value={ start }
					onChange={ ( value: string ) =>
						set( { wayfinder_start_date: value } )
					}
				/>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					type="date"
					label={ __( 'Last day', 'wayfinder' ) }
					value={ end }
					onChange={ ( value: string ) =>
						set( { wayfinder_end_date: value } )
					}
				/>
				<div aria-live="polite">
					<Length start={ start } end={ end } />
				</div>
			</fieldset>
			<fieldset className="wayfinder-cohort-details__group">
				<legend>{ __( 'Places', 'wayfinder' ) }</legend>
				<NumberField
					label={ __( 'Seats', 'wayfinder' ) }
					help={ __( 'How many mentees take part.', 'wayfinder' ) }
					value={ meta.wayfinder_seats ?? 12 }
					min={ 1 }
					max={ 1000 }
					onChange={ ( value ) => set( { wayfinder_seats: value } ) }
				/>
				<NumberField
					label={ __( 'Mentor places', 'wayfinder' ) }
					help={ __( 'How many mentors take part.', 'wayfinder' ) }
					value={ meta.wayfinder_mentor_places ?? 6 }
					min={ 1 }
					max={ 500 }
					onChange={ ( value ) =>
						set( { wayfinder_mentor_places: value } )
					}
				/>
				<NumberField
					label={ __(
						'Seats kept for sponsored contributors',
						'wayfinder'
					) }
					help={ __(
						'Seats held for contributors a company sponsors. They count within the seats, so keep at most as many.',
						'wayfinder'
					) }
					value={ meta.wayfinder_reserved_seats ?? 0 }
					min={ 0 }
					max={ 1000 }
					onChange={ ( value ) =>
						set( { wayfinder_reserved_seats: value } )
					}
				/>
			</fieldset>
			<fieldset className="wayfinder-cohort-details__group">
				<legend>{ __( 'Ways to take part', 'wayfinder' ) }</legend>
				<p className="wayfinder-cohort-details__help">
					{ __(
						'Mentees choose one of these when they apply. Offer at least one.',
						'wayfinder'
					) }
				</p>
				{ modeLabels().map( ( [ mode, label ] ) => (
					<CheckboxControl
						__nextHasNoMarginBottom
						key={ mode }
						label={ label }
						checked={ modes.includes( mode ) }
						onChange={ ( on: boolean ) =>
							set( {
								wayfinder_modes: on
									? [ ...modes, mode ]
									: modes.filter( ( m ) => m !== mode ),
							} )
						}
					/>
				) ) }
			</fieldset>
			<fieldset className="wayfinder-cohort-details__group">
				<legend>{ __( 'Sessions', 'wayfinder' ) }</legend>
				<NumberField
					label={ __( '1:1 sessions per mentee', 'wayfinder' ) }
					help={ __(
						'The sessions each mentee has with their mentor during the cohort.',
						'wayfinder'
					) }
					value={ meta.wayfinder_one_to_one_sessions ?? 2 }
					min={ 0 }
					max={ 20 }
					onChange={ ( value ) =>
						set( { wayfinder_one_to_one_sessions: value } )
					}
				/>
				<NumberField
					label={ __( 'Group sessions', 'wayfinder' ) }
					help={ __(
						'The sessions the whole cohort has together.',
						'wayfinder'
					) }
					value={ meta.wayfinder_group_sessions ?? 3 }
					min={ 0 }
					max={ 50 }
					onChange={ ( value ) =>
						set( { wayfinder_group_sessions: value } )
					}
				/>
			</fieldset>
			<Teams
				chosen={ meta.wayfinder_teams ?? [] }
				onChange={ ( slugs ) => set( { wayfinder_teams: slugs } ) }
			/>
			<TrainingList
				items={ meta.wayfinder_training ?? [] }
				onChange={ ( items ) => set( { wayfinder_training: items } ) }
			/>
		</PluginDocumentSettingPanel>
	);
}

registerPlugin( 'wayfinder-cohort-details', { render: CohortDetails } );
