import { expect, type Page, test } from '@playwright/test';

import { expectNoSeriousViolations, logIn, watchConsole } from '../helpers';

// The coordinator's day on the demo program (nginx + PHP-FPM + MariaDB, demo content loaded by
// bin/test-e2e.sh). Screenshots of every screen land in artifacts/screenshots for review.
// Generous per-test time: the suite shares two cores with other work, and every step waits on a real server.
test.describe.configure( { mode: 'serial', timeout: 240_000 } );

const shot = ( page: Page, name: string ) =>
	page.screenshot( {
		path: `artifacts/screenshots/coordinator-${ name }.png`,
		fullPage: true,
	} );

/**
 * No serious or critical accessibility violations in the app's own part of the page.
 * @param page The page.
 */
const expectAccessible = ( page: Page ) =>
	expectNoSeriousViolations( page, [ '#wayfinder-admin-root' ] );

const snackbar = ( page: Page ) => page.locator( '.components-snackbar' );

test( 'the coordinator assigns the longest-waiting mentee the top suggestion', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder' );
	// From here on: WordPress's own login page is not ours to judge.
	const consoleErrors = watchConsole( page );

	const longest = page.getByText( /has waited longest/ );
	await expect( longest ).toContainText( 'Sofía Ramírez' );
	await expect( page.locator( '.wayfinder-figure' ).first() ).toContainText(
		'5'
	);
	await expectAccessible( page );
	await shot( page, 'overview' );

	await page.getByRole( 'link', { name: 'Find them a mentor' } ).click();
	await expect( page ).toHaveURL( /screen=requests.*request=\d+/ );
	const panel = page.locator( '.wayfinder-suggestions' );
	await expect( panel ).toContainText( 'Best mentors for Sofía Ramírez' );
	const first = panel.getByRole( 'button', { name: /^Assign / } ).first();
	const mentor = ( ( await first.textContent() ) ?? '' ).replace(
		/^Assign /,
		''
	);
	await expectAccessible( page );
	await shot( page, 'requests-suggestions' );
	await first.click();
	await expect( snackbar( page ) ).toContainText(
		`Proposed ${ mentor } as the mentor of Sofía Ramírez`
	);
	// Reload: the list (the view lives in the URL) no longer shows her request as open.
	await page.reload();
	await expect(
		page.getByRole( 'row' ).filter( { hasText: 'Sofía Ramírez' } )
	).toHaveCount( 0 );
	expect( consoleErrors ).toEqual( [] );
} );

// Before the board takes everyone waiting.
test( 'the requests list says where each request stands, in days, with team and language names', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=requests' );
	const table = page.locator( '.wayfinder-split__main table' );
	for ( const column of [ 'Status', 'Team', 'Language', 'Waiting' ] ) {
		await expect(
			table.getByRole( 'columnheader', { name: column } )
		).toBeVisible();
	}
	const open = table.getByRole( 'row' ).filter( { hasText: 'Open' } ).first();
	await expect( open ).toContainText( /\d+ days?|less than a day/ );
	await expect( table ).not.toContainText( /\d+ hours?/ );
	// One click from an open request for any mentor to its suggestions.
	await table
		.getByRole( 'button', { name: 'Suggest mentors' } )
		.first()
		.click();
	await expect( page ).toHaveURL( /screen=requests.*request=\d+/ );
	await expect( page.locator( '.wayfinder-suggestions' ) ).toContainText(
		'Best mentors for'
	);
	await expectAccessible( page );
	await shot( page, 'requests' );
} );

test( 'the board matches everyone waiting, takes an override and commits', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=board' );
	const consoleErrors = watchConsole( page );
	const picker = page.locator( '.wayfinder-board__pick' );
	await expect( picker ).toContainText( 'Lucas Oliveira' );
	// The picker searches on the server, not among a first page in the browser.
	const searched = page.waitForResponse(
		( response ) =>
			response.url().includes( 'people' ) &&
			response.url().includes( 'search=Lucas' )
	);
	await picker
		.getByLabel( 'Search the waiting mentees by name' )
		.fill( 'Lucas' );
	expect( ( await searched ).status() ).toBe( 200 );
	await expect( picker.getByRole( 'checkbox' ) ).toHaveCount( 1 );
	await expect( picker ).toContainText(
		/Lucas Oliveira \(waiting (\d+ days?|less than a day)\)/
	);
	await picker.getByLabel( 'Search the waiting mentees by name' ).fill( '' );
	await expect( picker.getByRole( 'checkbox' ).nth( 1 ) ).toBeVisible();
	await expectAccessible( page );

	// This site runs boards of more than one mentee in the background (fixture
	// board-runs-in-background.php): the run answers 202, and the screen shows its progress while
	// its polls move it on, step by step.
	const started = page.waitForResponse(
		( response ) =>
			response.url().includes( 'board%2Frun' ) ||
			response.url().includes( 'board/run' )
	);
	await page
		.getByRole( 'button', { name: 'Match all waiting mentees' } )
		.click();
	expect( ( await started ).status() ).toBe( 202 );
	const progress = page.locator( '.wayfinder-board__progress' );
	await expect(
		progress.getByRole( 'progressbar', { name: 'Matching progress' } )
	).toBeVisible();
	await expect( progress.getByRole( 'status' ) ).toHaveText(
		/^(Waiting to start: \d+ waiting mentees to match\.|Looked for mentors for \d+ of \d+ waiting mentees…|Choosing the best pairs for all \d+ waiting mentees…|Writing up the pairs and their reasons…)$/
	);
	// The picture first: the run may finish while the accessibility scan runs.
	await shot( page, 'board-progress' );
	await expectAccessible( page );
	const rows = page.locator( 'table.wayfinder-board tbody tr' );
	await expect( rows ).toHaveCount( 4, { timeout: 30000 } );
	await expect( progress ).toHaveCount( 0 );
	await expect( page.locator( '.wayfinder-board' ) ).toContainText(
		'Omar Haddad'
	);
	await shot( page, 'board-proposed' );

	// Override the first pair with another mentor: the board re-scores it.
	const select = rows.first().getByRole( 'combobox' );
	const before = await select.inputValue();
	const other = await select
		.locator( 'option' )
		.evaluateAll(
			( options, current ) =>
				( options as HTMLOptionElement[] ).find(
					( option ) => option.value !== current
				)?.value ?? '',
			before
		);
	const scored = page.waitForResponse( /board\/score/ );
	await select.selectOption( other );
	expect( ( await scored ).status() ).toBe( 200 );
	await expect( select ).toHaveValue( other );
	await expectAccessible( page );
	await shot( page, 'board-override' );

	// Saving asks first, listing the pairs and what saving does.
	const count = await rows.count();
	await page.getByRole( 'button', { name: /^Save \d+ pairs?…$/ } ).click();
	const confirm = page.getByRole( 'region', { name: 'Confirm the pairs' } );
	await expect( confirm.locator( 'li' ) ).toHaveCount( count );
	await expect( confirm ).toContainText( 'Omar Haddad with' );
	await expect( confirm ).toContainText( 'Everyone concerned is emailed' );
	await expectAccessible( page );
	await shot( page, 'board-confirm' );
	await confirm.getByRole( 'button', { name: /^Yes, save/ } ).click();
	// Afterwards: what was saved, with links to the people, and what failed.
	const report = page.locator( '.wayfinder-board__report' );
	await expect( report ).toContainText(
		/\d+ pairs? saved as (a )?proposals?/
	);
	await expect(
		report.getByRole( 'link', { name: 'Omar Haddad' } )
	).toHaveAttribute( 'href', /screen=people&role=mentees&person=\d+/ );
	await shot( page, 'board-saved' );
	expect( consoleErrors ).toEqual( [] );
} );

test( 'the matches and the audit trail show what the coordinator did', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto(
		'/wp-admin/admin.php?page=wayfinder&screen=matches&status=proposed'
	);
	const list = page.locator( '.dataviews-view-table' );
	await expect( list ).toContainText( 'Sofía Ramírez' );
	await expect( list ).toContainText( 'Lucas Oliveira' );
	await expectAccessible( page );
	await shot( page, 'matches' );

	// Back and forward move between views; a reload keeps the filter.
	await page
		.getByRole( 'navigation', { name: 'Mentorship screens' } )
		.getByRole( 'link', { name: 'Overview' } )
		.click();
	await expect( page ).toHaveURL( /page=wayfinder&screen=overview/ );
	await page.goBack();
	await expect( page ).toHaveURL( /screen=matches&status=proposed/ );
	await expect( list ).toContainText( 'Sofía Ramírez' );

	await page.goto( '/wp-admin/admin.php?page=wayfinder' );
	const activity = page.locator( '.wayfinder-events' );
	// Sentences with names, never codes such as "accepted (request #5)".
	await expect( activity ).toContainText(
		/Chidi Okafor: .+ was proposed as the mentor of /
	);
	await expect( activity ).not.toContainText( /#\d/ );
	await shot( page, 'overview-after' );

	const events = await page.evaluate( () =>
		(
			window as unknown as {
				wp: {
					apiFetch: ( options: {
						path: string;
					} ) => Promise<
						Array< { action: string; actor_name: string } >
					>;
				};
			}
		 ).wp.apiFetch( {
			path: '/wayfinder/v1/events?object_type=match&per_page=100',
		} )
	);
	expect(
		events.filter(
			( event ) =>
				event.action === 'proposed' &&
				event.actor_name === 'Chidi Okafor'
		).length
	).toBeGreaterThanOrEqual( 2 );
} );

test( 'every screen is keyboard operable and accessible', async ( {
	page,
} ) => {
	await logIn( page, 'admin' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder' );
	for ( const name of [
		'Requests',
		'Matches',
		'People',
		'Teams',
		'Settings',
	] ) {
		const tab = page
			.getByRole( 'navigation', { name: 'Mentorship screens' } )
			.getByRole( 'link', { name } );
		await tab.focus();
		await page.keyboard.press( 'Enter' );
		await expect( tab ).toHaveAttribute( 'aria-current', 'page' );
		await expect(
			page.getByRole( 'heading', { name, level: 2 } )
		).toBeVisible();
		await expectAccessible( page );
		await shot( page, name.toLowerCase() );
	}
	// A bad settings change is refused with a message and nothing is saved.
	for ( const label of [
		'Weight: shared language',
		'Weight: time to meet',
		'Weight: shared teams',
		'Weight: mentor’s free room',
	] ) {
		await page.getByLabel( label ).fill( '0' );
	}
	await expect( page.locator( '.wayfinder-settings' ) ).toContainText(
		'At least one matching criterion needs a weight above 0'
	);
	await page.getByRole( 'button', { name: 'Save settings' } ).click();
	await expect( snackbar( page ) ).toContainText(
		'At least one matching criterion'
	);
	await page.reload();
	await expect( page.getByLabel( 'Weight: time to meet' ) ).toHaveValue(
		'35'
	);
} );

test( 'a person’s details open, and the lists switch, from the keyboard', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=people' );
	const table = page.locator( '.wayfinder-split__main table' );
	await table.getByRole( 'button', { name: 'Anna Schmidt' } ).focus();
	await page.keyboard.press( 'Enter' );
	const panel = page.locator( '.wayfinder-person' );
	await expect(
		panel.getByRole( 'heading', { name: 'Anna Schmidt' } )
	).toBeVisible();
	await expect( panel.getByLabel( 'Capacity' ) ).toBeVisible();
	await expect( panel.getByText( /Jonas/ ).first() ).toBeVisible();
	await expectAccessible( page );
	await shot( page, 'people-mentor' );

	const mentees = page.getByRole( 'button', {
		name: 'Mentees',
		exact: true,
	} );
	await mentees.focus();
	await page.keyboard.press( 'Enter' );
	await expect( page ).toHaveURL( /screen=people&role=mentees/ );
	await expect( mentees ).toHaveAttribute( 'aria-pressed', 'true' );
	await expect( table.getByText( 'Jonas Weber' ) ).toBeVisible();
	await expectAccessible( page );
	await shot( page, 'people-mentees' );
} );

test( 'the coordinator opens Settings and a refused value names the field and its range', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=settings' );
	const consoleErrors = watchConsole( page );
	await expect( page ).toHaveURL( /screen=settings/ );
	await expect(
		page.getByRole( 'heading', { name: 'Settings', level: 2 } )
	).toBeVisible();
	await expect( page.getByText( 'Delete all Wayfinder data' ) ).toHaveCount(
		0
	);
	const expiry = page.getByLabel(
		'Days before an unanswered request expires'
	);
	await expiry.fill( '400' );
	await page.getByRole( 'button', { name: 'Save settings' } ).click();
	await expect(
		snackbar( page ).filter( {
			hasText:
				'Days before an unanswered request expires must be a whole number from 1 to 365.',
		} )
	).toBeVisible();
	await expiry.fill( '21' );
	await page.getByRole( 'button', { name: 'Save settings' } ).click();
	await expect(
		snackbar( page ).filter( { hasText: 'Settings saved.' } )
	).toBeVisible();
	await page.reload();
	await expect( expiry ).toHaveValue( '21' );
	// Data retention: months per kind of data, and what the daily job last did.
	await expect( page.locator( '.wayfinder-retention-log' ) ).toContainText(
		/Retention (has not run yet|last ran on)/
	);
	const surveyText = page.getByLabel( 'Months to keep survey text answers' );
	await expect( surveyText ).toHaveValue( '24' );
	await surveyText.fill( '241' );
	await expect( page.locator( '.wayfinder-settings' ) ).toContainText(
		'Each data retention period is a whole number of months from 0 to 240'
	);
	await surveyText.fill( '36' );
	await page.getByRole( 'button', { name: 'Save settings' } ).click();
	await expect(
		snackbar( page ).filter( { hasText: 'Settings saved.' } )
	).toBeVisible();
	await page.reload();
	await expect( surveyText ).toHaveValue( '36' );
	await expectAccessible( page );
	await shot( page, 'settings-coordinator' );
	expect( consoleErrors.filter( ( e ) => ! /400/.test( e ) ) ).toEqual( [] );
} );

test( 'the overview shows coverage by team and the cohort mentees who need a coordinator, and links to the setup checklist', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder' );
	const coverage = page.locator( 'table.wayfinder-coverage' );
	await expect( coverage ).toBeVisible();
	await expect( coverage.locator( 'tbody tr' ).first() ).toBeVisible();
	// The cohort's warnings that a nudge did not settle, and a failed fit check, come first.
	await expect( page.locator( '.wayfinder-overview__alerts' ) ).toContainText(
		'Kofi Mensah (Contributor cohort — this season): Said the pairing is not working.'
	);
	await expectAccessible( page );
	await shot( page, 'overview-coverage' );

	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=setup' );
	const steps = page.locator( '.wayfinder-setup__step' );
	await expect( steps ).toHaveCount( 4 );
	await expect( page.locator( '[data-step="coordinators"]' ) ).toContainText(
		'Chidi Okafor'
	);
	await expectAccessible( page );
	await shot( page, 'setup' );
} );

test( 'a mentee’s contributions in People: a rejection needs a note, and one is verified', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto(
		'/wp-admin/admin.php?page=wayfinder&screen=people&role=mentees'
	);
	const consoleErrors = watchConsole( page );
	await page
		.locator( '.wayfinder-split__main table' )
		.getByRole( 'button', { name: 'Kofi Mensah' } )
		.click();
	const section = page.locator( '.wayfinder-person__section' ).filter( {
		has: page.getByRole( 'heading', { name: 'Contributions' } ),
	} );
	const twi = section
		.locator( '.wayfinder-person__contribution' )
		.filter( { hasText: 'Translated 80 strings of WordPress into Twi' } );
	await expect( twi ).toContainText( 'Waiting to be verified' );
	await expect( twi ).toContainText( 'Added by hand' );
	const verifiedBefore = Number(
		( ( await section.textContent() ) ?? '' ).match(
			/(\d+) verified contribution/
		)?.[ 1 ]
	);

	await twi.getByRole( 'button', { name: 'Reject' } ).click();
	await expect( twi ).toContainText(
		'Say in a note why it is not accepted: the person reads it.'
	);
	await twi.getByRole( 'button', { name: 'Verify' } ).click();
	await expect( twi ).toContainText( 'Verified by Chidi Okafor' );
	await expect( twi.getByRole( 'button', { name: 'Verify' } ) ).toHaveCount(
		0
	);
	await expect( section ).toContainText(
		`${ verifiedBefore + 1 } verified contribution`
	);
	await expectAccessible( page );
	expect( consoleErrors ).toEqual( [] );
} );

test( 'switching People to mentees shows a loading state, never the mentors’ rows', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=people' );
	const table = page.locator( '.wayfinder-split__main' );
	await expect( table.getByText( 'Anna Schmidt' ) ).toBeVisible();
	let release: () => void = () => {};
	const held = new Promise< void >( ( resolve ) => ( release = resolve ) );
	await page.route( /role=mentees|role%3Dmentees/, async ( route ) => {
		await held;
		await route.continue();
	} );
	await page.getByRole( 'button', { name: 'Mentees', exact: true } ).click();
	await expect( page ).toHaveURL( /role=mentees/ );
	await expect( table.locator( '.components-spinner' ) ).toBeVisible();
	await expect( table.getByText( 'Anna Schmidt' ) ).toHaveCount( 0 );
	release();
	await expect( table.getByText( 'Jonas Weber' ) ).toBeVisible();
	await page.unroute( /role=mentees|role%3Dmentees/ );
} );

test( 'ending a match asks for a reason and says what will follow', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto(
		'/wp-admin/admin.php?page=wayfinder&screen=matches&status=active'
	);
	const row = page.getByRole( 'row' ).filter( { hasText: 'Jonas Weber' } );
	await row.getByRole( 'button', { name: 'Actions' } ).click();
	await page.getByRole( 'menuitem', { name: 'End…' } ).click();
	const dialog = page.getByRole( 'dialog' );
	const end = dialog.getByRole( 'button', { name: 'End the match' } );
	await expect( dialog.getByLabel( 'Why does it end?' ) ).toHaveValue( '' );
	await expect( end ).toBeDisabled();
	await dialog
		.getByLabel( 'Why does it end?' )
		.selectOption( 'mentee_wants_other' );
	await expect( dialog ).toContainText( 'Jonas Weber will get a new mentor' );
	await expect( end ).toBeEnabled();
	await expectAccessible( page );
	await shot( page, 'end-match-confirm' );
	await dialog.getByRole( 'button', { name: 'Keep the match' } ).click();
	await expect( dialog ).toHaveCount( 0 );
} );
