import { expect, type Page, test } from '@playwright/test';

import { logIn, watchConsole } from '../helpers';

// The blocks in the block editor: a card is given its mentor from the inspector's picker and shows
// the server's rendering; the directory's settings change what the preview shows.

/**
 * Inserts a block at the end of the post being edited.
 * @param page       The editor.
 * @param name       The block's name.
 * @param attributes Its attributes.
 */
async function insert(
	page: Page,
	name: string,
	attributes: Record< string, unknown > = {}
) {
	await page.evaluate(
		( [ blockName, blockAttributes ] ) => {
			const wp = (
				window as unknown as {
					wp: {
						blocks: {
							createBlock: ( n: unknown, a: unknown ) => unknown;
						};
						data: {
							dispatch: ( store: string ) => {
								insertBlocks: ( blocks: unknown ) => void;
							};
						};
					};
				}
			 ).wp;
			wp.data
				.dispatch( 'core/block-editor' )
				.insertBlocks(
					wp.blocks.createBlock( blockName, blockAttributes )
				);
		},
		[ name, attributes ] as const
	);
}

async function openNewPage( page: Page ) {
	await logIn( page, 'admin' );
	await page.goto( '/wp-admin/post-new.php?post_type=page' );
	const close = page.getByRole( 'button', { name: 'Close' } ).first();
	await page
		.locator( '.edit-post-layout, .editor-editor-interface' )
		.first()
		.waitFor();
	if ( await close.isVisible().catch( () => false ) ) {
		await close.click(); // The welcome guide.
	}
}

test( 'a mentor card is given its mentor in the editor and previews the server’s rendering', async ( {
	page,
} ) => {
	await openNewPage( page );
	const consoleErrors = watchConsole( page );
	await insert( page, 'wayfinder/mentor-card' );
	const canvas = page.frameLocator( 'iframe[name="editor-canvas"]' );
	await expect(
		canvas.getByText( 'Choose the mentor this card shows.' )
	).toBeVisible();

	const picker = page
		.locator( '.block-editor-block-inspector' )
		.getByRole( 'combobox', { name: 'Mentor' } );
	await picker.fill( 'Gra' );
	await page.getByRole( 'option', { name: 'Grace Miller' } ).click();
	await expect( canvas.locator( '.wayfinder-mentor-card__name' ) ).toHaveText(
		'Grace Miller'
	);
	await expect( canvas.locator( '.wayfinder-mentor-card' ) ).toContainText(
		'America / New York'
	);

	await page
		.locator( '.block-editor-block-inspector' )
		.getByLabel( 'Show when they are available' )
		.uncheck();
	await expect(
		canvas.locator( '.wayfinder-mentor-card' )
	).not.toContainText( 'Usually available' );
	await page.screenshot( {
		path: 'artifacts/screenshots/community-editor-card.png',
	} );
	expect(
		consoleErrors.filter( ( e ) => ! e.includes( 's.w.org' ) )
	).toEqual( [] );
} );

test( 'the directory’s settings change its preview in the editor', async ( {
	page,
} ) => {
	await openNewPage( page );
	const consoleErrors = watchConsole( page );
	await insert( page, 'wayfinder/mentor-directory' );
	const canvas = page.frameLocator( 'iframe[name="editor-canvas"]' );
	await expect( canvas.locator( '.wayfinder-mentor-card' ) ).toHaveCount( 6 );

	const inspector = page.locator( '.block-editor-block-inspector' );
	await inspector
		.getByRole( 'spinbutton', { name: 'Mentors per page' } )
		.fill( '2' );
	await expect( canvas.locator( '.wayfinder-mentor-card' ) ).toHaveCount( 2 );
	await expect(
		canvas.locator( '.wayfinder-mentor-directory' )
	).toContainText( 'Showing 1–2 of 6 mentors' );

	await inspector
		.getByRole( 'combobox', { name: 'Only mentors of one team' } )
		.selectOption( 'polyglots' );
	await expect( canvas.locator( '.wayfinder-mentor-card__name' ) ).toHaveText(
		[ 'Priya Raman' ]
	);
	await inspector.getByLabel( 'Show the filters' ).uncheck();
	await expect(
		canvas.locator( '.wayfinder-mentor-directory__filters' )
	).toHaveCount( 0 );
	expect(
		consoleErrors.filter( ( e ) => ! e.includes( 's.w.org' ) )
	).toEqual( [] );
} );
