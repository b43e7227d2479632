import { existsSync, writeFileSync } from 'fs';
import { join } from 'path';
import { expect, test } from '@playwright/test';

/**
 * Sites made by bin/serve.sh never serve logs (WordPress's debug.log, the captured mail.log, any
 * other *.log) or the server's own dot-folder: they hold addresses, mail and errors.
 */
const siteDir = process.env.WAYFINDER_E2E_SITE_DIR ?? '';

test( 'logs and the server folder are not served to anyone', async ( {
	request,
} ) => {
	expect( siteDir, 'bin/test-e2e.sh sets WAYFINDER_E2E_SITE_DIR' ).not.toBe(
		''
	);
	const secret = 'wayfinder-log-secret-' + Date.now();
	// Files that exist, so a 404 means "refused", not "missing".
	writeFileSync( join( siteDir, 'wp-content', 'debug.log' ), secret );
	writeFileSync( join( siteDir, 'wp-content', 'secret.LOG' ), secret );
	const mailLog = join( siteDir, 'wp-content', 'mail.log' );
	if ( ! existsSync( mailLog ) ) {
		writeFileSync( mailLog, secret );
	}
	expect( existsSync( join( siteDir, 'debug.log' ) ) ).toBe( true );
	expect( existsSync( join( siteDir, '.server', 'nginx.conf' ) ) ).toBe(
		true
	);

	for ( const path of [
		'/wp-content/debug.log',
		'/wp-content/mail.log',
		'/wp-content/secret.LOG',
		'/debug.log',
		'/.server/nginx.conf',
		'/.server/fpm.conf',
	] ) {
		const response = await request.get( path );
		expect( [ 403, 404 ], path ).toContain( response.status() );
		expect( await response.text(), path ).not.toContain( secret );
	}
	// The site itself is still served.
	expect( ( await request.get( '/wp-login.php' ) ).status() ).toBe( 200 );
} );
