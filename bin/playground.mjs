#!/usr/bin/env node
/**
 * `npm start`: a real WordPress in WordPress Playground (PHP WebAssembly + SQLite, no Docker) with
 * Wayfinder mounted from this checkout, active, and the demo program loaded.
 *
 * Offline it boots the WordPress core that bin/fetch-wordpress.sh provides (a throwaway copy, so
 * every start is a fresh site); where that cannot be had, Playground downloads WordPress itself.
 *
 * The site is made by the steps of the repository's blueprint.json (the one the browser Playground
 * opens), with the plugin mounted from this checkout instead of downloaded, so the two cannot drift.
 *
 * Environment: PORT (default 9400), WAYFINDER_WP=min|latest (default latest), WAYFINDER_LARGE=1 to
 * add the large program of the scale tests (2,000 mentors, 10,000 mentees; or e.g. 200x1000 for
 * 200 mentors and 1,000 mentees), WAYFINDER_LOCALE=pt_BR to run the site in a language the demo has a
 * translation for (languages/demo/: Wayfinder's first screens, and WordPress's month and day names,
 * number and date formats — core's own translations are not there offline), WAYFINDER_NETWORK=1 to run
 * it on a multisite network: the main site runs the program beside the Polyglots and Core team sites.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localBlueprint } from './lib/blueprint.mjs';

const root = join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const cache = process.env.WAYFINDER_CACHE || join( root, '.cache' );
const port = Number( process.env.PORT || 9400 );
const slot = process.env.WAYFINDER_WP === 'min' ? 'min' : 'latest';
const large = largeProgram( process.env.WAYFINDER_LARGE ?? '' );
const locale = process.env.WAYFINDER_LOCALE ?? '';
const network = process.env.WAYFINDER_NETWORK === '1';
const require = createRequire( import.meta.url );
const cli = join(
	dirname( require.resolve( '@wp-playground/cli/package.json' ) ),
	'wp-playground.js'
);

const demoLogins = [
	[ 'admin', 'site admin' ],
	[
		'coordinator',
		'mentoring coordinator (Overview: cohort warnings; Cohorts: progress, pairing)',
	],
	[
		'mentor-anna',
		'mentor (Berlin; core, test; paired with Kofi in the cohort)',
	],
	[
		'mentor-kenji',
		'mentor leading a project group in the running cohort (Tokyo): contributions to verify, Mei ready to graduate',
	],
	[ 'mentor-priya', 'mentor (Kolkata; polyglots, docs)' ],
	[ 'mentor-lucia', 'mentor who never had a mentee (São Paulo; design)' ],
	[ 'mentee-lucas', 'mentee waiting for a mentor (São Paulo; design)' ],
	[
		'mentee-aisha',
		'cohort mentee on track: 1:1s, training, plan, check-in (Lagos)',
	],
	[
		'mentee-kofi',
		'cohort mentee whose week-one fit check says no (Accra); heading to Polyglots',
	],
	[ 'mentee-mei', 'cohort mentee whose graduation checklist is complete' ],
	[ 'mentee-ines', 'graduate whose hand-off to Polyglots waits too long' ],
	[ 'mentee-jonas', 'graduate of last season, with a contact in Polyglots' ],
	[ 'mentee-yuki', 'quiet cohort mentee, nudged (Tokyo)' ],
	[
		'mentee-emily',
		'mentee (Sydney; docs, training) with the next cohort’s survey waiting',
	],
	[
		'mentee-tamil',
		'1:1 mentee with the start-of-mentorship survey waiting',
	],
	[ 'screener', 'application screener: applications to make PII-less' ],
	[ 'reviewer', 'application reviewer: blind reviews waiting' ],
	[
		'team-rep',
		'team representative (polyglots): newcomers and hand-offs to accept, the team’s impact',
	],
];

const networkLogins = [
	[
		'rosa-polyglots',
		'editor of the Polyglots team site, so its representative there (WAYFINDER_NETWORK=1)',
	],
];

function prepareCore() {
	const fetched = spawnSync(
		'bash',
		[ join( root, 'bin/fetch-wordpress.sh' ), slot ],
		{ stdio: [ 'ignore', 'inherit', 'inherit' ] }
	);
	const source = join( cache, 'wordpress', slot );
	if ( fetched.status !== 0 || ! existsSync( join( source, 'VERSION' ) ) ) {
		console.warn(
			'No local WordPress core; Playground will download WordPress instead.'
		);
		return null;
	}
	const copy = join( cache, 'playground', 'wordpress' );
	rmSync( copy, { recursive: true, force: true } );
	mkdirSync( dirname( copy ), { recursive: true } );
	cpSync( source, copy, { recursive: true } );
	mkdirSync( join( copy, 'wp-content', 'mu-plugins' ), { recursive: true } );
	cpSync(
		join( root, 'bin/lib/offline-mu-plugin.php' ),
		join( copy, 'wp-content', 'mu-plugins', 'offline.php' )
	);
	return copy;
}

/**
 * WAYFINDER_LARGE: "" or "0" for none, "1" for 2,000 mentors and 10,000 mentees, "<mentors>x<mentees>".
 * @param {string} value The variable’s value.
 */
function largeProgram( value ) {
	if ( value === '' || value === '0' ) {
		return null;
	}
	if ( value === '1' ) {
		return { mentors: 2000, mentees: 10000 };
	}
	const sizes = /^(\d+)x(\d+)$/.exec( value );
	if ( ! sizes ) {
		console.error(
			'WAYFINDER_LARGE is 1 or <mentors>x<mentees>, e.g. 200x1000.'
		);
		process.exit( 1 );
	}
	return { mentors: Number( sizes[ 1 ] ), mentees: Number( sizes[ 2 ] ) };
}

/**
 * The demo translations for WAYFINDER_LOCALE, compiled into a WordPress languages folder; null for English.
 * @return {string|null} The folder, mounted as wp-content/languages.
 */
function prepareLanguages() {
	if ( locale === '' || locale === 'en_US' ) {
		return null;
	}
	const folder = join( cache, 'playground', 'languages' );
	rmSync( folder, { recursive: true, force: true } );
	const compiled = spawnSync(
		process.execPath,
		[ join( root, 'bin/i18n.mjs' ), 'demo', locale, folder ],
		{ stdio: [ 'ignore', 'inherit', 'inherit' ] }
	);
	if ( compiled.status !== 0 ) {
		process.exit( 1 );
	}
	return folder;
}

/**
 * Writes the site's blueprint: blueprint.json's steps for this machine (see bin/lib/blueprint.mjs).
 * @param {boolean} translated Whether demo translations are mounted for `locale`.
 */
function writeBlueprint( translated ) {
	let blueprint;
	try {
		blueprint = localBlueprint(
			JSON.parse(
				readFileSync( join( root, 'blueprint.json' ), 'utf8' )
			),
			{
				locale: translated ? locale : '',
				large,
				network: network ? `127.0.0.1:${ port }` : '',
			}
		);
	} catch ( error ) {
		console.error( error.message );
		process.exit( 1 );
	}
	const file = join( cache, 'playground', 'blueprint.json' );
	mkdirSync( dirname( file ), { recursive: true } );
	writeFileSync( file, JSON.stringify( blueprint, null, '\t' ) );
	return file;
}

if ( ! existsSync( join( root, 'build/admin/index.asset.php' ) ) ) {
	console.error(
		'The plugin is not built: run `npm start` (it builds first) or `npm run build`.'
	);
	process.exit( 1 );
}

const core = prepareCore();
const languages = prepareLanguages();
const args = [
	cli,
	'server',
	`--port=${ port }`,
	'--php=8.3',
	`--blueprint=${ writeBlueprint( languages !== null ) }`,
	`--mount=${ root }:/wordpress/wp-content/plugins/wayfinder`,
	...( languages
		? [ `--mount=${ languages }:/wordpress/wp-content/languages` ]
		: [] ),
	'--login',
	// One worker (Playground's choice on two cores) stalls when a request waits on another, e.g. WP-Cron.
	'--workers=2',
];
if ( core ) {
	args.push(
		'--wordpress-install-mode=install-from-existing-files',
		`--mount-before-install=${ core }:/wordpress`
	);
}

const server = spawn( process.execPath, args, {
	stdio: [ 'inherit', 'pipe', 'inherit' ],
} );
server.stdout.on( 'data', ( chunk ) => {
	process.stdout.write( chunk );
	if ( /Ready!/.test( chunk.toString() ) ) {
		const url = `http://127.0.0.1:${ port }`;
		console.log(
			`\nWayfinder is running: ${ url }/wp-admin/admin.php?page=wayfinder`
		);
		console.log( `The Mentorship page: ${ url }/mentorship/` );
		console.log( `The mentor directory: ${ url }/mentors/` );
		console.log( `Verifying certificates: ${ url }/verify/` );
		if ( network ) {
			console.log(
				`The network's settings: ${ url }/wp-admin/network/settings.php?page=wayfinder-network`
			);
			console.log(
				`The Polyglots team site: ${ url }/polyglots/mentors/ and ${ url }/polyglots/welcome/ (also /core/)`
			);
		}
		console.log( 'Logins (password for all: password):' );
		for ( const [ login, who ] of network
			? [ ...demoLogins, ...networkLogins ]
			: demoLogins ) {
			console.log( `  ${ login.padEnd( 14 ) } ${ who }` );
		}
		console.log( 'Press Ctrl+C to stop.' );
	}
} );
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => server.kill( signal ) );
}
server.on( 'exit', ( code ) => process.exit( code ?? 0 ) );
