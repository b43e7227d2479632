/**
 * The Impact screen's data mapping, without React: figures → chart points → bars (positions from
 * visx scale's band and linear scales), and figures → table rows (the same rows the CSV has).
 */
import { scaleBand, scaleLinear } from '@visx/scale';
import { __, _n, sprintf } from '@wordpress/i18n';

import type {
	GroupedContributions,
	ImpactFigures,
	MonthContributions,
	RetentionGroup,
} from '../../api/impact';
import type { CsvValue } from '../csv';

/** One bar's data: its label and value (null: no data, drawn as nothing). */
export interface ChartPoint {
	label: string;
	value: number | null;
}

/** One bar as drawn: its data and place. */
export interface ChartBar extends ChartPoint {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChartSize {
	width: number;
	height: number;
	/** Room for the value axis on the left and the labels below. */
	left: number;
	bottom: number;
}

export const CHART_SIZE: ChartSize = {
	width: 560,
	height: 220,
	left: 40,
	bottom: 40,
};

/** A table: its column names and rows (the table on the screen and the CSV file). */
export interface Table {
	headers: string[];
	rows: CsvValue[][];
}

/**
 * Bars for points: a band per point across the width, heights on a linear scale from 0 to the
 * largest value (or $max, e.g. 100 for percentages), and the value axis's ticks.
 * @param points The data.
 * @param size   The chart's size.
 * @param max    The top of the value axis (default: the largest value, at least 1).
 */
export function barLayout(
	points: ChartPoint[],
	size: ChartSize = CHART_SIZE,
	max?: number
): { bars: ChartBar[]; ticks: { value: number; y: number }[] } {
	const plotHeight = size.height - size.bottom;
	const x = scaleBand< string >( {
		domain: points.map( ( point ) => point.label ),
		range: [ size.left, size.width ],
		padding: 0.2,
	} );
	const top =
		max ?? Math.max( 1, ...points.map( ( point ) => point.value ?? 0 ) );
	const y = scaleLinear< number >( {
		domain: [ 0, top ],
		range: [ plotHeight, 0 ],
		nice: max === undefined,
	} );
	const bars = points.map( ( point ) => {
		const value = point.value ?? 0;
		return {
			...point,
			x: x( point.label ) ?? 0,
			y: y( value ),
			width: x.bandwidth(),
			height: plotHeight - y( value ),
		};
	} );
	const ticks = y.ticks( 4 ).map( ( value ) => ( { value, y: y( value ) } ) );
	return { bars, ticks };
}

/**
 * "N months" for a number of months.
 * @param months The months.
 */
export function monthsLabel( months: number ): string {
	return sprintf(
		/* translators: %d: months after the end of the program. */
		_n( '%d month', '%d months', months, 'wayfinder' ),
		months
	);
}

/**
 * A share (0–1) as a whole percentage, or null.
 * @param share The share.
 */
export function percent( share: number | null ): number | null {
	return share === null ? null : Math.round( share * 1000 ) / 10;
}

/**
 * Still contributing after 1, 3, 6 and 12 months, in percent (null while nobody is due).
 * @param group The group.
 */
export function retentionPoints( group: RetentionGroup ): ChartPoint[] {
	return group.retention.map( ( point ) => ( {
		label: monthsLabel( point.months ),
		value: percent( point.share ),
	} ) );
}

/**
 * Still contributing at $months months for each named group, in percent.
 * @param groups The groups with their names.
 * @param months Which month (1, 3, 6 or 12).
 */
export function shareAt(
	groups: { name: string; group: RetentionGroup }[],
	months: number
): ChartPoint[] {
	return groups.map( ( { name, group } ) => ( {
		label: name,
		value: percent(
			group.retention.find( ( point ) => point.months === months )
				?.share ?? null
		),
	} ) );
}

/**
 * The retention table: a row per group with people, graduated, and due / still contributing / share
 * for each month.
 * @param groups The groups with their names.
 * @param first  The first column's name.
 */
export function retentionTable(
	groups: { name: string; group: RetentionGroup }[],
	first: string
): Table {
	const months = groups[ 0 ]?.group.retention.map( ( p ) => p.months ) ?? [
		1, 3, 6, 12,
	];
	const headers = [
		first,
		__( 'People', 'wayfinder' ),
		__( 'Graduated', 'wayfinder' ),
		...months.flatMap( ( m ) => [
			sprintf(
				/* translators: %s: e.g. "3 months". */
				__( 'Due at %s', 'wayfinder' ),
				monthsLabel( m )
			),
			sprintf(
				/* translators: %s: e.g. "3 months". */
				__( 'Contributing at %s', 'wayfinder' ),
				monthsLabel( m )
			),
			sprintf(
				/* translators: %s: e.g. "3 months". */
				__( '%% at %s', 'wayfinder' ),
				monthsLabel( m )
			),
		] ),
	];
	const rows = groups.map( ( { name, group } ) => [
		name,
		group.people,
		group.graduated,
		...group.retention.flatMap( ( point ) => [
			point.due,
			point.active,
			percent( point.share ),
		] ),
	] );
	return { headers, rows };
}

/**
 * Each cohort's participants beside its waitlisted applicants.
 * @param figures The figures.
 */
export function cohortGroups(
	figures: ImpactFigures
): { name: string; group: RetentionGroup }[] {
	return figures.by_cohort.flatMap( ( cohort ) => [
		{
			name: sprintf(
				/* translators: %s: a cohort's name. */
				__( '%s: participants', 'wayfinder' ),
				cohort.name
			),
			group: cohort.people,
		},
		...( cohort.waitlisted
			? [
					{
						name: sprintf(
							/* translators: %s: a cohort's name. */
							__( '%s: waitlisted', 'wayfinder' ),
							cohort.name
						),
						group: cohort.waitlisted,
					},
				]
			: [] ),
	] );
}

/**
 * Contributions by month: the table.
 * @param months The months.
 */
export function monthTable( months: MonthContributions[] ): Table {
	return {
		headers: [
			__( 'Month', 'wayfinder' ),
			__( 'Contributions', 'wayfinder' ),
			__( 'People contributing', 'wayfinder' ),
			__( 'Contributions per person', 'wayfinder' ),
		],
		rows: months.map( ( m ) => [
			m.month,
			m.contributions,
			m.people,
			m.per_person,
		] ),
	};
}

/**
 * Contributions by month and kind (or team): the table, a row per month and group.
 * @param rows  The rows.
 * @param first The group column's name.
 */
export function groupedTable(
	rows: GroupedContributions[],
	first: string
): Table {
	return {
		headers: [
			__( 'Month', 'wayfinder' ),
			first,
			__( 'Contributions', 'wayfinder' ),
			__( 'People contributing', 'wayfinder' ),
		],
		rows: rows.map( ( r ) => [
			r.month,
			r.name,
			r.contributions,
			r.people,
		] ),
	};
}

/**
 * Totals over all months per group (kind or team), largest first: the chart beside a grouped table.
 * @param rows The rows.
 */
export function groupedTotals( rows: GroupedContributions[] ): ChartPoint[] {
	const sums = new Map< string, number >();
	rows.forEach( ( r ) =>
		sums.set( r.name, ( sums.get( r.name ) ?? 0 ) + r.contributions )
	);
	return [ ...sums.entries() ]
		.sort( ( a, b ) => b[ 1 ] - a[ 1 ] )
		.map( ( [ label, value ] ) => ( { label, value } ) );
}
