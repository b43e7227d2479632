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
	await expect(
		alerts.locator( 'li' ).filter( { hasText: 'Kofi Mensah' } )
	).toContainText( 'Said the pairing is not working.' );
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
	await expect( board.locator( 'tbody tr' ) ).toHaveCount( 3 );
	await expect(
		board.locator( 'tbody tr' ).filter( { hasText: 'Inês Costa' } )
	).toContainText( 'Shared' );
	await page.screenshot( {
		path: 'artifacts/screenshots/coordinator-cohort-board.png',
		fullPage: true,
	} );
	// Lucas and Omar stay for the program's own board (program.spec); Inês's pair is saved.
	for ( const name of [ 'Lucas Oliveira', 'Omar Haddad' ] ) {
		await board
			.getByRole( 'button', { name: `Leave ${ name } out` } )
			.click();
	}
	await panel.getByRole( 'button', { name: 'Save 1 pair…' } ).click();
	await panel.getByRole( 'button', { name: 'Yes, save 1 pair' } ).click();
	await expect( panel ).toContainText(
		'1 pair saved: the mentorship in the cohort has started.'
	);
	await expect(
		progress.getByRole( 'row' ).filter( { hasText: 'Inês Costa' } )
	).not.toContainText( 'Not paired yet' );
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
		// The apply spec's fixture adds a second cohort open for applications.
		await expect(
			page.getByRole( 'cell', { name: stage, exact: true } ).first()
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

test( 'a mentor proposes a 1:1 at a suggested time; the mentee sees it in her own time zone, downloads the invitation and answers her check-in', async ( {
	page,
} ) => {
	// Kenji (Tokyo) leads Aisha's (Lagos) project group; both are free on Tuesdays at 11:00 UTC.
	await logIn( page, 'mentor-kenji' );
	const consoleErrors = watchConsole( page );
	await page.goto( '/mentorship/' );
	const propose = page
		.locator( 'details' )
		.filter( { hasText: 'Propose a 1:1 with Aisha Bello' } );
	await propose.locator( 'summary' ).click();
	const suggested = propose.getByRole( 'radio' ).first();
	await expect( suggested ).toBeChecked();
	const starts = ( await suggested.getAttribute( 'value' ) ) ?? '';
	expect( starts ).toMatch( /^\d{4}-\d\d-\d\dT11:00:00Z$/ );
	await expect(
		propose
			.locator( 'label' )
			.filter( { has: page.getByRole( 'radio' ) } )
			.first()
	).toContainText( '8:00 pm (Asia/Tokyo)' );
	await propose
		.getByLabel( 'Where (a link to the call, or a place)' )
		.fill( 'https://meet.example.org/kenji-aisha' );
	await propose.getByLabel( 'Agenda' ).fill( 'Your first ticket.' );
	await expectNoSeriousViolations( page, [
		'.wp-block-wayfinder-my-mentorship',
	] );
	await propose.getByRole( 'button', { name: 'Propose this 1:1' } ).click();
	await expect(
		page.getByText(
			'The 1:1 with Aisha Bello is planned. You both get an email with a calendar invitation.'
		)
	).toBeVisible();
	expect( consoleErrors ).toEqual( [] );

	// Aisha sees it on her own clock (Lagos, UTC+1), with the invitation to download.
	await page.context().clearCookies();
	await logIn( page, 'mentee-aisha' );
	await page.goto( '/mentorship/' );
	const lagos = new Intl.DateTimeFormat( 'en-US', {
		timeZone: 'Africa/Lagos',
		month: 'long',
		day: 'numeric',
		year: 'numeric',
	} ).format( new Date( starts ) );
	const oneToOne = page
		.locator( 'li' )
		.filter( {
			has: page.locator(
				`time[datetime="${ starts.replace( 'Z', '+00:00' ) }"]`
			),
		} )
		.first();
	await expect( oneToOne ).toContainText( lagos );
	await expect( oneToOne ).toContainText( '12:00 pm' );
	await page.screenshot( {
		path: 'artifacts/screenshots/mentee-cohort-one-to-one.png',
		fullPage: true,
	} );
	const [ download ] = await Promise.all( [
		page.waitForEvent( 'download' ),
		oneToOne.getByRole( 'link', { name: 'Add to your calendar' } ).click(),
	] );
	const ics = await (
		await download.createReadStream()
	)
		.toArray()
		.then( ( parts ) => Buffer.concat( parts ).toString() );
	expect( ics ).toContain( 'BEGIN:VCALENDAR' );
	expect( ics ).toContain(
		`DTSTART:${ starts.replace( /[-:]/g, '' ).replace( '.000', '' ) }`
	);
	expect( ics ).toContain( 'https://meet.example.org/kenji-aisha' );

	// This week's check-in, still open: answered on the page, and kept.
	const checkin = page.locator( 'form' ).filter( {
		has: page.getByRole( 'button', { name: 'Send your answers' } ),
	} );
	await expect( checkin ).toHaveCount( 1 );
	await checkin
		.getByLabel( 'What did you do this week?' )
		.fill( 'Read the core handbook and picked a good-first-bug ticket.' );
	await checkin
		.getByLabel( 'What is blocking you?' )
		.fill( 'Setting up the local environment.' );
	await checkin.getByRole( 'button', { name: 'Send your answers' } ).click();
	await expect(
		page.getByText( 'Thank you. Your mentor can read your answers now.' )
	).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole( 'button', { name: 'Send your answers' } )
	).toHaveCount( 0 );
	await expect(
		page.getByText(
			'Read the core handbook and picked a good-first-bug ticket.'
		)
	).toHaveCount( 1 );
	await expectNoSeriousViolations( page, [
		'.wp-block-wayfinder-my-mentorship',
	] );
	expect( consoleErrors ).toEqual( [] );
} );

test( 'the coordinator adds a cohort in the block editor with its details panel, and a cohort too long is refused with the server’s sentence', async ( {
	page,
} ) => {
	await logIn( page, 'coordinator' );
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=cohorts' );
	await page.getByRole( 'link', { name: 'Add a cohort' } ).click();
	await expect( page ).toHaveURL(
		/post-new\.php\?post_type=wayfinder_cohort/
	);
	const consoleErrors = watchConsole( page );
	await page
		.locator( '.edit-post-layout, .editor-editor-interface' )
		.first()
		.waitFor();
	// The welcome guide, if it shows.
	const guide = page.getByRole( 'dialog' ).filter( {
		has: page.getByRole( 'button', { name: 'Close' } ),
	} );
	if ( await guide.isVisible().catch( () => false ) ) {
		await guide.getByRole( 'button', { name: 'Close' } ).click();
	}

	const title = `Docs sprint ${ Date.now() }`;
	const iframed =
		( await page.locator( 'iframe[name="editor-canvas"]' ).count() ) > 0;
	const canvas = iframed
		? page.frameLocator( 'iframe[name="editor-canvas"]' )
		: page.locator( 'body' );
	await canvas.getByRole( 'textbox', { name: 'Add title' } ).fill( title );

	// The panel, in the document sidebar.
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
	await expect(
		panel.getByRole( 'checkbox', { name: 'Documentation' } )
	).toBeVisible();

	// Four weeks from a Monday at least two weeks away (UTC days, as the server counts).
	const day = ( ms: number ) => new Date( ms ).toISOString().slice( 0, 10 );
	const today = new Date();
	const midnight = Date.UTC(
		today.getUTCFullYear(),
		today.getUTCMonth(),
		today.getUTCDate()
	);
	const toMonday = ( 8 - today.getUTCDay() ) % 7 || 7;
	const monday = midnight + ( toMonday + 14 ) * 86_400_000;
	const first = day( monday );

	await panel
		.getByLabel( 'Stage' )
		.selectOption( { label: 'Open for applications' } );
	await panel.getByLabel( 'First day' ).fill( first );
	await panel
		.getByLabel( 'Last day' )
		.fill( day( monday + 27 * 86_400_000 ) );
	await expect( panel ).toContainText( '4 weeks' );
	await expect( panel ).not.toContainText( 'cannot be saved' );
	await panel.getByLabel( 'Seats', { exact: true } ).fill( '10' );
	await panel.getByLabel( 'Mentor places' ).fill( '3' );
	await panel
		.getByRole( 'checkbox', { name: 'Paired with a mentor (1:1)' } )
		.check();
	await panel
		.getByRole( 'checkbox', { name: 'In the group sessions only' } )
		.check();
	await panel.getByRole( 'checkbox', { name: 'Documentation' } ).check();
	await panel
		.getByRole( 'button', { name: 'Add training material' } )
		.click();
	await panel
		.getByLabel( 'Title of material 1' )
		.fill( 'Contributing to the documentation' );
	await panel
		.getByLabel( 'Link to material 1' )
		.fill( 'https://make.wordpress.org/docs/handbook/' );
	// The graduation rule, in its own panel: two verified contributions and a plan.
	const graduation = page.locator( '.wayfinder-cohort-graduation' );
	const opener = graduation.getByRole( 'button', { name: 'Graduation' } );
	if ( ( await opener.getAttribute( 'aria-expanded' ) ) !== 'true' ) {
		await opener.click();
	}
	await graduation.getByLabel( 'Verified contributions' ).fill( '2' );
	await graduation
		.getByRole( 'checkbox', { name: 'A plan with at least one goal' } )
		.check();
	await expectNoSeriousViolations( page, [ '.wayfinder-cohort-details' ] );
	await page.setViewportSize( { width: 1280, height: 2400 } );
	await panel.screenshot( {
		path: 'artifacts/screenshots/coordinator-cohort-details-panel.png',
	} );
	await page.setViewportSize( { width: 1280, height: 720 } );

	const topBar = page.getByRole( 'region', { name: 'Editor top bar' } );
	await topBar.getByRole( 'button', { name: 'Publish' } ).click();
	await page
		.getByRole( 'region', { name: 'Editor publish' } )
		.getByRole( 'button', { name: 'Publish', exact: true } )
		.click();
	await expect(
		page
			.locator( '.components-snackbar' )
			.filter( { hasText: /published/i } )
	).toBeVisible();

	// What the server kept.
	const saved = await page.evaluate( async () => {
		const wp = (
			window as unknown as {
				wp: {
					apiFetch: ( options: { path: string } ) => Promise< {
						meta: Record< string, unknown >;
						status: string;
					} >;
					data: {
						select: ( store: string ) => {
							getCurrentPostId: () => number;
						};
					};
				};
			}
		 ).wp;
		const id = wp.data.select( 'core/editor' ).getCurrentPostId();
		return wp.apiFetch( {
			path: `/wayfinder/v1/cohorts/${ id }?context=edit`,
		} );
	} );
	expect( saved.status ).toBe( 'publish' );
	expect( saved.meta ).toMatchObject( {
		wayfinder_stage: 'open',
		wayfinder_start_date: first,
		wayfinder_end_date: day( monday + 27 * 86_400_000 ),
		wayfinder_seats: 10,
		wayfinder_mentor_places: 3,
		wayfinder_modes: [ 'one_to_one', 'group_only' ],
		wayfinder_teams: [ 'docs' ],
		wayfinder_training: [
			{
				title: 'Contributing to the documentation',
				url: 'https://make.wordpress.org/docs/handbook/',
			},
		],
		wayfinder_graduation: {
			contributions: 2,
			one_to_ones: true,
			group_sessions: true,
			training: true,
			team: true,
			plan: true,
		},
	} );
	// The post-publish panel, closed to get back to the sidebar.
	await page
		.getByRole( 'region', { name: 'Editor publish' } )
		.getByRole( 'button', { name: 'Close panel' } )
		.click();

	// Eight weeks: the panel says so before saving, and the server refuses with its sentence.
	const last = day( monday + 55 * 86_400_000 );
	await panel.getByLabel( 'Last day' ).fill( last );
	await expect( panel ).toContainText( '8 weeks' );
	await expect( panel ).toContainText(
		'A cohort lasts two to six weeks, and this one lasts 56 days'
	);
	await topBar.getByRole( 'button', { name: /^(Save|Update)$/ } ).click();
	await expect( page.locator( '.components-notice.is-error' ) ).toContainText(
		`A cohort lasts two to six weeks, and this one lasts 56 days. For a cohort starting on ${ first }, choose a last day from ${ day(
			monday + 13 * 86_400_000
		) } to ${ day( monday + 41 * 86_400_000 ) }.`
	);
	await page.screenshot( {
		path: 'artifacts/screenshots/coordinator-cohort-editor-refused.png',
		fullPage: true,
	} );

	// The cohort, as published, on the coordinator's list.
	page.once( 'dialog', ( dialog ) => dialog.accept() ); // Leaving unsaved changes.
	await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=cohorts' );
	await expect(
		page.getByRole( 'row' ).filter( { hasText: title } )
	).toContainText( 'Open for applications' );
	// The browser logs the refused save (400) itself; offline sites cannot fetch the welcome picture;
	// the editor asks core's routes (taxonomies, reusable blocks, global styles) for what a
	// coordinator, who cannot edit posts, may not read (403). Nothing of Wayfinder's may fail.
	expect(
		consoleErrors.filter(
			( error ) =>
				! /400 \(Bad Request\)/.test( error ) &&
				! error.includes( 's.w.org' ) &&
				! /403 \(Forbidden\) \(http[^ ]*\/wp-json\/wp\/v2\//.test(
					error
				)
		)
	).toEqual( [] );
} );
