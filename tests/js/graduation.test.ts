/**
 * How the cohort screen says where a mentee stands for graduation, and the cohort's counts.
 */
import type { GraduationChecklist } from '../../src/api/graduation';
import {
	graduationCounts,
	graduationText,
} from '../../src/admin/screens/graduation';

const checklist = (
	over: Partial< GraduationChecklist >
): GraduationChecklist => ( {
	cohort: 4,
	user: 7,
	name: 'Ana',
	items: [],
	met: false,
	graduated: false,
	graduated_at: null,
	graduated_by: 0,
	state: 'working',
	left: '1 of 3 group sessions attended; Choose the team you want to join',
	...over,
} );

const date = ( iso: string ) => `on ${ iso.slice( 0, 10 ) }`;

describe( 'graduation on the cohort screen', () => {
	it( 'says what is left while still working', () => {
		expect( graduationText( checklist( {} ), date ) ).toBe(
			'Left: 1 of 3 group sessions attended; Choose the team you want to join'
		);
	} );
	it( 'says ready once the rule is met, and the day once graduated', () => {
		expect(
			graduationText( checklist( { met: true, left: '' } ), date )
		).toBe( 'Ready to graduate' );
		expect(
			graduationText(
				checklist( {
					met: true,
					graduated: true,
					graduated_at: '2027-04-02T10:00:00+00:00',
				} ),
				date
			)
		).toBe( 'Graduated on on 2027-04-02' );
		expect( graduationText( undefined, date ) ).toBe( '' );
	} );
	it( 'counts the cohort', () => {
		expect(
			graduationCounts( {
				graduated: 12,
				ready: 3,
				working: 5,
				total: 20,
			} )
		).toBe( '12 graduated, 3 ready, 5 still working' );
		expect(
			graduationCounts( { graduated: 1, ready: 0, working: 0, total: 1 } )
		).toBe( '1 graduated, 0 ready, 0 still working' );
	} );
} );
