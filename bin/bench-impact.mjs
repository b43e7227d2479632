#!/usr/bin/env node
/**
 * `npm run bench:impact`: the Impact screen's route against WordPress core in the same run. Builds
 * (or, with WAYFINDER_BENCH_REUSE=1, reuses) the site bench-impact on the tests' MariaDB, seeds it
 * with bin/lib/bench-impact-site.php (10,000 mentees who ended a program over five years, a waitlisted
 * applicant for every eight, five years of their contributions, the months measured), serves it with
 * nginx + PHP-FPM (bin/serve.sh), logs the coordinator in (cookies and a REST nonce, as the browser
 * does), then times, round by round in alternating order:
 *
 * - GET /wayfinder/v1/impact cold: the kept figures dropped before each request (untimed), so the
 *   route works them out;
 * - GET /wayfinder/v1/impact kept: the figures the previous request kept;
 * - GET /wp/v2/posts?per_page=<the rows the Impact route answers with, at most 100>.
 *
 * Prints each median and the ratios to core's. Environment: WAYFINDER_IMPACT_MENTEES (default 10000),
 * WAYFINDER_IMPACT_PORT (default 8897), WAYFINDER_BENCH_RUNS (rounds, default 15),
 * WAYFINDER_BENCH_REUSE=1, WAYFINDER_DB_PORT.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './lib/median.mjs';
import { benchSite, root, run } from './lib/bench-site.mjs';

const port = Number( process.env.WAYFINDER_IMPACT_PORT || 8897 );
const runs = Math.max( 5, Number( process.env.WAYFINDER_BENCH_RUNS || 15 ) );
const reuse = process.env.WAYFINDER_BENCH_REUSE === '1';
const base = `http://127.0.0.1:${ port }`;

const site = benchSite( 'bench-impact', base, reuse );
mkdirSync( join( site, 'wp-content', 'mu-plugins' ), { recursive: true } );
copyFileSync(
	join( root, 'bin', 'lib', 'bench-no-cron-mu-plugin.php' ),
	join( site, 'wp-content', 'mu-plugins', 'bench-no-cron.php' )
);
const seededAt = performance.now();
const seeded = JSON.parse(
	run( 'php', [
		'bin/lib/wp.php',
		site,
		'eval',
		'bin/lib/bench-impact-site.php',
	] )
		.split( '\n' )
		.pop()
);
console.log(
	`Site ready: ${ seeded.outcomes } outcomes, ${ seeded.contributions } contributions (${
		seeded.seeded
			? `seeded in ${ ( ( performance.now() - seededAt ) / 1000 ).toFixed(
					1
				) } s`
			: 'kept from an earlier run'
	}).`
);

run( 'bash', [ 'bin/serve.sh', 'start', site, String( port ) ] );
process.on( 'exit', () =>
	spawnSync( 'bash', [ 'bin/serve.sh', 'stop', site ], {
		cwd: root,
		stdio: 'ignore',
	} )
);

/**
 * Logs the coordinator in: the login form's cookies, then a REST nonce.
 * @return {Promise<{cookie: string, nonce: string}>} What the requests carry.
 */
async function logIn() {
	const response = await fetch( `${ base }/wp-login.php`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			cookie: 'wordpress_test_cookie=WP%20Cookie%20check',
		},
		body: new URLSearchParams( {
			log: 'bench-coordinator',
			pwd: 'password',
			'wp-submit': 'Log In',
			testcookie: '1',
			redirect_to: `${ base }/wp-admin/`,
		} ),
	} );
	await response.text();
	const cookie = response.headers
		.getSetCookie()
		.map( ( line ) => line.split( ';' )[ 0 ] )
		.join( '; ' );
	if (
		response.status !== 302 ||
		! cookie.includes( 'wordpress_logged_in_' )
	) {
		throw new Error(
			`The coordinator could not log in (${ response.status }).`
		);
	}
	const nonce = await fetch(
		`${ base }/wp-admin/admin-ajax.php?action=rest-nonce`,
		{ headers: { cookie } }
	);
	return { cookie, nonce: ( await nonce.text() ).trim() };
}

/**
 * One timed GET (to the last byte); stops the bench on anything but 200.
 * @param {Object} who  Cookie and nonce.
 * @param {string} path The path.
 * @return {Promise<{ms: number, body: string}>} Its time and body.
 */
async function get( who, path ) {
	const started = performance.now();
	const response = await fetch( base + path, {
		headers: { cookie: who.cookie, 'x-wp-nonce': who.nonce },
	} );
	const body = await response.text();
	const ms = performance.now() - started;
	if ( response.status !== 200 ) {
		throw new Error(
			`GET ${ path } answered ${ response.status }: ${ body.slice(
				0,
				300
			) }`
		);
	}
	return { ms, body };
}

const forget = () =>
	run( 'php', [
		'bin/lib/wp.php',
		site,
		'eval',
		'bin/lib/bench-impact-forget.php',
	] );

const who = await logIn();
const IMPACT = '/wp-json/wayfinder/v1/impact';
// The page size: the rows the Impact route answers with (every table on the screen), at most 100.
forget();
const first = JSON.parse( ( await get( who, IMPACT ) ).body );
const rows =
	first.by_cohort.length +
	first.by_team.length +
	first.by_origin.length +
	first.contributions.by_month.length +
	first.contributions.by_kind.length +
	first.contributions.by_team.length;
const perPage = Math.min( 100, rows );
const CORE = `/wp-json/wp/v2/posts?per_page=${ perPage }`;
console.log(
	`The Impact route answers with ${ rows } table rows; core's page: per_page=${ perPage }.`
);
for ( let warm = 0; warm < 3; warm++ ) {
	await get( who, IMPACT );
	await get( who, CORE );
}

const times = { cold: [], kept: [], core: [] };
for ( let round = 0; round < runs; round++ ) {
	const order =
		round % 2 === 0
			? [ 'cold', 'kept', 'core' ]
			: [ 'core', 'cold', 'kept' ];
	for ( const what of order ) {
		if ( what === 'cold' ) {
			forget();
		}
		const answer = await get( who, what === 'core' ? CORE : IMPACT );
		if ( what !== 'core' ) {
			const kept = JSON.parse( answer.body ).kept;
			if ( kept !== ( what === 'kept' ) ) {
				throw new Error(
					`A ${ what } round was answered ${ kept ? 'from' : 'without' } the kept figures.`
				);
			}
		}
		times[ what ].push( answer.ms );
	}
}
const cold = median( times.cold );
const kept = median( times.kept );
const core = median( times.core );
const ms = ( value ) => `${ value.toFixed( 1 ) } ms`;
console.log( `\n${ runs } rounds, medians:` );
console.log( `  GET /wayfinder/v1/impact (worked out)  ${ ms( cold ) }` );
console.log( `  GET /wayfinder/v1/impact (kept)        ${ ms( kept ) }` );
console.log(
	`  GET /wp/v2/posts?per_page=${ perPage }            ${ ms( core ) }`
);
console.log(
	`Ratios to core: worked out ${ ( cold / core ).toFixed( 2 ) }×, kept ${ (
		kept / core
	).toFixed( 2 ) }×.`
);
