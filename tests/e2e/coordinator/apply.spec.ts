import { expect, test } from '@playwright/test';

import { expectNoSeriousViolations, logIn, watchConsole } from '../helpers';

// Applying to a cohort on its public page. The site is prepared by tests/e2e/fixtures/apply.php
// (a cohort open for applications, slug apply-e2e-cohort, and the applicants applicant-nojs and
// applicant-axe, who have not applied yet).
test.describe.configure( { mode: 'serial', timeout: 120_000 } );

const COHORT = '/?post_type=wayfinder_cohort&name=apply-e2e-cohort';
const TOO_SHORT = 'I like open source.';
const ANSWER =
	'I translate plugins into Portuguese and would like to learn how the Polyglots team reviews strings.';

test.describe( 'without JavaScript', () => {
	test.use( { javaScriptEnabled: false } );

	test( 'an applicant is refused a too-short answer with their words kept, then submits and sees the confirmation and status', async ( {
		page,
	} ) => {
		await logIn( page, 'applicant-nojs' );
		await page.goto( COHORT );
		const block = page.locator( '.wayfinder-application' );
		await expect(
			block.getByRole( 'heading', { name: 'Apply to Apply e2e cohort' } )
		).toBeVisible();
		await expect( block.getByLabel( 'Languages you speak' ) ).toHaveValue(
			'pt, en'
		);
		await expect( block ).toContainText(
			'(your time zone, America/Sao Paulo), from your profile.'
		);

		await block
			.getByLabel( 'Why do you want to join this cohort?' )
			.fill( TOO_SHORT );
		await block
			.getByRole( 'radio', { name: 'Paired with a mentor (1:1)' } )
			.check();
		await block.getByRole( 'checkbox', { name: 'Polyglots' } ).check();
		await block
			.getByRole( 'checkbox', { name: 'I agree to the program’s terms' } )
			.check();
		await block
			.getByRole( 'button', { name: 'Submit my application' } )
			.click();

		const summary = block.locator( '.wayfinder-error-summary' );
		await expect( summary ).toContainText(
			'Your draft is saved, but it cannot be submitted yet. There is 1 thing to correct:'
		);
		await expect(
			summary.getByRole( 'link', {
				name: /has 19 characters; please write at least 40/,
			} )
		).toBeVisible();
		const answer = block.getByLabel(
			'Why do you want to join this cohort?'
		);
		await expect( answer ).toHaveValue( TOO_SHORT );
		await expect( answer ).toHaveAttribute( 'aria-invalid', 'true' );
		await expect(
			block.getByRole( 'radio', { name: 'Paired with a mentor (1:1)' } )
		).toBeChecked();
		await expect(
			block.getByRole( 'checkbox', { name: 'Polyglots' } )
		).toBeChecked();
		await expect( block ).toContainText( 'Draft: not submitted yet.' );
		await page.screenshot( {
			path: 'artifacts/screenshots/apply-refused-no-js.png',
			fullPage: true,
		} );

		await answer.fill( ANSWER );
		await block
			.getByRole( 'button', { name: 'Submit my application' } )
			.click();
		await expect( block.getByRole( 'status' ) ).toContainText(
			'Your application is submitted. You will get an email confirming it'
		);
		await expect( block ).toContainText(
			'Your application: Submitted: being screened.'
		);
		await expect(
			block.getByLabel( 'Why do you want to join this cohort?' )
		).toHaveValue( ANSWER );
		await expect(
			block.getByRole( 'button', { name: 'Save changes' } )
		).toBeVisible();
		await page.screenshot( {
			path: 'artifacts/screenshots/apply-submitted-no-js.png',
			fullPage: true,
		} );
	} );
} );

test( 'the application block is accessible in its states', async ( {
	page,
} ) => {
	await logIn( page, 'applicant-axe' );
	const consoleErrors = watchConsole( page );
	await page.goto( COHORT );
	const block = page.locator( '.wayfinder-application' );
	await expect(
		block.getByRole( 'button', { name: 'Save draft' } )
	).toBeVisible();
	await expectNoSeriousViolations( page, [ '.wayfinder-application' ] );

	await block
		.getByRole( 'button', { name: 'Submit my application' } )
		.click();
	await expect( block.locator( '.wayfinder-error-summary' ) ).toContainText(
		'things to correct'
	);
	await expectNoSeriousViolations( page, [ '.wayfinder-application' ] );

	await block
		.getByLabel( 'Why do you want to join this cohort?' )
		.fill( ANSWER );
	await block
		.getByRole( 'radio', { name: 'In the group sessions only' } )
		.check();
	await block.getByRole( 'checkbox', { name: 'Core' } ).check();
	await block
		.getByRole( 'checkbox', { name: 'I agree to the program’s terms' } )
		.check();
	await block
		.getByRole( 'button', { name: 'Submit my application' } )
		.click();
	await expect( block ).toContainText(
		'Your application: Submitted: being screened.'
	);
	await expectNoSeriousViolations( page, [ '.wayfinder-application' ] );
	expect( consoleErrors ).toEqual( [] );
} );
