import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousViolations, logIn, watchConsole } from '../helpers';

// The coordinator's Cohorts screen on the demo program: a cohort in each stage, who takes part in
// the running one, enrolling a mentee and withdrawing one after the question.
test.describe.configure( { mode: 'serial', timeout: 240_000 } );

const running = 'Contributor cohort — this season';

/**
 * The running cohort's "x of y" mentees, as the list shows it.
 * @param page The page.
 */
async function menteesTaken( page: Page ): Promise< number > {
	const row = page.getByRole( 'row' ).filter( { hasText: running } );
	const text = ( await row.textContent() ) ?? '';
	return Number( /(\d+) of 12/.exec( text )?.[ 1 ] ?? NaN );
}

test( 'mentees a nudge did not bring back show on the Overview, and the coordinator pairs the cohort on the board', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	const consoleErrors = watchConsole( page );
	await page.goto( '/wp-admin/admin.php?page=wayfinder' );
	const alerts = page.locator( '.wayfinder-overview__alerts' );
	await expect( alerts ).toContainText( 'Cohort mentees who need you' );
	await expect(
		alerts.locator( 'li' ).filter( { hasText: 'Omar Haddad' } )
	).toContainText( 'Missed a session.' );
	await expect(
		alerts.locator( 'li' ).filter( { hasText: 'Yuki Tanaka' } )
	).toContainText( 'Quiet: no session, check-in or other activity' );
	await expectNoSeriousViolations( page, [ '#wayfinder-admin-root' ] );
	await page.screenshot( {
		path: 'artifacts/screenshots/coordinator-overview-cohort-alerts.png',
		fullPage: true,
	} );

	await alerts
		.locator( 'li' )
		.filter( { hasText: 'Omar Haddad' } )
		.getByRole( 'link', { name: 'See the cohort' } )
		.click();
	const panel = page.locator( '.wayfinder-cohort-people' );
	await expect( panel ).toContainText( `Who takes part in ${ running }` );
	const progress = panel.locator( '.wayfinder-cohort-progress' );
	await expect(
		progress.getByRole( 'row' ).filter( { hasText: 'Aisha Bello' } )
	).toContainText( 'Kenji Watanabe' );
	await expect(
		progress.getByRole( 'row' ).filter( { hasText: 'Aisha Bello' } )
	).toContainText( '0 of 2 goals done' );
	await expect(
		progress.getByRole( 'row' ).filter( { hasText: 'Omar Haddad' } )
	).toContainText( 'Missed a session.' );

	// The board pairs the cohort's 1:1 mentees with its own mentors, with the reasons.
	await panel
		.getByRole( 'button', { name: 'Pair mentees on the board' } )
		.click();
	await panel
		.getByRole( 'button', { name: 'Pair the cohort’s mentees' } )
		.click();
	const board = panel.locator( 'table.wayfinder-board' );
	await expect( board.getByRole( 'row' ) ).toHaveCount( 3 );
	await expect(
		board.getByRole( 'row' ).filter( { hasText: 'Omar Haddad' } )
	).toContainText( 'Shared' );
	await page.screenshot( {
		path: 'artifacts/screenshots/coordinator-cohort-board.png',
		fullPage: true,
	} );
	// Lucas stays waiting for the program's own board; Omar's pair is saved.
	await board
		.getByRole( 'button', { name: 'Leave Lucas Oliveira out' } )
		.click();
	await panel.getByRole( 'button', { name: 'Save 1 pair…' } ).click();
	await panel.getByRole( 'button', { name: 'Yes, save 1 pair' } ).click();
	await expect( panel ).toContainText(
		'1 pair saved: the mentorship in the cohort has started.'
	);
	await expect(
		progress.getByRole( 'row' ).filter( { hasText: 'Omar Haddad' } )
	).toContainText( 'Lucía Fernández' );
	await expectNoSeriousViolations( page, [ '#wayfinder-admin-root' ] );
	await page.screenshot( {
		path: 'artifacts/screenshots/coordinator-cohort-progress.png',
		fullPage: true,
	} );
	expect( consoleErrors ).toEqual( [] );
} );

test( 'the coordinator enrols a mentee in the running cohort and withdraws one', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=cohorts' );
	const consoleErrors = watchConsole( page );

	for ( const stage of [
		'Draft',
		'Running',
		'Open for applications',
		'Finished',
	] ) {
		await expect(
			page.getByRole( 'cell', { name: stage, exact: true } )
		).toBeVisible();
	}
	const before = await menteesTaken( page );
	expect( before ).toBeGreaterThan( 0 );

	await page
		.getByRole( 'row' )
		.filter( { hasText: running } )
		.getByRole( 'button', { name: 'Actions' } )
		.click();
	await page.getByRole( 'menuitem', { name: 'People' } ).click();
	await expect( page ).toHaveURL( /screen=cohorts.*cohort=\d+/ );
	const panel = page.locator( '.wayfinder-cohort-people' );
	await expect( panel ).toContainText( `Who takes part in ${ running }` );
	await expect( panel ).toContainText(
		'Aisha Bello — In a small project group led by a mentor'
	);
	await expectNoSeriousViolations( page, [ '#wayfinder-admin-root' ] );

	await panel.getByLabel( 'Person' ).fill( 'Sof' );
	await page.getByRole( 'option', { name: 'Sofía Ramírez' } ).click();
	await panel.getByLabel( 'How they take part' ).selectOption( 'group_only' );
	await panel.getByRole( 'button', { name: 'Enrol', exact: true } ).click();
	await expect(
		page
			.locator( '.components-snackbar' )
			.filter( { hasText: `Sofía Ramírez has a place in ${ running }.` } )
	).toBeVisible();
	await expect( panel ).toContainText(
		'Sofía Ramírez — In the group sessions only'
	);
	await expect.poll( () => menteesTaken( page ) ).toBe( before + 1 );

	// Twice is refused with the server's sentence, and nothing changes.
	await panel.getByLabel( 'Person' ).fill( 'Sof' );
	await page.getByRole( 'option', { name: 'Sofía Ramírez' } ).click();
	await panel.getByRole( 'button', { name: 'Enrol', exact: true } ).click();
	await expect( panel.locator( '.components-notice' ) ).toContainText(
		`Sofía Ramírez already has a place in ${ running }.`
	);
	await page.screenshot( {
		path: 'artifacts/screenshots/coordinator-cohort-people.png',
		fullPage: true,
	} );

	// Withdrawing asks first; keeping changes nothing, withdrawing frees the seat.
	const yuki = panel.locator( 'li' ).filter( { hasText: 'Yuki Tanaka' } );
	await yuki.getByRole( 'button', { name: 'Withdraw' } ).click();
	await expect( yuki ).toContainText( 'Their place becomes free' );
	await panel.getByRole( 'button', { name: 'Keep their place' } ).click();
	await expect( yuki ).not.toContainText( 'Their place becomes free' );
	await yuki.getByRole( 'button', { name: 'Withdraw' } ).click();
	await yuki.getByRole( 'button', { name: 'Withdraw', exact: true } ).click();
	await expect(
		page.locator( '.components-snackbar' ).filter( {
			hasText: `Yuki Tanaka no longer has a place in ${ running }.`,
		} )
	).toBeVisible();
	await expect( panel ).not.toContainText( 'Yuki Tanaka' );
	await expect.poll( () => menteesTaken( page ) ).toBe( before );

	// A group session, planned in the coordinator's own time: listed, and everyone is told.
	await panel.getByLabel( 'Title' ).fill( 'Wrap-up and next steps' );
	const day = new Date( Date.now() + 6 * 86_400_000 );
	const pad = ( n: number ) => String( n ).padStart( 2, '0' );
	await panel
		.getByLabel( 'When' )
		.fill(
			`${ day.getFullYear() }-${ pad( day.getMonth() + 1 ) }-${ pad(
				day.getDate()
			) }T18:00`
		);
	await panel.getByRole( 'button', { name: 'Plan the session' } ).click();
	await expect(
		page.locator( '.components-snackbar' ).filter( {
			hasText:
				'Wrap-up and next steps is planned. Everyone in the cohort gets an email with a calendar invitation.',
		} )
	).toBeVisible();
	await expect(
		panel.locator( 'li' ).filter( { hasText: 'Wrap-up and next steps' } )
	).toContainText( '6:00' );
	await expectNoSeriousViolations( page, [ '#wayfinder-admin-root' ] );
	// The browser logs the refused second enrolment (409) itself; nothing else may go wrong.
	expect(
		consoleErrors.filter( ( error ) => ! /409 \(Conflict\)/.test( error ) )
	).toEqual( [] );
} );
