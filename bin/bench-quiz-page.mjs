#!/usr/bin/env node
/**
 * `npm run bench:pages` (second part): what the "Get involved" quiz block costs a page on the server, and what it
 * sends to the browser. Builds a site on the tests' MariaDB (bin/make-site.sh bench-quiz, Wayfinder
 * active, the default quiz and the Make teams seeded), two pages with the same text — one with the
 * quiz block, one without (bin/lib/bench-quiz-pages.php) — serves it with nginx + PHP-FPM
 * (bin/serve.sh), then times N sequential requests of each page (after a warm-up) and prints the
 * medians and their ratio, plus the result pages and the REST result for information, and the quiz's
 * view script module gzipped (budget 5 KB). Exits 1 when the ratio is at or above the target (1.2)
 * or the module is over budget.
 *
 * The bench site switches the quiz's rate limit off (an mu-plugin), since it asks for more results
 * per minute than one visitor may.
 *
 * Environment: WAYFINDER_BENCH_QUIZ_PORT (default 8898), WAYFINDER_BENCH_RUNS (default 40),
 * WAYFINDER_BENCH_REUSE=1 to keep the site of an earlier run (faster; on any port), WAYFINDER_DB_PORT (the
 * tests' MariaDB).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { median } from './lib/median.mjs';
import { benchSite, root, run } from './lib/bench-site.mjs';

const port = Number( process.env.WAYFINDER_BENCH_QUIZ_PORT || 8898 );
const runs = Math.max( 5, Number( process.env.WAYFINDER_BENCH_RUNS || 40 ) );
const reuse = process.env.WAYFINDER_BENCH_REUSE === '1';
const base = `http://127.0.0.1:${ port }`;
const TARGET = 1.2;
const VIEW_BUDGET = 5 * 1024;
// A translator's answers to the default quiz, and a developer's.
const ANSWERS = [ '7.1.7.0', '1.i.01.2' ];

const viewModule = join( root, 'build', 'orientation-quiz', 'view.js' );
if ( ! existsSync( viewModule ) ) {
	console.log( 'build/ has no quiz block: running `npm run build` first.' );
	run( 'npm', [ 'run', '--silent', 'build' ] );
}

const site = benchSite( 'bench-quiz', base, reuse );
mkdirSync( join( site, 'wp-content', 'mu-plugins' ), { recursive: true } );
writeFileSync(
	join( site, 'wp-content', 'mu-plugins', 'wayfinder-bench-quiz.php' ),
	"<?php\n// The benchmark asks for more quiz results per minute than one visitor may.\nadd_filter( 'wayfinder_quiz_rate_limit', static fn () => array( 'limit' => 0, 'window' => 60 ) );\n"
);
const [ withBlock, without, quiz ] = run( 'php', [
	'bin/lib/wp.php',
	site,
	'eval',
	'bin/lib/bench-quiz-pages.php',
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
	if ( path === withBlock && ! body.includes( 'wayfinder-quiz__step' ) ) {
		throw new Error( `${ path } shows no quiz` );
	}
	if (
		path.startsWith( withBlock ) &&
		path.includes( 'answers=' ) &&
		! /wayfinder-quiz__team-name"[^>]*>[^<]+</.test( body )
	) {
		throw new Error( `${ path } shows no result` );
	}
	return elapsed;
}

/**
 * The median of N sequential requests of each page, interleaved so all see the same machine.
 * @param {string[]} paths Pages.
 * @return {Promise<number[]>} Medians, in the same order.
 */
async function medians( paths ) {
	const times = paths.map( () => [] );
	for ( let warm = 0; warm < 5; warm++ ) {
		for ( const path of paths ) {
			await time( path );
		}
	}
	for ( let i = 0; i < runs; i++ ) {
		for ( const [ index, path ] of paths.entries() ) {
			times[ index ].push( await time( path ) );
		}
	}
	return times.map( median );
}

const ms = ( value ) => `${ value.toFixed( 1 ) } ms`;
const kb = ( bytes ) => `${ ( bytes / 1024 ).toFixed( 2 ) } KB`;
const extras = [
	[
		'a result page (no JavaScript)',
		`${ withBlock }?wayfinder_quiz=${ quiz }&answers=${ ANSWERS[ 0 ] }`,
	],
	[
		'another result page',
		`${ withBlock }?wayfinder_quiz=${ quiz }&answers=${ ANSWERS[ 1 ] }`,
	],
	[
		'REST result (the enhanced page)',
		`/wp-json/wayfinder/v1/quizzes/${ quiz }/result?answers=${ ANSWERS[ 0 ] }`,
	],
];
const [ plainMedian, blockMedian, ...extraMedians ] = await medians( [
	without,
	withBlock,
	...extras.map( ( [ , path ] ) => path ),
] );
const ratio = blockMedian / plainMedian;
const gzipped = gzipSync( readFileSync( viewModule ), {
	level: constants.Z_BEST_COMPRESSION,
} ).length;

console.log(
	`\nServer render time, median of ${ runs } sequential requests each (nginx + PHP-FPM + MariaDB, ${ base }):`
);
console.log(
	`  page without the block                 ${ ms( plainMedian ) }`
);
console.log(
	`  page with the quiz (first step)        ${ ms( blockMedian ) }  × ${ ratio.toFixed( 3 ) }`
);
for ( const [ index, [ name ] ] of extras.entries() ) {
	console.log(
		`    … ${ name.padEnd( 35 ) }${ ms( extraMedians[ index ] ) }  × ${ (
			extraMedians[ index ] / plainMedian
		).toFixed( 3 ) }`
	);
}
console.log(
	`\nView script module build/orientation-quiz/view.js: ${ kb(
		gzipped
	) } gzipped (budget ${ kb( VIEW_BUDGET ) }) — ${
		gzipped <= VIEW_BUDGET ? 'within budget' : 'OVER BUDGET'
	}`
);
console.log(
	`Ratio with / without: ${ ratio.toFixed( 3 ) } (target below ${ TARGET }) — ${
		ratio < TARGET ? 'within target' : 'OVER TARGET'
	}`
);
process.exitCode = ratio < TARGET && gzipped <= VIEW_BUDGET ? 0 : 1;
