import { expect, test } from '@playwright/test';

import { logIn, watchConsole } from '../helpers';

// The People screen's SQL (paging, sorting, searching, per-person history) on Playground's SQLite.
// Eight page loads of about ten seconds each on this machine's Playground: more than the default.
test.setTimeout( 180_000 );
test( 'the coordinator finds a mentor, reads their history and changes their capacity', async ( {
	page,
} ) => {
	const consoleErrors = watchConsole( page );
	await logIn( page, 'coordinator' );

	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=people' );
	const table = page.locator( '.wayfinder-split__main table' );
	await expect( table.getByText( 'Anna Schmidt' ) ).toBeVisible();
	await expect( table.getByText( 'Priya Raman' ) ).toBeVisible();

	await page.getByRole( 'searchbox' ).fill( 'schmidt' );
	await expect( page ).toHaveURL( /search=schmidt/ );
	await expect( table.getByText( 'Priya Raman' ) ).toHaveCount( 0 );
	await expect( table.getByText( 'Anna Schmidt' ) ).toBeVisible();

	await table
		.getByRole( 'button', { name: 'Anna Schmidt' } )
		.press( 'Enter' );
	await expect( page ).toHaveURL( /person=\d+/ );
	const panel = page.locator( '.wayfinder-person' );
	await expect(
		panel.getByRole( 'heading', { name: 'Anna Schmidt' } )
	).toBeVisible();
	await expect(
		panel.getByText(
			/Chidi Okafor: (Jonas .* and Anna Schmidt were matched|Anna Schmidt was proposed as the mentor of Jonas)/
		)
	).toBeVisible();
	await expect( panel.getByText( /^Jonas .* Active/ ) ).toBeVisible();

	// Room for more than everyone waiting (she mentors Jonas, and Kofi in the cohort), so she stays
	// among the mentors with some load below.
	await panel.getByLabel( 'Capacity' ).fill( '8' );
	await panel.getByRole( 'button', { name: 'Save' } ).click();
	await expect(
		page
			.locator( '.wayfinder-snackbars' )
			.getByText( 'Saved the settings of Anna Schmidt.' )
	).toBeVisible();
	// The room she made goes at once to waiting mentees who fit her, so her load is at least one.
	await expect( table.getByText( /^[1-8] of 8$/ ) ).toBeVisible();

	// The server refuses what the form cannot catch, and says why.
	await panel.getByLabel( 'Capacity' ).fill( '51' );
	await panel.getByRole( 'button', { name: 'Save' } ).click();
	await expect( panel.getByText( /from 0 to 50/ ) ).toBeVisible();

	// The Overview's load links open the list filtered the same way; sorted by load, most first
	// (one part per number of mentees, merged: the load sort's SQL on SQLite).
	await page.goto(
		'/wp-admin/admin.php?page=wayfinder&screen=people&role=mentors&load=some&orderby=load&order=desc'
	);
	await expect( table.getByText( 'Anna Schmidt' ) ).toBeVisible();

	await page.goto(
		'/wp-admin/admin.php?page=wayfinder&screen=people&role=mentees&status=waiting&orderby=waiting_since&order=asc'
	);
	await expect( table.getByText( 'Sofía Ramírez' ) ).toBeVisible();
	await expect( table.getByText( /Jonas/ ) ).toHaveCount( 0 );

	// Newest waiting first, then everyone else by name: the kept standing's two parts, on SQLite.
	await page.goto(
		'/wp-admin/admin.php?page=wayfinder&screen=people&role=mentees&orderby=waiting_since&order=desc'
	);
	await expect( table.getByText( 'Sofía Ramírez' ) ).toBeVisible();
	await expect( table.getByText( /Jonas/ ) ).toBeVisible();
	expect( consoleErrors ).toEqual( [] );
} );
