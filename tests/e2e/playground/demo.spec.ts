import { expect, test } from '@playwright/test';

import { logIn, watchConsole } from '../helpers';

// `npm start`'s site: Playground on SQLite with the demo program loaded.
test( 'the demo coordinator sees the program on SQLite', async ( { page } ) => {
	const consoleErrors = watchConsole( page );
	await logIn( page, 'coordinator' );

	await page.goto( '/wp-admin/admin.php?page=wayfinder' );

	const count = ( role: string ) =>
		page.locator(
			`.wayfinder-overview__people li[data-role="${ role }"] strong`
		);
	await expect( count( 'wayfinder_mentor' ) ).toHaveText( '5' );
	await expect( count( 'wayfinder_coordinator' ) ).toHaveText( '1' );
	await expect( count( 'wayfinder_reviewer' ) ).toHaveText( '3' );
	await expect( count( 'wayfinder_team_rep' ) ).toHaveText( '1' );
	await expect(
		page.locator( '.wayfinder-overview__versions' )
	).toContainText( 'SQLite' );

	// The demo profiles live in Wayfinder's own table, created on SQLite too.
	const profile = await page.evaluate( () =>
		(
			window as unknown as {
				wp: {
					apiFetch: ( options: {
						path: string;
					} ) => Promise< { timezone: string; teams: string[] } >;
				};
			}
		 ).wp.apiFetch( { path: '/wayfinder/v1/profiles/me' } )
	);
	expect( profile.timezone ).toBe( 'Africa/Lagos' );
	expect( profile.teams ).toEqual( [ 'community' ] );

	// The demo's cohorts and their places, counted in Wayfinder's tables on SQLite.
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=cohorts' );
	const running = page
		.getByRole( 'row' )
		.filter( { hasText: 'Contributor cohort — this season' } );
	await expect( running ).toContainText( 'Running' );
	await expect( running ).toContainText( '10 of 12' );
	await expect( running ).toContainText( '3 of 4' );
	// Each mentee's progress, a page sorted in SQL, and the Overview's early warnings, on SQLite.
	await running.getByRole( 'button', { name: 'Actions' } ).click();
	await page.getByRole( 'menuitem', { name: 'People' } ).click();
	const progress = page.locator( '.wayfinder-cohort-progress' );
	await expect(
		progress.getByRole( 'row' ).filter( { hasText: 'Aisha Bello' } )
	).toContainText( 'Kenji Watanabe' );
	await expect(
		progress.getByRole( 'row' ).filter( { hasText: 'Kofi Mensah' } )
	).toContainText( 'Said the pairing is not working.' );
	// Graduation worked out from the contributions, hand-offs and places on SQLite.
	await expect( progress ).toContainText(
		'Graduation: 3 graduated, 1 ready, 6 still working'
	);
	await expect(
		progress.getByRole( 'row' ).filter( { hasText: 'Mei Chen' } )
	).toContainText( 'Ready to graduate' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder' );
	await expect( page.locator( '.wayfinder-overview__alerts' ) ).toContainText(
		'Kofi Mensah (Contributor cohort — this season)'
	);
	// Hand-offs waiting for a team, the one past the days in Settings first raised.
	await expect( page.locator( '.wayfinder-app__screen' ) ).toContainText(
		'Inês Costa → Polyglots (Contributor cohort — this season): waiting 10 days. Overdue.'
	);
	// The cohort open for applications: every stage, made by the program's own services on SQLite.
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=applications' );
	const applications = page.locator( '.wayfinder-app__screen' );
	await expect( applications ).toContainText( /6\s*In screening/ );
	await expect( applications ).toContainText( /18\s*In review/ );
	await expect( applications ).toContainText( 'reviewers disagree on 2' );
	expect( consoleErrors ).toEqual( [] );
} );

test( 'the demo reviewer sees blind reviews waiting on SQLite', async ( {
	page,
} ) => {
	await logIn( page, 'reviewer' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder-applications' );
	await expect(
		page.getByText( /\d+ of \d+ reviewed/ ).first()
	).toBeVisible();
	await expect(
		page.getByRole( 'button', { name: /To review/ } ).first()
	).toBeVisible();
} );

test( 'a demo mentee has no Mentorship menu', async ( { page } ) => {
	await logIn( page, 'mentee-aisha' );
	await expect(
		page.locator( '#adminmenu' ).getByRole( 'link', { name: 'Mentorship' } )
	).toHaveCount( 0 );
} );

test( 'the demo’s Mentors page lists and filters the mentors on SQLite', async ( {
	browser,
} ) => {
	const context = await browser.newContext( { timezoneId: 'UTC' } );
	const page = await context.newPage();
	const consoleErrors = watchConsole( page );
	await page.goto( '/mentors/' );
	const names = page.locator(
		'.wp-block-wayfinder-mentor-directory .wayfinder-mentor-card__name'
	);
	await expect( names ).toHaveCount( 6 );

	await page.getByLabel( 'Team' ).selectOption( 'core' );
	await expect( page ).toHaveURL( /mentors_team=core/ );
	await expect( names ).toHaveText( [ 'Grace Miller', 'Anna Schmidt' ] );

	// Weekday afternoons in UTC, whatever the season: Anna's 18:00 in Berlin and Grace's 12:00 in
	// New York are 16:00 or 17:00 UTC.
	await page.getByLabel( 'Can meet' ).selectOption( 'weekday-afternoons' );
	await expect( page ).toHaveURL( /mentors_meets=weekday-afternoons/ );
	await expect(
		page.locator( '.wayfinder-mentor-directory__summary' )
	).toHaveText( 'Showing 1–2 of 2 mentors' );
	await page.getByLabel( 'Can meet' ).selectOption( 'weekday-mornings' );
	await expect(
		page.getByText( 'No mentor matches these filters.' )
	).toBeVisible();
	expect( consoleErrors ).toEqual( [] );
	await context.close();
} );

test( 'members see where they stand on the Mentorship page on SQLite', async ( {
	page,
} ) => {
	const consoleErrors = watchConsole( page );
	const mine = page.locator( '.wp-block-wayfinder-my-mentorship' );
	// Emily's open request to Grace: read by the union of her requests as mentee, mentor and author.
	await logIn( page, 'mentee-emily' );
	await page.goto( '/mentorship/' );
	await expect( mine ).toContainText( 'You asked Grace Miller on' );

	// Lucía's list of people waiting: paged in SQL without counting the queue, Omar left out (she passed).
	await page.context().clearCookies();
	await logIn( page, 'mentor-lucia' );
	await page.goto( '/mentorship/' );
	const waiting = mine.locator( '#wayfinder-waiting' );
	await expect(
		waiting.getByRole( 'button', { name: 'Offer to mentor' } ).first()
	).toBeVisible();
	await expect( waiting ).not.toContainText( 'Omar' );
	// Her profile form, when she opens it, lists the time zones with hers chosen.
	await mine.getByRole( 'link', { name: 'Edit your profile' } ).click();
	await expect(
		mine.locator( 'select[name="timezone"] option:checked' )
	).toHaveCount( 1 );
	expect( consoleErrors ).toEqual( [] );
} );
