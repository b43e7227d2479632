import type { Person } from '../../src/api/types';
import {
	paramsFromView,
	queryFromView,
	viewFromParams,
} from '../../src/admin/lists/view-query';
import { MENTEES, MENTORS } from '../../src/admin/screens/people-fields';
import {
	changesFrom,
	formProblem,
	mentorStatusText,
	type PersonForm,
	todayUtc,
} from '../../src/admin/screens/person-form';

describe( 'the People lists sort, search and filter on the server', () => {
	it( 'opens sorted by name, and asks the server for nothing else', () => {
		const view = viewFromParams( { screen: 'people' }, MENTORS );
		expect( view.sort ).toEqual( { field: 'name', direction: 'asc' } );
		expect( paramsFromView( view, MENTORS ) ).toEqual( {} );
		expect( queryFromView( view, MENTORS ) ).toEqual( {
			page: 1,
			per_page: 20,
			orderby: 'name',
			order: 'asc',
		} );
	} );

	it( 'keeps a sort by load, a search and a filter in the URL and the query', () => {
		const view = viewFromParams(
			{
				screen: 'people',
				orderby: 'load',
				order: 'desc',
				search: 'ann',
				status: 'away',
				paged: '3',
			},
			MENTORS
		);
		expect( view.sort ).toEqual( { field: 'load', direction: 'desc' } );
		expect( paramsFromView( view, MENTORS ) ).toEqual( {
			paged: '3',
			search: 'ann',
			orderby: 'load',
			order: 'desc',
			status: 'away',
		} );
		expect( queryFromView( view, MENTORS ) ).toEqual( {
			page: 3,
			per_page: 20,
			search: 'ann',
			orderby: 'load',
			order: 'desc',
			status: 'away',
		} );
	} );

	it( 'opens the Overview’s links to a load bucket as a filter', () => {
		const view = viewFromParams(
			{ screen: 'people', role: 'mentors', load: 'full' },
			MENTORS
		);
		expect( view.filters ).toEqual( [
			{ field: 'load', operator: 'is', value: 'full' },
		] );
		expect( queryFromView( view, MENTORS ) ).toMatchObject( {
			load: 'full',
		} );
	} );

	it( 'ignores a sort the list does not have', () => {
		const view = viewFromParams( { orderby: 'load' }, MENTEES );
		expect( view.sort ).toEqual( { field: 'name', direction: 'asc' } );
		expect( queryFromView( view, MENTEES ).orderby ).toBe( 'name' );
	} );

	it( 'sorts mentees by waiting time', () => {
		const view = viewFromParams(
			{ orderby: 'waiting_since', order: 'asc' },
			MENTEES
		);
		expect( queryFromView( view, MENTEES ) ).toMatchObject( {
			orderby: 'waiting_since',
			order: 'asc',
		} );
		expect( paramsFromView( view, MENTEES ) ).toEqual( {
			orderby: 'waiting_since',
			order: 'asc',
		} );
	} );
} );

describe( 'the person settings form', () => {
	const loaded: PersonForm = {
		capacity: 3,
		weight: 'normal',
		status: 'away',
		away_until: '2030-01-10',
		sponsored: false,
	};

	it( 'sends only what changed', () => {
		expect( changesFrom( loaded, loaded, true ) ).toEqual( {} );
		expect(
			changesFrom( loaded, { ...loaded, capacity: 5 }, true )
		).toEqual( { mentor: { capacity: 5 } } );
		expect(
			changesFrom( loaded, { ...loaded, sponsored: true }, true )
		).toEqual( { sponsored: true } );
	} );

	it( 'clears the end of an absence when the mentor is back', () => {
		expect(
			changesFrom( loaded, { ...loaded, status: 'available' }, true )
		).toEqual( { mentor: { status: 'available', away_until: null } } );
		expect(
			changesFrom( loaded, { ...loaded, away_until: '' }, true )
		).toEqual( { mentor: { away_until: null } } );
	} );

	it( 'never sends mentor settings for someone who is not a mentor', () => {
		expect(
			changesFrom(
				loaded,
				{ ...loaded, capacity: 9, sponsored: true },
				false
			)
		).toEqual( { sponsored: true } );
	} );

	it( 'explains what the server would refuse', () => {
		expect( formProblem( loaded, '2030-01-01' ) ).toBeNull();
		expect(
			formProblem( { ...loaded, capacity: 51 }, '2030-01-01' )
		).toMatch( /0 to 50/ );
		expect(
			formProblem( { ...loaded, capacity: NaN }, '2030-01-01' )
		).toMatch( /whole number/ );
		expect( formProblem( loaded, '2030-02-01' ) ).toMatch( /in the past/ );
		expect(
			formProblem( { ...loaded, away_until: '' }, '2030-02-01' )
		).toBeNull();
	} );

	it( 'reads today as the server does, in UTC', () => {
		expect( todayUtc( new Date( '2030-01-01T23:30:00-05:00' ) ) ).toBe(
			'2030-01-02'
		);
	} );
} );

describe( 'a mentor’s status in the list', () => {
	const mentor = {
		status: 'away',
		away_until: '2030-03-01',
	} as Person;

	it( 'says until when an absence lasts', () => {
		expect( mentorStatusText( mentor ) ).toMatch( /^Away until / );
		expect( mentorStatusText( { ...mentor, away_until: null } ) ).toBe(
			'Away'
		);
		expect( mentorStatusText( { ...mentor, status: 'retired' } ) ).toBe(
			'Retired'
		);
	} );
} );
