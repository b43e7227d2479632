import type { MentoringRequest } from '../../src/api/types';
import { waitedDays } from '../../src/admin/screens/labels';
import { endingConsequence } from '../../src/admin/screens/match-ending';
import {
	awaitsAnyMentor,
	mentorOf,
	waitingOf,
} from '../../src/admin/screens/request-columns';

const NOW = Date.parse( '2026-03-10T12:00:00Z' );

const request = ( over: Partial< MentoringRequest > ): MentoringRequest =>
	( {
		id: 7,
		type: 'mentee_request',
		mentee: 11,
		mentor: null,
		mentee_name: 'Jonas Weber',
		mentor_name: null,
		any_mentor: true,
		team: '',
		language: '',
		message: '',
		status: 'open',
		match: null,
		created_by: 11,
		expires_at: '2026-03-24T12:00:00',
		created_at: '2026-03-07T09:00:00',
		...over,
	} ) as MentoringRequest;

describe( 'the Requests list', () => {
	it( 'says how long an open request has waited in days, never hours or a timestamp', () => {
		expect( waitingOf( request( {} ), NOW ) ).toBe( '3 days' );
		expect(
			waitingOf( request( { created_at: '2026-03-09T08:00:00' } ), NOW )
		).toBe( '1 day' );
		expect(
			waitingOf( request( { created_at: '2026-03-10T07:00:00' } ), NOW )
		).toBe( 'less than a day' );
		expect( waitingOf( request( { status: 'accepted' } ), NOW ) ).toBe(
			'—'
		);
		expect( waitedDays( '2026-03-10T11:00:00Z', NOW ) ).not.toMatch(
			/hour/
		);
	} );

	it( 'does not show a filled any-mentor request as if the mentee had asked that mentor', () => {
		// An accepted request for any mentor keeps the name of the mentor who took it.
		const filled = request( {
			status: 'accepted',
			mentor: 3,
			mentor_name: 'Anna Schmidt',
			match: 9,
		} );
		expect( mentorOf( filled ) ).toBe(
			'Any mentor — matched with Anna Schmidt'
		);
		expect( mentorOf( request( {} ) ) ).toBe( 'Any mentor' );
		// A request to a named mentor names them, open or accepted.
		const named = {
			mentor: 3,
			mentor_name: 'Anna Schmidt',
			any_mentor: false,
		};
		expect( mentorOf( request( named ) ) ).toBe( 'Anna Schmidt' );
		expect( mentorOf( request( { ...named, status: 'accepted' } ) ) ).toBe(
			'Anna Schmidt'
		);
	} );

	it( 'offers suggestions only for open requests for any mentor', () => {
		expect( awaitsAnyMentor( request( {} ) ) ).toBe( true );
		expect( awaitsAnyMentor( request( { status: 'accepted' } ) ) ).toBe(
			false
		);
		expect(
			awaitsAnyMentor( request( { mentor: 3, mentor_name: 'Anna' } ) )
		).toBe( false );
	} );
} );

describe( 'ending a match', () => {
	it( 'has no consequence to show until a reason is chosen', () => {
		expect( endingConsequence( '', 'Jonas', 'Anna' ) ).toBeNull();
	} );

	it( 'says the mentee will get a new mentor when Wayfinder finds one', () => {
		for ( const reason of [
			'mentee_wants_other',
			'mentor_quit',
		] as const ) {
			expect( endingConsequence( reason, 'Jonas', 'Anna' ) ).toContain(
				'Jonas will get a new mentor'
			);
			expect( endingConsequence( reason, 'Jonas', 'Anna' ) ).toContain(
				'never Anna'
			);
		}
	} );

	it( 'says the mentee is left without a mentor otherwise', () => {
		for ( const reason of [
			'mentee_stopped',
			'inactivity',
			'other',
			'completed',
		] as const ) {
			const said = endingConsequence( reason, 'Jonas', 'Anna' ) ?? '';
			expect( said ).toContain( 'Jonas will have no mentor' );
			expect( said ).not.toContain( 'new mentor' );
		}
	} );
} );
