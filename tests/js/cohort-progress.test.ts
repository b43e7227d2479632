/**
 * The cohort progress export: every field quoted, quotes doubled, and what a spreadsheet would run
 * as a formula defused.
 */
import { csvField, progressCsv } from '../../src/admin/screens/progress-csv';

const row = (
	name: string
): Parameters< typeof progressCsv >[ 0 ][ number ] => ( {
	user: 7,
	name,
	mode: 'one_to_one',
	mode_label: 'Paired with a mentor (1:1)',
	mentor: 3,
	mentor_name: 'Mia "the mentor" Ito',
	one_to_ones: { done: 1, required: 2 },
	group_sessions: { done: 2, required: 3 },
	training_done: 4,
	plan_goals: 3,
	plan_done: 1,
	checkins_answered: 2,
	last_activity: '2027-03-10T12:00:00+00:00',
	warning: 'quiet',
	warning_label: 'Quiet: no session, check-in or other activity for a while.',
	warning_since: null,
} );

describe( 'cohort progress as CSV', () => {
	it( 'quotes every field and doubles quotes', () => {
		expect( csvField( 'a, "b"' ) ).toBe( '"a, ""b"""' );
		expect( csvField( 12 ) ).toBe( '"12"' );
	} );

	it( 'defuses a field a spreadsheet would run as a formula', () => {
		expect( csvField( '=HYPERLINK("x")' ) ).toBe( '"\'=HYPERLINK(""x"")"' );
		expect( csvField( '@SUM(A1)' ) ).toBe( '"\'@SUM(A1)"' );
		expect( csvField( '-1' ) ).toBe( '"\'-1"' );
		expect( csvField( '\t=1+1' ) ).toBe( '"\'\t=1+1"' );
	} );

	it( 'has a header and one line per mentee, in order', () => {
		const lines = progressCsv( [ row( 'Ana' ), row( '+Bo' ) ] ).split(
			'\r\n'
		);
		expect( lines ).toHaveLength( 3 );
		expect( lines[ 0 ] ).toContain( '"Mentee","Takes part","Mentor"' );
		expect( lines[ 1 ] ).toBe(
			'"Ana","Paired with a mentor (1:1)","Mia ""the mentor"" Ito","1","2","2","3","4","3","1","2","2027-03-10T12:00:00+00:00","Quiet: no session, check-in or other activity for a while."'
		);
		expect( lines[ 2 ] ).toMatch( /^"'\+Bo",/ );
	} );
} );
