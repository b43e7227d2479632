import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export { readDebugLog, resetDebugLog } from './debug-log';

/**
 * Collects console errors and uncaught exceptions for the page's whole life.
 * @param page
 */
export function watchConsole( page: Page ): string[] {
	const errors: string[] = [];
	page.on( 'console', ( message ) => {
		if ( message.type() === 'error' ) {
			const { url } = message.location();
			errors.push(
				url ? `${ message.text() } (${ url })` : message.text()
			);
		}
	} );
	page.on( 'pageerror', ( error ) => errors.push( error.message ) );
	return errors;
}

export async function logIn(
	page: Page,
	username: string,
	password = 'password'
): Promise< void > {
	await page.goto( '/wp-login.php' );
	await fillLogIn( page, username, password );
	await expect( page ).toHaveURL( /wp-admin/ );
	// Leaving profile.php before its DOM is ready throws in core's user-profile.js (beforeunload).
	await page.waitForLoadState( 'load' );
}

/**
 * Fills core's login form on the page and sends it.
 * @param page     A page showing wp-login.php.
 * @param username The login.
 * @param password Its password.
 */
export async function fillLogIn(
	page: Page,
	username: string,
	password = 'password'
): Promise< void > {
	// Core's login page focuses and empties its fields from scripts that run after load: fill once they
	// have, and again until both fields hold what was typed.
	await page.waitForLoadState( 'load' );
	const user = page.getByLabel( 'Username or Email Address' );
	const secret = page.getByLabel( 'Password', { exact: true } );
	await expect( async () => {
		await user.fill( username );
		await secret.fill( password );
		await expect( user ).toHaveValue( username, { timeout: 500 } );
		await expect( secret ).toHaveValue( password, { timeout: 500 } );
	} ).toPass( { timeout: 10_000 } );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
}

/**
 * No serious or critical axe-core violations inside the given parts of the page.
 * @param page      The page.
 * @param selectors CSS selectors of the parts that are ours to judge.
 */
export async function expectNoSeriousViolations(
	page: Page,
	selectors: string[]
): Promise< void > {
	let builder = new AxeBuilder( { page } );
	for ( const selector of selectors ) {
		builder = builder.include( selector );
	}
	const results = await builder.analyze();
	const bad = results.violations.filter(
		( violation ) =>
			violation.impact === 'serious' || violation.impact === 'critical'
	);
	expect(
		bad.map(
			( violation ) =>
				`${ violation.id }: ${ violation.nodes
					.map( ( node ) => node.target.join( ' ' ) )
					.join( ', ' ) }`
		)
	).toEqual( [] );
}
