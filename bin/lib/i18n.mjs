/**
 * Wayfinder's translation tools (the command is bin/i18n.mjs): what WP-CLI's `wp i18n make-pot`,
 * `make-mo` and `make-json` do for this plugin, small enough to read, because the i18n command is
 * not available here.
 *
 * - Extraction: PHP through PHP's own tokenizer (bin/lib/i18n-php.php), TypeScript and JavaScript
 *   through @babel/parser, block.json through WordPress's block i18n schema (a block's title has the
 *   context "block title", …), and the plugin header. Only strings of the `wayfinder` text domain.
 * - The .pot: WP-CLI's header, entries in the order of their first reference (files by path, then
 *   line), so adding a string adds its lines and nothing else moves.
 * - Compiling a .po: the .mo WordPress loads, and the JSON files (Jed 1.x) that
 *   wp_set_script_translations() reads, one per built script that uses a translated string, named
 *   `<domain>-<locale>-<md5 of the script's path in the plugin>.json`.
 */
import { parse } from '@babel/parser';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DOMAIN = 'wayfinder';

const here = dirname( fileURLToPath( import.meta.url ) );

/**
 * What each argument of a translation function is: the text, its plural, its context, the domain,
 * or null (the number). The same names in PHP and in @wordpress/i18n take the same order.
 */
export const FUNCTIONS = {
	__: [ 'msgid', 'domain' ],
	_e: [ 'msgid', 'domain' ],
	esc_html__: [ 'msgid', 'domain' ],
	esc_html_e: [ 'msgid', 'domain' ],
	esc_attr__: [ 'msgid', 'domain' ],
	esc_attr_e: [ 'msgid', 'domain' ],
	_x: [ 'msgid', 'msgctxt', 'domain' ],
	_ex: [ 'msgid', 'msgctxt', 'domain' ],
	esc_html_x: [ 'msgid', 'msgctxt', 'domain' ],
	esc_attr_x: [ 'msgid', 'msgctxt', 'domain' ],
	_n: [ 'msgid', 'msgid_plural', null, 'domain' ],
	_nx: [ 'msgid', 'msgid_plural', null, 'msgctxt', 'domain' ],
	_n_noop: [ 'msgid', 'msgid_plural', 'domain' ],
	_nx_noop: [ 'msgid', 'msgid_plural', 'msgctxt', 'domain' ],
};

/** The functions @wordpress/i18n has; the others are PHP's only. */
const SCRIPT_FUNCTIONS = [ '__', '_x', '_n', '_nx' ];

/** Where WordPress's block i18n schema says a block.json's words are, and their context. */
const BLOCK_FIELDS = [
	[ 'title', 'block title' ],
	[ 'description', 'block description' ],
	[ 'keywords', 'block keyword' ],
];
const BLOCK_LIST_FIELDS = [
	[ 'styles', [ [ 'label', 'block style label' ] ] ],
	[
		'variations',
		[
			[ 'title', 'block variation title' ],
			[ 'description', 'block variation description' ],
			[ 'keywords', 'block variation keyword' ],
		],
	],
];

/** The plugin header fields WordPress translates, and how WP-CLI describes them. */
const HEADER_FIELDS = [
	[ 'Plugin Name', 'Plugin Name of the plugin' ],
	[ 'Plugin URI', 'Plugin URI of the plugin' ],
	[ 'Description', 'Description of the plugin' ],
	[ 'Author', 'Author of the plugin' ],
	[ 'Author URI', 'Author URI of the plugin' ],
];

/**
 * The files the extractor reads, by kind, each list sorted by path.
 * @param {string} root The plugin's folder.
 */
export function sourceFiles( root ) {
	const walk = ( folder ) =>
		existsSync( join( root, folder ) )
			? readdirSync( join( root, folder ), {
					recursive: true,
					withFileTypes: true,
				} )
					.filter( ( entry ) => entry.isFile() )
					.map( ( entry ) =>
						relative( root, join( entry.parentPath, entry.name ) )
							.split( sep )
							.join( '/' )
					)
			: [];
	const php = [ 'plugin.php', 'uninstall.php' ]
		.filter( ( file ) => existsSync( join( root, file ) ) )
		.concat(
			[ ...walk( 'includes' ), ...walk( 'blocks' ) ].filter( ( file ) =>
				file.endsWith( '.php' )
			)
		);
	const scripts = [ ...walk( 'src' ), ...walk( 'blocks' ) ].filter(
		( file ) => /\.[jt]sx?$/.test( file ) && ! file.endsWith( '.d.ts' )
	);
	const blocks = walk( 'blocks' ).filter( ( file ) =>
		file.endsWith( '/block.json' )
	);
	return {
		php: php.sort(),
		scripts: scripts.sort(),
		blocks: blocks.sort(),
	};
}

/**
 * The translation calls in PHP files (see bin/lib/i18n-php.php).
 * @param {string}   root  The plugin's folder.
 * @param {string[]} files Paths relative to it.
 */
export function phpCalls( root, files ) {
	if ( files.length === 0 ) {
		return [];
	}
	const result = spawnSync(
		'php',
		[ join( here, 'i18n-php.php' ), root, ...files ],
		{ encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }
	);
	if ( result.status !== 0 ) {
		throw new Error(
			`The PHP extractor failed: ${ result.stderr || result.error }`
		);
	}
	return JSON.parse( result.stdout );
}

/**
 * A call's name: `__`, `i18n.__` and a bundle's `(0, x.__)` all name `__`.
 * @param {Object} callee The call's callee node.
 * @return {string|null} The function's name.
 */
function calleeName( callee ) {
	if ( callee.type === 'Identifier' ) {
		return callee.name;
	}
	if (
		callee.type === 'MemberExpression' &&
		! callee.computed &&
		callee.property.type === 'Identifier'
	) {
		return callee.property.name;
	}
	if ( callee.type === 'SequenceExpression' ) {
		return calleeName( callee.expressions.at( -1 ) );
	}
	return null;
}

/**
 * A string argument's value: a literal, a template without expressions, or those joined with `+`.
 * @param {Object} node An argument node.
 * @return {string|null} Its value, or null when it is anything else.
 */
function literal( node ) {
	if ( node.type === 'StringLiteral' ) {
		return node.value;
	}
	if ( node.type === 'TemplateLiteral' && node.expressions.length === 0 ) {
		return node.quasis[ 0 ].value.cooked ?? null;
	}
	if ( node.type === 'BinaryExpression' && node.operator === '+' ) {
		const left = literal( node.left );
		const right = literal( node.right );
		return left === null || right === null ? null : left + right;
	}
	return null;
}

/**
 * The text of a translator comment (`translators: …`) without its markers, or ''.
 * @param {string} text A comment's text, without `//` or `/*`.
 */
function translatorComment( text ) {
	const joined = text
		.split( '\n' )
		.map( ( line ) => line.trim().replace( /^\*+/, '' ).trim() )
		.filter( ( line ) => line !== '' )
		.join( ' ' );
	return /^translators:/i.test( joined ) ? joined : '';
}

/**
 * The translation calls in one script, in the shape the PHP extractor gives.
 * @param {string} code The script (TypeScript, JSX or a built bundle).
 * @param {string} file Its path, as the references name it.
 */
export function scriptCalls( code, file ) {
	const ast = parse( code, {
		sourceType: 'unambiguous',
		plugins: file.endsWith( '.js' )
			? [ 'jsx' ]
			: [ 'typescript', ...( /x$/.test( file ) ? [ 'jsx' ] : [] ) ],
		errorRecovery: false,
	} );
	const comments = ( ast.comments ?? [] )
		.map( ( comment ) => ( {
			start: comment.start,
			end: comment.end,
			lastLine: comment.loc.end.line,
			text: translatorComment( comment.value ),
		} ) )
		.filter( ( comment ) => comment.text !== '' );
	const calls = [];
	const visit = ( node ) => {
		if ( Array.isArray( node ) ) {
			node.forEach( visit );
			return;
		}
		if ( ! node || typeof node.type !== 'string' ) {
			return;
		}
		if ( node.type === 'CallExpression' ) {
			const name = calleeName( node.callee );
			if ( name !== null && SCRIPT_FUNCTIONS.includes( name ) ) {
				const line = node.loc.start.line;
				calls.push( {
					file,
					line,
					name,
					args: node.arguments.map( literal ),
					comments: [
						...new Set(
							comments
								.filter(
									( comment ) =>
										( comment.end <= node.start &&
											( comment.lastLine === line ||
												comment.lastLine ===
													line - 1 ) ) ||
										( comment.start > node.start &&
											comment.end < node.end )
								)
								.map( ( comment ) => comment.text )
						),
					],
				} );
			}
		}
		for ( const key of Object.keys( node ) ) {
			if (
				! [
					'loc',
					'leadingComments',
					'trailingComments',
					'innerComments',
					'extra',
				].includes( key ) &&
				node[ key ] &&
				typeof node[ key ] === 'object'
			) {
				visit( node[ key ] );
			}
		}
	};
	visit( ast.program );
	return calls;
}

/**
 * The strings of one block.json, as WordPress's block i18n schema says.
 * @param {Object} metadata The parsed block.json.
 * @param {string} file     Its path.
 */
export function blockStrings( metadata, file ) {
	if ( metadata.textdomain !== DOMAIN ) {
		return [];
	}
	const strings = [];
	const add = ( object, fields ) => {
		for ( const [ field, msgctxt ] of fields ) {
			const values = Array.isArray( object[ field ] )
				? object[ field ]
				: [ object[ field ] ];
			for ( const value of values ) {
				if ( typeof value === 'string' && value !== '' ) {
					strings.push( {
						msgctxt,
						msgid: value,
						references: [ file ],
						comments: [],
					} );
				}
			}
		}
	};
	add( metadata, BLOCK_FIELDS );
	for ( const [ list, fields ] of BLOCK_LIST_FIELDS ) {
		for ( const item of metadata[ list ] ?? [] ) {
			add( item, fields );
		}
	}
	return strings;
}

/**
 * The plugin header's fields (name, description, …) from the main plugin file.
 * @param {string} code The main plugin file.
 * @return {Object<string, string>} Field name → value.
 */
export function pluginHeader( code ) {
	const header = {};
	for ( const [ field ] of [
		...HEADER_FIELDS,
		[ 'Version' ],
		[ 'License' ],
		[ 'Text Domain' ],
	] ) {
		const match = new RegExp( `^[ \\t/*#@]*${ field }:(.*)$`, 'mi' ).exec(
			code
		);
		if ( match && match[ 1 ].trim() !== '' ) {
			header[ field ] = match[ 1 ].trim();
		}
	}
	return header;
}

/**
 * Entries and problems from calls: the calls of the domain become entries; a call whose text is not a
 * literal, or a script's call without the domain, is a problem (it cannot be translated).
 * @param {Object[]} calls Calls from phpCalls() and scriptCalls().
 */
export function entriesFromCalls( calls ) {
	const entries = [];
	const problems = [];
	for ( const call of calls ) {
		const roles = FUNCTIONS[ call.name ];
		const fields = {};
		roles.forEach( ( role, position ) => {
			if ( role !== null ) {
				fields[ role ] = call.args[ position ];
			}
		} );
		const where = `${ call.file }:${ call.line }`;
		if ( fields.domain !== DOMAIN ) {
			// PHPCS checks PHP's domains; a script's missing or other domain is found here.
			if ( ! call.file.endsWith( '.php' ) ) {
				problems.push(
					fields.domain === undefined
						? `${ where }: ${ call.name }() has no text domain; add '${ DOMAIN }'.`
						: `${ where }: ${ call.name }() uses the text domain ${ JSON.stringify(
								fields.domain
							) }; use '${ DOMAIN }'.`
				);
			}
			continue;
		}
		const texts = [ 'msgid', 'msgid_plural', 'msgctxt' ].filter( ( role ) =>
			roles.includes( role )
		);
		if ( texts.some( ( role ) => typeof fields[ role ] !== 'string' ) ) {
			problems.push(
				`${ where }: ${ call.name }() needs literal strings to be translated (a variable or an expression cannot be extracted).`
			);
			continue;
		}
		entries.push( {
			msgctxt: fields.msgctxt,
			msgid: fields.msgid,
			msgid_plural: fields.msgid_plural,
			references: [ where ],
			comments: call.comments,
		} );
	}
	return { entries, problems };
}

/**
 * Everything translatable in the plugin at root: entries merged by context and text, in the order of
 * their first reference, and the problems found.
 * @param {string} root The plugin's folder.
 */
export function extract( root ) {
	const files = sourceFiles( root );
	const calls = [
		...phpCalls( root, files.php ),
		...files.scripts.flatMap( ( file ) =>
			scriptCalls( readFileSync( join( root, file ), 'utf8' ), file )
		),
	];
	const { entries, problems } = entriesFromCalls( calls );
	const header = existsSync( join( root, 'plugin.php' ) )
		? pluginHeader( readFileSync( join( root, 'plugin.php' ), 'utf8' ) )
		: {};
	const headerEntries = HEADER_FIELDS.filter(
		( [ field ] ) => header[ field ]
	).map( ( [ field, comment ] ) => ( {
		msgid: header[ field ],
		references: [ 'plugin.php' ],
		comments: [ comment ],
	} ) );
	const blockEntries = files.blocks.flatMap( ( file ) =>
		blockStrings(
			JSON.parse( readFileSync( join( root, file ), 'utf8' ) ),
			file
		)
	);
	const order = [ ...files.php, ...files.scripts, ...files.blocks ].sort();
	const position = ( reference ) => {
		const [ file, line = '0' ] = reference.split( ':' );
		return [ order.indexOf( file ), Number( line ) ];
	};
	const byReference = ( a, b ) => {
		const [ fileA, lineA ] = position( a.references[ 0 ] );
		const [ fileB, lineB ] = position( b.references[ 0 ] );
		return fileA - fileB || lineA - lineB;
	};
	return {
		entries: merge( [
			...headerEntries,
			...[ ...entries, ...blockEntries ].sort( byReference ),
		] ),
		problems,
		header,
	};
}

/**
 * An entry's identity in a catalogue: its context and its text.
 * @param {{msgctxt?: string, msgid: string}} entry
 */
export const keyOf = ( entry ) =>
	entry.msgctxt === undefined
		? entry.msgid
		: `${ entry.msgctxt }\u0004${ entry.msgid }`;

/**
 * Entries with the same context and text as one, keeping the first's place and every reference and comment.
 * @param {Object[]} entries In order.
 */
function merge( entries ) {
	const merged = new Map();
	for ( const entry of entries ) {
		const key = keyOf( entry );
		const kept = merged.get( key );
		if ( ! kept ) {
			merged.set( key, {
				...entry,
				references: [ ...entry.references ],
				comments: [ ...entry.comments ],
			} );
			continue;
		}
		kept.msgid_plural ??= entry.msgid_plural;
		for ( const reference of entry.references ) {
			if ( ! kept.references.includes( reference ) ) {
				kept.references.push( reference );
			}
		}
		for ( const comment of entry.comments ) {
			if ( ! kept.comments.includes( comment ) ) {
				kept.comments.push( comment );
			}
		}
	}
	return [ ...merged.values() ];
}

/**
 * A PO string: quoted and escaped; a text with line breaks on several lines, as gettext writes it.
 * @param {string} keyword The keyword (msgid, msgstr[0], …).
 * @param {string} value   The text.
 */
function poString( keyword, value ) {
	const escape = ( text ) =>
		text
			.replace( /\\/g, '\\\\' )
			.replace( /"/g, '\\"' )
			.replace( /\n/g, '\\n' )
			.replace( /\r/g, '\\r' )
			.replace( /\t/g, '\\t' );
	const lines = value.split( /(?<=\n)/ );
	if ( lines.length < 2 ) {
		return `${ keyword } "${ escape( value ) }"`;
	}
	return [
		`${ keyword } ""`,
		...lines.map( ( line ) => `"${ escape( line ) }"` ),
	].join( '\n' );
}

/**
 * The .pot text, with WP-CLI's header.
 * @param {Object[]} entries From extract().
 * @param {Object}   header  The plugin header (pluginHeader()).
 * @param {string}   date    POT-Creation-Date, e.g. 2026-01-31T12:00:00+00:00.
 */
export function formatPot( entries, header, date ) {
	const name = header[ 'Plugin Name' ] ?? DOMAIN;
	const uri = header[ 'Plugin URI' ];
	const lines = [
		`# Copyright (C) ${ date.slice( 0, 4 ) } ${ header.Author ?? '' }`.trimEnd(),
		`# This file is distributed under the ${
			header.License ?? 'same license as the plugin'
		}.`,
		'msgid ""',
		'msgstr ""',
		...[
			`Project-Id-Version: ${ name } ${ header.Version ?? '' }`.trimEnd(),
			`Report-Msgid-Bugs-To: ${
				uri?.startsWith( 'https://github.com/' )
					? `${ uri }/issues`
					: `https://wordpress.org/support/plugin/${ DOMAIN }`
			}`,
			'Last-Translator: FULL NAME <EMAIL@ADDRESS>',
			'Language-Team: LANGUAGE <LL@li.org>',
			'MIME-Version: 1.0',
			'Content-Type: text/plain; charset=UTF-8',
			'Content-Transfer-Encoding: 8bit',
			`POT-Creation-Date: ${ date }`,
			'PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE',
			'X-Generator: Wayfinder bin/i18n.mjs',
			`X-Domain: ${ DOMAIN }`,
		].map( ( line ) => `"${ line }\\n"` ),
	];
	for ( const entry of entries ) {
		lines.push( '' );
		lines.push( ...entry.comments.map( ( comment ) => `#. ${ comment }` ) );
		lines.push(
			...entry.references.map( ( reference ) => `#: ${ reference }` )
		);
		if ( entry.msgctxt !== undefined ) {
			lines.push( poString( 'msgctxt', entry.msgctxt ) );
		}
		lines.push( poString( 'msgid', entry.msgid ) );
		if ( entry.msgid_plural !== undefined ) {
			lines.push( poString( 'msgid_plural', entry.msgid_plural ) );
			lines.push( 'msgstr[0] ""', 'msgstr[1] ""' );
		} else {
			lines.push( 'msgstr ""' );
		}
	}
	return lines.join( '\n' ) + '\n';
}

/**
 * Reads a .po or .pot file: its header fields and entries (context, text, plural, translations,
 * translator comments, references). Fuzzy entries are kept with `fuzzy: true`.
 * @param {string} text The file's text.
 */
export function parsePo( text ) {
	const entries = [];
	let entry = null;
	let field = null;
	const unquote = ( quoted ) => JSON.parse( quoted.replace( /\t/g, '\\t' ) );
	const finish = () => {
		if ( entry && entry.msgid !== undefined ) {
			entries.push( entry );
		}
		entry = null;
		field = null;
	};
	const start = () => {
		entry ??= { comments: [], references: [], msgstr: [] };
		return entry;
	};
	for ( const raw of text.split( '\n' ) ) {
		const line = raw.trim();
		if ( line === '' ) {
			finish();
			continue;
		}
		if ( line.startsWith( '#' ) ) {
			if ( entry && entry.msgid !== undefined ) {
				finish();
			}
			const current = start();
			if ( line.startsWith( '#.' ) ) {
				current.comments.push( line.slice( 2 ).trim() );
			} else if ( line.startsWith( '#:' ) ) {
				current.references.push(
					...line.slice( 2 ).trim().split( /\s+/ )
				);
			} else if ( line.startsWith( '#,' ) && /\bfuzzy\b/.test( line ) ) {
				current.fuzzy = true;
			}
			continue;
		}
		const keyword =
			/^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(
				line
			);
		if ( keyword ) {
			if ( keyword[ 1 ] === 'msgctxt' || keyword[ 1 ] === 'msgid' ) {
				if ( entry && entry.msgid !== undefined ) {
					finish();
				}
			}
			const current = start();
			const value = unquote( keyword[ 3 ] );
			if ( keyword[ 1 ].startsWith( 'msgstr' ) ) {
				field = [ 'msgstr', Number( keyword[ 2 ] ?? 0 ) ];
				current.msgstr[ field[ 1 ] ] = value;
			} else {
				field = keyword[ 1 ];
				current[ field ] = value;
			}
			continue;
		}
		if ( line.startsWith( '"' ) && entry && field ) {
			if ( Array.isArray( field ) ) {
				entry.msgstr[ field[ 1 ] ] += unquote( line );
			} else {
				entry[ field ] += unquote( line );
			}
			continue;
		}
		throw new Error( `Cannot read this line of a PO file: ${ raw }` );
	}
	finish();
	const headerEntry = entries.find(
		( item ) => item.msgid === '' && item.msgctxt === undefined
	);
	const headers = {};
	for ( const line of ( headerEntry?.msgstr[ 0 ] ?? '' ).split( '\n' ) ) {
		const colon = line.indexOf( ':' );
		if ( colon > 0 ) {
			headers[ line.slice( 0, colon ).trim() ] = line
				.slice( colon + 1 )
				.trim();
		}
	}
	return {
		headers,
		entries: entries.filter( ( item ) => item !== headerEntry ),
	};
}

/**
 * How a committed .pot differs from the code: strings the code has and the .pot lacks, strings the
 * .pot has and the code no longer does, and strings whose plural or translator comments changed.
 * References (lines) are not compared: they move with every edit.
 * @param {Object[]} code From extract().
 * @param {Object[]} pot  From parsePo().
 */
export function compare( code, pot ) {
	const inPot = new Map( pot.map( ( entry ) => [ keyOf( entry ), entry ] ) );
	const inCode = new Map(
		code.map( ( entry ) => [ keyOf( entry ), entry ] )
	);
	const missing = code.filter( ( entry ) => ! inPot.has( keyOf( entry ) ) );
	const gone = pot.filter( ( entry ) => ! inCode.has( keyOf( entry ) ) );
	const changed = code.filter( ( entry ) => {
		const committed = inPot.get( keyOf( entry ) );
		return (
			committed !== undefined &&
			( committed.msgid_plural !== entry.msgid_plural ||
				JSON.stringify( [ ...committed.comments ].sort() ) !==
					JSON.stringify( [ ...entry.comments ].sort() ) )
		);
	} );
	return { missing, gone, changed };
}

/**
 * A .mo file (GNU gettext's binary catalogue, little-endian) of the translated entries.
 * @param {Object[]} entries From parsePo(); untranslated and fuzzy ones are left out.
 * @param {string}   header  The header entry's text (msgstr of msgid "").
 * @return {Buffer} The file's bytes.
 */
export function compileMo( entries, header ) {
	const pairs = [ [ '', header ] ];
	for ( const entry of translated( entries ) ) {
		const original =
			entry.msgid_plural === undefined
				? keyOf( entry )
				: `${ keyOf( entry ) }\0${ entry.msgid_plural }`;
		pairs.push( [ original, entry.msgstr.join( '\0' ) ] );
	}
	pairs.sort( ( a, b ) =>
		Buffer.compare( Buffer.from( a[ 0 ] ), Buffer.from( b[ 0 ] ) )
	);
	const count = pairs.length;
	const originalsAt = 28;
	const translationsAt = originalsAt + count * 8;
	let dataAt = translationsAt + count * 8;
	const tables = Buffer.alloc( dataAt );
	tables.writeUInt32LE( 0x950412de, 0 );
	tables.writeUInt32LE( 0, 4 );
	tables.writeUInt32LE( count, 8 );
	tables.writeUInt32LE( originalsAt, 12 );
	tables.writeUInt32LE( translationsAt, 16 );
	tables.writeUInt32LE( 0, 20 ); // No hash table: readers then search the sorted originals.
	tables.writeUInt32LE( dataAt, 24 );
	const data = [];
	[ 0, 1 ].forEach( ( side ) => {
		const tableAt = side === 0 ? originalsAt : translationsAt;
		pairs.forEach( ( pair, index ) => {
			const bytes = Buffer.from( pair[ side ], 'utf8' );
			tables.writeUInt32LE( bytes.length, tableAt + index * 8 );
			tables.writeUInt32LE( dataAt, tableAt + index * 8 + 4 );
			data.push( bytes, Buffer.alloc( 1 ) );
			dataAt += bytes.length + 1;
		} );
	} );
	return Buffer.concat( [ tables, ...data ] );
}

/**
 * The entries that have a translation (every plural form filled in) and are not fuzzy.
 * @param {Object[]} entries From parsePo().
 */
function translated( entries ) {
	return entries.filter(
		( entry ) =>
			! entry.fuzzy &&
			entry.msgstr.length > 0 &&
			entry.msgstr.every( ( text ) => text !== '' )
	);
}

/**
 * The JSON translations (Jed 1.x, as `wp i18n make-json` writes them) of one built script: the
 * translated entries whose strings the script uses.
 * @param {Object[]} entries From parsePo().
 * @param {Object}   headers The .po's header fields.
 * @param {string}   script  The built script's code.
 * @param {string}   source  Its path in the plugin (build/admin/index.js).
 * @return {string|null} The JSON, or null when the script uses none of the translated strings.
 */
export function compileJson( entries, headers, script, source ) {
	const used = new Set(
		entriesFromCalls( scriptCalls( script, source ) ).entries.map( keyOf )
	);
	const messages = {};
	for ( const entry of translated( entries ) ) {
		if ( used.has( keyOf( entry ) ) ) {
			messages[ keyOf( entry ) ] = entry.msgstr;
		}
	}
	if ( Object.keys( messages ).length === 0 ) {
		return null;
	}
	return JSON.stringify( {
		'translation-revision-date': headers[ 'PO-Revision-Date' ] ?? '',
		generator: 'Wayfinder bin/i18n.mjs',
		source,
		domain: 'messages',
		locale_data: {
			messages: {
				'': {
					domain: 'messages',
					lang: headers.Language ?? '',
					'plural-forms':
						headers[ 'Plural-Forms' ] ??
						'nplurals=2; plural=(n != 1);',
				},
				...messages,
			},
		},
	} );
}

/**
 * The file name WordPress looks for a script's JSON translations under.
 * @param {string} domain The text domain ('default' for core's).
 * @param {string} locale e.g. pt_BR.
 * @param {string} source The script's path in the plugin (build/admin/index.js).
 */
export function jsonFileName( domain, locale, source ) {
	const hash = createHash( 'md5' ).update( source ).digest( 'hex' );
	return `${ domain === 'default' ? locale : `${ domain }-${ locale }` }-${ hash }.json`;
}
