import { expect, test, type Browser, type Page } from '@playwright/test';

import { expectNoSeriousViolations, logIn, watchConsole } from '../helpers';

// Blind selection from application to result, each step as the person who takes it, in Chromium.
// The site is prepared by tests/e2e/fixtures/selection.php: a cohort with two seats, one kept for
// sponsored contributors; Bruno (a volunteer, scored 5) and Chiara (sponsored, scored 2) already
// reviewed by the only two reviewers; Zeynep has not applied.
test.describe.configure( { mode: 'serial', timeout: 120_000 } );

const COHORT = '/?post_type=wayfinder_cohort&name=selection-e2e-cohort';
const APPLICANT = {
	name: 'Zeynep Quillfeather',
	login: 'sel-applicant',
	email: 'sel-applicant@example.org',
};
// Her answer names her (the automatic pass takes it out) and her nickname (which it cannot know).
const ANSWER =
	'I am Zeynep Quillfeather and friends call me Zee. I fix typos in the docs and would like to learn how the docs team plans its work.';
const APPLICANTS = [ APPLICANT.name, 'Bruno Lindqvist', 'Chiara Vance' ];

async function as( browser: Browser, login: string, javaScript = true ) {
	const context = await browser.newContext( {
		javaScriptEnabled: javaScript,
	} );
	const page = await context.newPage();
	await logIn( page, login );
	return page;
}

/**
 * Every response body a page receives while it is used, to search for personal data afterwards.
 * @param page The page.
 */
function recordResponses( page: Page ): string[] {
	const bodies: string[] = [];
	page.on( 'response', async ( response ) => {
		const type = response.headers()[ 'content-type' ] ?? '';
		if ( /json|html|text/.test( type ) ) {
			bodies.push( await response.text().catch( () => '' ) );
		}
	} );
	return bodies;
}

test( 'an applicant applies without JavaScript', async ( { browser } ) => {
	const page = await as( browser, APPLICANT.login, false );
	await page.goto( COHORT );
	const block = page.locator( '.wayfinder-application' );
	await block
		.getByLabel( 'Why do you want to join this cohort?' )
		.fill( ANSWER );
	await block
		.getByRole( 'radio', { name: 'In the group sessions only' } )
		.check();
	await block.getByRole( 'checkbox', { name: 'Documentation' } ).check();
	await block
		.getByRole( 'checkbox', { name: 'I agree to the program’s terms' } )
		.check();
	await block
		.getByRole( 'button', { name: 'Submit my application' } )
		.click();
	await expect( block ).toContainText(
		'Your application: Submitted: being screened.'
	);
	await page.context().close();
} );

test( 'a screener fixes the nickname the automatic pass missed and releases it', async ( {
	browser,
} ) => {
	const page = await as( browser, 'sel-screener' );
	const consoleErrors = watchConsole( page );
	await page.goto( '/wp-admin/admin.php?page=wayfinder-applications' );
	await expect(
		page.getByRole( 'heading', { name: 'Applications', level: 1 } )
	).toBeVisible();
	await page
		.getByRole( 'listitem' )
		.filter( { hasText: 'To screen' } )
		.getByRole( 'button' )
		.click();
	const redacted = page.getByLabel( 'Redacted — what reviewers read' );
	// The automatic pass took her name out, not the nickname.
	await expect( redacted ).toHaveValue( /Zee\b/ );
	await expect( redacted ).not.toHaveValue( /Quillfeather/ );
	await redacted.fill(
		( await redacted.inputValue() ).replace( /\bZee\b/, '[name]' )
	);
	await page.getByRole( 'button', { name: 'Save edit' } ).click();
	await expect( page.getByText( 'Edited by a screener.' ) ).toBeVisible();
	await expectNoSeriousViolations( page, [ '.wayfinder-app__screen' ] );
	await page
		.getByRole( 'button', {
			name: 'Release to reviewers and open the next',
		} )
		.click();
	await expect(
		page.getByRole( 'progressbar', { name: '3 of 3 released' } )
	).toBeVisible();
	expect( consoleErrors ).toEqual( [] );
	await page.context().close();
} );

for ( const reviewer of [ 'sel-reviewer-1', 'sel-reviewer-2' ] ) {
	test( `${ reviewer } scores it blind, and receives nothing that names an applicant`, async ( {
		browser,
	} ) => {
		const page = await as( browser, reviewer );
		const bodies = recordResponses( page );
		const consoleErrors = watchConsole( page );
		await page.goto( '/wp-admin/admin.php?page=wayfinder-applications' );
		await expect(
			page.getByText( '2 of 3 reviewed' ).first()
		).toBeVisible();
		await page.getByRole( 'button', { name: /To review/ } ).click();
		await expect( page.locator( '.wayfinder-app__screen' ) ).toContainText(
			'friends call me [name]'
		);
		for ( const criterion of [
			/Clear motivation and goals/,
			/Ready to contribute/,
			/How much the program can help/,
		] ) {
			await page
				.getByRole( 'group', { name: criterion } )
				.getByRole( 'radio', { name: '4 of 5' } )
				.check();
		}
		await expectNoSeriousViolations( page, [ '.wayfinder-app__screen' ] );
		await page
			.getByRole( 'button', { name: 'Submit and open the next' } )
			.click();
		await expect(
			page.getByText( '3 of 3 reviewed' ).first()
		).toBeVisible();
		// The blind boundary, in what the browser received: pages, scripts' data, REST responses.
		bodies.push( await page.content() );
		expect( bodies.length ).toBeGreaterThan( 3 );
		const received = bodies.join( '\n' );
		for ( const personal of [
			...APPLICANTS,
			'Quillfeather',
			'Zee ',
			APPLICANT.login,
			APPLICANT.email,
			'sel-early',
			'sel-sponsored',
		] ) {
			expect( received ).not.toContain( personal );
		}
		expect( consoleErrors ).toEqual( [] );
		await page.context().close();
	} );
}

test( 'the coordinator selects with the seat kept for a sponsored contributor, locks and reveals', async ( {
	browser,
} ) => {
	const page = await as( browser, 'sel-coordinator' );
	const consoleErrors = watchConsole( page );
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=applications' );
	await page.getByRole( 'button', { name: 'Propose decisions' } ).click();
	const list = page.locator( '.wayfinder-app__screen' );
	await expect( list ).toContainText(
		'A seat kept for sponsored contributors'
	);
	// Still pseudonymous before the lock.
	for ( const name of APPLICANTS ) {
		await expect( list ).not.toContainText( name );
	}
	await expectNoSeriousViolations( page, [ '.wayfinder-app__screen' ] );
	await page.screenshot( {
		path: 'artifacts/screenshots/selection-proposed.png',
		fullPage: true,
	} );

	// Nothing is locked while people can still apply: the screen says so, and the coordinator closes them.
	await expect( list ).toContainText( 'Applications are open until' );
	await expect(
		page.getByRole( 'button', { name: 'Lock decisions' } )
	).toHaveAttribute( 'aria-disabled', 'true' );
	const closed = await page.evaluate( async () => {
		const wp = (
			window as unknown as {
				wp: {
					apiFetch: < T >( options: object ) => Promise< T >;
				};
			}
		 ).wp;
		const [ cohort ] = await wp.apiFetch< Array< { id: number } > >( {
			path: '/wayfinder/v1/cohorts?slug=selection-e2e-cohort',
		} );
		if ( ! cohort ) {
			return 0;
		}
		const yesterday = new Date( Date.now() - 86_400_000 )
			.toISOString()
			.slice( 0, 10 );
		await wp.apiFetch( {
			path: `/wayfinder/v1/cohorts/${ cohort.id }`,
			method: 'POST',
			data: { meta: { wayfinder_apply_until: yesterday } },
		} );
		return cohort.id;
	} );
	expect( closed ).toBeGreaterThan( 0 );
	await page.reload();

	await page.getByRole( 'button', { name: 'Lock decisions' } ).click();
	await page
		.getByRole( 'dialog' )
		.getByRole( 'button', { name: 'Lock decisions' } )
		.click();
	// The notice itself: the page's own sentence says "until the decisions are locked" too.
	await expect(
		page
			.locator( '.components-snackbar' )
			.filter( { hasText: 'The decisions are locked.' } )
	).toBeVisible();
	// Locked: now the coordinator sees who is who.
	await expect( list ).toContainText( APPLICANT.name );
	await page.getByRole( 'button', { name: 'Reveal decisions' } ).click();
	await page
		.getByRole( 'dialog' )
		.getByRole( 'button', { name: 'Reveal and tell everyone' } )
		.click();
	await expect( list ).toContainText(
		'The decisions were revealed and all 3 applicants were told.'
	);
	await expect( list ).toContainText( 'Waitlisted, number 1' );
	await page.screenshot( {
		path: 'artifacts/screenshots/selection-revealed.png',
		fullPage: true,
	} );
	expect( consoleErrors ).toEqual( [] );
	await page.context().close();
} );

test( 'the applicant sees the result', async ( { browser } ) => {
	const page = await as( browser, APPLICANT.login, false );
	await page.goto( COHORT );
	const block = page.locator( '.wayfinder-application' );
	// Two seats: Bruno by score, Chiara in the seat kept for sponsored contributors.
	await expect( block ).toContainText( 'On the waiting list.' );
	await expect( block ).toContainText(
		'You will hear by email if a seat frees up.'
	);
	await expect( page.locator( '.wayfinder-cohort-page' ) ).toContainText(
		'Selection'
	);
	await page.screenshot( {
		path: 'artifacts/screenshots/selection-applicant-result.png',
		fullPage: true,
	} );
	await page.context().close();
	// axe runs in the page: the same page with JavaScript on.
	const checked = await as( browser, APPLICANT.login );
	await checked.goto( COHORT );
	await expectNoSeriousViolations( checked, [
		'.wayfinder-application',
		'.wayfinder-cohort-page',
	] );
	await checked.context().close();
} );
