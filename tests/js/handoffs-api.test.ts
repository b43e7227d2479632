import { connect } from '../../src/api/client';
import {
	acceptHandoff,
	chooseTeam,
	getHandoff,
	listHandoffs,
} from '../../src/api/handoffs';

describe( 'the hand-off routes, through the one REST client', () => {
	const realFetch = global.fetch;
	let fetchMock: jest.Mock;

	/**
	 * Replaces fetch with one answer.
	 * @param body    The JSON body.
	 * @param headers Response headers.
	 */
	function answer( body: unknown, headers: Record< string, string > = {} ) {
		fetchMock = jest.fn().mockResolvedValue( {
			ok: true,
			status: 200,
			json: () => Promise.resolve( body ),
			headers: { get: ( name: string ) => headers[ name ] ?? null },
		} );
		global.fetch = fetchMock as unknown as typeof fetch;
	}

	const sent = () => fetchMock.mock.calls[ 0 ] as [ string, RequestInit ];

	beforeEach( () => {
		connect( {
			root: 'https://example.org/wp-json/',
			nonce: 'n',
			unreachable: 'The server could not be reached.',
		} );
	} );

	afterEach( () => {
		global.fetch = realFetch;
	} );

	it( 'lists the waiting hand-offs by default, with the totals', async () => {
		answer( [ { id: 3, name: 'Kofi' } ], {
			'X-WP-Total': '1',
			'X-WP-TotalPages': '1',
		} );
		const page = await listHandoffs( { per_page: 10 } );
		expect( page.total ).toBe( 1 );
		expect( page.items.map( ( item ) => item.name ) ).toEqual( [ 'Kofi' ] );
		expect( sent()[ 0 ] ).toBe(
			'https://example.org/wp-json/wayfinder/v1/handoffs?status=waiting&per_page=10'
		);
	} );

	it( 'reads and chooses a team for a 1:1 mentorship as cohort 0', async () => {
		answer( { cohort: 0, options: [] } );
		await getHandoff( 0 );
		expect( sent()[ 0 ] ).toBe(
			'https://example.org/wp-json/wayfinder/v1/cohorts/0/handoff'
		);
		answer( { cohort: 4 } );
		await chooseTeam( 4, 'polyglots', 12 );
		expect( sent()[ 1 ].method ).toBe( 'PUT' );
		expect( JSON.parse( String( sent()[ 1 ].body ) ) ).toEqual( {
			team: 'polyglots',
			mentee: 12,
		} );
	} );

	it( 'accepts with the contact and the welcome', async () => {
		answer( { id: 7, status: 'accepted', message: 'Accepted.' } );
		await acceptHandoff( 7, 21, 'Welcome!' );
		expect( sent()[ 0 ] ).toBe(
			'https://example.org/wp-json/wayfinder/v1/handoffs/7/accept'
		);
		expect( JSON.parse( String( sent()[ 1 ].body ) ) ).toEqual( {
			contact_id: 21,
			welcome: 'Welcome!',
		} );
	} );
} );
