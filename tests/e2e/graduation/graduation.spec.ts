import { expect, test, type Page } from '@playwright/test';

import { expectNoSeriousViolations, logIn } from '../helpers';

// From a first contribution to a contact in a team, as each person does it on the Mentorship page.
// The site is prepared by tests/e2e/fixtures/graduation.php: a running cohort whose rule asks one
// verified contribution and a team; grad-mentee (Sara Lindqvist) paired with grad-mentor (Bruno
// Costa); grad-rep (Dele Okoro) represents Documentation.
test.describe.configure( { mode: 'serial', timeout: 120_000 } );

const LINK = 'https://make.wordpress.org/docs/handbook/e2e-first-page/';

async function asPerson( page: Page, login: string ) {
	await logIn( page, login );
	await page.goto( '/mentorship/' );
}

test( 'the mentee adds a contribution and chooses a team; the checklist shows what is left', async ( {
	page,
} ) => {
	await asPerson( page, 'grad-mentee' );
	const mine = page.locator( '#contributions' );
	await expect(
		mine.getByText( 'You have no contributions yet.' )
	).toBeVisible();
	await mine.getByLabel( 'Kind' ).selectOption( { label: 'Documentation' } );
	await mine.getByLabel( 'Team' ).selectOption( { label: 'Documentation' } );
	await mine.getByLabel( 'Link' ).fill( LINK );
	await mine
		.getByLabel( 'What you did' )
		.fill( 'Rewrote the page on writing a first handbook page.' );
	await mine.getByRole( 'button', { name: 'Add contribution' } ).click();
	await expect(
		page
			.locator( '#contributions' )
			.getByText( 'Rewrote the page on writing a first handbook page.' )
	).toBeVisible();
	await expect(
		page.locator( '#contributions' ).getByText( 'Waiting to be verified' )
	).toBeVisible();

	const checklist = page.locator( '.wayfinder-graduation' ).first();
	await expect( checklist ).toContainText(
		'To do: 0 of 1 verified contribution'
	);
	await expect( checklist ).toContainText(
		'To do: Choose the team you want to join'
	);
	// The checklist links to where each part is done.
	await checklist
		.getByRole( 'link', { name: 'Choose the team you want to join' } )
		.click();
	const team = page.getByRole( 'group', { name: 'Your team' } );
	await expect( team ).toBeInViewport();
	await team.getByRole( 'radio', { name: 'Documentation' } ).check();
	await page.getByRole( 'button', { name: 'Choose this team' } ).click();
	await expect(
		page.getByText(
			'You chose Documentation. You can change it until you graduate.'
		)
	).toBeVisible();
	await expect(
		page.locator( '.wayfinder-graduation' ).first()
	).toContainText( 'Done: A team to join is chosen' );
	await expectNoSeriousViolations( page, [
		'.wp-block-wayfinder-my-mentorship',
	] );
} );

test( 'the mentor verifies the contribution, sees the checklist complete and confirms graduation', async ( {
	page,
} ) => {
	await asPerson( page, 'grad-mentor' );
	const verify = page.locator( '#contributions-to-verify' );
	const item = verify
		.locator( 'li' )
		.filter( { hasText: 'Sara Lindqvist: Rewrote the page' } );
	await expect( item ).toBeVisible();
	await item.getByRole( 'button', { name: 'Verify' } ).click();
	await expect(
		page
			.locator( '#contributions-to-verify' )
			.getByText( 'Sara Lindqvist: Rewrote the page' )
	).toHaveCount( 0 );

	const graduation = page
		.locator( '.wayfinder-graduation' )
		.filter( { hasText: 'Sara Lindqvist' } );
	await expect( graduation ).toContainText(
		'Everything the cohort asks is done'
	);
	await expect( graduation ).toContainText(
		'Done: 1 of 1 verified contribution'
	);
	await graduation
		.getByLabel( /A note for the team they join/ )
		.fill(
			'Sara writes clear, friendly documentation and asks good questions.'
		);
	await graduation
		.getByRole( 'button', { name: 'Confirm graduation' } )
		.click();
	await expect(
		page
			.locator( '.wayfinder-graduation' )
			.filter( { hasText: 'Sara Lindqvist' } )
	).toContainText( 'Graduated on' );
	await expectNoSeriousViolations( page, [
		'.wp-block-wayfinder-my-mentorship',
	] );
} );

test( 'the team representative accepts the hand-off and names a contact; the graduate sees who it is', async ( {
	page,
} ) => {
	await asPerson( page, 'grad-rep' );
	const newcomers = page.locator( '#wayfinder-newcomers' );
	await expect(
		page.getByRole( 'heading', { name: 'Newcomers for Documentation' } )
	).toBeVisible();
	const sara = page
		.locator( 'li, article' )
		.filter( { hasText: 'Sara Lindqvist' } )
		.filter( {
			has: page.getByRole( 'button', {
				name: 'Accept and name a contact',
			} ),
		} )
		.first();
	await expect( sara ).toContainText(
		'Sara writes clear, friendly documentation and asks good questions.'
	);
	await expect( sara ).toContainText( '1 verified contribution' );
	await sara
		.getByLabel( 'Their contact in the team' )
		.selectOption( { label: 'Dele Okoro — Represents Documentation' } );
	await sara
		.getByLabel( /A welcome message/ )
		.fill( 'Welcome, Sara! Join our Monday meeting in #docs.' );
	await sara
		.getByRole( 'button', { name: 'Accept and name a contact' } )
		.click();
	await expect(
		newcomers
			.locator( 'li, article' )
			.filter( { hasText: 'Sara Lindqvist' } )
			.first()
	).toContainText( 'Accepted by Documentation on' );
	await expect( newcomers ).toContainText(
		'the contact in the team is Dele Okoro.'
	);
	await expectNoSeriousViolations( page, [
		'.wp-block-wayfinder-my-mentorship',
	] );

	await page.context().clearCookies();
	await asPerson( page, 'grad-mentee' );
	await expect(
		page.getByText(
			'Your contact in Documentation is Dele Okoro. Email: grad-rep@example.org'
		)
	).toBeVisible();
	await expect(
		page.getByText( 'Welcome, Sara! Join our Monday meeting in #docs.' )
	).toBeVisible();
	await expect(
		page.locator( '.wayfinder-graduation' ).first()
	).toContainText( 'Graduated on' );
	await expectNoSeriousViolations( page, [
		'.wp-block-wayfinder-my-mentorship',
	] );
} );
