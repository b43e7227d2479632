import apiFetch from '@wordpress/api-fetch';

import {
	getPage,
	getStatus,
	listMentors,
	reassignMatch,
	RestError,
	toRestError,
	updateSiteSettings,
} from '../../src/api/client';
import { askForMentor, PublicRestError } from '../../src/api/public';

describe( 'toRestError', () => {
	it( 'keeps the message, code and status of a WP_Error body', () => {
		const error = toRestError( {
			code: 'wayfinder_forbidden',
			message: 'Only mentoring coordinators can see the program status.',
			data: { status: 403 },
		} );
		expect( error ).toBeInstanceOf( RestError );
		expect( error.message ).toBe(
			'Only mentoring coordinators can see the program status.'
		);
		expect( error.code ).toBe( 'wayfinder_forbidden' );
		expect( error.status ).toBe( 403 );
	} );

	it( 'explains a network failure in words a person can act on', () => {
		const error = toRestError( new TypeError( 'Failed to fetch' ) );
		expect( error.code ).toBe( 'fetch_error' );
		expect( error.message ).toMatch( /could not be reached/ );
		expect( error.status ).toBeUndefined();
	} );

	it( 'does not invent a status when the body has none', () => {
		const error = toRestError( {
			code: 'x',
			message: 'Broken',
			data: null,
		} );
		expect( error.status ).toBeUndefined();
		expect( error.message ).toBe( 'Broken' );
	} );

	it( 'returns a RestError unchanged', () => {
		const original = new RestError( 'Already handled', 'done', 400 );
		expect( toRestError( original ) ).toBe( original );
	} );
} );

describe( 'REST calls', () => {
	const calls: Array< { path?: string; method?: string; data?: unknown } > =
		[];
	let reply: () => Promise< unknown >;

	beforeEach( () => {
		calls.length = 0;
		// The transport is the one thing replaced: the server is exercised by the e2e tests.
		apiFetch.setFetchHandler( ( options ) => {
			calls.push( options );
			return reply();
		} );
	} );

	it( 'reads the status from the wayfinder/v1 namespace', async () => {
		reply = () => Promise.resolve( { version: '0.1.0', people: [] } );
		await expect( getStatus() ).resolves.toEqual( {
			version: '0.1.0',
			people: [],
		} );
		expect( calls[ 0 ]?.path ).toMatch( /^\/wayfinder\/v1\/status(\?|$)/ );
	} );

	it( 'posts settings and rejects with the server’s own message', async () => {
		reply = () =>
			Promise.reject( {
				code: 'rest_invalid_param',
				message:
					'Invalid parameter(s): wayfinder_delete_data_on_uninstall',
				data: { status: 400 },
			} );
		const result = updateSiteSettings( {
			wayfinder_delete_data_on_uninstall: true,
		} );
		await expect( result ).rejects.toBeInstanceOf( RestError );
		await expect( result ).rejects.toMatchObject( {
			status: 400,
			code: 'rest_invalid_param',
		} );
		expect( calls[ 0 ]?.path ).toMatch( /^\/wp\/v2\/settings(\?|$)/ );
		expect( calls[ 0 ] ).toMatchObject( {
			method: 'POST',
			data: { wayfinder_delete_data_on_uninstall: true },
		} );
	} );

	it( 'reads a page with the totals from WordPress’s headers', async () => {
		const headers: Record< string, string > = {
			'X-WP-Total': '41',
			'X-WP-TotalPages': '3',
		};
		// The parts of a fetch Response that getPage reads.
		reply = () =>
			Promise.resolve( {
				json: () => Promise.resolve( [ { id: 7 } ] ),
				headers: { get: ( name: string ) => headers[ name ] ?? null },
			} );
		const page = await getPage< { id: number } >( '/requests', {
			status: 'open',
			page: 2,
		} );
		expect( page ).toEqual( {
			items: [ { id: 7 } ],
			total: 41,
			totalPages: 3,
		} );
		expect( calls[ 0 ]?.path ).toMatch(
			/^\/wayfinder\/v1\/requests\?status=open&page=2(&|$)/
		);
	} );

	it( 'moves a mentee with the new mentor and the reason', async () => {
		reply = () =>
			Promise.resolve( { ended: { id: 4 }, match: 9, request: null } );
		await reassignMatch( 4, 12, 'mentee_wants_other' );
		expect( calls[ 0 ]?.path ).toMatch(
			/^\/wayfinder\/v1\/matches\/4\/reassign(\?|$)/
		);
		expect( calls[ 0 ] ).toMatchObject( {
			method: 'POST',
			data: { mentor: 12, reason: 'mentee_wants_other' },
		} );
	} );

	it( 'lists the directory’s mentors with the filters as query arguments', async () => {
		reply = () =>
			Promise.resolve( {
				json: () => Promise.resolve( [ { id: 3, name: 'Anna' } ] ),
				headers: { get: () => '1' },
			} );
		const page = await listMentors( {
			team: 'core',
			room: true,
			per_page: 20,
		} );
		expect( page.items ).toEqual( [ { id: 3, name: 'Anna' } ] );
		expect( calls[ 0 ]?.path ).toMatch(
			/^\/wayfinder\/v1\/mentors\?team=core&room=1&per_page=20(&|$)/
		);
	} );
} );

describe( 'askForMentor (for script modules, without api-fetch)', () => {
	const realFetch = global.fetch;
	afterEach( () => {
		global.fetch = realFetch;
	} );

	/**
	 * Replaces fetch with one answer.
	 * @param status The HTTP status.
	 * @param body   The JSON body.
	 */
	function answer( status: number, body: unknown ) {
		const fetchMock = jest.fn().mockResolvedValue( {
			ok: status < 400,
			status,
			json: () => Promise.resolve( body ),
		} );
		global.fetch = fetchMock as unknown as typeof fetch;
		return fetchMock;
	}

	it( 'posts the request with the REST nonce and returns it', async () => {
		const fetchMock = answer( 201, { id: 9, mentor: 3 } );
		await expect(
			askForMentor( 'https://example.org/wp-json/', 'abc123', {
				type: 'mentee_request',
				mentor: 3,
			} )
		).resolves.toEqual( { id: 9, mentor: 3 } );
		const [ url, init ] = fetchMock.mock.calls[ 0 ] as [
			string,
			RequestInit,
		];
		expect( url ).toBe(
			'https://example.org/wp-json/wayfinder/v1/requests'
		);
		expect( init.method ).toBe( 'POST' );
		expect( init.headers ).toMatchObject( { 'X-WP-Nonce': 'abc123' } );
		expect( JSON.parse( String( init.body ) ) ).toEqual( {
			type: 'mentee_request',
			mentor: 3,
		} );
	} );

	it( 'rejects with the server’s message and code', async () => {
		answer( 409, {
			code: 'wayfinder_duplicate_request',
			message:
				'There is already an open request for this mentee and mentor.',
			data: { status: 409 },
		} );
		const result = askForMentor( '/wp-json/', 'n', {
			type: 'mentee_request',
		} );
		await expect( result ).rejects.toBeInstanceOf( PublicRestError );
		await expect( result ).rejects.toMatchObject( {
			code: 'wayfinder_duplicate_request',
			message:
				'There is already an open request for this mentee and mentor.',
		} );
	} );

	it( 'rejects without a message when the server cannot be reached', async () => {
		global.fetch = jest
			.fn()
			.mockRejectedValue(
				new TypeError( 'Failed to fetch' )
			) as unknown as typeof fetch;
		await expect(
			askForMentor( '/wp-json/', 'n', { type: 'mentee_request' } )
		).rejects.toMatchObject( { code: 'fetch_error', message: '' } );
	} );
} );
