import { readdirSync, statSync } from 'fs';
import { join, relative } from 'path';
import type { APIResponse } from '@playwright/test';

/**
 * Which node answered: the X-Wayfinder-Node header that each node's PHP-FPM pool sets
 * (bin/lib/cluster-node-mu-plugin.php).
 * @param response A response through the balancer.
 */
export function nodeOf( response: APIResponse ): string {
	return response.headers()[ 'x-wayfinder-node' ] ?? '';
}

/**
 * Every file under a node's wp-content, with its size and time of change, keyed by the node's label
 * and the file's path. The outbox of the test sites' mailer (wp-content/mail.log) is left out: it is
 * the harness's mail server, which each node writes to as it sends.
 * @param siteDir The node's WordPress folder.
 * @param label   The node's name (a or b).
 */
export function wpContentTree(
	siteDir: string,
	label: string
): Map< string, string > {
	const base = join( siteDir, 'wp-content' );
	const files = new Map< string, string >();
	const walk = ( dir: string ) => {
		for ( const entry of readdirSync( dir, { withFileTypes: true } ) ) {
			const path = join( dir, entry.name );
			if ( entry.isDirectory() ) {
				walk( path );
				continue;
			}
			const name = relative( base, path );
			if ( name === 'mail.log' ) {
				continue;
			}
			const stat = statSync( path );
			files.set(
				`${ label }:wp-content/${ name }`,
				`${ stat.size } ${ stat.mtimeMs }`
			);
		}
	};
	walk( base );
	return files;
}
