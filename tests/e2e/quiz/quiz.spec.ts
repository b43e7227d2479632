import { expect, type Locator, type Page, test } from '@playwright/test';

import { expectNoSeriousViolations, fillLogIn, watchConsole } from '../helpers';

// A visitor on the demo site's "Get involved" page (bin/test-e2e.sh: the demo program, plugin active):
// the quiz, its ranked teams with reasons, signing in from the result and asking for a mentor in a
// team — with JavaScript, without it, and from the keyboard alone.
test.describe.configure( { mode: 'serial' } );

const PAGE = '/get-involved/';

const shot = ( page: Page, name: string ) =>
	page.screenshot( {
		path: `artifacts/screenshots/quiz-${ name }.png`,
		fullPage: true,
	} );

/**
 * No serious or critical accessibility violations in the quiz block.
 * @param page The page.
 */
const expectAccessible = ( page: Page ) =>
	expectNoSeriousViolations( page, [ '.wayfinder-quiz' ] );

/**
 * Answers the four steps as a translator would and asks for the result.
 * @param page The page.
 */
async function answerAsTranslator( page: Page ) {
	await expect( page.getByText( 'Step 1 of 4' ) ).toBeVisible();
	await page.getByLabel( 'I am new to WordPress' ).check();
	await page.getByRole( 'button', { name: 'Next' } ).click();
	await expect( page.getByText( 'Step 2 of 4' ) ).toBeVisible();
	await page.getByLabel( 'Languages and translation' ).check();
	await page.getByRole( 'button', { name: 'Next' } ).click();
	await expect( page.getByText( 'Step 3 of 4' ) ).toBeVisible();
	await page.getByLabel( 'A language besides English' ).check();
	await page.getByRole( 'button', { name: 'Next' } ).click();
	await expect( page.getByText( 'Step 4 of 4' ) ).toBeVisible();
	await page.getByLabel( 'An hour now and then' ).check();
	await page.getByRole( 'button', { name: 'See my teams' } ).click();
}

/**
 * Presses Tab until the element has the focus (at most 40 times), as a keyboard user would.
 * @param page    The page.
 * @param element The element to reach.
 */
async function tabTo( page: Page, element: Locator ) {
	for ( let i = 0; i < 40; i++ ) {
		if (
			await element.evaluate(
				( node ) => node === node.ownerDocument.activeElement
			)
		) {
			return;
		}
		await page.keyboard.press( 'Tab' );
	}
	await expect( element ).toBeFocused();
}

const teams = ( page: Page ) =>
	page.locator( '.wayfinder-quiz__teams > li.wayfinder-quiz__team' );

/**
 * Signs in on WordPress's login page, which sends the visitor back to where they came from.
 * @param page The page.
 */
async function signInAsAisha( page: Page ) {
	await expect( page ).toHaveURL( /wp-login\.php/ );
	await fillLogIn( page, 'mentee-aisha' );
}

/**
 * How much the page's layout shifts while the quiz loads and becomes interactive. The theme's web
 * fonts swap in at their own pace and move text, so they are held back: any shift left is the block's.
 * @param page A fresh page, left on the quiz.
 */
async function layoutShiftOnLoad( page: Page ): Promise< number > {
	await page.route( /\.woff2?(\?|$)/, ( route ) => route.abort() );
	await page.goto( PAGE );
	return page.evaluate(
		() =>
			new Promise< number >( ( resolve ) => {
				let total = 0;
				new PerformanceObserver( ( list ) => {
					for ( const entry of list.getEntries() as ( PerformanceEntry & {
						value: number;
					} )[] ) {
						total += entry.value;
					}
				} ).observe( { type: 'layout-shift', buffered: true } );
				setTimeout( () => resolve( total ), 500 );
			} )
	);
}

test( 'a visitor gets ranked teams with reasons, signs in from the result and asks for a mentor in the top team', async ( {
	page,
	context,
} ) => {
	// Nothing moves when the page becomes interactive.
	const measuring = await context.newPage();
	expect( await layoutShiftOnLoad( measuring ) ).toBeLessThan( 0.01 );
	await measuring.close();

	const anonymousErrors = watchConsole( page );
	await page.goto( PAGE );
	await expectAccessible( page );
	await shot( page, 'step-1' );

	// Going on without the one answer the last step needs is stopped with a message.
	await page.getByRole( 'button', { name: 'Next' } ).click();
	await expect( page.getByText( 'Step 2 of 4' ) ).toBeVisible();
	await page.getByRole( 'button', { name: 'Back' } ).click();
	await expect( page.getByText( 'Step 1 of 4' ) ).toBeVisible();

	await answerAsTranslator( page );
	await expect( teams( page ).first() ).toBeVisible();
	await expect( teams( page ) ).toHaveCount( 5 );
	await expect( teams( page ).first().getByRole( 'heading' ) ).toHaveText(
		'Polyglots'
	);
	await expect( teams( page ).first() ).toContainText(
		'Because you chose translating, speaking another language'
	);
	await expect(
		teams( page )
			.first()
			.getByRole( 'link', { name: 'Polyglots handbook' } )
	).toHaveAttribute(
		'href',
		'https://make.wordpress.org/polyglots/handbook/'
	);
	await expect(
		page.getByRole( 'heading', { name: 'Teams for you' } )
	).toBeFocused();
	// The result has an address of its own.
	await expect( page ).toHaveURL( /wayfinder_quiz=\d+&answers=7\.1\.7\.0/ );
	await expectAccessible( page );
	await shot( page, 'result' );
	expect( anonymousErrors ).toEqual( [] );

	await page
		.getByRole( 'link', {
			name: 'Sign in to ask for a mentor in Polyglots',
		} )
		.click();
	await signInAsAisha( page );
	// Back on the same result, now signed in.
	await expect( page ).toHaveURL(
		/answers=7\.1\.7\.0&wayfinder_ask=polyglots/
	);
	const consoleErrors = watchConsole( page );
	await expect( page.locator( '.wayfinder-quiz__notice' ) ).toHaveText(
		'You are signed in. Ask for a mentor in Polyglots below.'
	);
	await expect( teams( page ).first().getByRole( 'heading' ) ).toHaveText(
		'Polyglots'
	);
	await expectAccessible( page );

	const asked = page.waitForResponse( /quizzes\/\d+\/ask/ );
	await page
		.getByRole( 'button', { name: 'Ask for a mentor in Polyglots' } )
		.click();
	expect( ( await asked ).ok() ).toBe( true );
	// Aisha already waited for any mentor: her request now asks for Polyglots and keeps its place.
	await expect( teams( page ).first() ).toContainText(
		/now asks for someone in Polyglots|You have asked for a mentor in Polyglots/
	);
	await expect(
		page.getByRole( 'button', { name: 'Ask for a mentor in Polyglots' } )
	).toBeHidden();
	await shot( page, 'asked' );

	// Reloaded, the result still shows that she asked.
	await page.reload();
	await expect( teams( page ).first() ).toContainText(
		'You have asked for a mentor in Polyglots'
	);
	const requests = await page.evaluate( async () => {
		const nonce = await (
			await fetch( '/wp-admin/admin-ajax.php?action=rest-nonce' )
		).text();
		const response = await fetch(
			'/wp-json/wayfinder/v1/requests?status=open&type=mentee_request',
			{ headers: { 'X-WP-Nonce': nonce } }
		);
		return ( await response.json() ) as {
			mentee_name: string;
			team: string;
		}[];
	} );
	expect(
		requests.filter( ( request ) => request.mentee_name === 'Aisha Bello' )
	).toEqual( [ expect.objectContaining( { team: 'polyglots' } ) ] );
	expect( consoleErrors ).toEqual( [] );
} );

test( 'the same flow works without JavaScript', async ( { browser } ) => {
	const context = await browser.newContext( { javaScriptEnabled: false } );
	const page = await context.newPage();
	await page.goto( PAGE );
	await answerAsTranslator( page );
	// Each step was a page of its own; the result comes from the server.
	await expect( page ).toHaveURL( /wayfinder_step=done/ );
	await expect( teams( page ).first().getByRole( 'heading' ) ).toHaveText(
		'Polyglots'
	);
	await expect( teams( page ).first() ).toContainText( 'Because you chose' );

	// "Change my answers" brings the quiz back with the answers given.
	await page.getByRole( 'link', { name: 'Change my answers' } ).click();
	await expect( page.getByText( 'Step 1 of 4' ) ).toBeVisible();
	await expect( page.getByLabel( 'I am new to WordPress' ) ).toBeChecked();

	// Another visitor's answers point to the documentation team.
	await page.goto( PAGE );
	await page.getByLabel( 'I write and publish on a WordPress site' ).check();
	await page.getByRole( 'button', { name: 'Next' } ).click();
	await page.getByLabel( 'Documentation that answers the question' ).check();
	await page.getByRole( 'button', { name: 'Next' } ).click();
	await page.getByLabel( 'Writing and editing' ).check();
	await page.getByRole( 'button', { name: 'Next' } ).click();
	await page.getByRole( 'button', { name: 'See my teams' } ).click();
	await expect( page.locator( '.wayfinder-quiz__error' ) ).toHaveText(
		'Choose an answer to “How much time do you have for contributing?”.'
	);
	await page.getByLabel( 'A few hours a week' ).check();
	await page.getByRole( 'button', { name: 'See my teams' } ).click();
	await expect( teams( page ).first().getByRole( 'heading' ) ).toHaveText(
		'Documentation'
	);
	const resultLink = await page
		.getByRole( 'link', { name: 'Link to this result' } )
		.getAttribute( 'href' );
	expect( resultLink ).toMatch(
		/wayfinder_quiz=\d+&(amp;)?answers=2\.b\.6\.1/
	);

	await page
		.getByRole( 'link', {
			name: 'Sign in to ask for a mentor in Documentation',
		} )
		.click();
	await signInAsAisha( page );
	await expect( page ).toHaveURL( /answers=2\.b\.6\.1&wayfinder_ask=docs/ );
	await page
		.getByRole( 'button', { name: 'Ask for a mentor in Documentation' } )
		.click();
	// The form went to admin-post.php and came back to the same result.
	await expect( page ).toHaveURL(
		/answers=2\.b\.6\.1&wayfinder_ask=docs#wayfinder-quiz-\d+-team-docs$/
	);
	// Grace mentors Documentation and has room: Aisha gets her at once, as the mentoring button does.
	await expect( page.locator( '.wayfinder-quiz__notice' ) ).toContainText(
		'Your mentor is Grace Miller, from Documentation.'
	);
	await expect(
		page.getByRole( 'button', {
			name: 'Ask for a mentor in Documentation',
		} )
	).toBeHidden();
	await shot( page, 'no-js-asked' );
	await context.close();
} );

test( 'the quiz works from the keyboard alone', async ( { browser } ) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const consoleErrors = watchConsole( page );
	await page.goto( PAGE );
	await expect( page.getByText( 'Step 1 of 4' ) ).toBeVisible();

	// Tab into the first answer, tick it with Space, and go on with Enter on "Next".
	const first = page.getByLabel( 'I build sites, for clients or for myself' );
	await tabTo( page, first );
	await expect( first ).toBeFocused();
	await page.keyboard.press( 'Space' );
	await expect( first ).toBeChecked();
	await tabTo( page, page.getByRole( 'button', { name: 'Next' } ) );
	await page.keyboard.press( 'Enter' );
	// Focus moves to the new step's title, so the next Tab reaches its answers.
	await expect( page.getByText( 'What you care about' ) ).toBeFocused();
	await page.keyboard.press( 'Tab' );
	await page.keyboard.press( 'Space' );
	await expect(
		page.getByLabel( 'A web that everyone can use' )
	).toBeChecked();

	for ( const step of [ 'Your skills', 'Your time' ] ) {
		const button = page.getByRole( 'button', { name: 'Next' } );
		await button.focus();
		await page.keyboard.press( 'Enter' );
		await expect( page.getByText( step, { exact: true } ) ).toBeFocused();
		await page.keyboard.press( 'Tab' );
		await page.keyboard.press( 'Space' );
	}
	await expect( page.getByLabel( 'An hour now and then' ) ).toBeChecked();
	await page.getByRole( 'button', { name: 'See my teams' } ).focus();
	await page.keyboard.press( 'Enter' );
	await expect(
		page.getByRole( 'heading', { name: 'Teams for you' } )
	).toBeFocused();
	await expect( teams( page ).first().getByRole( 'heading' ) ).toHaveText(
		'Accessibility'
	);
	// The first link after the heading is the top team's handbook.
	await page.keyboard.press( 'Tab' );
	await expect(
		page.getByRole( 'link', { name: 'Accessibility handbook' } )
	).toBeFocused();

	// "Start again" from the keyboard empties the answers and returns to the first step.
	await page.getByRole( 'link', { name: 'Start again' } ).last().focus();
	await page.keyboard.press( 'Enter' );
	await expect(
		page.getByText( 'What you do with WordPress' )
	).toBeFocused();
	await expect(
		page.getByLabel( 'I build sites, for clients or for myself' )
	).not.toBeChecked();
	await expectAccessible( page );
	expect( consoleErrors ).toEqual( [] );
	await context.close();
} );
