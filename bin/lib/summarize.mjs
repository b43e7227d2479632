#!/usr/bin/env node
/**
 * Sums every suite's report (JUnit XML from PHPUnit and Playwright, JSON from jest) into one line:
 * "N passed, N failed". A suite whose report is missing counts as one failure.
 *
 *   node bin/lib/summarize.mjs <report>…
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

function countsOf( file ) {
	const text = readFileSync( file, 'utf8' );
	if ( file.endsWith( '.json' ) ) {
		const jest = JSON.parse( text );
		return {
			total: jest.numTotalTests,
			failed: jest.numFailedTests,
			skipped: jest.numPendingTests + jest.numTodoTests,
		};
	}
	// The first <testsuites> or <testsuite> element carries the totals.
	const tag =
		text.match( /<testsuites?\b[^>]*\btests="\d+"[^>]*>/ )?.[ 0 ] ?? '';
	const attr = ( name ) =>
		Number(
			tag.match( new RegExp( `\\b${ name }="(\\d+)"` ) )?.[ 1 ] ?? 0
		);
	return {
		total: attr( 'tests' ),
		failed: attr( 'failures' ) + attr( 'errors' ),
		skipped: attr( 'skipped' ),
	};
}

let passed = 0;
let failed = 0;
let skipped = 0;
for ( const file of process.argv.slice( 2 ) ) {
	const name = basename( file ).replace( /\.(xml|json)$/, '' );
	if ( ! existsSync( file ) ) {
		console.log(
			`  ${ name.padEnd( 24 ) } no report (the suite did not run to the end)`
		);
		failed += 1;
		continue;
	}
	const counts = countsOf( file );
	const suitePassed = counts.total - counts.failed - counts.skipped;
	console.log(
		`  ${ name.padEnd( 24 ) } ${ suitePassed } passed, ${ counts.failed } failed${
			counts.skipped ? `, ${ counts.skipped } skipped` : ''
		}`
	);
	passed += suitePassed;
	failed += counts.failed;
	skipped += counts.skipped;
}
console.log(
	`${ passed } passed, ${ failed } failed${ skipped ? `, ${ skipped } skipped` : '' }`
);
process.exit( failed > 0 ? 1 : 0 );
