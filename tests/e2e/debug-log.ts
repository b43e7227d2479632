import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

/**
 * The site's PHP debug log: everything PHP logged since the last reset. Throws when the log cannot be
 * read (no site directory given, no such file), so a "the log is empty" check cannot pass by accident.
 * @param siteDir The test site's directory (WAYFINDER_E2E_SITE_DIR).
 */
export function readDebugLog(
	siteDir = process.env.WAYFINDER_E2E_SITE_DIR ?? ''
): string {
	if ( siteDir === '' ) {
		throw new Error(
			'WAYFINDER_E2E_SITE_DIR is not set: the debug log cannot be read.'
		);
	}
	const file = join( siteDir, 'debug.log' );
	try {
		return readFileSync( file, 'utf8' );
	} catch ( error ) {
		throw new Error(
			`The debug log ${ file } cannot be read: ${
				error instanceof Error ? error.message : String( error )
			}`
		);
	}
}

/**
 * Empties the site's PHP debug log.
 * @param siteDir The test site's directory (WAYFINDER_E2E_SITE_DIR).
 */
export function resetDebugLog(
	siteDir = process.env.WAYFINDER_E2E_SITE_DIR ?? ''
): void {
	if ( siteDir === '' ) {
		throw new Error(
			'WAYFINDER_E2E_SITE_DIR is not set: the debug log cannot be reset.'
		);
	}
	writeFileSync( join( siteDir, 'debug.log' ), '' );
}
