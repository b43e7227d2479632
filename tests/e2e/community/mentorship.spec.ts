import { expect, type Locator, type Page, test } from '@playwright/test';

import {
	expectNoSeriousViolations,
	fillLogIn,
	logIn,
	watchConsole,
} from '../helpers';

// The community side of the demo program (nginx + PHP-FPM + MariaDB, demo content loaded by
// bin/test-e2e.sh): the Mentorship page with the mentoring button and My mentorship. The tests run
// in order and change the program as they go. Screenshots land in artifacts/screenshots.
test.describe.configure( { mode: 'serial' } );

const shot = ( page: Page, name: string ) =>
	page.screenshot( {
		path: `artifacts/screenshots/community-${ name }.png`,
		fullPage: true,
	} );

/**
 * No serious or critical accessibility violations in the blocks.
 * @param page The page.
 */
const expectAccessible = ( page: Page ) =>
	expectNoSeriousViolations( page, [
		'.wp-block-wayfinder-mentoring-button',
		'.wp-block-wayfinder-my-mentorship',
	] );

/**
 * What the blocks look like once the page has settled (web fonts loaded): each block's text and
 * height. The same with and without JavaScript means hydrating moved nothing.
 * @param page The page.
 */
const blockLayout = ( page: Page ) =>
	page.evaluate( async () => {
		await document.fonts.ready;
		return Array.from(
			document.querySelectorAll< HTMLElement >(
				'[class*="wp-block-wayfinder-"]'
			)
		).map( ( block ) => ( {
			text: block.innerText,
			height: Math.round( block.getBoundingClientRect().height ),
		} ) );
	} );

/**
 * Opens the Mentorship page as someone, with the console watched from there on (WordPress's own login
 * page is not ours to judge) and a marker that a full reload would wipe out.
 * @param page  The page.
 * @param login The demo login.
 */
async function openAs( page: Page, login: string ) {
	await logIn( page, login );
	await page.goto( '/mentorship/' );
	const consoleErrors = watchConsole( page );
	await markDocument( page );
	return {
		button: page.locator( '.wp-block-wayfinder-mentoring-button' ),
		mine: page.locator( '.wp-block-wayfinder-my-mentorship' ),
		consoleErrors,
	};
}

/**
 * Waits for the view scripts (the blocks hydrate once the router region answers to clicks), then
 * marks this document, so that sameDocument() tells whether it was reloaded since.
 * @param page The page.
 */
async function markDocument( page: Page ) {
	await page.waitForFunction(
		() =>
			document.querySelectorAll( 'script[type="module"][src*="view.js"]' )
				.length > 0
	);
	await page.evaluate( () => {
		( window as unknown as { wayfinderMarker: boolean } ).wayfinderMarker =
			true;
	} );
}

/**
 * Whether the page is still the one that was opened (no full reload since).
 * @param page The page.
 */
const sameDocument = ( page: Page ) =>
	page.evaluate(
		() =>
			( window as unknown as { wayfinderMarker?: boolean } )
				.wayfinderMarker === true
	);

/**
 * The entry of a list of people that names this person.
 * @param within Where to look.
 * @param name   The person's name.
 */
const personEntry = ( within: Locator, name: string ) =>
	within.locator( '.wayfinder-person' ).filter( { hasText: name } );

test( 'a mentee asks for a mentor from the button and gets one without a reload', async ( {
	page,
	browser,
	baseURL,
} ) => {
	const { button, mine, consoleErrors } = await openAs(
		page,
		'mentee-emily'
	);
	// My mentorship on the same page offers the form; the button only points to it.
	await expect(
		button.getByRole( 'link', { name: 'Ask for a mentor' } )
	).toHaveAttribute( 'href', '#wayfinder-your-mentor' );
	await expect(
		mine.getByRole( 'heading', { name: 'Get a mentor' } )
	).toBeVisible();
	await expect( mine ).toContainText( 'You asked Grace Miller on' );
	await expectAccessible( page );
	await shot( page, 'mentee-asks' );
	// Hydration changes nothing on screen: the same blocks, the same size, as without JavaScript.
	const plain = await browser.newContext( {
		...( baseURL ? { baseURL } : {} ),
		javaScriptEnabled: false,
	} );
	const withoutScripts = await plain.newPage();
	await logIn( withoutScripts, 'mentee-emily' );
	await withoutScripts.goto( '/mentorship/' );
	expect( await blockLayout( page ) ).toEqual(
		await blockLayout( withoutScripts )
	);
	await plain.close();

	await mine.getByRole( 'button', { name: 'Ask for a mentor' } ).click();

	await expect( mine.getByRole( 'status' ) ).toHaveText(
		'You have a mentor now.'
	);
	await expect( button ).toContainText( 'Your mentor: Grace Miller' );
	// My mentorship was rendered again from the server too: the mentor, how to reach her, what next.
	await expect(
		mine.getByRole( 'heading', { name: 'Grace Miller' } )
	).toBeVisible();
	await expect(
		mine.getByRole( 'link', { name: 'mentor-grace@example.org' } )
	).toHaveAttribute( 'href', 'mailto:mentor-grace@example.org' );
	await expect( mine ).toContainText( 'Next steps' );
	await expect( mine ).not.toContainText( 'You asked Grace Miller' );
	expect( await sameDocument( page ) ).toBe( true );
	await expectAccessible( page );
	await shot( page, 'mentee-matched' );
	expect( consoleErrors ).toEqual( [] );
} );

test( 'a mentor who never had a mentee starts mentoring and offers to mentor someone waiting', async ( {
	page,
} ) => {
	const { button, mine, consoleErrors } = await openAs(
		page,
		'mentor-lucia'
	);
	await expect( mine ).toContainText( 'You have no mentee at the moment.' );
	await expectAccessible( page );

	await button.getByRole( 'link', { name: 'Start mentoring' } ).click();
	await expect( page ).toHaveURL( /\/mentorship\/#wayfinder-waiting$/ );
	const waiting = mine.locator( '#wayfinder-waiting' );
	const lucas = personEntry( waiting, 'Lucas Oliveira' );
	await expect( lucas ).toContainText( 'Both speak Portuguese and English.' );
	await expect( lucas ).not.toContainText( '@example.org' );
	await shot( page, 'mentor-waiting' );

	await lucas.getByRole( 'button', { name: 'Offer to mentor' } ).click();

	await expect( mine.getByRole( 'status' ) ).toHaveText(
		'You offered to mentor Lucas Oliveira. They get an email and can accept or decline.'
	);
	await expect( mine.getByRole( 'status' ) ).toBeFocused();
	await expect( personEntry( waiting, 'Lucas Oliveira' ) ).toContainText(
		'You offered to mentor them; they have not answered yet.'
	);
	await expect( mine ).toContainText( 'Your offers' );
	await expect(
		button.getByRole( 'link', { name: 'Start mentoring' } )
	).toBeVisible();
	await expectAccessible( page );
	expect( consoleErrors ).toEqual( [] );
} );

test( 'the mentee accepts the offer and both see each other', async ( {
	page,
} ) => {
	const { button, mine, consoleErrors } = await openAs(
		page,
		'mentee-lucas'
	);
	const offer = personEntry( mine, 'Lucía Fernández offered' );
	await expect( offer ).toContainText(
		'Designer who cares about accessible interfaces.'
	);
	await expectAccessible( page );
	await shot( page, 'mentee-offer' );

	await offer.getByRole( 'button', { name: 'Accept' } ).click();

	await expect( mine.getByRole( 'status' ) ).toHaveText(
		'Lucía Fernández is your mentor now. You both get an email to introduce you.'
	);
	await expect(
		mine.getByRole( 'heading', { name: 'Lucía Fernández' } )
	).toBeVisible();
	await expect( mine ).toContainText(
		'Lucía Fernández offered to mentor you, and you accepted.'
	);
	await expect(
		mine.getByRole( 'link', { name: 'mentor-lucia@example.org' } )
	).toBeVisible();
	await expect( button ).toContainText( 'Your mentor: Lucía Fernández' );
	expect( await sameDocument( page ) ).toBe( true );
	await expectAccessible( page );
	expect( consoleErrors ).toEqual( [] );
} );

test( 'the mentor sees the new mentee, and the button now says Find more mentees', async ( {
	page,
} ) => {
	const { consoleErrors } = await openAs( page, 'mentor-lucia' );
	const mentees = page
		.locator( '.wp-block-wayfinder-my-mentorship .wayfinder-card' )
		.filter( { hasText: 'Lucas Oliveira' } );
	await expect( mentees ).toContainText(
		'You offered to mentor Lucas Oliveira, and they accepted.'
	);
	await expect(
		mentees.getByRole( 'link', { name: 'mentee-lucas@example.org' } )
	).toBeVisible();
	await expect(
		page
			.locator( '.wp-block-wayfinder-mentoring-button' )
			.getByRole( 'link', { name: 'Find more mentees' } )
	).toBeVisible();
	await expect(
		page.locator( '.wp-block-wayfinder-my-mentorship' )
	).toContainText( 'You mentor 1 of 2 mentees.' );
	await expectAccessible( page );
	await shot( page, 'mentor-matched' );
	expect( consoleErrors ).toEqual( [] );
} );

test( 'the profile editor shows what the server refuses next to the form, and saves', async ( {
	page,
} ) => {
	const { mine, consoleErrors } = await openAs( page, 'mentor-kenji' );
	// The page leaves the long form out until it is asked for.
	await expect( mine.locator( 'select[name="timezone"]' ) ).toHaveCount( 0 );
	await mine.getByRole( 'link', { name: 'Edit your profile' } ).click();
	await expect( page ).toHaveURL(
		/wayfinder_edit_profile=1#wayfinder-profile$/
	);
	await markDocument( page );
	const form = mine.locator( 'form.wayfinder-form--save-profile' );
	await expect( form.getByLabel( 'Timezone' ) ).toHaveValue( 'Asia/Tokyo' );
	await expect( form ).toContainText(
		'Times are in your own timezone, Asia/Tokyo.'
	);
	await form.getByLabel( 'Timezone' ).selectOption( 'Europe/Lisbon' );
	await expect( form ).toContainText(
		'Times are in your own timezone, Europe/Lisbon.'
	);
	await form.getByLabel( 'Status' ).selectOption( 'away' );
	await form.getByLabel( 'Away until (optional)' ).fill( '2020-01-01' );
	await expectAccessible( page );

	await form.getByRole( 'button', { name: 'Save profile' } ).click();

	const problem = form.locator( '.wayfinder-form-error' );
	await expect( problem ).toContainText(
		'The end of an absence cannot be in the past.'
	);
	await expect( problem ).toBeFocused();
	await expect( form.getByLabel( 'Status' ) ).toHaveValue( 'away' );
	await shot( page, 'profile-refused' );

	await form.getByLabel( 'Away until (optional)' ).fill( '' );
	await form.getByLabel( 'How many mentees at once' ).fill( '3' );
	await form.getByRole( 'button', { name: 'Save profile' } ).click();

	await expect( mine.getByRole( 'status' ) ).toHaveText(
		'Your profile is saved.'
	);
	await expect( mine ).toContainText(
		'You mentor 0 of 3 mentees. Status: away.'
	);
	await expect( mine ).toContainText(
		'You are away. Change this in your profile when you are back.'
	);
	await expect(
		page
			.locator( '.wp-block-wayfinder-mentoring-button' )
			.getByText( 'You are away.' )
	).toBeVisible();
	expect( await sameDocument( page ) ).toBe( true );
	// The browser logs the refused save's 400 itself; nothing else went wrong.
	expect( consoleErrors ).toEqual( [
		expect.stringMatching(
			/status of 400 .*\/wayfinder\/v1\/profiles\/me/
		),
	] );
} );

test.describe( 'without JavaScript', () => {
	test.use( { javaScriptEnabled: false } );

	test( 'the plain forms do the same and come back with a notice', async ( {
		page,
	} ) => {
		await logIn( page, 'mentee-aisha' );
		await page.goto( '/mentorship/' );
		const button = page.locator( '.wp-block-wayfinder-mentoring-button' );
		const mine = page.locator( '.wp-block-wayfinder-my-mentorship' );
		// Where she stands is said once, in My mentorship; the button points to it.
		await expect( button ).toContainText(
			'You are waiting for a mentor: see where you stand'
		);
		await expect( button ).not.toContainText( 'in the queue' );
		await expect( mine ).toContainText( 'in the queue for a mentor.' );
		await expect( mine ).toContainText( 'What happens next' );
		await expect(
			mine.getByRole( 'heading', { name: 'Your mentor', exact: true } )
		).toHaveCount( 0 );
		await shot( page, 'waiting-mentee' );

		await mine
			.getByRole( 'button', { name: 'Look for a mentor again' } )
			.click();

		await expect( page ).toHaveURL( /\/mentorship\/$/ );
		await expect( mine.getByRole( 'status' ) ).toHaveText(
			'You have a mentor now.'
		);
		await expect( button ).toContainText( 'Your mentor: Anna Schmidt' );

		await mine.getByText( 'Change mentor or stop' ).click();
		// No reason is chosen for her; each says what follows.
		await expect(
			mine.getByRole( 'radio', { checked: true } )
		).toHaveCount( 0 );
		await expect( mine ).toContainText(
			'We look for another mentor for you at once (never Anna Schmidt again)'
		);
		await shot( page, 'end-mentorship' );
		await mine.getByLabel( 'I no longer want a mentor' ).check();
		await mine.getByRole( 'button', { name: 'End mentorship' } ).click();
		// The box must be ticked: the browser holds the form back.
		await expect( page ).toHaveURL( /\/mentorship\/$/ );
		await mine
			.getByLabel( 'Yes, end my mentorship with Anna Schmidt' )
			.check();
		await mine.getByRole( 'button', { name: 'End mentorship' } ).click();

		await expect( mine.getByRole( 'status' ) ).toHaveText(
			'Your mentorship with Anna Schmidt has ended.'
		);
		await expect( mine ).toContainText( 'You have no mentor yet.' );
		await shot( page, 'no-javascript' );
	} );
} );

test( 'in the editor, each block is a live preview rendered by the server, with its settings', async ( {
	page,
} ) => {
	await logIn( page, 'admin' );
	const id = await page.evaluate(
		async () =>
			(
				( await (
					await fetch( '/wp-json/wp/v2/pages?slug=mentorship' )
				).json() ) as Array< { id: number } >
			 )[ 0 ]?.id
	);
	await page.goto( `/wp-admin/post.php?post=${ id }&action=edit` );
	const consoleErrors = watchConsole( page );
	const canvas = page.frameLocator( 'iframe[name="editor-canvas"]' );
	const mine = canvas.locator( '[data-type="wayfinder/my-mentorship"]' );
	await expect( mine ).toContainText( 'Your mentoring profile', {
		timeout: 30_000,
	} );
	// The welcome guide, if it shows.
	await page.keyboard.press( 'Escape' );
	// The site admin is no mentor by the administrator role: the preview shows what they would see.
	await expect(
		canvas.locator( '[data-type="wayfinder/mentoring-button"]' )
	).toContainText( 'Ask for a mentor' );

	await mine.click();
	await page
		.getByRole( 'checkbox', { name: 'Show the profile editor' } )
		.uncheck();
	await expect( mine ).toContainText( 'Get a mentor' );
	await expect( mine ).not.toContainText( 'Your mentoring profile' );
	// Offline test sites cannot fetch the editor's welcome picture from WordPress.org.
	expect(
		consoleErrors.filter( ( error ) => ! error.includes( 's.w.org' ) )
	).toEqual( [] );
} );

test( 'a visitor who is not logged in sees what this is and a way in, nothing personal', async ( {
	page,
} ) => {
	await page.goto( '/mentorship/' );
	const consoleErrors = watchConsole( page );
	const blocks = page.locator( '[class*="wp-block-wayfinder-"]' );
	await expect( blocks.first() ).toContainText( 'Log in to take part' );
	for ( const text of [ 'Lucía', 'Lucas', 'Anna', '@example.org' ] ) {
		await expect( blocks.filter( { hasText: text } ) ).toHaveCount( 0 );
	}
	await expect(
		page.locator( 'form[action*="admin-post.php"]' )
	).toHaveCount( 0 );
	await expectAccessible( page );
	// WordPress's login page, next, is not ours to judge.
	expect( consoleErrors ).toEqual( [] );

	await page
		.locator( '.wp-block-wayfinder-mentoring-button' )
		.getByRole( 'link', { name: 'Log in to take part' } )
		.click();
	await fillLogIn( page, 'mentee-yuki' );
	await expect( page ).toHaveURL( /\/mentorship\/$/ );
	await expect(
		page.locator( '.wp-block-wayfinder-my-mentorship' )
	).toContainText( 'in the queue for a mentor' );
} );
