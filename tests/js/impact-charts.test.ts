/**
 * The Impact screen's data mapping: figures → chart points → bars on band and linear scales, and
 * figures → the table rows the CSV downloads carry.
 */
import { toCsv } from '../../src/admin/csv';
import {
	barLayout,
	cohortGroups,
	groupedTotals,
	monthTable,
	retentionPoints,
	retentionTable,
	shareAt,
	type ChartSize,
} from '../../src/admin/screens/impact-charts';
import type { ImpactFigures, RetentionGroup } from '../../src/api/impact';

const group = ( shares: Array< [ number, number ] > ): RetentionGroup => ( {
	people: 6,
	graduated: 2,
	retention: [ 1, 3, 6, 12 ].map( ( months, i ) => {
		const [ due, active ] = shares[ i ]!;
		return {
			months,
			due,
			active,
			share:
				due > 0 ? Math.round( ( active / due ) * 10000 ) / 10000 : null,
		};
	} ),
} );

const size: ChartSize = { width: 140, height: 120, left: 40, bottom: 20 };

describe( 'bar layout', () => {
	it( 'places a band per point and heights on a linear scale from zero', () => {
		const { bars, ticks } = barLayout(
			[
				{ label: 'a', value: 50 },
				{ label: 'b', value: 100 },
				{ label: 'c', value: null },
			],
			size,
			100
		);
		// Plot: 100 px wide from x = 40, 100 px high; three bands with 0.2 padding.
		expect( bars.map( ( b ) => b.label ) ).toEqual( [ 'a', 'b', 'c' ] );
		expect( bars[ 0 ]!.height ).toBeCloseTo( 50 );
		expect( bars[ 0 ]!.y ).toBeCloseTo( 50 );
		expect( bars[ 1 ]!.height ).toBeCloseTo( 100 );
		expect( bars[ 1 ]!.y ).toBeCloseTo( 0 );
		expect( bars[ 2 ]!.height ).toBe( 0 ); // Not known: no bar.
		expect( bars[ 0 ]!.x ).toBeGreaterThanOrEqual( 40 );
		expect( bars[ 1 ]!.x ).toBeGreaterThan( bars[ 0 ]!.x );
		expect( bars[ 2 ]!.x + bars[ 2 ]!.width ).toBeLessThanOrEqual( 140 );
		expect( bars[ 0 ]!.width ).toBeCloseTo( bars[ 1 ]!.width );
		expect( ticks[ 0 ] ).toEqual( { value: 0, y: 100 } );
		expect( ticks[ ticks.length - 1 ]!.value ).toBe( 100 );
	} );

	it( 'scales to the largest value when no top is given', () => {
		const { bars } = barLayout(
			[
				{ label: 'x', value: 3 },
				{ label: 'y', value: 6 },
			],
			size
		);
		expect( bars[ 1 ]!.height ).toBeCloseTo( 100 );
		expect( bars[ 0 ]!.height ).toBeCloseTo( 50 );
	} );
} );

describe( 'impact series', () => {
	const totals = group( [
		[ 6, 1 ],
		[ 6, 2 ],
		[ 0, 0 ],
		[ 0, 0 ],
	] );

	it( 'maps retention to percentages, unknown months to null', () => {
		expect( retentionPoints( totals ) ).toEqual( [
			{ label: '1 month', value: 16.7 },
			{ label: '3 months', value: 33.3 },
			{ label: '6 months', value: null },
			{ label: '12 months', value: null },
		] );
	} );

	it( 'puts each cohort beside its waitlisted applicants', () => {
		const figures = {
			by_cohort: [
				{
					cohort: 5,
					name: 'Winter',
					people: totals,
					waitlisted: group( [
						[ 2, 1 ],
						[ 2, 0 ],
						[ 0, 0 ],
						[ 0, 0 ],
					] ),
				},
				{ cohort: 6, name: 'Spring', people: totals, waitlisted: null },
			],
		} as unknown as ImpactFigures;
		const groups = cohortGroups( figures );
		expect( groups.map( ( g ) => g.name ) ).toEqual( [
			'Winter: participants',
			'Winter: waitlisted',
			'Spring: participants',
		] );
		expect( shareAt( groups, 3 ).map( ( p ) => p.value ) ).toEqual( [
			33.3, 0, 33.3,
		] );
	} );

	it( 'sums contributions per kind, largest first', () => {
		expect(
			groupedTotals( [
				{ month: '2026-01', name: 'Code', contributions: 2, people: 1 },
				{ month: '2026-01', name: 'Docs', contributions: 5, people: 2 },
				{ month: '2026-02', name: 'Code', contributions: 4, people: 2 },
			] )
		).toEqual( [
			{ label: 'Code', value: 6 },
			{ label: 'Docs', value: 5 },
		] );
	} );
} );

describe( 'impact tables and CSV', () => {
	it( 'has a row per group with due, contributing and percent per month', () => {
		const table = retentionTable(
			[
				{
					name: 'Everyone',
					group: group( [
						[ 6, 1 ],
						[ 6, 2 ],
						[ 6, 2 ],
						[ 0, 0 ],
					] ),
				},
			],
			'Group'
		);
		expect( table.headers.slice( 0, 6 ) ).toEqual( [
			'Group',
			'People',
			'Graduated',
			'Due at 1 month',
			'Contributing at 1 month',
			'% at 1 month',
		] );
		expect( table.rows ).toEqual( [
			[
				'Everyone',
				6,
				2,
				6,
				1,
				16.7,
				6,
				2,
				33.3,
				6,
				2,
				33.3,
				0,
				0,
				null,
			],
		] );
	} );

	it( 'writes quoted, formula-safe CSV with empty fields for unknown values', () => {
		const table = monthTable( [
			{ month: '2026-01', contributions: 3, people: 2, per_person: 1.5 },
		] );
		expect( toCsv( table.headers, table.rows ) ).toBe(
			'"Month","Contributions","People contributing","Contributions per person"\r\n"2026-01","3","2","1.5"'
		);
		expect( toCsv( [ 'Team' ], [ [ '=HYPERLINK()' ], [ null ] ] ) ).toBe(
			'"Team"\r\n"\'=HYPERLINK()"\r\n""'
		);
	} );
} );
