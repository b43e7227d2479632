#!/usr/bin/env node
/**
 * Translation tools (bin/lib/i18n.mjs does the work):
 *
 *   node bin/i18n.mjs pot      `npm run i18n:pot`: writes languages/wayfinder.pot from the code
 *   node bin/i18n.mjs check    `npm run i18n:check` (part of `npm run lint`): exits 1 when a string
 *                              of the code is missing from the committed .pot, the .pot has
 *                              strings the code no longer has, a plural or translator comment
 *                              changed, a call cannot be extracted, a demo translation translates
 *                              a string the code no longer has, or (when built) a view script
 *                              module calls a translation function
 *   node bin/i18n.mjs demo <locale> <folder>
 *                              compiles the demo translations (languages/demo/*<locale>.po) into a
 *                              WordPress languages folder: <folder>/<locale>.mo for core's words,
 *                              <folder>/plugins/wayfinder-<locale>.mo and one JSON file per built
 *                              script (needs `npm run build` first)
 *
 * Options: --root=<folder> (default: this checkout), --pot=<file> (default: languages/wayfinder.pot).
 */
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	DOMAIN,
	compare,
	compileJson,
	compileMo,
	extract,
	formatPot,
	jsonFileName,
	keyOf,
	parsePo,
	scriptCalls,
} from './lib/i18n.mjs';

const [ command, ...rest ] = process.argv.slice( 2 );
const options = Object.fromEntries(
	rest
		.filter( ( arg ) => arg.startsWith( '--' ) )
		.map( ( arg ) => arg.slice( 2 ).split( '=' ) )
);
const positional = rest.filter( ( arg ) => ! arg.startsWith( '--' ) );
const root =
	options.root ?? join( dirname( fileURLToPath( import.meta.url ) ), '..' );
const potFile = options.pot ?? join( root, 'languages', `${ DOMAIN }.pot` );
const demoFolder = join( root, 'languages', 'demo' );
const shown = ( file ) =>
	file.startsWith( process.cwd() + sep )
		? relative( process.cwd(), file )
		: file;

/** @param {{msgctxt?: string, msgid: string}} entry */
const describe = ( entry ) =>
	( entry.msgctxt === undefined ? '' : `[${ entry.msgctxt }] ` ) +
	JSON.stringify( entry.msgid );

function writePot() {
	const { entries, problems, header } = extract( root );
	const before = existsSync( potFile ) ? readFileSync( potFile, 'utf8' ) : '';
	const date = /"POT-Creation-Date: ([^\\]+)\\n"/.exec( before )?.[ 1 ];
	// The same strings, comments and references keep the file as it is, date included.
	if ( date && formatPot( entries, header, date ) === before ) {
		console.log( `${ shown( potFile ) } is up to date.` );
	} else {
		const now = new Date().toISOString().replace( /\.\d+Z$/, '+00:00' );
		mkdirSync( dirname( potFile ), { recursive: true } );
		writeFileSync( potFile, formatPot( entries, header, now ) );
		console.log(
			`${ shown( potFile ) }: ${ entries.length } strings written.`
		);
	}
	report( problems );
	return problems.length === 0;
}

/** @param {string[]} problems */
function report( problems ) {
	if ( problems.length > 0 ) {
		console.error(
			`These calls cannot be translated:\n${ problems
				.map( ( problem ) => `  ${ problem }` )
				.join( '\n' ) }`
		);
	}
}

function check() {
	const { entries, problems } = extract( root );
	report( problems );
	if ( ! existsSync( potFile ) ) {
		console.error(
			`${ shown( potFile ) } does not exist: run \`npm run i18n:pot\` and commit it.`
		);
		return false;
	}
	const pot = parsePo( readFileSync( potFile, 'utf8' ) ).entries;
	const { missing, gone, changed } = compare( entries, pot );
	const lines = [
		...missing.map(
			( entry ) =>
				`  missing: ${ describe( entry ) } (${ entry.references[ 0 ] })`
		),
		...gone.map(
			( entry ) => `  no longer in the code: ${ describe( entry ) }`
		),
		...changed.map(
			( entry ) =>
				`  plural or translator comment changed: ${ describe(
					entry
				) } (${ entry.references[ 0 ] })`
		),
	];
	if ( lines.length > 0 ) {
		console.error(
			`${ shown(
				potFile
			) } is out of date: run \`npm run i18n:pot\` and commit it.\n${ lines.join(
				'\n'
			) }`
		);
	}
	const known = new Set( entries.map( keyOf ) );
	let demoCurrent = true;
	for ( const file of demoTranslations( `${ DOMAIN }-` ) ) {
		const stale = parsePo( readFileSync( file, 'utf8' ) ).entries.filter(
			( entry ) => ! known.has( keyOf( entry ) )
		);
		if ( stale.length > 0 ) {
			demoCurrent = false;
			console.error(
				`${ shown(
					file
				) } translates strings the code no longer has; update or remove them:\n${ stale
					.map( ( entry ) => `  ${ describe( entry ) }` )
					.join( '\n' ) }`
			);
		}
	}
	const modules = untranslatableModules();
	return (
		problems.length === 0 &&
		lines.length === 0 &&
		demoCurrent &&
		modules.length === 0
	);
}

/**
 * Built view script modules (build/<block>/view.js) that call a translation function: WordPress 6.8
 * loads no translations for script modules (7.0 only for its own domain), so a view module's words come
 * from the server, in the block's Interactivity API state. Checked when the plugin is built.
 * @return {string[]} The modules that break that rule, each reported.
 */
function untranslatableModules() {
	const build = join( root, 'build' );
	const modules = existsSync( build )
		? readdirSync( build, { withFileTypes: true } )
				.filter( ( entry ) => entry.isDirectory() )
				.map( ( entry ) => `build/${ entry.name }/view.js` )
				.filter( ( file ) => existsSync( join( root, file ) ) )
		: [];
	const wrong = modules.filter(
		( file ) =>
			scriptCalls( readFileSync( join( root, file ), 'utf8' ), file )
				.length > 0
	);
	for ( const file of wrong ) {
		console.error(
			`${ file } calls a translation function, but WordPress 6.8 cannot translate script modules: give the view its words from render.php through the block's state (wp_interactivity_state).`
		);
	}
	return wrong;
}

/**
 * The demo's .po files whose name starts with prefix ('' for every one).
 * @param {string} prefix e.g. `wayfinder-`.
 */
function demoTranslations( prefix ) {
	return existsSync( demoFolder )
		? readdirSync( demoFolder )
				.filter(
					( name ) =>
						name.startsWith( prefix ) && name.endsWith( '.po' )
				)
				.sort()
				.map( ( name ) => join( demoFolder, name ) )
		: [];
}

/**
 * @param {string} locale e.g. pt_BR.
 * @param {string} folder A WordPress languages folder (WP_LANG_DIR).
 */
function compileDemo( locale, folder ) {
	if (
		! folder ||
		! /^[a-z]{2,3}(_[A-Z]{2})?(_[a-z]+)?$/.test( locale ?? '' )
	) {
		console.error(
			`usage: node bin/i18n.mjs demo <locale> <folder>, e.g. demo pt_BR .cache/languages (the locale as WordPress names it).`
		);
		return false;
	}
	const plugin = join( demoFolder, `${ DOMAIN }-${ locale }.po` );
	if ( ! existsSync( plugin ) ) {
		const have = demoTranslations( `${ DOMAIN }-` ).map( ( file ) =>
			file.slice( file.lastIndexOf( '-' ) + 1, -3 )
		);
		console.error(
			`The demo has no ${ locale } translation (${ shown(
				plugin
			) }). Demo locales: ${ have.join( ', ' ) || 'none' }.`
		);
		return false;
	}
	const build = join( root, 'build' );
	if ( ! existsSync( build ) ) {
		console.error(
			'The plugin is not built: run `npm run build` first (the JSON translations follow the built scripts).'
		);
		return false;
	}
	mkdirSync( join( folder, 'plugins' ), { recursive: true } );
	const core = join( demoFolder, `${ locale }.po` );
	if ( existsSync( core ) ) {
		const catalogue = parsePo( readFileSync( core, 'utf8' ) );
		writeFileSync(
			join( folder, `${ locale }.mo` ),
			compileMo( catalogue.entries, headerText( catalogue.headers ) )
		);
	}
	const catalogue = parsePo( readFileSync( plugin, 'utf8' ) );
	writeFileSync(
		join( folder, 'plugins', `${ DOMAIN }-${ locale }.mo` ),
		compileMo( catalogue.entries, headerText( catalogue.headers ) )
	);
	let scripts = 0;
	for ( const entry of readdirSync( build, {
		recursive: true,
		withFileTypes: true,
	} ) ) {
		if ( ! entry.isFile() || ! entry.name.endsWith( '.js' ) ) {
			continue;
		}
		const source = relative( root, join( entry.parentPath, entry.name ) )
			.split( sep )
			.join( '/' );
		const json = compileJson(
			catalogue.entries,
			catalogue.headers,
			readFileSync( join( root, source ), 'utf8' ),
			source
		);
		if ( json !== null ) {
			writeFileSync(
				join(
					folder,
					'plugins',
					jsonFileName( DOMAIN, locale, source )
				),
				json
			);
			scripts++;
		}
	}
	console.log(
		`Demo translations (${ locale }) in ${ shown(
			folder
		) }: WordPress's words ${
			existsSync( core ) ? 'and ' : ''
		}Wayfinder's, ${ scripts } script${ scripts === 1 ? '' : 's' }.`
	);
	return true;
}

/** @param {Object<string, string>} headers */
const headerText = ( headers ) =>
	Object.entries( headers )
		.map( ( [ name, value ] ) => `${ name }: ${ value }\n` )
		.join( '' );

const commands = {
	pot: writePot,
	check,
	demo: () => compileDemo( positional[ 0 ], positional[ 1 ] ?? '' ),
};
if ( ! commands[ command ] ) {
	console.error(
		'usage: node bin/i18n.mjs pot|check|demo <locale> <folder>'
	);
	process.exit( 2 );
}
process.exit( commands[ command ]() ? 0 : 1 );
