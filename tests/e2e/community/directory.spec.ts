import {
	type Browser,
	expect,
	type Locator,
	type Page,
	test,
} from '@playwright/test';

import { expectNoSeriousViolations, logIn, watchConsole } from '../helpers';

// The mentor directory and mentor cards on the community site (the demo program, bin/test-e2e.sh):
// filtering and paging in place with the address kept in the history, the same without
// JavaScript through the GET form and links, a mentee asking a mentor from a card, axe-core.
test.describe.configure( { mode: 'serial' } );

/** A page with the directory two mentors at a time (the demo has six), and one with a card. */
const PAGED = 'mentors-two-a-page';
const CARD = 'mentor-anna';

const shot = ( page: Page, name: string ) =>
	page.screenshot( {
		path: `artifacts/screenshots/community-${ name }.png`,
		fullPage: true,
	} );

/**
 * Pages the tests need besides the demo's /mentors/, made once through the REST API as the admin.
 * @param browser The browser.
 */
async function makePages( browser: Browser ) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await logIn( page, 'admin' );
	const nonce = await (
		await page.request.get( '/wp-admin/admin-ajax.php?action=rest-nonce' )
	).text();
	const headers = { 'X-WP-Nonce': nonce };
	const anna = (
		( await (
			await page.request.get(
				'/wp-json/wayfinder/v1/mentors?search=Anna'
			)
		).json() ) as Array< { id: number } >
	 )[ 0 ]?.id;
	const pages = {
		[ PAGED ]: '<!-- wp:wayfinder/mentor-directory {"perPage":2} /-->',
		[ CARD ]: `<!-- wp:wayfinder/mentor-card {"mentorId":${ anna }} /-->`,
	};
	for ( const [ slug, content ] of Object.entries( pages ) ) {
		const existing = await page.request.get(
			`/wp-json/wp/v2/pages?slug=${ slug }`,
			{ headers }
		);
		if ( ( ( await existing.json() ) as unknown[] ).length === 0 ) {
			const created = await page.request.post( '/wp-json/wp/v2/pages', {
				headers,
				data: { title: slug, slug, status: 'publish', content },
			} );
			expect( created.status() ).toBe( 201 );
		}
	}
	await context.close();
}

test.beforeAll( async ( { browser } ) => {
	await makePages( browser );
} );

const directory = ( page: Page ) =>
	page.locator( '.wp-block-wayfinder-mentor-directory' );

/**
 * The names on the cards shown, in order.
 * @param page The page.
 */
const names = ( page: Page ): Locator =>
	directory( page ).locator( '.wayfinder-mentor-card__name' );

/**
 * Marks the document: the mark survives only if no new page loads.
 * @param page The page.
 */
const markDocument = ( page: Page ) =>
	page.evaluate( () => {
		( window as unknown as { wayfinderMark?: string } ).wayfinderMark =
			'same document';
	} );
const markOf = ( page: Page ) =>
	page.evaluate(
		() =>
			( window as unknown as { wayfinderMark?: string } ).wayfinderMark ??
			null
	);

/**
 * No serious or critical accessibility violations in the block's part of the page.
 * @param page     The page.
 * @param selector The block.
 */
const expectAccessible = ( page: Page, selector: string ) =>
	expectNoSeriousViolations( page, [ selector ] );

test( 'a visitor filters the directory in place and the address follows through the history', async ( {
	browser,
} ) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const consoleErrors = watchConsole( page );
	await page.goto( '/mentors/' );
	await expect( names( page ) ).toHaveCount( 6 );
	await expect( directory( page ) ).toContainText(
		'Showing 1–6 of 6 mentors'
	);
	await expectAccessible( page, '.wp-block-wayfinder-mentor-directory' );
	await shot( page, 'directory' );
	await markDocument( page );

	await page.getByLabel( 'Team' ).selectOption( 'core' );
	await expect( page ).toHaveURL( /\/mentors\/\?mentors_team=core$/ );
	// Room first, the fewest mentees first: Anna mentors Jonas already.
	await expect( names( page ) ).toHaveText( [
		'Grace Miller',
		'Anna Schmidt',
	] );
	await expect( directory( page ) ).toContainText(
		'Showing 1–2 of 2 mentors'
	);

	await page.getByLabel( 'Language' ).selectOption( 'fr' );
	await expect( page ).toHaveURL( /mentors_team=core&mentors_language=fr/ );
	await expect( names( page ) ).toHaveText( [ 'Grace Miller' ] );
	expect( await markOf( page ) ).toBe( 'same document' );

	// Nobody: the empty state offers to ask for any mentor.
	await page.getByLabel( 'Language' ).selectOption( 'ja' );
	await expect( directory( page ) ).toContainText(
		'No mentor matches these filters.'
	);
	await expect(
		page.getByRole( 'link', { name: 'Log in to ask for any mentor' } )
	).toBeVisible();
	await expectAccessible( page, '.wp-block-wayfinder-mentor-directory' );

	// Back through the history, still in the same document.
	await page.goBack();
	await expect( page ).toHaveURL( /mentors_team=core&mentors_language=fr$/ );
	await expect( names( page ) ).toHaveText( [ 'Grace Miller' ] );
	await page.goBack();
	await expect( page ).toHaveURL( /\/mentors\/\?mentors_team=core$/ );
	await expect( names( page ) ).toHaveCount( 2 );
	expect( await markOf( page ) ).toBe( 'same document' );

	// "Has room now" and "Clear filters".
	await page.getByLabel( 'Has room for a new mentee now' ).check();
	await expect( page ).toHaveURL( /mentors_team=core&mentors_room=1$/ );
	await page.getByRole( 'link', { name: 'Clear filters' } ).click();
	await expect( page ).toHaveURL( /\/mentors\/$/ );
	await expect( names( page ) ).toHaveCount( 6 );
	expect( await markOf( page ) ).toBe( 'same document' );
	expect( consoleErrors ).toEqual( [] );
	await context.close();
} );

test( 'a visitor pages through the directory in place, with the focus on what changed', async ( {
	browser,
} ) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const consoleErrors = watchConsole( page );
	await page.goto( `/${ PAGED }/` );
	await expect( names( page ) ).toHaveCount( 2 );
	const first = await names( page ).allTextContents();
	await markDocument( page );

	await page.getByRole( 'link', { name: 'Next page' } ).click();
	await expect( page ).toHaveURL( /\?mentors_page=2$/ );
	await expect( directory( page ) ).toContainText(
		'Showing 3–4 of 6 mentors'
	);
	await expect(
		page.locator( '.wayfinder-mentor-directory__summary' )
	).toBeFocused();
	const second = await names( page ).allTextContents();
	expect( second ).toHaveLength( 2 );
	expect( second ).not.toEqual( first );
	await expect(
		page.getByRole( 'link', { name: 'Page 2' } )
	).toHaveAttribute( 'aria-current', 'page' );

	await page.getByRole( 'link', { name: 'Page 3' } ).click();
	await expect( page ).toHaveURL( /\?mentors_page=3$/ );
	await expect( directory( page ) ).toContainText(
		'Showing 5–6 of 6 mentors'
	);
	await expect( page.getByRole( 'link', { name: 'Next page' } ) ).toHaveCount(
		0
	);
	await page.getByRole( 'link', { name: 'Previous page' } ).click();
	await expect( directory( page ) ).toContainText(
		'Showing 3–4 of 6 mentors'
	);
	expect( await markOf( page ) ).toBe( 'same document' );
	await expectAccessible( page, '.wp-block-wayfinder-mentor-directory' );
	expect( consoleErrors ).toEqual( [] );
	await context.close();
} );

test( 'without JavaScript the filters are a GET form and the pages are links', async ( {
	browser,
} ) => {
	const context = await browser.newContext( { javaScriptEnabled: false } );
	const page = await context.newPage();
	await page.goto( '/mentors/' );
	await expect( names( page ) ).toHaveCount( 6 );

	await page.getByLabel( 'Team' ).selectOption( 'core' );
	await expect( page ).toHaveURL( /\/mentors\/$/ ); // Nothing happens until the form is sent.
	await page.getByRole( 'button', { name: 'Show mentors' } ).click();
	await expect( page ).toHaveURL( /mentors_team=core/ );
	// Room first, the fewest mentees first: Anna mentors Jonas already.
	await expect( names( page ) ).toHaveText( [
		'Grace Miller',
		'Anna Schmidt',
	] );
	await expect( page.getByLabel( 'Team' ) ).toHaveValue( 'core' );
	await shot( page, 'directory-no-js' );

	await page.goto( `/${ PAGED }/` );
	await page.getByRole( 'link', { name: 'Next page' } ).click();
	await expect( page ).toHaveURL( /\?mentors_page=2$/ );
	await expect( directory( page ) ).toContainText(
		'Showing 3–4 of 6 mentors'
	);
	await expect(
		page.getByRole( 'link', { name: 'Log in to request this mentor' } )
	).toHaveCount( 2 );
	// (axe-core needs JavaScript: the same markup is checked in the other tests.)
	await context.close();
} );

test( 'a logged-in mentee asks a mentor from a card, with and without JavaScript', async ( {
	browser,
} ) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await logIn( page, 'mentee-aisha' );
	await page.goto( '/mentors/' );
	// From here on: WordPress's own login and profile pages are not ours to judge (leaving the
	// profile page throws in its own script).
	const consoleErrors = watchConsole( page );
	const kenji = page.locator( 'article', {
		has: page.getByRole( 'heading', { name: 'Kenji Watanabe' } ),
	} );
	await expectAccessible( page, '.wp-block-wayfinder-mentor-directory' );
	await markDocument( page );

	const sent = page.waitForResponse(
		( response ) =>
			response.url().includes( '/wayfinder/v1/requests' ) &&
			response.request().method() === 'POST'
	);
	await kenji.getByRole( 'button', { name: 'Request this mentor' } ).click();
	expect( ( await sent ).status() ).toBe( 201 );
	await expect( kenji.getByRole( 'status' ) ).toHaveText(
		'Your request is on its way to Kenji Watanabe. You will hear by email when they answer.'
	);
	await expect(
		kenji.getByRole( 'button', { name: 'Request this mentor' } )
	).toBeHidden();
	await expect( kenji.getByRole( 'status' ) ).toBeFocused();
	expect( await markOf( page ) ).toBe( 'same document' );
	await shot( page, 'card-requested' );

	await page.reload();
	await expect( kenji ).toContainText(
		'You asked Kenji Watanabe to mentor you. They have not answered yet.'
	);
	expect( consoleErrors ).toEqual( [] );
	await context.close();

	// Without JavaScript: the plain form, and back to the card with the outcome.
	const plain = await browser.newContext( { javaScriptEnabled: false } );
	const noScript = await plain.newPage();
	await logIn( noScript, 'mentee-aisha' );
	await noScript.goto( '/mentors/' );
	const lucia = noScript.locator( 'article', {
		has: noScript.getByRole( 'heading', { name: 'Lucía Fernández' } ),
	} );
	await lucia.getByRole( 'button', { name: 'Request this mentor' } ).click();
	await expect( noScript ).toHaveURL( /\/mentors\/#wayfinder-mentor-\d+$/ );
	await expect( lucia.getByRole( 'status' ).first() ).toHaveText(
		'Your request is on its way to Lucía Fernández. You will hear by email when they answer.'
	);
	await expect( lucia ).toContainText( 'You asked Lucía Fernández' );
	await plain.close();
} );

test( 'a card loaded in place by a page link asks its own mentor', async ( {
	browser,
} ) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await logIn( page, 'mentee-omar' );
	await page.goto( `/${ PAGED }/` );
	const consoleErrors = watchConsole( page );
	const before = await names( page ).allTextContents();
	await markDocument( page );
	await page.getByRole( 'link', { name: 'Next page' } ).click();
	await expect( page ).toHaveURL( /\?mentors_page=2$/ );
	await expect( names( page ).first() ).not.toHaveText( before[ 0 ] ?? '' );

	// The first card of page 2 sits where the first card of page 1 was: it must ask its own mentor.
	const card = directory( page ).locator( 'article' ).first();
	const name = ( await card.locator( 'h2' ).textContent() ) ?? '';
	await card.getByRole( 'button', { name: 'Request this mentor' } ).click();
	await expect( card.getByRole( 'status' ) ).toHaveText(
		`Your request is on its way to ${ name }. You will hear by email when they answer.`
	);
	expect( await markOf( page ) ).toBe( 'same document' );
	await page.reload();
	await expect(
		directory( page ).locator( 'article', {
			has: page.getByRole( 'heading', { name } ),
		} )
	).toContainText( `You asked ${ name } to mentor you.` );
	expect( consoleErrors ).toEqual( [] );
	await context.close();
} );

test( 'a mentor card on its own page is accessible and keeps its local time', async ( {
	browser,
} ) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const consoleErrors = watchConsole( page );
	await page.goto( `/${ CARD }/` );
	const card = page.locator( '.wp-block-wayfinder-mentor-card' );
	await expect( card ).toContainText( 'Anna Schmidt' );
	await expect( card ).toContainText( 'Europe / Berlin' );
	await expect( card.locator( 'time' ) ).toHaveText( /\d{1,2}:\d\d/ );
	await expect(
		card.getByRole( 'link', { name: 'Log in to request this mentor' } )
	).toBeVisible();
	await expectAccessible( page, '.wp-block-wayfinder-mentor-card' );
	await shot( page, 'card' );
	expect( consoleErrors ).toEqual( [] );
	await context.close();
} );
