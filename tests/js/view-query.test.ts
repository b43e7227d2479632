import {
	type ListSpec,
	paramsFromView,
	queryFromView,
	viewFromParams,
} from '../../src/admin/lists/view-query';

const spec: ListSpec = {
	filters: [ 'status', 'team' ],
	sortField: 'created_at',
	defaults: {
		type: 'table',
		perPage: 20,
		fields: [ 'mentee_name' ],
		sort: { field: 'created_at', direction: 'desc' },
	},
};

describe( 'the view ↔ URL ↔ query mapping', () => {
	it( 'opens with the default view when the URL says nothing', () => {
		const view = viewFromParams( { page: 'wayfinder' }, spec );
		expect( view ).toMatchObject( {
			page: 1,
			perPage: 20,
			search: '',
			filters: [],
			sort: { field: 'created_at', direction: 'desc' },
		} );
		expect( paramsFromView( view, spec ) ).toEqual( {} );
	} );

	it( 'restores filters, page, size and sort from a link', () => {
		const view = viewFromParams(
			{
				screen: 'requests',
				status: 'open',
				team: 'polyglots',
				paged: '3',
				per_page: '50',
				order: 'asc',
			},
			spec
		);
		expect( view.page ).toBe( 3 );
		expect( view.perPage ).toBe( 50 );
		expect( view.sort ).toEqual( {
			field: 'created_at',
			direction: 'asc',
		} );
		expect( view.filters ).toEqual( [
			{ field: 'status', operator: 'is', value: 'open' },
			{ field: 'team', operator: 'is', value: 'polyglots' },
		] );
		// And back: the same link, so reload and back/forward land on the same view.
		expect( paramsFromView( view, spec ) ).toEqual( {
			status: 'open',
			team: 'polyglots',
			paged: '3',
			per_page: '50',
			order: 'asc',
		} );
	} );

	it( 'turns the view into the REST query the server pages, sorts and filters by', () => {
		const view = viewFromParams(
			{ status: 'open', paged: '2', order: 'asc' },
			spec
		);
		expect( queryFromView( view, spec ) ).toEqual( {
			page: 2,
			per_page: 20,
			status: 'open',
			order: 'asc',
		} );
	} );

	it( 'ignores what it does not know and falls back on malformed values', () => {
		const view = viewFromParams(
			{
				paged: '-4',
				per_page: '7',
				order: 'sideways',
				source: 'auto',
			},
			spec
		);
		expect( view.page ).toBe( 1 );
		expect( view.perPage ).toBe( 20 );
		expect( view.sort ).toEqual( {
			field: 'created_at',
			direction: 'desc',
		} );
		expect( view.filters ).toEqual( [] );
		expect( queryFromView( view, spec ) ).not.toHaveProperty( 'source' );
	} );
} );
