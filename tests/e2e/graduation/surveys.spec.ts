import { readFile } from 'node:fs/promises';

import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousViolations, logIn } from '../helpers';

// Before and after, as the people of a cohort answer them and the coordinator reads them. The site is
// prepared by tests/e2e/fixtures/surveys.php: a running cohort in its first week ("Survey e2e
// cohort") whose mentees survey-mentee (Lena Fischer) and survey-peer (Omar Haddad) were asked the
// mentees' survey on enrolment; Omar answered it; reports show groups of two or more.
test.describe.configure( { mode: 'serial', timeout: 120_000 } );

const SURVEY = 'How contributing feels for you';
const QUESTIONS = {
	familiarity: 'I know how contributing to the project works.',
	confidence: 'I feel confident making a contribution on my own.',
	whereToAsk: 'I know where to ask when I am stuck.',
	whomToPing: 'I know whom to ping to get my contribution reviewed.',
	belonging: 'I feel I belong in the contributor community.',
	keepContributing: 'I intend to keep contributing in the coming months.',
};

/**
 * Answers every required question of the mentees' survey with one point of the agreement scale, and
 * the "would recommend" question with a number.
 * @param page      The survey's page.
 * @param agreement The label of the point chosen, e.g. "Disagree".
 * @param recommend The number chosen, 0–10.
 */
async function answer( page: Page, agreement: string, recommend: string ) {
	for ( const words of Object.values( QUESTIONS ) ) {
		await page
			.getByRole( 'group', {
				name: new RegExp( '^' + words.replace( /\./g, '\\.' ) ),
			} )
			.getByRole( 'radio', { name: agreement, exact: true } )
			.check();
	}
	await page
		.getByRole( 'group', { name: /recommend/ } )
		.getByRole( 'radio', { name: recommend, exact: true } )
		.check();
	await page.getByRole( 'button', { name: 'Send my answers' } ).click();
	await expect(
		page.getByText( 'Thank you! Your answers are saved.' )
	).toBeVisible();
}

/**
 * Opens the survey waiting on My mentorship.
 * @param page The page, signed in.
 */
async function openWaitingSurvey( page: Page ) {
	await page.goto( '/mentorship/' );
	const waiting = page.locator( 'section', {
		has: page.getByRole( 'heading', { name: 'Surveys waiting for you' } ),
	} );
	await expect( waiting ).toContainText( 'Survey e2e cohort' );
	await waiting.getByRole( 'link', { name: SURVEY } ).first().click();
	await expect(
		page.getByRole( 'group', {
			name: new RegExp( '^' + QUESTIONS.familiarity ),
		} )
	).toBeVisible();
}

test( 'a mentee answers the survey before the cohort from My mentorship', async ( {
	page,
} ) => {
	await logIn( page, 'survey-mentee' );
	await openWaitingSurvey( page );
	await expect( page.getByText( 'Before the cohort' ).first() ).toBeVisible();
	await expectNoSeriousViolations( page, [ '.wayfinder-survey' ] );
	await answer( page, 'Disagree', '6' );
	await page.screenshot( {
		path: 'artifacts/screenshots/survey-thank-you.png',
		fullPage: true,
	} );
	// Nothing is waiting any more.
	await page.goto( '/mentorship/' );
	await expect(
		page.getByRole( 'heading', { name: 'Surveys waiting for you' } )
	).toHaveCount( 0 );
} );

test( 'the coordinator finishes the cohort early in the editor, and its people are asked the survey after it', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/edit.php?post_type=wayfinder_cohort' );
	await page
		.getByRole( 'link', { name: 'Survey e2e cohort', exact: true } )
		.click();
	await page
		.locator( '.edit-post-layout, .editor-editor-interface' )
		.first()
		.waitFor();
	const guide = page.getByRole( 'dialog' ).filter( {
		has: page.getByRole( 'button', { name: 'Close' } ),
	} );
	if ( await guide.isVisible().catch( () => false ) ) {
		await guide.getByRole( 'button', { name: 'Close' } ).click();
	}
	const toggle = page.getByRole( 'button', {
		name: 'Cohort details',
		exact: true,
	} );
	if ( ( await toggle.getAttribute( 'aria-expanded' ) ) === 'false' ) {
		await toggle.click();
	}
	const panel = page.locator(
		'.wayfinder-cohort-details:not(.wayfinder-cohort-applications):not(.wayfinder-cohort-graduation)'
	);
	await panel.getByLabel( 'Stage' ).selectOption( { label: 'Finished' } );
	await page
		.getByRole( 'region', { name: 'Editor top bar' } )
		.getByRole( 'button', { name: 'Save', exact: true } )
		.click();
	await expect(
		page.locator( '.components-snackbar' ).filter( { hasText: /updated/i } )
	).toBeVisible();
} );

test( 'the peer answers the survey after the cohort', async ( { page } ) => {
	await logIn( page, 'survey-peer' );
	await openWaitingSurvey( page );
	await expect(
		page.getByText( 'At the end of the cohort' ).first()
	).toBeVisible();
	await answer( page, 'Strongly agree', '9' );
} );

test( 'the mentee answers the survey after the cohort without JavaScript, on a phone', async ( {
	browser,
} ) => {
	const context = await browser.newContext( {
		javaScriptEnabled: false,
		viewport: { width: 390, height: 844 },
	} );
	const page = await context.newPage();
	await logIn( page, 'survey-mentee' );
	await openWaitingSurvey( page );
	// A required question left out: nothing is saved, and the summary says which.
	await page.getByRole( 'button', { name: 'Send my answers' } ).click();
	await expect( page.getByText( 'Nothing was saved.' ) ).toBeVisible();
	// (axe-core runs in the page, so it checks the same form in the JavaScript tests above.)
	await answer( page, 'Agree', '8' );
	await page.screenshot( {
		path: 'artifacts/screenshots/survey-phone-no-js.png',
		fullPage: true,
	} );
	await context.close();
} );

test( 'the coordinator sees the change before and after and downloads it as CSV', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=surveys' );
	await page
		.getByRole( 'button', { name: SURVEY } )
		.or( page.getByRole( 'link', { name: SURVEY } ) )
		.first()
		.click();
	// A survey opens on its report.
	await expect( page.getByRole( 'heading', { name: SURVEY } ) ).toBeVisible();
	await page
		.getByLabel( 'Cohort' )
		.selectOption( { label: 'Survey e2e cohort' } );
	const pairs = page.locator( 'table', {
		has: page.locator( 'caption', { hasText: 'Before and after' } ),
	} );
	// Familiarity: Lena 2 → 4, Omar 2 → 5: before 2, after 4.5, a change of 2.5 in 2 pairs.
	const familiarity = pairs.getByRole( 'row', {
		name: new RegExp( QUESTIONS.familiarity ),
	} );
	await expect( familiarity ).toContainText( '2' );
	await expect( familiarity.getByRole( 'cell' ).nth( 1 ) ).toHaveText( '2' );
	await expect( familiarity.getByRole( 'cell' ).nth( 2 ) ).toHaveText(
		'4.5'
	);
	await expect( familiarity.getByRole( 'cell' ).nth( 3 ) ).toHaveText(
		'2.5'
	);
	await expectNoSeriousViolations( page, [ '.wayfinder-app' ] );
	await page.screenshot( {
		path: 'artifacts/screenshots/coordinator-survey-report.png',
		fullPage: true,
	} );

	const [ download ] = await Promise.all( [
		page.waitForEvent( 'download' ),
		page
			.getByRole( 'button', { name: /^Download CSV: Before and after/ } )
			.click(),
	] );
	const csv = await readFile( ( await download.path() ) as string, 'utf8' );
	expect( csv ).toContain( QUESTIONS.familiarity );
	expect( csv ).toMatch( /"2","2","4\.5","2\.5"/ );
} );
