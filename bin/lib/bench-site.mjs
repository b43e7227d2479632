/**
 * What every bench script does first: run commands in the checkout (stopping the benchmark when one
 * fails) and make its site, or reuse the one an earlier run kept, pointed at this run's address.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(
	dirname( fileURLToPath( import.meta.url ) ),
	'..',
	'..'
);
const cache = process.env.WAYFINDER_CACHE || join( root, '.cache' );

/**
 * Runs a command in the checkout; stops the benchmark when it fails.
 * @param {string}   command The program.
 * @param {string[]} args    Its arguments.
 * @param {Object}   env     More environment variables.
 * @return {string} What it printed.
 */
export function run( command, args, env = {} ) {
	const result = spawnSync( command, args, {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ...env },
		stdio: [ 'ignore', 'pipe', 'inherit' ],
		maxBuffer: 64 * 1024 * 1024,
	} );
	if ( result.status !== 0 ) {
		console.error( `${ command } ${ args.join( ' ' ) } failed.` );
		process.exit( 1 );
	}
	return result.stdout.trim();
}

/**
 * The bench site `name` (WordPress newest, Wayfinder active): made afresh, or with reuse the one an
 * earlier run kept (its database started); either way answering at `base`, whichever port it was
 * made with.
 * @param {string}  name  The site's folder under .cache/sites and its database's name.
 * @param {string}  base  The address it is served on, e.g. http://127.0.0.1:8897.
 * @param {boolean} reuse Keep a site an earlier run made.
 * @return {string} The site's folder.
 */
export function benchSite( name, base, reuse ) {
	let site = join( cache, 'sites', name );
	if ( reuse && existsSync( join( site, 'wp-config.php' ) ) ) {
		run( 'bash', [ 'bin/mariadb.sh', 'start' ] );
	} else {
		console.log(
			`Making the bench site ${ name } (WordPress newest, Wayfinder active)…`
		);
		site = run( 'bash', [
			'bin/make-site.sh',
			name,
			'latest',
			base,
			'--with-plugin',
		] )
			.split( '\n' )
			.pop();
	}
	run(
		'php',
		[ 'bin/lib/wp.php', site, 'eval', 'bin/lib/bench-site-url.php' ],
		{
			WAYFINDER_BENCH_URL: base,
		}
	);
	return site;
}
