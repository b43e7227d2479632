import { expect, test } from '@playwright/test';

import { expectNoSeriousViolations, logIn } from '../helpers';

// One program on a network of team sites. The site is prepared by tests/e2e/fixtures/network.php
// after the demo: the main site runs the program; the Polyglots team site (/polyglots/) has a Mentors
// page (the mentor directory) and a Welcome page (My mentorship); rosa-polyglots (Rosa Almeida)
// edits that site, so she represents Polyglots, where the demo's graduates Nadia and Tomás wait.
test.describe.configure( { mode: 'serial', timeout: 120_000 } );

test( 'a team site’s mentor directory shows the program’s mentors of its team', async ( {
	page,
} ) => {
	await page.goto( '/polyglots/mentors/' );
	const directory = page.locator( '.wp-block-wayfinder-mentor-directory' );
	await expect( directory.getByText( 'Priya Raman' ) ).toBeVisible();
	// Anna mentors Core and Test: not on the Polyglots site.
	await expect( directory.getByText( 'Anna Schmidt' ) ).toHaveCount( 0 );
	await expectNoSeriousViolations( page, [
		'.wp-block-wayfinder-mentor-directory',
	] );
	await page.screenshot( {
		path: 'artifacts/screenshots/network-team-directory.png',
		fullPage: true,
	} );

	// The program site's own directory lists every team's mentors.
	await page.goto( '/mentors/' );
	await expect(
		page
			.locator( '.wp-block-wayfinder-mentor-directory' )
			.getByText( 'Anna Schmidt' )
	).toBeVisible();
} );

test( 'a team site’s editor accepts a hand-off to the team there, and the program knows', async ( {
	page,
} ) => {
	await logIn( page, 'rosa-polyglots' );
	await page.goto( '/polyglots/welcome/' );
	const newcomers = page.locator( '.wayfinder-section--newcomers' );
	await expect(
		newcomers.getByRole( 'heading', { name: 'Newcomers for Polyglots' } )
	).toBeVisible();
	const nadia = newcomers
		.getByRole( 'listitem' )
		.filter( { hasText: 'Nadia' } )
		.first();
	await expect(
		nadia.getByRole( 'button', { name: /Accept and name a contact/ } )
	).toBeVisible();
	await expectNoSeriousViolations( page, [
		'.wayfinder-section--newcomers',
	] );
	await page.screenshot( {
		path: 'artifacts/screenshots/network-team-newcomers.png',
		fullPage: true,
	} );
	// Rosa herself is offered first, as a representative of the team.
	await expect(
		nadia
			.getByLabel( 'Their contact in the team' )
			.locator( 'option:checked' )
	).toHaveText( /Rosa Almeida/ );
	await nadia
		.getByRole( 'button', { name: /Accept and name a contact/ } )
		.click();
	// Back on the team site, with the hand-off accepted in the one program.
	await expect( page ).toHaveURL( /\/polyglots\/welcome\// );
	await expect(
		page
			.locator( '.wayfinder-section--newcomers' )
			.getByRole( 'listitem' )
			.filter( { hasText: 'Nadia' } )
			.first()
	).toContainText( 'Rosa Almeida' );

	// The program site shows the same: Nadia's contact in Polyglots is Rosa.
	await page.context().clearCookies();
	await logIn( page, 'mentee-nadia' );
	await page.goto( '/mentorship/' );
	await expect( page.locator( 'body' ) ).toContainText(
		'Your contact in Polyglots is Rosa Almeida.'
	);
} );
