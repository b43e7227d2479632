/**
 * Impact: whether people still contribute 1, 3, 6 and 12 months after a program ended — overall, by
 * cohort (beside the cohort's waitlisted applicants), by team and by how the mentorship started —
 * and verified contributions by month, kind and team. Every chart is an image with a title and a
 * description; the table beside it holds the same data and downloads as CSV.
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Spinner,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import {
	getImpact,
	type ImpactFigures,
	type RetentionGroup,
} from '../../api/impact';
import BarChart from '../components/BarChart';
import LoadError from '../components/LoadError';
import { toCsv } from '../csv';
import { downloadCsv } from './progress-csv';
import { useRequest } from '../useRequest';
import {
	cohortGroups,
	groupedTable,
	groupedTotals,
	monthTable,
	retentionPoints,
	retentionTable,
	shareAt,
	type ChartPoint,
	type Table,
} from './impact-charts';

const loadImpact = () => getImpact();

/**
 * A table with a caption, column headers and a "Download CSV" button.
 * @param props
 * @param props.caption What the table shows.
 * @param props.table   The headers and rows.
 * @param props.file    The CSV file's name.
 */
function DataTable( {
	caption,
	table,
	file,
}: {
	caption: string;
	table: Table;
	file: string;
} ) {
	return (
		<div className="wayfinder-impact__table">
			<table className="widefat striped">
				<caption>{ caption }</caption>
				<thead>
					<tr>
						{ table.headers.map( ( header ) => (
							<th key={ header } scope="col">
								{ header }
							</th>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ table.rows.map( ( row, r ) => (
						<tr key={ r }>
							{ row.map( ( value, c ) =>
								c === 0 ? (
									<th key={ c } scope="row">
										{ value }
									</th>
								) : (
									<td key={ c }>{ value ?? '—' }</td>
								)
							) }
						</tr>
					) ) }
				</tbody>
			</table>
			<Button
				variant="secondary"
				onClick={ () =>
					downloadCsv( toCsv( table.headers, table.rows ), file )
				}
			>
				{ sprintf(
					/* translators: %s: the table's caption. */
					__( 'Download CSV: %s', 'wayfinder' ),
					caption
				) }
			</Button>
		</div>
	);
}

/**
 * A card with a chart and its table.
 * @param props
 * @param props.title       The card's heading and the chart's title.
 * @param props.description The chart in words.
 * @param props.points      The chart's data.
 * @param props.max         The top of the value axis.
 * @param props.unit        After each tick's number.
 * @param props.table       The table's data.
 * @param props.file        The CSV file's name.
 */
function ChartCard( {
	title,
	description,
	points,
	max,
	unit,
	table,
	file,
}: {
	title: string;
	description: string;
	points: ChartPoint[];
	max?: number | undefined;
	unit?: string | undefined;
	table: Table;
	file: string;
} ) {
	return (
		<Card className="wayfinder-impact__card">
			<CardHeader>
				<h2>{ title }</h2>
			</CardHeader>
			<CardBody>
				{ points.length > 0 && (
					<BarChart
						title={ title }
						description={ description }
						points={ points }
						max={ max }
						unit={ unit }
					/>
				) }
				<DataTable caption={ title } table={ table } file={ file } />
			</CardBody>
		</Card>
	);
}

/**
 * A chart's description: each point in words.
 * @param intro  What the chart shows.
 * @param points The data.
 * @param unit   After each value.
 */
function describe( intro: string, points: ChartPoint[], unit = '' ): string {
	const parts = points.map( ( p ) =>
		p.value === null
			? sprintf(
					/* translators: %s: a label. */
					__( '%s: not known yet', 'wayfinder' ),
					p.label
				)
			: `${ p.label }: ${ p.value }${ unit }`
	);
	return `${ intro } ${ parts.join( '; ' ) }.`;
}

/**
 * One chart of the share still contributing at 3 months, per group, with its table.
 * @param props
 * @param props.title  The chart's title.
 * @param props.groups The groups (cohorts, teams, ways a mentorship started).
 * @param props.column The table's first column, naming what a group is.
 * @param props.file   The CSV's file name.
 */
function RetentionCard( {
	title,
	groups,
	column,
	file,
}: {
	title: string;
	groups: { name: string; group: RetentionGroup }[];
	column: string;
	file: string;
} ) {
	const points = shareAt( groups, 3 );
	return (
		<ChartCard
			title={ title }
			description={ describe(
				__(
					'Share still contributing at 3 months, in percent.',
					'wayfinder'
				),
				points,
				' %'
			) }
			points={ points }
			max={ 100 }
			unit=" %"
			table={ retentionTable( groups, column ) }
			file={ file }
		/>
	);
}

export function ImpactBody( { figures }: { figures: ImpactFigures } ) {
	const overall = retentionPoints( figures.totals );
	const cohorts = cohortGroups( figures );
	const teams = figures.by_team.map( ( t ) => ( {
		name: t.name,
		group: t,
	} ) );
	const origins = figures.by_origin.map( ( o ) => ( {
		name: o.name,
		group: o,
	} ) );
	const months = figures.contributions.by_month.map( ( m ) => ( {
		label: m.month,
		value: m.contributions,
	} ) );
	const kinds = groupedTotals( figures.contributions.by_kind );
	const teamTotals = groupedTotals( figures.contributions.by_team );
	const share = __( 'Share still contributing, in percent.', 'wayfinder' );
	return (
		<>
			<ChartCard
				title={ __(
					'Still contributing after the program',
					'wayfinder'
				) }
				description={ describe( share, overall, ' %' ) }
				points={ overall }
				max={ 100 }
				unit=" %"
				table={ retentionTable(
					[
						{
							name: __( 'Everyone', 'wayfinder' ),
							group: figures.totals,
						},
					],
					__( 'Group', 'wayfinder' )
				) }
				file="impact-retention.csv"
			/>
			<RetentionCard
				title={ __( 'By cohort, beside the waitlisted', 'wayfinder' ) }
				groups={ cohorts }
				column={ __( 'Cohort', 'wayfinder' ) }
				file="impact-cohorts.csv"
			/>
			<RetentionCard
				title={ __( 'By team', 'wayfinder' ) }
				groups={ teams }
				column={ __( 'Team', 'wayfinder' ) }
				file="impact-teams.csv"
			/>
			<RetentionCard
				title={ __( 'By how the mentorship started', 'wayfinder' ) }
				groups={ origins }
				column={ __( 'Started', 'wayfinder' ) }
				file="impact-origins.csv"
			/>
			<ChartCard
				title={ __( 'Verified contributions by month', 'wayfinder' ) }
				description={ describe(
					__(
						'Verified contributions of people who took part, in the last 24 months.',
						'wayfinder'
					),
					months
				) }
				points={ months }
				table={ monthTable( figures.contributions.by_month ) }
				file="impact-contributions-by-month.csv"
			/>
			<ChartCard
				title={ __( 'Contributions by kind', 'wayfinder' ) }
				description={ describe(
					__(
						'Verified contributions in the last 24 months, by kind.',
						'wayfinder'
					),
					kinds
				) }
				points={ kinds }
				table={ groupedTable(
					figures.contributions.by_kind,
					__( 'Kind', 'wayfinder' )
				) }
				file="impact-contributions-by-kind.csv"
			/>
			<ChartCard
				title={ __( 'Contributions by team', 'wayfinder' ) }
				description={ describe(
					__(
						'Verified contributions in the last 24 months, by team.',
						'wayfinder'
					),
					teamTotals
				) }
				points={ teamTotals }
				table={ groupedTable(
					figures.contributions.by_team,
					__( 'Team', 'wayfinder' )
				) }
				file="impact-contributions-by-team.csv"
			/>
		</>
	);
}

export default function ImpactScreen() {
	const { state, reload } = useRequest( loadImpact );
	return (
		<div className="wayfinder-impact">
			<p>
				{ __(
					'Still contributing at N months: a verified contribution dated in the N-th month after the program ended. A month counts once it has passed.',
					'wayfinder'
				) }
			</p>
			{ state.status === 'loading' && (
				<p>
					<Spinner />
					{ __( 'Loading the impact figures…', 'wayfinder' ) }
				</p>
			) }
			{ state.status === 'error' && (
				<LoadError error={ state.error } retry={ reload } />
			) }
			{ state.status === 'success' && state.data.totals.people === 0 && (
				<p>
					{ __(
						'No program has ended yet: the figures start when the first cohort finishes or the first 1:1 mentorship ends.',
						'wayfinder'
					) }
				</p>
			) }
			{ state.status === 'success' && state.data.totals.people > 0 && (
				<ImpactBody figures={ state.data } />
			) }
		</div>
	);
}
