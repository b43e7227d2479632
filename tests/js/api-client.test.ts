import {
	askForMentor,
	connect,
	getPage,
	getStatus,
	isBoardRunJob,
	listMentors,
	reassignMatch,
	renderBlock,
	request,
	RestError,
	toRestError,
	updateSiteSettings,
	urlOf,
} from '../../src/api/client';

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

describe( 'the one REST client (fetch, the nonce passed in)', () => {
	const realFetch = global.fetch;
	let fetchMock: jest.Mock;

	/**
	 * Replaces fetch with one answer.
	 * @param status  The HTTP status.
	 * @param body    The JSON body.
	 * @param headers Response headers.
	 */
	function answer(
		status: number,
		body: unknown,
		headers: Record< string, string > = {}
	) {
		fetchMock = jest.fn().mockResolvedValue( {
			ok: status < 400,
			status,
			json: () => Promise.resolve( body ),
			headers: { get: ( name: string ) => headers[ name ] ?? null },
		} );
		global.fetch = fetchMock as unknown as typeof fetch;
	}

	/**
	 * The URL and options of the nth call.
	 * @param n Which call (0: the first).
	 */
	const sent = ( n = 0 ) =>
		fetchMock.mock.calls[ n ] as [ string, RequestInit ];

	beforeEach( () => {
		connect( {
			root: 'https://example.org/wp-json/',
			nonce: 'admin-nonce',
			unreachable: 'The server could not be reached.',
		} );
	} );

	afterEach( () => {
		global.fetch = realFetch;
	} );

	it( 'reads the status from the wayfinder/v1 namespace with the page’s nonce', async () => {
		answer( 200, { version: '0.1.0', people: [] } );
		await expect( getStatus() ).resolves.toEqual( {
			version: '0.1.0',
			people: [],
		} );
		const [ url, init ] = sent();
		expect( url ).toBe( 'https://example.org/wp-json/wayfinder/v1/status' );
		expect( init.method ).toBe( 'GET' );
		expect( init.credentials ).toBe( 'same-origin' );
		expect( init.headers ).toMatchObject( { 'X-WP-Nonce': 'admin-nonce' } );
		expect( init.body ).toBeUndefined();
	} );

	it( 'posts settings and rejects with the server’s own message', async () => {
		answer( 400, {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): wayfinder_delete_data_on_uninstall',
			data: {
				status: 400,
				params: {
					wayfinder_delete_data_on_uninstall: 'Not a boolean.',
				},
			},
		} );
		const result = updateSiteSettings( {
			wayfinder_delete_data_on_uninstall: true,
		} );
		await expect( result ).rejects.toBeInstanceOf( RestError );
		await expect( result ).rejects.toMatchObject( {
			status: 400,
			code: 'rest_invalid_param',
			params: { wayfinder_delete_data_on_uninstall: 'Not a boolean.' },
		} );
		const [ url, init ] = sent();
		expect( url ).toBe( 'https://example.org/wp-json/wp/v2/settings' );
		expect( init.method ).toBe( 'POST' );
		expect( JSON.parse( String( init.body ) ) ).toEqual( {
			wayfinder_delete_data_on_uninstall: true,
		} );
	} );

	it( 'reads a page with the totals from WordPress’s headers', async () => {
		answer( 200, [ { id: 7 } ], {
			'X-WP-Total': '41',
			'X-WP-TotalPages': '3',
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
		expect( sent()[ 0 ] ).toBe(
			'https://example.org/wp-json/wayfinder/v1/requests?status=open&page=2'
		);
	} );

	it( 'moves a mentee with the new mentor and the reason', async () => {
		answer( 200, { ended: { id: 4 }, match: 9, request: null } );
		await reassignMatch( 4, 12, 'mentee_wants_other' );
		const [ url, init ] = sent();
		expect( url ).toBe(
			'https://example.org/wp-json/wayfinder/v1/matches/4/reassign'
		);
		expect( init.method ).toBe( 'POST' );
		expect( JSON.parse( String( init.body ) ) ).toEqual( {
			mentor: 12,
			reason: 'mentee_wants_other',
		} );
	} );

	it( 'lists the directory’s mentors with the filters as query arguments', async () => {
		answer( 200, [ { id: 3, name: 'Anna' } ], { 'X-WP-Total': '1' } );
		const page = await listMentors( {
			team: 'core',
			room: true,
			per_page: 20,
		} );
		expect( page.items ).toEqual( [ { id: 3, name: 'Anna' } ] );
		expect( sent()[ 0 ] ).toBe(
			'https://example.org/wp-json/wayfinder/v1/mentors?team=core&room=1&per_page=20'
		);
	} );

	it( 'works with plain permalinks, where the root already has a query', () => {
		expect(
			urlOf(
				{
					path: '/wayfinder/v1/mentors',
					query: { team: 'core & more' },
				},
				'https://example.org/?rest_route=/'
			)
		).toBe(
			'https://example.org/?rest_route=/wayfinder/v1/mentors&team=core%20%26%20more'
		);
		expect(
			urlOf(
				{
					path: '/wp/v2/block-renderer/x',
					query: { post_id: undefined },
				},
				'/wp-json/'
			)
		).toBe( '/wp-json/wp/v2/block-renderer/x' );
	} );

	it( 'lets a view module send a call with its own nonce and URL from the server', async () => {
		answer( 201, { id: 9, mentor: 3 } );
		await expect(
			askForMentor(
				{ type: 'mentee_request', mentor: 3 },
				{ root: 'https://example.org/site/wp-json/', nonce: 'abc123' }
			)
		).resolves.toEqual( { id: 9, mentor: 3 } );
		const [ url, init ] = sent();
		expect( url ).toBe(
			'https://example.org/site/wp-json/wayfinder/v1/requests'
		);
		expect( init.headers ).toMatchObject( {
			'X-WP-Nonce': 'abc123',
			'Content-Type': 'application/json',
		} );

		answer( 200, { status: 'matched' } );
		await request(
			{
				url: 'https://example.org/wp-json/wayfinder/v1/mentoring-state/me/find-mentor',
				method: 'POST',
				data: {},
			},
			{ nonce: 'n2' }
		);
		expect( sent()[ 0 ] ).toBe(
			'https://example.org/wp-json/wayfinder/v1/mentoring-state/me/find-mentor'
		);
		expect( sent()[ 1 ].headers ).toMatchObject( { 'X-WP-Nonce': 'n2' } );
	} );

	it( 'sends no nonce header where there is none', async () => {
		answer( 200, { teams: [] } );
		await request(
			{ path: '/wayfinder/v1/quizzes/5/result' },
			{ nonce: '' }
		);
		expect( sent()[ 1 ].headers ).not.toHaveProperty( 'X-WP-Nonce' );
	} );

	it( 'rejects with the server’s message and code', async () => {
		answer( 409, {
			code: 'wayfinder_duplicate_request',
			message:
				'There is already an open request for this mentee and mentor.',
			data: { status: 409 },
		} );
		const result = askForMentor( { type: 'mentee_request' } );
		await expect( result ).rejects.toBeInstanceOf( RestError );
		await expect( result ).rejects.toMatchObject( {
			code: 'wayfinder_duplicate_request',
			status: 409,
			message:
				'There is already an open request for this mentee and mentor.',
		} );
	} );

	it( 'says the server could not be reached in the sentence it was given', async () => {
		global.fetch = jest
			.fn()
			.mockRejectedValue(
				new TypeError( 'Failed to fetch' )
			) as unknown as typeof fetch;
		await expect(
			askForMentor(
				{ type: 'mentee_request' },
				{ unreachable: 'Le serveur est injoignable.' }
			)
		).rejects.toMatchObject( {
			code: 'fetch_error',
			message: 'Le serveur est injoignable.',
		} );
	} );

	it( 'an answer that is no WP_Error still rejects with a sentence and its status', async () => {
		fetchMock = jest.fn().mockResolvedValue( {
			ok: false,
			status: 502,
			json: () => Promise.reject( new SyntaxError( 'Bad Gateway' ) ),
		} );
		global.fetch = fetchMock as unknown as typeof fetch;
		await expect( getStatus() ).rejects.toMatchObject( {
			code: 'fetch_error',
			status: 502,
			message: 'The server could not be reached.',
		} );
	} );

	it( 'renders a block for the editor’s preview with the post being edited', async () => {
		answer( 200, { rendered: '<p>Hi</p>' } );
		await expect(
			renderBlock( 'wayfinder/mentor-card', { mentorId: 3 }, 12 )
		).resolves.toBe( '<p>Hi</p>' );
		const [ url, init ] = sent();
		expect( url ).toBe(
			'https://example.org/wp-json/wp/v2/block-renderer/wayfinder/mentor-card?context=edit&post_id=12'
		);
		expect( init.method ).toBe( 'POST' );
	} );
} );

describe( 'the page’s connection', () => {
	it( 'comes from window.wayfinderRest when nothing else is given', async () => {
		const fetchMock = jest.fn().mockResolvedValue( {
			ok: true,
			status: 200,
			json: () => Promise.resolve( {} ),
		} );
		const realFetch = global.fetch;
		global.fetch = fetchMock as unknown as typeof fetch;
		jest.isolateModules( () => {
			window.wayfinderRest = {
				root: 'https://site.example/wp-json/',
				nonce: 'from-page',
			};
			const fresh =
				require( '../../src/api/client' ) as typeof import( '../../src/api/client' );
			void fresh.getStatus();
		} );
		await Promise.resolve();
		const [ url, init ] = fetchMock.mock.calls[ 0 ] as [
			string,
			RequestInit,
		];
		expect( url ).toBe(
			'https://site.example/wp-json/wayfinder/v1/status'
		);
		expect( init.headers ).toMatchObject( { 'X-WP-Nonce': 'from-page' } );
		global.fetch = realFetch;
		delete window.wayfinderRest;
	} );
} );

describe( 'isBoardRunJob', () => {
	it( 'tells a background run (202) from a result given at once', () => {
		expect(
			isBoardRunJob( {
				id: 7,
				status: 'queued',
				progress: {
					done: 0,
					total: 600,
					message: 'Waiting to start: 600 waiting mentees to match.',
				},
				created_by: 1,
				created_at: '2026-01-05T10:00:00+00:00',
			} )
		).toBe( true );
		expect(
			isBoardRunJob( { pairs: [], unmatched: [], mentors: [] } )
		).toBe( false );
	} );
} );
