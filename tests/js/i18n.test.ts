/**
 * The translation tools (bin/i18n.mjs) on a small plugin written into a temporary folder for each
 * test — extraction, the check that `npm run lint` runs, the demo's compiled translations — and the
 * Playground blueprint (blueprint.json and the local one bin/playground.mjs derives from it).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const repo = join( __dirname, '..', '..' );

const PLUGIN_PHP = `<?php
/**
 * Plugin Name: Lantern
 * Description: A plugin made for this test.
 * Version: 1.2.3
 * Author: The Lantern makers
 * License: GPL-2.0-or-later
 * Text Domain: wayfinder
 */

/* translators: %s: a person's name. */
printf( esc_html__( 'Hello %s', 'wayfinder' ), $name );
echo _x( 'Post', 'a verb', 'wayfinder' );
echo esc_html(
	sprintf(
		/* translators: %d: how many mentees. */
		_n( '%d mentee', '%d mentees', $count, 'wayfinder' ),
		$count
	)
);
$cohorts = _nx_noop( '%d cohort', '%d cohorts', 'a group of mentees', 'wayfinder' );
echo __( 'Joined ' . "with a\\ttab and \\"quotes\\"", 'wayfinder' );
echo __( 'Core owns this' );
echo $lantern->__( 'A method, not the function', 'wayfinder' );
// Not for translators.
echo __( 'No comment here', 'wayfinder' );
`;

const GREETING_TSX = `import { __, _n, _x, sprintf } from '@wordpress/i18n';

export const Greeting = ( { name }: { name: string } ) => (
	<p>
		{ sprintf(
			/* translators: %s: the mentor's name. */
			__( 'Your mentor is %s', 'wayfinder' ),
			name
		) }
		{ _x( 'Post', 'a verb', 'wayfinder' ) }
		{ _n( 'One request', 'Many requests', 2, 'wayfinder' ) }
	</p>
);
`;

const BLOCK_JSON = JSON.stringify( {
	name: 'lantern/lamp',
	title: 'Lamp',
	description: 'Shows a light.',
	keywords: [ 'light', 'glow' ],
	textdomain: 'wayfinder',
	styles: [ { name: 'dim', label: 'Dim' } ],
} );

let plugin = '';

/** @param files Paths in the plugin and their contents. */
function write( files: Record< string, string > ): void {
	for ( const [ file, text ] of Object.entries( files ) ) {
		mkdirSync( dirname( join( plugin, file ) ), { recursive: true } );
		writeFileSync( join( plugin, file ), text );
	}
}

/** @param args The command and its arguments. */
function i18n( ...args: string[] ): { status: number; output: string } {
	const result = spawnSync(
		process.execPath,
		[ join( repo, 'bin/i18n.mjs' ), ...args, `--root=${ plugin }` ],
		{ encoding: 'utf8' }
	);
	return {
		status: result.status ?? -1,
		output: result.stdout + result.stderr,
	};
}

const pot = () =>
	readFileSync( join( plugin, 'languages/wayfinder.pot' ), 'utf8' );

/**
 * The .pot entry (its comment, reference and msg lines) whose msgid is text, in context when given.
 * @param text
 * @param context
 */
function entry( text: string, context?: string ): string {
	const msgid = `msgid ${ JSON.stringify( text ) }\n`;
	const found = pot()
		.split( '\n\n' )
		.find(
			( block ) =>
				block.includes( msgid ) &&
				( context === undefined
					? ! block.includes( 'msgctxt' )
					: block.includes(
							`msgctxt ${ JSON.stringify( context ) }\n`
						) )
		);
	if ( found === undefined ) {
		throw new Error( `No entry for ${ text } in the .pot` );
	}
	return found;
}

/**
 * @param source A file's text. @param needle Text on the wanted line.
 * @param needle
 */
const lineOf = ( source: string, needle: string ) =>
	source.split( '\n' ).findIndex( ( line ) => line.includes( needle ) ) + 1;

/**
 * Reads a .mo file into original → translation (contexts and plurals joined as gettext joins them).
 * @param file
 */
function readMo( file: string ): Map< string, string > {
	const bytes = readFileSync( file );
	expect( bytes.readUInt32LE( 0 ) ).toBe( 0x950412de );
	const count = bytes.readUInt32LE( 8 );
	const originals = bytes.readUInt32LE( 12 );
	const translations = bytes.readUInt32LE( 16 );
	const text = ( table: number, index: number ) => {
		const length = bytes.readUInt32LE( table + index * 8 );
		const at = bytes.readUInt32LE( table + index * 8 + 4 );
		return bytes.subarray( at, at + length ).toString( 'utf8' );
	};
	const catalogue = new Map< string, string >();
	for ( let index = 0; index < count; index++ ) {
		catalogue.set( text( originals, index ), text( translations, index ) );
	}
	return catalogue;
}

beforeEach( () => {
	plugin = mkdtempSync( join( tmpdir(), 'wayfinder-i18n-' ) );
	write( {
		'plugin.php': PLUGIN_PHP,
		'src/greeting.tsx': GREETING_TSX,
		'blocks/lamp/block.json': BLOCK_JSON,
	} );
} );

afterEach( () => {
	rmSync( plugin, { recursive: true, force: true } );
} );

describe( 'the .pot made from the code', () => {
	test( 'has the plugin header, WP-CLI’s header fields and the text domain', () => {
		expect( i18n( 'pot' ).status ).toBe( 0 );
		expect( pot() ).toContain( '"Project-Id-Version: Lantern 1.2.3\\n"' );
		expect( pot() ).toContain( '"X-Domain: wayfinder\\n"' );
		expect( pot() ).toContain(
			'"Content-Type: text/plain; charset=UTF-8\\n"'
		);
		expect( entry( 'Lantern' ) ).toContain(
			'#. Plugin Name of the plugin'
		);
		expect( entry( 'A plugin made for this test.' ) ).toContain(
			'#: plugin.php\n'
		);
	} );

	test( 'finds PHP strings with their translator comments and file:line references', () => {
		i18n( 'pot' );
		expect( entry( 'Hello %s' ) ).toBe(
			[
				"#. translators: %s: a person's name.",
				`#: plugin.php:${ lineOf( PLUGIN_PHP, "'Hello %s'" ) }`,
				'msgid "Hello %s"',
				'msgstr ""',
			].join( '\n' )
		);
		expect( entry( 'No comment here' ) ).not.toContain( '#.' );
		expect( entry( 'Joined with a\ttab and "quotes"' ) ).toContain(
			'msgid "Joined with a\\ttab and \\"quotes\\""'
		);
	} );

	test( 'keeps plural forms and contexts, in PHP and TypeScript alike', () => {
		i18n( 'pot' );
		expect( entry( '%d mentee' ) ).toBe(
			[
				'#. translators: %d: how many mentees.',
				`#: plugin.php:${ lineOf( PLUGIN_PHP, "'%d mentee'" ) }`,
				'msgid "%d mentee"',
				'msgid_plural "%d mentees"',
				'msgstr[0] ""',
				'msgstr[1] ""',
			].join( '\n' )
		);
		expect( entry( '%d cohort', 'a group of mentees' ) ).toContain(
			'msgid_plural "%d cohorts"'
		);
		expect( entry( 'One request' ) ).toContain(
			'msgid_plural "Many requests"'
		);
		// The same string and context in PHP and TypeScript is one entry with both references.
		expect( entry( 'Post', 'a verb' ) ).toBe(
			[
				`#: plugin.php:${ lineOf( PLUGIN_PHP, "'Post'" ) }`,
				`#: src/greeting.tsx:${ lineOf( GREETING_TSX, "'Post'" ) }`,
				'msgctxt "a verb"',
				'msgid "Post"',
				'msgstr ""',
			].join( '\n' )
		);
		expect( entry( 'Your mentor is %s' ) ).toContain(
			"#. translators: %s: the mentor's name."
		);
	} );

	test( 'has block.json’s words in WordPress’s block contexts', () => {
		i18n( 'pot' );
		expect( entry( 'Lamp', 'block title' ) ).toContain(
			'#: blocks/lamp/block.json'
		);
		entry( 'Shows a light.', 'block description' );
		entry( 'glow', 'block keyword' );
		entry( 'Dim', 'block style label' );
	} );

	test( 'leaves out other domains and methods that share a name', () => {
		i18n( 'pot' );
		expect( pot() ).not.toContain( 'Core owns this' );
		expect( pot() ).not.toContain( 'A method, not the function' );
	} );

	test( 'is not rewritten when nothing changed, so its date stays', () => {
		i18n( 'pot' );
		const first = pot();
		expect( i18n( 'pot' ).output ).toContain( 'is up to date' );
		expect( pot() ).toBe( first );
	} );
} );

describe( 'the check that npm run lint runs', () => {
	test( 'passes when the .pot has every string, even after lines moved', () => {
		i18n( 'pot' );
		write( {
			'plugin.php': PLUGIN_PHP.replace( '<?php\n', '<?php\n\n\n' ),
		} );
		expect( i18n( 'check' ) ).toEqual( { status: 0, output: '' } );
	} );

	test( 'fails and names a string that is missing from the .pot', () => {
		i18n( 'pot' );
		const changed = GREETING_TSX.replace(
			'</p>',
			"\t{ __( 'A new sentence', 'wayfinder' ) }\n\t</p>"
		);
		write( { 'src/greeting.tsx': changed } );
		const result = i18n( 'check' );
		expect( result.status ).toBe( 1 );
		expect( result.output ).toContain(
			`missing: "A new sentence" (src/greeting.tsx:${ lineOf(
				changed,
				'A new sentence'
			) })`
		);
		expect( result.output ).toContain( 'run `npm run i18n:pot`' );
	} );

	test( 'fails when the .pot has a string the code no longer has, or a changed translator comment', () => {
		i18n( 'pot' );
		write( {
			'plugin.php': PLUGIN_PHP.replace(
				"echo __( 'No comment here', 'wayfinder' );\n",
				''
			),
			'src/greeting.tsx': GREETING_TSX.replace(
				"the mentor's name",
				'who mentors you'
			),
		} );
		const result = i18n( 'check' );
		expect( result.status ).toBe( 1 );
		expect( result.output ).toContain(
			'no longer in the code: "No comment here"'
		);
		expect( result.output ).toContain(
			'plural or translator comment changed: "Your mentor is %s"'
		);
	} );

	test( 'fails on a script’s call without the text domain or with text that cannot be extracted', () => {
		write( {
			'src/other.ts': [
				"import { __ } from '@wordpress/i18n';",
				"export const a = __( 'Saved' );",
				"export const b = ( text: string ) => __( text, 'wayfinder' );",
			].join( '\n' ),
		} );
		const result = i18n( 'pot' );
		expect( result.status ).toBe( 1 );
		expect( result.output ).toContain(
			"src/other.ts:2: __() has no text domain; add 'wayfinder'."
		);
		expect( result.output ).toContain(
			'src/other.ts:3: __() needs literal strings'
		);
		expect( i18n( 'check' ).status ).toBe( 1 );
	} );

	test( 'fails when a built view script module calls a translation function, which WordPress 6.8 cannot translate', () => {
		i18n( 'pot' );
		write( {
			'build/lamp/view.js':
				'import{store as s}from"@wordpress/interactivity";s("lantern/lamp",{state:{get label(){return"from the server"}}});',
		} );
		expect( i18n( 'check' ).status ).toBe( 0 );
		write( {
			'build/lamp/view.js':
				'import*as o from"./i18n.js";export const label=(0,o.__)("Lit","wayfinder");',
		} );
		const result = i18n( 'check' );
		expect( result.status ).toBe( 1 );
		expect( result.output ).toContain(
			'build/lamp/view.js calls a translation function'
		);
	} );

	test( 'fails when there is no .pot at all', () => {
		const result = i18n( 'check' );
		expect( result.status ).toBe( 1 );
		expect( result.output ).toContain( 'does not exist' );
	} );
} );

describe( 'the demo translations', () => {
	const PO = `msgid ""
msgstr ""
"Language: pt_BR\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

msgid "Your mentor is %s"
msgstr "Seu mentor é %s"

msgctxt "a verb"
msgid "Post"
msgstr "Publicar"

msgid "One request"
msgid_plural "Many requests"
msgstr[0] "Um pedido"
msgstr[1] "Muitos pedidos"

msgid "Hello %s"
msgstr ""
`;

	beforeEach( () => {
		write( {
			'languages/demo/wayfinder-pt_BR.po': PO,
			'languages/demo/pt_BR.po':
				'msgid ""\nmsgstr ""\n"Language: pt_BR\\n"\n\nmsgid "F j, Y"\nmsgstr "j \\\\d\\\\e F \\\\d\\\\e Y"\n',
			// Built scripts as webpack writes them: calls through the module object.
			'build/app/index.js':
				'(()=>{var o=window.wp.i18n;(0,o.__)("Your mentor is %s","wayfinder");(0,o._n)("One request","Many requests",2,"wayfinder")})();',
			'build/quiet/index.js': '(()=>{console.log("no words")})();',
		} );
	} );

	test( 'compile to the .mo files WordPress loads, leaving untranslated strings out', () => {
		const languages = join( plugin, 'out' );
		expect( i18n( 'demo', 'pt_BR', languages ).status ).toBe( 0 );
		const catalogue = readMo(
			join( languages, 'plugins/wayfinder-pt_BR.mo' )
		);
		expect( catalogue.get( 'a verb\u0004Post' ) ).toBe( 'Publicar' );
		expect( catalogue.get( 'One request\0Many requests' ) ).toBe(
			'Um pedido\0Muitos pedidos'
		);
		expect( catalogue.has( 'Hello %s' ) ).toBe( false );
		expect( catalogue.get( '' ) ).toContain( 'Language: pt_BR' );
		expect( readMo( join( languages, 'pt_BR.mo' ) ).get( 'F j, Y' ) ).toBe(
			'j \\d\\e F \\d\\e Y'
		);
	} );

	test( 'make a JSON file for each built script that uses a translated string, named as WordPress looks for it', () => {
		const languages = join( plugin, 'out' );
		i18n( 'demo', 'pt_BR', languages );
		const md5 = ( path: string ) =>
			createHash( 'md5' ).update( path ).digest( 'hex' );
		const file = join(
			languages,
			`plugins/wayfinder-pt_BR-${ md5( 'build/app/index.js' ) }.json`
		);
		const json = JSON.parse( readFileSync( file, 'utf8' ) );
		expect( json.source ).toBe( 'build/app/index.js' );
		expect( json.locale_data.messages ).toEqual( {
			'': {
				domain: 'messages',
				lang: 'pt_BR',
				'plural-forms': 'nplurals=2; plural=(n > 1);',
			},
			'Your mentor is %s': [ 'Seu mentor é %s' ],
			'One request': [ 'Um pedido', 'Muitos pedidos' ],
		} );
		expect(
			existsSync(
				join(
					languages,
					`plugins/wayfinder-pt_BR-${ md5(
						'build/quiet/index.js'
					) }.json`
				)
			)
		).toBe( false );
	} );

	test( 'fail the check when they translate a string the code no longer has', () => {
		i18n( 'pot' );
		expect( i18n( 'check' ).status ).toBe( 0 );
		write( {
			'languages/demo/wayfinder-pt_BR.po': `${ PO }\nmsgid "Gone"\nmsgstr "Foi"\n`,
		} );
		const result = i18n( 'check' );
		expect( result.status ).toBe( 1 );
		expect( result.output ).toContain(
			'translates strings the code no longer has'
		);
		expect( result.output ).toContain( '"Gone"' );
	} );

	test( 'say which locales exist when asked for one they do not have', () => {
		const result = i18n( 'demo', 'de_DE', join( plugin, 'out' ) );
		expect( result.status ).toBe( 1 );
		expect( result.output ).toContain( 'Demo locales: pt_BR.' );
	} );
} );

describe( 'the Playground blueprint', () => {
	const shared = JSON.parse(
		readFileSync( join( repo, 'blueprint.json' ), 'utf8' )
	);

	/**
	 * Runs an ES module in Node (from the repository) and returns what it prints, parsed.
	 * @param code The module's code.
	 */
	function run( code: string ) {
		const result = spawnSync(
			process.execPath,
			[ '--input-type=module', '-e', code ],
			{ cwd: repo, encoding: 'utf8' }
		);
		expect( result.stderr ).toBe( '' );
		return JSON.parse( result.stdout );
	}

	/**
	 * The local blueprint bin/playground.mjs writes, with these options.
	 * @param options localBlueprint()'s options.
	 */
	const local = ( options: object ) =>
		run(
			`import { localBlueprint } from './bin/lib/blueprint.mjs'; console.log( JSON.stringify( localBlueprint( ${ JSON.stringify(
				shared
			) }, ${ JSON.stringify( options ) } ) ) );`
		);

	/**
	 * What the validator of the Playground version this repository runs says of a blueprint.
	 * @param blueprint A blueprint.
	 */
	const validateBlueprint = ( blueprint: object ) =>
		run(
			`import { validateBlueprint } from '@wp-playground/blueprints'; console.log( JSON.stringify( validateBlueprint( ${ JSON.stringify(
				blueprint
			) } ) ) );`
		);

	test( 'is valid, installs and activates the release zip, loads the demo and logs in', () => {
		expect( validateBlueprint( shared ) ).toEqual( { valid: true } );
		expect( shared.$schema ).toBe(
			'https://playground.wordpress.net/blueprint-schema.json'
		);
		expect( shared.login ).toBe( true );
		expect( shared.landingPage ).toBe(
			'/wp-admin/admin.php?page=wayfinder'
		);
		const [ install, demo ] = shared.steps;
		expect( install ).toMatchObject( {
			step: 'installPlugin',
			pluginData: { resource: 'url' },
			options: { activate: true, targetFolderName: 'wayfinder' },
		} );
		expect( install.pluginData.url ).toMatch(
			/^https:\/\/github\.com\/[^/]+\/wayfinder\/releases\/latest\/download\/wayfinder\.zip$/
		);
		expect( demo.step ).toBe( 'runPHP' );
		expect( demo.code ).toContain( 'Wayfinder\\Demo\\DemoContent::load()' );
	} );

	test( 'is what npm start runs, with the mounted plugin activated instead of downloaded', () => {
		const blueprint = local( {} );
		expect( validateBlueprint( blueprint ) ).toEqual( { valid: true } );
		expect( blueprint.landingPage ).toBe( shared.landingPage );
		expect( blueprint.steps ).toEqual( [
			{ step: 'activatePlugin', pluginPath: 'wayfinder/plugin.php' },
			...shared.steps.slice( 1 ),
		] );
	} );

	test( 'sets the site language before the demo is loaded, and adds the large program after it', () => {
		const blueprint = local( {
			locale: 'pt_BR',
			large: { mentors: 20, mentees: 100 },
		} );
		expect( validateBlueprint( blueprint ) ).toEqual( { valid: true } );
		const steps: Array< { step: string; code?: string } > = blueprint.steps;
		const language = steps.findIndex(
			( step ) =>
				JSON.stringify( step ) ===
				JSON.stringify( {
					step: 'setSiteOptions',
					options: { WPLANG: 'pt_BR' },
				} )
		);
		const demo = steps.findIndex( ( step ) =>
			step.code?.includes( 'DemoContent::load()' )
		);
		const large = steps.findIndex( ( step ) =>
			step.code?.includes( 'LargeProgram::generate( 20, 100 )' )
		);
		expect( language ).toBeGreaterThan( 0 );
		expect( demo ).toBeGreaterThan( language );
		expect( large ).toBe( demo + 1 );
	} );

	test( 'on a network, makes it, network-activates Wayfinder, and makes the team sites after the demo', () => {
		const blueprint = local( { network: '127.0.0.1:9400' } );
		expect( validateBlueprint( blueprint ) ).toEqual( { valid: true } );
		const steps: Array< {
			step: string;
			code?: string;
			consts?: Record< string, unknown >;
		} > = blueprint.steps;
		const made = steps.findIndex( ( step ) =>
			step.code?.includes( "populate_network( 1, '127.0.0.1:9400'" )
		);
		const consts = steps.findIndex(
			( step ) => step.step === 'defineWpConfigConsts'
		);
		const activated = steps.findIndex( ( step ) =>
			step.code?.includes(
				"activate_plugin( 'wayfinder/plugin.php', '', true )"
			)
		);
		const demo = steps.findIndex( ( step ) =>
			step.code?.includes( 'DemoContent::load()' )
		);
		const teams = steps.findIndex( ( step ) =>
			step.code?.includes( 'Wayfinder\\Demo\\DemoNetwork::load()' )
		);
		expect( made ).toBe( 0 );
		expect( steps[ consts ]?.consts ).toMatchObject( {
			MULTISITE: true,
			SUBDOMAIN_INSTALL: false,
			DOMAIN_CURRENT_SITE: '127.0.0.1:9400',
		} );
		expect( activated ).toBe( consts + 1 );
		expect( demo ).toBeGreaterThan( activated );
		expect( teams ).toBe( demo + 1 );
		expect( steps.some( ( step ) => step.step === 'activatePlugin' ) ).toBe(
			false
		);
		// In wp-config.php, so every worker of the server runs as the network.
		expect( steps[ consts ] ).toMatchObject( {
			method: 'rewrite-wp-config',
		} );
		// Each later step loads WordPress on the network's host (a network finds its site by the host),
		// setSiteOptions included.
		expect( steps.some( ( step ) => step.step === 'setSiteOptions' ) ).toBe(
			false
		);
		for ( const step of steps.slice( consts + 1 ) ) {
			expect( step.code ).toMatch(
				/^<\?php \$_SERVER\['HTTP_HOST'\] = '127\.0\.0\.1:9400';/
			);
		}
		expect( steps.at( -1 )?.code ).toContain(
			`json_decode( '{"blogname":"Wayfinder demo","permalink_structure":"/%postname%/"}', true )`
		);
	} );
} );
