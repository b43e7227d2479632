import { execFileSync } from 'child_process';
import { join } from 'path';
import { expect, test } from '@playwright/test';

import { logIn, readDebugLog, resetDebugLog, watchConsole } from '../helpers';

const zip = join( __dirname, '..', '..', '..', 'wayfinder.zip' );

test.describe.serial( 'a site admin installs Wayfinder from the zip', () => {
	test.beforeAll( () => resetDebugLog() );

	test( 'uploads, activates and opens the Mentorship screen', async ( {
		page,
	} ) => {
		const consoleErrors = watchConsole( page );
		await logIn( page, 'admin' );

		await page.goto( '/wp-admin/plugin-install.php?tab=upload' );
		await page.locator( 'input#pluginzip' ).setInputFiles( zip );
		await page.getByRole( 'button', { name: 'Install Now' } ).click();
		await expect(
			page.getByText( 'Plugin installed successfully.' )
		).toBeVisible();

		await page.getByRole( 'link', { name: 'Activate Plugin' } ).click();
		await expect( page.getByText( 'Plugin activated.' ) ).toBeVisible();
		await expect( page.locator( 'tr[data-slug="wayfinder"]' ) ).toHaveClass(
			/active/
		);

		await page
			.locator( '#adminmenu' )
			.getByRole( 'link', { name: 'Mentorship', exact: true } )
			.click();
		await expect(
			page.getByRole( 'heading', { name: 'Program overview' } )
		).toBeVisible();
		// The overview comes from the REST API: each of Wayfinder's five roles is counted.
		await expect(
			page.locator( '.wayfinder-overview__people li' )
		).toHaveCount( 5 );
		await expect(
			page.locator(
				'.wayfinder-overview__people li[data-role="wayfinder_screener"]'
			)
		).toBeVisible();
		await expect(
			page.locator( '.wayfinder-overview__versions' )
		).toContainText( /Wayfinder 0\.1\.0 on WordPress \d+\.\d+/ );

		expect( consoleErrors ).toEqual( [] );
		expect( readDebugLog() ).toBe( '' );
	} );

	test( 'the Make teams are seeded and listed under Mentorship → Teams', async ( {
		page,
	} ) => {
		const consoleErrors = watchConsole( page );
		await logIn( page, 'admin' );
		await page.goto( '/wp-admin/admin.php?page=wayfinder' );
		await page
			.locator( '#adminmenu' )
			.getByRole( 'link', { name: 'Teams', exact: true } )
			.click();
		await expect(
			page.getByRole( 'heading', { name: 'Teams', level: 1 } )
		).toBeVisible();
		await expect(
			page.locator( '#the-list a.row-title', { hasText: 'Polyglots' } )
		).toBeVisible();
		expect( consoleErrors ).toEqual( [] );
		expect( readDebugLog() ).toBe( '' );
	} );

	test( 'the uninstall choice is saved and survives a reload', async ( {
		page,
	} ) => {
		const consoleErrors = watchConsole( page );
		await logIn( page, 'admin' );
		await page.goto( '/wp-admin/admin.php?page=wayfinder&screen=settings' );

		const toggle = page.getByLabel(
			'Delete all Wayfinder data when the plugin is deleted'
		);
		await expect( toggle ).not.toBeChecked();
		await expect(
			page.getByText( 'Deleting the plugin keeps all mentorship data' )
		).toBeVisible();

		await toggle.check();
		await expect(
			page.getByText( 'This cannot be undone.', { exact: false } )
		).toBeVisible();
		await expect( toggle ).toBeEnabled();

		await page.reload();
		await expect(
			page.getByLabel(
				'Delete all Wayfinder data when the plugin is deleted'
			)
		).toBeChecked();

		expect( consoleErrors ).toEqual( [] );
		expect( readDebugLog() ).toBe( '' );
	} );

	test( 'fifty simultaneous assignments to a mentor with room for three make exactly three matches', async ( {
		playwright,
		baseURL,
	} ) => {
		const people = JSON.parse(
			execFileSync( 'php', [
				join( __dirname, '..', '..', '..', 'bin', 'lib', 'wp.php' ),
				process.env.WAYFINDER_E2E_SITE_DIR ?? '',
				'eval',
				join( __dirname, '..', 'fixtures', 'capacity.php' ),
			] ).toString()
		) as {
			coordinator: string;
			password: string;
			mentor: number;
			mentees: number[];
		};
		// A fresh context per request: no shared connection, so they really run at once (8 PHP workers).
		const api = await playwright.request.newContext( {
			baseURL: baseURL ?? '',
			httpCredentials: {
				username: people.coordinator,
				password: people.password,
				send: 'always',
			},
		} );
		const responses = await Promise.all(
			people.mentees.map( ( mentee ) =>
				api.post( '/wp-json/wayfinder/v1/matches', {
					data: { mentee, mentor: people.mentor },
				} )
			)
		);
		const statuses = responses.map( ( response ) => response.status() );
		expect( statuses.filter( ( status ) => status === 201 ) ).toHaveLength(
			3
		);
		expect( statuses.filter( ( status ) => status === 409 ) ).toHaveLength(
			47
		);
		const refusal = await responses
			.find( ( response ) => response.status() === 409 )
			?.json();
		expect( refusal.code ).toBe( 'wayfinder_at_capacity' );
		expect( refusal.message ).toContain( 'has no room: 3 of 3 mentees' );

		// A coordinator's assignments are proposals holding the places; confirmed, they are the matches.
		const proposed = await api.get(
			`/wp-json/wayfinder/v1/matches?mentor=${ people.mentor }&status=proposed`
		);
		expect( proposed.headers()[ 'x-wp-total' ] ).toBe( '3' );
		for ( const response of responses.filter(
			( each ) => each.status() === 201
		) ) {
			const { id } = ( await response.json() ) as { id: number };
			const confirmed = await api.post(
				`/wp-json/wayfinder/v1/matches/${ id }/confirm`
			);
			expect( confirmed.status() ).toBe( 200 );
		}
		const active = await api.get(
			`/wp-json/wayfinder/v1/matches?mentor=${ people.mentor }&status=active`
		);
		expect( active.headers()[ 'x-wp-total' ] ).toBe( '3' );
		await api.dispose();
		expect( readDebugLog() ).toBe( '' );
	} );

	test( 'a subscriber sees no Mentorship menu and cannot open the screen', async ( {
		page,
	} ) => {
		await logIn( page, 'subscriber' );
		await expect(
			page
				.locator( '#adminmenu' )
				.getByRole( 'link', { name: 'Mentorship' } )
		).toHaveCount( 0 );
		await page.goto( '/wp-admin/admin.php?page=wayfinder' );
		await expect(
			page.getByText( 'Sorry, you are not allowed to access this page.' )
		).toBeVisible();

		// Logged in with a valid REST nonce, the subscriber is still refused, with a reason.
		const nonce = await (
			await page.request.get(
				'/wp-admin/admin-ajax.php?action=rest-nonce'
			)
		).text();
		const response = await page.request.get(
			'/wp-json/wayfinder/v1/status',
			{
				headers: { 'X-WP-Nonce': nonce },
			}
		);
		expect( response.status() ).toBe( 403 );
		expect( ( await response.json() ).code ).toBe( 'wayfinder_forbidden' );
	} );
} );
