import { readFile } from 'node:fs/promises';

import { expect, test, type Browser, type Page } from '@playwright/test';

import { expectNoSeriousViolations, logIn } from '../helpers';

// A badge and its certificate, as the person who earned it, a visitor who checks it and the
// coordinator who revokes it see them. The site is prepared by tests/e2e/fixtures/badges.php after the
// demo: badge-graduate (Aroha Ngata) earned the Graduate badge for last season's cohort; the demo's
// Certificates page (/verify/) holds the Verify a certificate block.
test.describe.configure( { mode: 'serial', timeout: 120_000 } );

let jwt = '';

/**
 * Pastes a certificate on the verification page as a visitor with no account, and sends it.
 * @param browser The browser, for a context with no one signed in.
 * @param token   The certificate (the .jwt download).
 */
async function verifyAsVisitor( browser: Browser, token: string ) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto( '/verify/' );
	await page.getByLabel( 'Certificate', { exact: true } ).fill( token );
	await page.getByRole( 'button', { name: 'Verify', exact: true } ).click();
	return { context, page };
}

/**
 * The person's badge in "Your badges and certificates" on My mentorship.
 * @param page The page, signed in.
 */
async function myGraduateBadge( page: Page ) {
	await page.goto( '/mentorship/' );
	const section = page.locator( '#wayfinder-my-badges' );
	await expect(
		section.getByRole( 'heading', { name: 'Your badges and certificates' } )
	).toBeVisible();
	return section.getByRole( 'listitem' ).filter( {
		has: page.getByRole( 'heading', { name: 'Graduate', exact: true } ),
	} );
}

test( 'a graduate sees their badge on their profile and in My mentorship', async ( {
	page,
} ) => {
	await logIn( page, 'badge-graduate' );
	await page.goto( '/author/badge-graduate/' );
	const profile = page.locator( '.wayfinder-badges-block' );
	await expect(
		profile.getByRole( 'heading', { name: 'Badges of Aroha Ngata' } )
	).toBeVisible();
	const badge = profile.getByRole( 'listitem' ).filter( {
		hasText: 'Graduate',
	} );
	await expect(
		badge.getByRole( 'img', { name: /Graduate/ } )
	).toBeVisible();
	await expect( badge ).toContainText( 'Earned' );
	await expectNoSeriousViolations( page, [ '.wayfinder-badges-block' ] );
	await page.screenshot( {
		path: 'artifacts/screenshots/badges-profile.png',
		fullPage: true,
	} );

	const mine = await myGraduateBadge( page );
	await expect( mine ).toContainText( 'Shown on your profile.' );
	await expect(
		mine.getByRole( 'link', { name: 'Print the certificate' } )
	).toBeVisible();
	await expectNoSeriousViolations( page, [ '#wayfinder-my-badges' ] );
	await mine.scrollIntoViewIfNeeded();
	await page.screenshot( {
		path: 'artifacts/screenshots/badges-my-mentorship.png',
		fullPage: true,
	} );
} );

test( 'the graduate downloads the credential and prints the certificate', async ( {
	page,
} ) => {
	await logIn( page, 'badge-graduate' );
	const mine = await myGraduateBadge( page );

	const downloading = page.waitForEvent( 'download' );
	await mine.getByRole( 'link', { name: 'Credential (JWT)' } ).click();
	const download = await downloading;
	expect( download.suggestedFilename() ).toMatch( /\.jwt$/ );
	jwt = (
		await readFile( ( await download.path() ) as string, 'utf8' )
	).trim();
	// A compact JWS: three base64url parts, its header naming RS256 and a key of this site.
	const [ encodedHeader = '', encodedClaims = '', ...rest ] =
		jwt.split( '.' );
	expect( rest ).toHaveLength( 1 );
	const header = JSON.parse(
		Buffer.from( encodedHeader, 'base64url' ).toString( 'utf8' )
	);
	expect( header.alg ).toBe( 'RS256' );
	expect( header.kid ).toContain( '/wayfinder/v1/credentials/keys/' );
	const claims = JSON.parse(
		Buffer.from( encodedClaims, 'base64url' ).toString( 'utf8' )
	);
	expect( claims.type ).toContain( 'OpenBadgeCredential' );
	expect( JSON.stringify( claims ) ).not.toContain(
		'badge-graduate@example.org'
	);

	const pngDownload = page.waitForEvent( 'download' );
	await mine
		.getByRole( 'link', {
			name: 'Badge image with the credential inside',
		} )
		.click();
	const png = await readFile(
		( await ( await pngDownload ).path() ) as string
	);
	expect( png.subarray( 1, 4 ).toString( 'latin1' ) ).toBe( 'PNG' );
	expect( png.includes( Buffer.from( 'openbadgecredential' ) ) ).toBe( true );
	expect( png.includes( Buffer.from( jwt ) ) ).toBe( true );

	await mine.getByRole( 'link', { name: 'Print the certificate' } ).click();
	const certificate = page.locator( '.wayfinder-certificate' );
	await expect(
		certificate.getByRole( 'heading', { name: 'Certificate' } )
	).toBeVisible();
	await expect( certificate ).toContainText( 'Aroha Ngata' );
	await expect( certificate ).toContainText( 'Graduate' );
	await expect( certificate ).toContainText( 'Verify this certificate:' );
	// The QR code is drawn in the browser from the verification link.
	await expect(
		certificate.locator( '[data-wayfinder-qr] svg' )
	).toBeVisible();
	await expect(
		page.getByRole( 'button', { name: 'Print or save as PDF' } )
	).toBeVisible();
	await expectNoSeriousViolations( page, [ '.wayfinder-certificate' ] );
	await page.screenshot( {
		path: 'artifacts/screenshots/badges-certificate.png',
		fullPage: true,
	} );
	// Printed, it fits one page and the button is not on it.
	await page.emulateMedia( { media: 'print' } );
	await expect(
		page.getByRole( 'button', { name: 'Print or save as PDF' } )
	).toBeHidden();
	const pdf = await page.pdf( { format: 'A4' } );
	expect(
		pdf.toString( 'latin1' ).match( /\/Type\s*\/Page[^s]/g )
	).toHaveLength( 1 );
	const letter = await page.pdf( { format: 'Letter' } );
	expect(
		letter.toString( 'latin1' ).match( /\/Type\s*\/Page[^s]/g )
	).toHaveLength( 1 );
} );

test( 'a visitor verifies the certificate on the verification page', async ( {
	browser,
} ) => {
	expect( jwt ).not.toBe( '' );
	const { context, page } = await verifyAsVisitor( browser, jwt );
	await expect(
		page.getByRole( 'heading', { name: 'Valid certificate' } )
	).toBeVisible();
	const checks = page.locator( '.wayfinder-verify-checks' );
	await expect( checks.getByRole( 'listitem' ) ).toHaveCount( 5 );
	await expect( checks ).not.toContainText( 'Failed:' );
	await expect( page.locator( '.wayfinder-verify-result' ) ).toContainText(
		'Aroha Ngata'
	);
	await expectNoSeriousViolations( page, [
		'.wp-block-wayfinder-verify-credential',
	] );
	await page.screenshot( {
		path: 'artifacts/screenshots/badges-verify-valid.png',
		fullPage: true,
	} );

	// One character changed in the signed part: the signature no longer checks out.
	const [ head = '', body = '', signature = '' ] = jwt.split( '.' );
	const tampered = [
		head,
		body.slice( 0, 10 ) +
			( body[ 10 ] === 'A' ? 'B' : 'A' ) +
			body.slice( 11 ),
		signature,
	].join( '.' );
	await page.getByLabel( 'Certificate', { exact: true } ).fill( tampered );
	await page.getByRole( 'button', { name: 'Verify', exact: true } ).click();
	await expect(
		page.getByRole( 'heading', { name: 'Not a valid certificate' } )
	).toBeVisible();
	await expect( page.locator( '.wayfinder-verify-checks' ) ).toContainText(
		'Failed:'
	);
	await context.close();
} );

test( 'the coordinator revokes the badge and the certificate no longer verifies', async ( {
	page,
	browser,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=badges' );
	await page.getByLabel( 'Search by name' ).fill( 'Aroha' );
	const row = page.getByRole( 'row' ).filter( { hasText: 'Aroha Ngata' } );
	await expect( row ).toHaveCount( 1 );
	await expect( row ).toContainText( 'Graduate' );
	await row.getByRole( 'button', { name: /Revoke/ } ).click();
	const asking = page.getByRole( 'group', {
		name: 'Revoke the Graduate badge of Aroha Ngata?',
	} );
	await asking
		.getByLabel( 'Why is it revoked?' )
		.fill( 'Her contribution was reverted: it was not hers.' );
	await expectNoSeriousViolations( page, [ '.wayfinder-admin' ] );
	await page.screenshot( {
		path: 'artifacts/screenshots/badges-admin-revoke.png',
		fullPage: true,
	} );
	await asking.getByRole( 'button', { name: 'Revoke the badge' } ).click();
	await expect( row ).toContainText( 'Revoked' );

	const { context, page: visitor } = await verifyAsVisitor( browser, jwt );
	await expect(
		visitor.getByRole( 'heading', { name: 'Not a valid certificate' } )
	).toBeVisible();
	await expect( visitor.locator( '.wayfinder-verify-checks' ) ).toContainText(
		/Failed:.*revoked/
	);
	// The reason is the person's and the coordinator's, never a visitor's.
	await expect( visitor.locator( 'body' ) ).not.toContainText( 'reverted' );
	await visitor.screenshot( {
		path: 'artifacts/screenshots/badges-verify-revoked.png',
		fullPage: true,
	} );
	await context.close();
} );
