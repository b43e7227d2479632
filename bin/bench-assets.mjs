#!/usr/bin/env node
/**
 * `npm run bench:assets`: the raw and gzipped size of every built script and style under build/,
 * then the budgets: the admin app's own JavaScript (build/admin/index.js; WordPress's packages are
 * externals, served by WordPress) within 150 KB gzipped, each block's view script module within
 * 5 KB gzipped. Exits 1 when something is over budget. Builds first when build/ has no admin app.
 *
 * Sizes are gzip level 9, as budget tools measure them (a server compressing less sends a little
 * more); 1 KB = 1,024 bytes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const build = join( root, 'build' );
const adminApp = join( build, 'admin', 'index.js' );
const KB = 1024;
const ADMIN_BUDGET = 150 * KB;
const VIEW_BUDGET = 5 * KB;

if ( ! existsSync( adminApp ) ) {
	console.log( 'build/ has no admin app: running `npm run build` first.' );
	const built = spawnSync( 'npm', [ 'run', 'build' ], {
		cwd: root,
		stdio: 'inherit',
	} );
	if ( built.status !== 0 || ! existsSync( adminApp ) ) {
		console.error( 'The build failed; nothing to measure.' );
		process.exit( 1 );
	}
}

/**
 * Every file under a folder, depth first, in name order.
 * @param {string} folder The folder.
 * @return {string[]} Absolute paths.
 */
function filesUnder( folder ) {
	return readdirSync( folder, { withFileTypes: true } )
		.sort( ( a, b ) => a.name.localeCompare( b.name ) )
		.flatMap( ( entry ) => {
			const path = join( folder, entry.name );
			return entry.isDirectory() ? filesUnder( path ) : [ path ];
		} );
}

/**
 * @param {string} file Absolute path.
 * @return {{file: string, name: string, raw: number, gzip: number}} The file's sizes in bytes.
 */
function measure( file ) {
	const bytes = readFileSync( file );
	return {
		file,
		name: relative( build, file ).split( sep ).join( '/' ),
		raw: statSync( file ).size,
		gzip: gzipSync( bytes, { level: constants.Z_BEST_COMPRESSION } ).length,
	};
}

/**
 * The view script modules of the built blocks: what each build/<block>/block.json names as
 * viewScriptModule (or the older viewModule), plus any view.js or view-module*.js beside it.
 * @return {string[]} Absolute paths.
 */
function viewModules() {
	const found = new Set();
	for ( const entry of readdirSync( build, { withFileTypes: true } ) ) {
		if ( ! entry.isDirectory() ) {
			continue;
		}
		const folder = join( build, entry.name );
		const metadata = join( folder, 'block.json' );
		if ( existsSync( metadata ) ) {
			const block = JSON.parse( readFileSync( metadata, 'utf8' ) );
			for ( const field of [ 'viewScriptModule', 'viewModule' ] ) {
				for ( const asset of [ block[ field ] ?? [] ].flat() ) {
					if ( asset.startsWith( 'file:' ) ) {
						const path = resolve( folder, asset.slice( 5 ) );
						if ( existsSync( path ) ) {
							found.add( path );
						}
					}
				}
			}
		}
		for ( const name of readdirSync( folder ) ) {
			if ( /^view(-module.*)?\.m?js$/.test( name ) ) {
				found.add( join( folder, name ) );
			}
		}
	}
	return [ ...found ].sort();
}

const kb = ( bytes ) =>
	bytes < KB ? `${ bytes } B` : `${ ( bytes / KB ).toFixed( 1 ) } KB`;

const assets = filesUnder( build )
	.filter( ( file ) => /\.(m?js|css)$/.test( file ) )
	.map( measure );
const width = Math.max( 4, ...assets.map( ( { name } ) => name.length ) );

console.log( 'Built scripts and styles (build/), gzip level 9:' );
console.log(
	`  ${ 'file'.padEnd( width ) }  ${ 'raw'.padStart( 10 ) }  gzipped`
);
for ( const { name, raw, gzip } of assets ) {
	console.log(
		`  ${ name.padEnd( width ) }  ${ kb( raw ).padStart( 10 ) }  ${ kb(
			gzip
		).padStart( 8 ) }`
	);
}

const checks = [
	{ what: 'admin app JavaScript', asset: adminApp, budget: ADMIN_BUDGET },
	...viewModules().map( ( asset ) => ( {
		what: 'block view script module',
		asset,
		budget: VIEW_BUDGET,
	} ) ),
];

console.log( '\nBudgets (gzipped):' );
let over = 0;
for ( const { what, asset, budget } of checks ) {
	const { name, gzip } = measure( asset );
	const within = gzip <= budget;
	over += within ? 0 : 1;
	console.log(
		`  ${ within ? '✓' : '✗' } ${ what } ${ name }: ${ kb( gzip ) } of ${ kb(
			budget
		) } — ${ within ? 'within budget' : 'OVER BUDGET' }`
	);
}
if ( checks.length === 1 ) {
	console.log(
		`  · block view script modules: none built yet (budget ${ kb(
			VIEW_BUDGET
		) } each)`
	);
}
if ( over > 0 ) {
	console.error( `\n${ over } asset(s) over budget.` );
	process.exit( 1 );
}
console.log( '\nEvery asset is within its budget.' );
