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
	caches: {
		mentor: Login;
		newcomer: Login;
		match: number;
		badge: { holder: Login; award: number };
	};
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
/** What came back, read before the request's context went. */
type Answer = {
	status: number;
	node: string;
	headers: Record< string, string >;
	body: unknown;
};
type Send = {
	as?: Login;
	node?: string;
	headers?: Record< string, string >;
	send: ( api: APIRequestContext ) => Promise< APIResponse >;
};

const root = join( __dirname, '..', '..', '..' );
const nodeA = process.env.WAYFINDER_CLUSTER_SITE_DIR ?? '';
const nodeB = process.env.WAYFINDER_CLUSTER_NODE_B_DIR ?? '';
const people = JSON.parse(
	readFileSync( process.env.WAYFINDER_CLUSTER_PEOPLE ?? '', 'utf8' )
) as People;
const [ chidi, camila ] = people.coordinators;
const api = '/wp-json/wayfinder/v1';

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

async function answer( response: APIResponse ): Promise< Answer > {
	const text = await response.text();
	let body: unknown = text;
	try {
		body = JSON.parse( text );
	} catch {
		// Not JSON: kept as the text.
	}
	return {
		status: response.status(),
		node: nodeOf( response ),
		headers: response.headers(),
		body,
	};
}

/**
 * Sends the requests at once, each from a fresh request context (its own connection), as someone
 * (an application password) and, for the cache tests, to one node (X-Wayfinder-To-Node).
 * @param playwright Playwright's worker fixture.
 * @param baseURL    The balancer.
 * @param sends      The requests.
 */
async function simultaneously(
	playwright: PlaywrightWorkerArgs[ 'playwright' ],
	baseURL: string,
	sends: Send[]
): Promise< Answer[] > {
	const contexts = await Promise.all(
		sends.map( ( { as, node, headers } ) =>
			playwright.request.newContext( {
				baseURL,
				extraHTTPHeaders: {
					...( headers ?? {} ),
					...( node ? { 'X-Wayfinder-To-Node': node } : {} ),
				},
				...( as
					? {
							httpCredentials: {
								username: as.login,
								password: as.password,
								send: 'always' as const,
							},
						}
					: {} ),
			} )
		)
	);
	const answers = await Promise.all(
		sends.map( async ( { send }, index ) =>
			answer( await send( contexts[ index ]! ) )
		)
	);
	await Promise.all( contexts.map( ( context ) => context.dispose() ) );
	return answers;
}

/**
 * Both web servers answered some of these.
 * @param answers
 */
function expectBothNodes( answers: Answer[] ): void {
	expect( new Set( answers.map( ( each ) => each.node ) ) ).toEqual(
		new Set( [ 'a', 'b' ] )
	);
}

function countStatuses( answers: Answer[] ): Record< number, number > {
	const counts: Record< number, number > = {};
	for ( const { status } of answers ) {
		counts[ status ] = ( counts[ status ] ?? 0 ) + 1;
	}
	return counts;
}

/**
 * The error codes of the refusals.
 * @param answers
 */
function codes( answers: Answer[] ): Set< string > {
	return new Set(
		answers
			.filter( ( each ) => each.status >= 400 )
			.map( ( each ) => ( each.body as { code: string } ).code )
	);
}

const everyOther = ( index: number ): Login => ( index % 2 ? camila : chidi );

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

	test( 'requests alternate between the two nodes, and each can be asked for by name', async ( {
		playwright,
		baseURL,
	} ) => {
		const served: string[] = [];
		for ( let i = 0; i < 6; i++ ) {
			const [ one ] = await simultaneously( playwright, baseURL ?? '', [
				{ send: ( context ) => context.get( `${ api }/` ) },
			] );
			served.push( one!.node );
		}
		expect( new Set( served ) ).toEqual( new Set( [ 'a', 'b' ] ) );
		const named = await simultaneously(
			playwright,
			baseURL ?? '',
			[ 'a', 'b', 'a', 'b' ].map( ( node ) => ( {
				node,
				send: ( context ) => context.get( `${ api }/` ),
			} ) )
		);
		expect( named.map( ( each ) => each.node ) ).toEqual( [
			'a',
			'b',
			'a',
			'b',
		] );
	} );

	test( 'fifty simultaneous assignments across both nodes to a mentor with room for three make exactly three matches', async ( {
		playwright,
		baseURL,
	} ) => {
		const assignments = await simultaneously(
			playwright,
			baseURL ?? '',
			people.capacity.mentees.map( ( mentee, index ) => ( {
				as: everyOther( index ),
				send: ( context ) =>
					context.post( `${ api }/matches`, {
						data: { mentee, mentor: people.capacity.mentor },
					} ),
			} ) )
		);
		expectBothNodes( assignments );
		expect( countStatuses( assignments ) ).toEqual( { 201: 3, 409: 47 } );
		expect( codes( assignments ) ).toEqual(
			new Set( [ 'wayfinder_at_capacity' ] )
		);
		expect( facts().mentors[ 'cluster-mentor' ] ).toEqual( {
			open: 3,
			stored: 3,
			capacity: 3,
		} );
		// Both nodes list the same three proposals.
		const listed = await simultaneously(
			playwright,
			baseURL ?? '',
			[ 'a', 'b' ].map( ( node ) => ( {
				as: chidi,
				node,
				send: ( context ) =>
					context.get(
						`${ api }/matches?mentor=${ people.capacity.mentor }&status=proposed`
					),
			} ) )
		);
		expect(
			listed.map( ( each ) => [
				each.node,
				each.headers[ 'x-wp-total' ],
			] )
		).toEqual( [
			[ 'a', '3' ],
			[ 'b', '3' ],
		] );
	} );

	test( 'the same mentee asking ten times at once has one open request; so has one two coordinators assign ten times', async ( {
		playwright,
		baseURL,
	} ) => {
		const asks = await simultaneously(
			playwright,
			baseURL ?? '',
			Array.from( { length: 10 }, () => ( {
				as: people.asks.asker,
				send: ( context: APIRequestContext ) =>
					context.post( `${ api }/requests`, {
						data: { type: 'mentee_request' },
					} ),
			} ) )
		);
		expectBothNodes( asks );
		expect( countStatuses( asks ) ).toEqual( { 201: 1, 409: 9 } );
		expect( codes( asks ) ).toEqual(
			new Set( [ 'wayfinder_duplicate_request' ] )
		);

		const assignments = await simultaneously(
			playwright,
			baseURL ?? '',
			Array.from( { length: 10 }, ( _, index ) => ( {
				as: everyOther( index ),
				send: ( context: APIRequestContext ) =>
					context.post( `${ api }/requests`, {
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
		expect( codes( assignments ) ).toEqual(
			new Set( [ 'wayfinder_duplicate_request' ] )
		);

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
		// An address of this run only (a documentation range), passed on by the balancer as a proxy does.
		const client = `198.51.100.${ 1 + Math.floor( Math.random() * 250 ) }`;
		const url = `${ api }/quizzes/${
			people.quiz.id
		}/result?answers=${ encodeURIComponent( people.quiz.answers ) }`;
		const results = await simultaneously(
			playwright,
			baseURL ?? '',
			Array.from( { length: 80 }, () => ( {
				headers: { 'X-Forwarded-For': client },
				send: ( context: APIRequestContext ) => context.get( url ),
			} ) )
		);
		expectBothNodes( results );
		expect( countStatuses( results ) ).toEqual( { 200: 30, 429: 50 } );
		const refused = results.find( ( each ) => each.status === 429 )!;
		expect( Number( refused.headers[ 'retry-after' ] ) ).toBeGreaterThan(
			0
		);
		expect( ( refused.body as { message: string } ).message ).toContain(
			'Too many quiz results asked for from your address'
		);

		// Another address has a count of its own, on either node.
		const others = await simultaneously(
			playwright,
			baseURL ?? '',
			[ 'a', 'b' ].map( ( node ) => ( {
				node,
				headers: {
					'X-Forwarded-For': `203.0.113.${
						1 + Math.floor( Math.random() * 250 )
					}`,
				},
				send: ( context: APIRequestContext ) => context.get( url ),
			} ) )
		);
		expect( others.map( ( each ) => each.status ) ).toEqual( [ 200, 200 ] );
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
			[ 0, 1, 2, 3 ].map( ( index ) => ( {
				as: everyOther( index ),
				send: ( context: APIRequestContext ) =>
					context.post( `${ api }/board/commit`, {
						data: { pairs },
					} ),
			} ) )
		);
		expectBothNodes( commits );
		expect( commits.map( ( each ) => each.status ) ).toEqual( [
			200, 200, 200, 200,
		] );
		const bodies = commits.map(
			( each ) =>
				each.body as {
					saved: Array< { mentee: number } >;
					failed: Array< { mentee: number; code: string } >;
				}
		);
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
				as: everyOther( index ),
				send: ( context: APIRequestContext ) =>
					context.post( `${ api }/board/commit`, {
						data: { cohort, pairs: [ { mentee, mentor } ] },
					} ),
			} ) )
		);
		expectBothNodes( pairings );
		expect( pairings.map( ( each ) => each.status ) ).toEqual(
			mentees.map( () => 200 )
		);
		const bodies = pairings.map(
			( each ) =>
				each.body as {
					saved: unknown[];
					failed: Array< { code: string } >;
				}
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
				as: everyOther( index ),
				send: ( context: APIRequestContext ) =>
					context.put(
						`${ api }/cohorts/${ cohort }/members/${ mentee }`,
						{
							data: { leader },
						}
					),
			} ) )
		);
		expectBothNodes( groups );
		expect( countStatuses( groups ) ).toEqual( { 200: 6, 409: 4 } );
		expect( codes( groups ) ).toEqual(
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
				as: everyOther( index ),
				send: ( context: APIRequestContext ) =>
					context.post(
						`${ api }/cohorts/${ people.seats.cohort }/members`,
						{
							data: { user, role: 'mentee', mode: 'one_to_one' },
						}
					),
			} ) )
		);
		expectBothNodes( enrolments );
		expect( countStatuses( enrolments ) ).toEqual( { 201: 5, 409: 7 } );
		expect( codes( enrolments ) ).toEqual(
			new Set( [ 'wayfinder_cohort_full' ] )
		);
		expect( facts().seats ).toEqual( { enrolled: 5, counted: 5 } );
	} );

	test( 'one person applying six times at once has one application', async ( {
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
				send: ( context: APIRequestContext ) =>
					context.post(
						`${ api }/cohorts/${ cohort }/application/submit`,
						{
							data: application,
						}
					),
			} ) )
		);
		expectBothNodes( submits );
		const statuses = countStatuses( submits );
		expect( statuses[ 200 ] ?? 0 ).toBeGreaterThanOrEqual( 1 );
		expect(
			submits.filter(
				( each ) => ! [ 200, 409 ].includes( each.status )
			),
			'every submission is taken or refused as changed at the same moment'
		).toEqual( [] );
		expect( facts().applications ).toBe( 1 );

		const mine = await simultaneously(
			playwright,
			baseURL ?? '',
			[ 'a', 'b' ].map( ( node ) => ( {
				as: applicant,
				node,
				send: ( context: APIRequestContext ) =>
					context.get( `${ api }/cohorts/${ cohort }/application` ),
			} ) )
		);
		expect(
			mine.map(
				( each ) =>
					( each.body as { application: { status: string } } )
						.application.status
			)
		).toEqual( [ 'submitted', 'submitted' ] );
	} );

	test( 'what one node writes, the other reads at once', async ( {
		playwright,
		baseURL,
	} ) => {
		// One request at a time, to the node named, as the person named; every answer must be a 2xx.
		const on = async (
			node: string,
			as: Login,
			send: Send[ 'send' ]
		): Promise< Answer > => {
			const [ one ] = await simultaneously( playwright, baseURL ?? '', [
				{ as, node, send },
			] );
			expect( one!.node ).toBe( node );
			expect( one!.status, JSON.stringify( one!.body ) ).toBeLessThan(
				300
			);
			return one!;
		};
		const { admin } = people;
		const { mentor, newcomer, match } = people.caches;

		// A setting saved through one node is what the other reads (options, in the shared cache).
		const settings = (
			await on( 'b', admin, ( c ) => c.get( `${ api }/settings` ) )
		).body as Record< string, unknown >;
		const expiry = Object.keys( settings ).find( ( key ) =>
			key.includes( 'request_expiry_days' )
		)!;
		expect( expiry ).toBeDefined();
		for ( const [ writer, reader, days ] of [
			[ 'a', 'b', 9 ],
			[ 'b', 'a', 14 ],
		] as const ) {
			await on( writer, admin, ( c ) =>
				c.post( `${ api }/settings`, { data: { [ expiry ]: days } } )
			);
			const read = await on( reader, admin, ( c ) =>
				c.get( `${ api }/settings` )
			);
			expect( ( read.body as Record< string, unknown > )[ expiry ] ).toBe(
				days
			);
		}

		// A profile read (and kept) on B, changed through A: B reads the new one.
		const profileOn = async ( node: string ) =>
			(
				await on( node, mentor, ( c ) =>
					c.get( `${ api }/profiles/me` )
				)
			).body as { intro: string; mentor: { capacity: number } };
		expect( ( await profileOn( 'b' ) ).intro ).toBe( '' );
		await on( 'a', mentor, ( c ) =>
			c.put( `${ api }/profiles/me`, {
				data: {
					intro: 'I review core patches on Tuesday evenings.',
					mentor: { capacity: 4 },
				},
			} )
		);
		const changed = await profileOn( 'b' );
		expect( changed.intro ).toBe(
			'I review core patches on Tuesday evenings.'
		);
		expect( changed.mentor.capacity ).toBe( 4 );

		// The mentor's count of waiting mentees, kept on B, counts a newcomer who asked through A.
		const waiting = async () =>
			Number(
				(
					await on( 'b', mentor, ( c ) =>
						c.get( `${ api }/mentees/waiting` )
					)
				).headers[ 'x-wp-total' ]
			);
		const waitingBefore = await waiting();
		await on( 'a', newcomer, ( c ) =>
			c.post( `${ api }/requests`, { data: { type: 'mentee_request' } } )
		);
		expect( await waiting() ).toBe( waitingBefore + 1 );

		// A badge hidden through one node is hidden on the other; shown again, shown.
		const { holder, award } = people.caches.badge;
		for ( const [ writer, reader, shown ] of [
			[ 'a', 'b', false ],
			[ 'b', 'a', true ],
		] as const ) {
			await on( writer, holder, ( c ) =>
				c.post( `${ api }/me/badges/${ award }`, { data: { shown } } )
			);
			const mine = (
				await on( reader, holder, ( c ) =>
					c.get( `${ api }/me/badges` )
				)
			).body as Array< { id: number; shown: boolean } >;
			expect( mine.find( ( each ) => each.id === award )?.shown ).toBe(
				shown
			);
		}

		// The Impact figures: worked out once for both nodes, dropped for both when a mentorship ends on A.
		const impact = async ( node: string ) =>
			( await on( node, chidi, ( c ) => c.get( `${ api }/impact` ) ) )
				.body as { kept: boolean; totals: { people: number } };
		const first = await impact( 'b' );
		const again = await impact( 'a' );
		expect( again.kept ).toBe( true );
		expect( again.totals.people ).toBe( first.totals.people );
		await on( 'a', chidi, ( c ) =>
			c.post( `${ api }/matches/${ match }/end`, {
				data: { reason: 'completed' },
			} )
		);
		const after = await impact( 'b' );
		expect( after.kept ).toBe( false );
		expect( after.totals.people ).toBe( first.totals.people + 1 );
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
