import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
	expect,
	test,
	type APIRequestContext,
	type APIResponse,
	type PlaywrightWorkerArgs,
} from '@playwright/test';

import { readDebugLog, resetDebugLog } from '../helpers';
import { nodeOf, wpContentTree } from './nodes';

/**
 * The scaled-out topology of bin/serve-cluster.sh: two web servers (node A and node B: their own code,
 * uploads and PHP-FPM) on one MariaDB and one shared object cache, behind nginx round robin. Requests
 * alternate between the nodes; every invariant holds however they interleave, and what one node
 * writes the other reads at once. bin/test-cluster.sh makes the site (tests/e2e/fixtures/cluster.php)
 * and sets WAYFINDER_CLUSTER_*.
 */

type Login = { id: number; login: string; password: string };
type People = {
	admin: Login;
	coordinators: [ Login, Login ];
	capacity: { mentor: number; mentees: number[] };
	asks: { asker: Login; assignee: number; mentor: number };
	board: { mentor: number; mentees: number[] };
	pairing: {
		cohort: number;
		mentor: number;
		mentees: number[];
		leader: number;
		group_mentees: number[];
	};
	seats: { cohort: number; people: number[] };
	applying: { cohort: number; applicant: Login };
	caches: { mentor: Login; newcomer: Login; match: number };
	quiz: { id: number; answers: string };
};
type MentorFacts = { open: number; stored: number; capacity: number };
type Facts = {
	mentors: Record< string, MentorFacts >;
	doubled_mentees: number;
	open_requests: Record< string, Record< string, number > >;
	seats: { enrolled: number; counted: number };
	group: { members: number; counted: number };
	cohort_pairs: number;
	applications: number;
};

const root = join( __dirname, '..', '..', '..' );
const nodeA = process.env.WAYFINDER_CLUSTER_SITE_DIR ?? '';
const nodeB = process.env.WAYFINDER_CLUSTER_NODE_B_DIR ?? '';
const people = JSON.parse(
	readFileSync( process.env.WAYFINDER_CLUSTER_PEOPLE ?? '', 'utf8' )
) as People;
const [ chidi, camila ] = people.coordinators;

/** What the database holds now, read by PHP on the command line (no web server, no cache). */
function facts(): Facts {
	return JSON.parse(
		execFileSync( 'php', [
			join( root, 'bin', 'lib', 'wp.php' ),
			nodeA,
			'eval',
			join( root, 'tests', 'e2e', 'fixtures', 'cluster-facts.php' ),
		] ).toString()
	) as Facts;
}

/**
 * Fresh request contexts, one per request, so they really run at once (own connections).
 * @param playwright
 * @param playwright.request
 * @param playwright.request.newContext
 * @param baseURL
 * @param sends
 */
async function simultaneously(
	playwright: PlaywrightWorkerArgs[ 'playwright' ],
	baseURL: string,
	sends: Array< {
		as?: Login;
		headers?: Record< string, string >;
		send: ( api: APIRequestContext ) => Promise< APIResponse >;
	} >
): Promise< APIResponse[] > {
	const contexts: APIRequestContext[] = await Promise.all(
		sends.map( ( { as, headers } ) =>
			playwright.request.newContext( {
				baseURL,
				extraHTTPHeaders: headers ?? {},
				...( as
					? {
							httpCredentials: {
								username: as.login,
								password: as.password,
								send: 'always',
							},
						}
					: {} ),
			} )
		)
	);
	const responses = await Promise.all(
		sends.map( ( { send }, index ) => send( contexts[ index ]! ) )
	);
	// Read every body before the contexts go.
	await Promise.all( responses.map( ( response ) => response.body() ) );
	await Promise.all( contexts.map( ( context ) => context.dispose() ) );
	return responses;
}

/**
 * Both web servers answered some of these.
 * @param responses
 */
function expectBothNodes( responses: APIResponse[] ): void {
	expect( new Set( responses.map( nodeOf ) ) ).toEqual(
		new Set( [ 'a', 'b' ] )
	);
}

function countStatuses( responses: APIResponse[] ): Record< number, number > {
	const counts: Record< number, number > = {};
	for ( const response of responses ) {
		counts[ response.status() ] = ( counts[ response.status() ] ?? 0 ) + 1;
	}
	return counts;
}

async function codes( responses: APIResponse[] ): Promise< string[] > {
	return Promise.all(
		responses
			.filter( ( response ) => response.status() >= 400 )
			.map(
				async ( response ) =>
					( ( await response.json() ) as { code: string } ).code
			)
	);
}

test.describe.serial( 'two web servers, one database', () => {
	let before: Map< string, string >;

	test.beforeAll( () => {
		expect( nodeA ).not.toBe( '' );
		expect( nodeB ).not.toBe( '' );
		resetDebugLog( nodeA );
		resetDebugLog( nodeB );
		before = new Map( [
			...wpContentTree( nodeA, 'a' ),
			...wpContentTree( nodeB, 'b' ),
		] );
	} );

	test( 'requests alternate between the two nodes, each with its own copy of the code', async ( {
		request,
	} ) => {
		const served: string[] = [];
		for ( let i = 0; i < 6; i++ ) {
			served.push(
				nodeOf( await request.get( '/wp-json/wayfinder/v1/' ) )
			);
		}
		expect( new Set( served ) ).toEqual( new Set( [ 'a', 'b' ] ) );
		for ( const node of [ 'a', 'b' ] ) {
			const response = await request.get( '/wp-json/', {
				headers: { 'X-Wayfinder-To-Node': node },
			} );
			expect( nodeOf( response ) ).toBe( node );
		}
	} );

	test( 'fifty simultaneous assignments across both nodes to a mentor with room for three make exactly three matches', async ( {
		playwright,
		baseURL,
	} ) => {
		const responses = await simultaneously(
			playwright,
			baseURL ?? '',
			people.capacity.mentees.map( ( mentee, index ) => ( {
				as: index % 2 ? camila : chidi,
				send: ( api ) =>
					api.post( '/wp-json/wayfinder/v1/matches', {
						data: { mentee, mentor: people.capacity.mentor },
					} ),
			} ) )
		);
		expectBothNodes( responses );
		expect( countStatuses( responses ) ).toEqual( { 201: 3, 409: 47 } );
		expect( new Set( await codes( responses ) ) ).toEqual(
			new Set( [ 'wayfinder_at_capacity' ] )
		);
		expect( facts().mentors[ 'cluster-mentor' ] ).toEqual( {
			open: 3,
			stored: 3,
			capacity: 3,
		} );
		// Both nodes list the same three proposals.
		for ( const node of [ 'a', 'b' ] ) {
			const [ listed ] = await simultaneously(
				playwright,
				baseURL ?? '',
				[
					{
						as: chidi,
						headers: { 'X-Wayfinder-To-Node': node },
						send: ( api ) =>
							api.get(
								`/wp-json/wayfinder/v1/matches?mentor=${ people.capacity.mentor }&status=proposed`
							),
					},
				]
			);
			expect( nodeOf( listed! ) ).toBe( node );
			expect( listed!.headers()[ 'x-wp-total' ] ).toBe( '3' );
		}
	} );

	test( 'the same mentee asking twice at once, on both nodes, has one open request; so has one coordinators assign twice', async ( {
		playwright,
		baseURL,
	} ) => {
		const asks = await simultaneously(
			playwright,
			baseURL ?? '',
			Array.from( { length: 10 }, () => ( {
				as: people.asks.asker,
				send: ( api: APIRequestContext ) =>
					api.post( '/wp-json/wayfinder/v1/requests', {
						data: { type: 'mentee_request' },
					} ),
			} ) )
		);
		expectBothNodes( asks );
		expect( countStatuses( asks ) ).toEqual( { 201: 1, 409: 9 } );
		expect( new Set( await codes( asks ) ) ).toEqual(
			new Set( [ 'wayfinder_duplicate_request' ] )
		);

		const assignments = await simultaneously(
			playwright,
			baseURL ?? '',
			Array.from( { length: 10 }, ( _, index ) => ( {
				as: index % 2 ? camila : chidi,
				send: ( api: APIRequestContext ) =>
					api.post( '/wp-json/wayfinder/v1/requests', {
						data: {
							type: 'coordinator_request',
							mentee: people.asks.assignee,
							mentor: people.asks.mentor,
						},
					} ),
			} ) )
		);
		expectBothNodes( assignments );
		expect( countStatuses( assignments ) ).toEqual( { 201: 1, 409: 9 } );

		const open = facts().open_requests;
		expect( open[ 'cluster-asker' ] ).toEqual( { 0: 1 } );
		expect( open[ 'cluster-assignee' ] ).toEqual( {
			[ people.asks.mentor ]: 1,
		} );
	} );

	test( 'the quiz lets exactly its limit of results through from one address, whichever node counts', async ( {
		playwright,
		baseURL,
	} ) => {
		// An address of this run only (documentation range), passed on by the balancer as a proxy would.
		const client = `198.51.100.${ 1 + Math.floor( Math.random() * 250 ) }`;
		const url = `/wp-json/wayfinder/v1/quizzes/${
			people.quiz.id
		}/result?answers=${ encodeURIComponent( people.quiz.answers ) }`;
		const results = await simultaneously(
			playwright,
			baseURL ?? '',
			Array.from( { length: 80 }, () => ( {
				headers: { 'X-Forwarded-For': client },
				send: ( api: APIRequestContext ) => api.get( url ),
			} ) )
		);
		expectBothNodes( results );
		expect( countStatuses( results ) ).toEqual( { 200: 30, 429: 50 } );
		expectBothNodes(
			results.filter( ( response ) => response.status() === 200 )
		);
		const refused = results.find(
			( response ) => response.status() === 429
		);
		expect( Number( refused?.headers()[ 'retry-after' ] ) ).toBeGreaterThan(
			0
		);
		expect(
			( ( await refused?.json() ) as { message: string } ).message
		).toContain( 'Too many quiz results asked for from your address' );

		// Another address has its own count, on either node.
		const other = await simultaneously(
			playwright,
			baseURL ?? '',
			[ 'a', 'b' ].map( ( node ) => ( {
				headers: {
					'X-Forwarded-For': `203.0.113.${
						1 + Math.floor( Math.random() * 250 )
					}`,
					'X-Wayfinder-To-Node': node,
				},
				send: ( api: APIRequestContext ) => api.get( url ),
			} ) )
		);
		expect( other.map( ( response ) => response.status() ) ).toEqual( [
			200, 200,
		] );
	} );

	test( 'two coordinators committing the same board at once save each pair once', async ( {
		playwright,
		baseURL,
	} ) => {
		const pairs = people.board.mentees.map( ( mentee ) => ( {
			mentee,
			mentor: people.board.mentor,
		} ) );
		const commits = await simultaneously(
			playwright,
			baseURL ?? '',
			[ chidi, camila, chidi, camila ].map( ( as ) => ( {
				as,
				send: ( api: APIRequestContext ) =>
					api.post( '/wp-json/wayfinder/v1/board/commit', {
						data: { pairs },
					} ),
			} ) )
		);
		expectBothNodes( commits );
		expect( commits.map( ( response ) => response.status() ) ).toEqual( [
			200, 200, 200, 200,
		] );
		const bodies = ( await Promise.all(
			commits.map( ( response ) => response.json() )
		) ) as Array< {
			saved: Array< { mentee: number } >;
			failed: Array< { mentee: number; code: string } >;
		} >;
		const saved = bodies.flatMap( ( body ) =>
			body.saved.map( ( pair ) => pair.mentee )
		);
		expect( saved.sort() ).toEqual( [ ...people.board.mentees ].sort() );
		expect(
			new Set(
				bodies.flatMap( ( body ) =>
					body.failed.map( ( pair ) => pair.code )
				)
			)
		).toEqual( new Set( [ 'wayfinder_has_mentor' ] ) );
		const known = facts();
		expect( known.mentors[ 'cluster-board-mentor' ] ).toEqual( {
			open: 4,
			stored: 4,
			capacity: 10,
		} );
		expect( known.doubled_mentees ).toBe( 0 );
	} );

	test( 'pairing in a cohort at once respects the mentor’s places and the project group’s size', async ( {
		playwright,
		baseURL,
	} ) => {
		const { cohort, mentor, mentees, leader } = people.pairing;
		const pairings = await simultaneously(
			playwright,
			baseURL ?? '',
			mentees.map( ( mentee, index ) => ( {
				as: index % 2 ? camila : chidi,
				send: ( api: APIRequestContext ) =>
					api.post( '/wp-json/wayfinder/v1/board/commit', {
						data: { cohort, pairs: [ { mentee, mentor } ] },
					} ),
			} ) )
		);
		expectBothNodes( pairings );
		const bodies = ( await Promise.all(
			pairings.map( ( response ) => response.json() )
		) ) as Array< {
			mode: string;
			saved: unknown[];
			failed: Array< { code: string } >;
		} >;
		expect( pairings.map( ( response ) => response.status() ) ).toEqual(
			mentees.map( () => 200 )
		);
		expect(
			bodies.reduce( ( sum, body ) => sum + body.saved.length, 0 )
		).toBe( 2 );
		expect(
			new Set(
				bodies.flatMap( ( body ) =>
					body.failed.map( ( pair ) => pair.code )
				)
			)
		).toEqual( new Set( [ 'wayfinder_at_capacity' ] ) );

		const groups = await simultaneously(
			playwright,
			baseURL ?? '',
			people.pairing.group_mentees.map( ( mentee, index ) => ( {
				as: index % 2 ? camila : chidi,
				send: ( api: APIRequestContext ) =>
					api.put(
						`/wp-json/wayfinder/v1/cohorts/${ cohort }/members/${ mentee }`,
						{ data: { leader } }
					),
			} ) )
		);
		expectBothNodes( groups );
		expect( countStatuses( groups ) ).toEqual( { 200: 6, 409: 4 } );
		expect( new Set( await codes( groups ) ) ).toEqual(
			new Set( [ 'wayfinder_group_full' ] )
		);

		const known = facts();
		expect( known.mentors[ 'cluster-pair-mentor' ] ).toEqual( {
			open: 2,
			stored: 2,
			capacity: 2,
		} );
		expect( known.cohort_pairs ).toBe( 2 );
		expect( known.group ).toEqual( { members: 6, counted: 6 } );
	} );

	test( 'enrolling twelve people at once in a cohort of five seats fills exactly five', async ( {
		playwright,
		baseURL,
	} ) => {
		const enrolments = await simultaneously(
			playwright,
			baseURL ?? '',
			people.seats.people.map( ( user, index ) => ( {
				as: index % 2 ? camila : chidi,
				send: ( api: APIRequestContext ) =>
					api.post(
						`/wp-json/wayfinder/v1/cohorts/${ people.seats.cohort }/members`,
						{
							data: { user, role: 'mentee', mode: 'one_to_one' },
						}
					),
			} ) )
		);
		expectBothNodes( enrolments );
		expect( countStatuses( enrolments ) ).toEqual( { 201: 5, 409: 7 } );
		expect( new Set( await codes( enrolments ) ) ).toEqual(
			new Set( [ 'wayfinder_cohort_full' ] )
		);
		expect( facts().seats ).toEqual( { enrolled: 5, counted: 5 } );
	} );

	test( 'one person applying several times at once has one application', async ( {
		playwright,
		baseURL,
	} ) => {
		const { cohort, applicant } = people.applying;
		const application = {
			answers: {
				motivation:
					'I translate WordPress into Portuguese and want to learn how the polyglots team reviews strings.',
			},
			mode: 'one_to_one',
			teams: [ 'polyglots' ],
			languages: [ 'pt', 'en' ],
			consent: true,
		};
		const submits = await simultaneously(
			playwright,
			baseURL ?? '',
			Array.from( { length: 6 }, () => ( {
				as: applicant,
				send: ( api: APIRequestContext ) =>
					api.post(
						`/wp-json/wayfinder/v1/cohorts/${ cohort }/application/submit`,
						{ data: application }
					),
			} ) )
		);
		expectBothNodes( submits );
		const statuses = countStatuses( submits );
		expect( statuses[ 200 ] ?? 0 ).toBeGreaterThanOrEqual( 1 );
		expect( ( statuses[ 200 ] ?? 0 ) + ( statuses[ 409 ] ?? 0 ) ).toBe( 6 );
		expect( facts().applications ).toBe( 1 );

		for ( const node of [ 'a', 'b' ] ) {
			const [ mine ] = await simultaneously( playwright, baseURL ?? '', [
				{
					as: applicant,
					headers: { 'X-Wayfinder-To-Node': node },
					send: ( api: APIRequestContext ) =>
						api.get(
							`/wp-json/wayfinder/v1/cohorts/${ cohort }/application`
						),
				},
			] );
			expect(
				( ( await mine!.json() ) as { status: string } ).status
			).toBe( 'submitted' );
		}
	} );

	test( 'what one node writes, the other reads at once', async ( {
		playwright,
		baseURL,
	} ) => {
		const on = ( node: string, as: Login ) =>
			playwright.request.newContext( {
				baseURL: baseURL ?? '',
				extraHTTPHeaders: { 'X-Wayfinder-To-Node': node },
				httpCredentials: {
					username: as.login,
					password: as.password,
					send: 'always',
				},
			} );
		const [ adminA, adminB, mentorA, mentorB, newcomerA, chidiA, chidiB ] =
			await Promise.all( [
				on( 'a', people.admin ),
				on( 'b', people.admin ),
				on( 'a', people.caches.mentor ),
				on( 'b', people.caches.mentor ),
				on( 'a', people.caches.newcomer ),
				on( 'a', chidi ),
				on( 'b', chidi ),
			] );
		const json = async ( response: Promise< APIResponse > ) => {
			const answered = await response;
			expect( answered.ok() ).toBe( true );
			return ( await answered.json() ) as Record< string, unknown >;
		};

		// A setting saved through A is what B reads (core's options, kept in the shared cache).
		const settings = await json(
			adminB.get( '/wp-json/wayfinder/v1/settings' )
		);
		const expiry = Object.keys( settings ).find( ( key ) =>
			key.includes( 'request_expiry_days' )
		);
		expect( expiry ).toBeDefined();
		await json(
			adminA.post( '/wp-json/wayfinder/v1/settings', {
				data: { [ expiry! ]: 9 },
			} )
		);
		expect(
			( await json( adminB.get( '/wp-json/wayfinder/v1/settings' ) ) )[
				expiry!
			]
		).toBe( 9 );
		await json(
			adminB.post( '/wp-json/wayfinder/v1/settings', {
				data: { [ expiry! ]: 14 },
			} )
		);
		expect(
			( await json( adminA.get( '/wp-json/wayfinder/v1/settings' ) ) )[
				expiry!
			]
		).toBe( 14 );

		// A profile changed through A: B reads the new one (the profiles' cache entry was dropped).
		expect(
			( await json( mentorB.get( '/wp-json/wayfinder/v1/profiles/me' ) ) )
				.intro
		).toBe( '' );
		await json(
			mentorA.put( '/wp-json/wayfinder/v1/profiles/me', {
				data: {
					intro: 'I review core patches on Tuesday evenings.',
					mentor: { capacity: 4 },
				},
			} )
		);
		const profile = await json(
			mentorB.get( '/wp-json/wayfinder/v1/profiles/me' )
		);
		expect( profile.intro ).toBe(
			'I review core patches on Tuesday evenings.'
		);
		expect( ( profile.mentor as { capacity: number } ).capacity ).toBe( 4 );

		// The mentor's count of waiting mentees, kept on B, counts a newcomer who asked through A.
		const waiting = async () =>
			Number(
				(
					await mentorB.get( '/wp-json/wayfinder/v1/mentees/waiting' )
				).headers()[ 'x-wp-total' ]
			);
		const waitingBefore = await waiting();
		const asked = await newcomerA.post( '/wp-json/wayfinder/v1/requests', {
			data: { type: 'mentee_request' },
		} );
		expect( asked.status() ).toBe( 201 );
		expect( await waiting() ).toBe( waitingBefore + 1 );

		// The Impact figures: kept once for both nodes, dropped for both when a mentorship ends on A.
		const impact = async ( api: APIRequestContext ) =>
			( await json( api.get( '/wp-json/wayfinder/v1/impact' ) ) ) as {
				kept: boolean;
				totals: { people: number };
			};
		const first = await impact( chidiB );
		const again = await impact( chidiA );
		expect( again.kept ).toBe( true );
		expect( again.totals.people ).toBe( first.totals.people );
		await json(
			chidiA.post(
				`/wp-json/wayfinder/v1/matches/${ people.caches.match }/end`,
				{ data: { reason: 'completed' } }
			)
		);
		const after = await impact( chidiB );
		expect( after.kept ).toBe( false );
		expect( after.totals.people ).toBe( first.totals.people + 1 );

		await Promise.all(
			[ adminA, adminB, mentorA, mentorB, newcomerA, chidiA, chidiB ].map(
				( context ) => context.dispose()
			)
		);
	} );

	test( 'no node wrote a file of its own, and neither logged an error', () => {
		const after = new Map( [
			...wpContentTree( nodeA, 'a' ),
			...wpContentTree( nodeB, 'b' ),
		] );
		const changed = [ ...new Set( [ ...before.keys(), ...after.keys() ] ) ]
			.filter( ( path ) => before.get( path ) !== after.get( path ) )
			.sort();
		expect( changed ).toEqual( [] );
		expect( readDebugLog( nodeA ) ).toBe( '' );
		expect( readDebugLog( nodeB ) ).toBe( '' );
	} );
} );
