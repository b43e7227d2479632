#!/usr/bin/env node
/**
 * `npm run bench:pages`: what the mentor directory block costs a page on the server. Builds a site on
 * the tests' MariaDB (bin/make-site.sh bench-pages, Wayfinder active) with the large program
 * (2,000 mentors, 10,000 mentees: includes/Demo/LargeProgram.php), two pages with the same text —
 * one with the directory block, one without (bin/lib/bench-pages.php) — serves it with nginx +
 * PHP-FPM (bin/serve.sh), then times N sequential requests of each page (after a warm-up) and prints
 * the medians and their ratio, plus a few filtered directory pages for information. Exits 1 when the
 * ratio is at or above the target (1.2).
 *
 * Environment: WAYFINDER_BENCH_PORT (default 8897), WAYFINDER_BENCH_RUNS (default 40),
 * WAYFINDER_BENCH_REUSE=1 to keep the site of an earlier run (faster; on any port), WAYFINDER_LARGE_MENTORS and
 * WAYFINDER_LARGE_MENTEES (default 2000 and 10000), WAYFINDER_DB_PORT (the tests' MariaDB).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './lib/median.mjs';
import { benchSite, root, run } from './lib/bench-site.mjs';

const port = Number( process.env.WAYFINDER_BENCH_PORT || 8897 );
const runs = Math.max( 5, Number( process.env.WAYFINDER_BENCH_RUNS || 40 ) );
const reuse = process.env.WAYFINDER_BENCH_REUSE === '1';
const base = `http://127.0.0.1:${ port }`;
const TARGET = 1.2;

if ( ! existsSync( join( root, 'build', 'blocks-manifest.php' ) ) ) {
	console.log( 'build/ has no blocks: running `npm run build` first.' );
	run( 'npm', [ 'run', '--silent', 'build' ] );
}

const site = benchSite( 'bench-pages', base, reuse );
console.log(
	run( 'php', [
		'bin/lib/wp.php',
		site,
		'eval',
		'tests/e2e/fixtures/large-program.php',
	] )
);
const [ withBlock, without ] = run( 'php', [
	'bin/lib/wp.php',
	site,
	'eval',
	'bin/lib/bench-pages.php',
] ).split( '\n' );

// serve.sh start stops a server left from an earlier run and waits for it to let go.
run( 'bash', [ 'bin/serve.sh', 'start', site, String( port ) ] );
const stop = () =>
	spawnSync( 'bash', [ 'bin/serve.sh', 'stop', site ], {
		cwd: root,
		stdio: 'ignore',
	} );
process.on( 'exit', stop );

/**
 * One request's time to the last byte, in milliseconds.
 * @param {string} path The page.
 * @return {Promise<number>} Milliseconds.
 */
async function time( path ) {
	const started = performance.now();
	const response = await fetch( base + path, { redirect: 'manual' } );
	const body = await response.text();
	const elapsed = performance.now() - started;
	if ( response.status !== 200 ) {
		throw new Error( `${ path } answered ${ response.status }` );
	}
	if (
		path.startsWith( withBlock ) &&
		! body.includes( 'wayfinder-mentor-card' )
	) {
		throw new Error( `${ path } shows no mentor card` );
	}
	return elapsed;
}

/**
 * N sequential requests of each page, interleaved so all see the same machine: every page once per
 * round, in turn forwards and backwards (so none always follows another).
 * @param {string[]} paths Pages.
 * @return {Promise<number[][]>} The times of each page, round by round.
 */
async function rounds( paths ) {
	const times = paths.map( () => [] );
	for ( let warm = 0; warm < 5; warm++ ) {
		for ( const path of paths ) {
			await time( path );
		}
	}
	for ( let i = 0; i < runs; i++ ) {
		const order = [ ...paths.keys() ];
		for ( const index of i % 2 ? order.reverse() : order ) {
			times[ index ].push( await time( paths[ index ] ) );
		}
	}
	return times;
}

const ms = ( value ) => `${ value.toFixed( 1 ) } ms`;
const extras = [
	[ 'page 50 of the directory', `${ withBlock }?mentors_page=50` ],
	[
		'team core + language es',
		`${ withBlock }?mentors_team=core&mentors_language=es`,
	],
	[
		'weekday evenings, Berlin, has room',
		`${ withBlock }?mentors_meets=weekday-evenings&mentors_tz=Europe%2FBerlin&mentors_room=1`,
	],
];
// Every page in the same rounds, so each sees the same machine (a busy one shifts them all).
const times = await rounds( [
	without,
	withBlock,
	...extras.map( ( [ , path ] ) => path ),
] );
const [ plainMedian, blockMedian, ...extraMedians ] = times.map( median );
const ratio = blockMedian / plainMedian;
// The same comparison round by round: steadier when other work comes and goes on the machine.
const paired = median(
	times[ 1 ].map( ( value, round ) => value / times[ 0 ][ round ] )
);

console.log(
	`\nServer render time, median of ${ runs } sequential requests each (nginx + PHP-FPM + MariaDB, ${ base }):`
);
console.log(
	`  page without the block                  ${ ms( plainMedian ) }`
);
console.log(
	`  page with the directory (first page)    ${ ms( blockMedian ) }  × ${ ratio.toFixed( 3 ) }`
);
for ( const [ index, [ name ] ] of extras.entries() ) {
	console.log(
		`    … ${ name.padEnd( 35 ) } ${ ms( extraMedians[ index ] ) }  × ${ (
			extraMedians[ index ] / plainMedian
		).toFixed( 3 ) }`
	);
}
console.log(
	`\nRatio with / without: ${ ratio.toFixed( 3 ) } (median of each round's ratio: ${ paired.toFixed(
		3
	) }); target below ${ TARGET } — ${
		ratio < TARGET ? 'within target' : 'OVER TARGET'
	}`
);
process.exitCode = ratio < TARGET ? 0 : 1;
