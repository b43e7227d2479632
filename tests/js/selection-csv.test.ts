/**
 * The selection export: formula-safe fields, and names and emails only in a list that carries them
 * (after the lock).
 */
import { selectionCsv } from '../../src/admin/screens/selection-csv';
import type { CohortSelection, SelectionRow } from '../../src/api/types';

const row = ( over: Partial< SelectionRow > ): SelectionRow => ( {
	id: 4,
	pseudonym: '7F3K',
	label: 'Applicant 7F3K',
	rank: 1,
	tie: '',
	tie_label: '',
	stage: 'review',
	score: 8.5,
	spread: 0.5,
	flagged: false,
	reviews_done: 2,
	reviews_wanted: 2,
	mode: 'one_to_one',
	mode_label: 'Paired with a mentor (1:1)',
	teams: [ 'core', 'polyglots' ],
	team_names: [ 'Core', 'Polyglots' ],
	sponsored: true,
	decision: 'accepted',
	decision_label: 'Accepted',
	reason: 'reserved_seat',
	reason_label: 'A seat kept for sponsored contributors',
	position: null,
	told: false,
	name: null,
	email: null,
	...over,
} );

const selection = ( rows: SelectionRow[], named: boolean ): CohortSelection =>
	( {
		named,
		rows,
	} ) as unknown as CohortSelection;

describe( 'the selection as CSV', () => {
	it( 'has no name or email column before the lock', () => {
		const csv = selectionCsv( selection( [ row( {} ) ], false ) );
		const [ header, line ] = csv.split( '\r\n' );
		expect( header ).not.toContain( 'Name' );
		expect( header ).not.toContain( 'Email' );
		expect( line ).toContain( '"Applicant 7F3K"' );
		expect( line ).toContain( '"Core, Polyglots"' );
		expect( line ).toContain( '"Yes"' );
	} );

	it( 'adds the name and email once the list carries them', () => {
		const csv = selectionCsv(
			selection(
				[ row( { name: 'Ada Quill', email: 'ada@example.org' } ) ],
				true
			)
		);
		const [ header, line ] = csv.split( '\r\n' );
		expect( header ).toContain( '"Name","Email"' );
		expect( line ).toContain( '"Ada Quill","ada@example.org"' );
	} );

	it( 'defuses what a spreadsheet would run as a formula', () => {
		const csv = selectionCsv(
			selection(
				[
					row( {
						name: '=HYPERLINK("http://evil.example","x")',
						email: '+1@example.org',
						mode_label: '-2+3',
						team_names: [ '@core' ],
					} ),
				],
				true
			)
		);
		const line = csv.split( '\r\n' )[ 1 ];
		expect( line ).toContain(
			`"'=HYPERLINK(""http://evil.example"",""x"")"`
		);
		expect( line ).toContain( `"'+1@example.org"` );
		expect( line ).toContain( `"'-2+3"` );
		expect( line ).toContain( `"'@core"` );
		expect( line ).not.toMatch( /(^|,)"[=+\-@]/ );
	} );
} );
