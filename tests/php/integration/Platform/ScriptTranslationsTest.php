<?php
/**
 * The JavaScript of the admin app and of every block's editor gets its translations the way
 * WordPress loads them: JSON files named after the script's path (as `wp i18n make-json` and
 * bin/i18n.mjs write them) in the plugin's languages folder.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Admin\AdminPage;
use Wayfinder\Tests\Integration\TestCase;
use const Wayfinder\PLUGIN_DIR;

final class ScriptTranslationsTest extends TestCase {

	/** @var list<string> Translation files this test wrote. */
	private array $written = array();

	protected function setUp(): void {
		parent::setUp();
		add_filter( 'determine_locale', array( self::class, 'portuguese' ) );
	}

	protected function tearDown(): void {
		global $menu, $submenu, $_registered_pages, $_parent_pages;
		foreach ( $this->written as $file ) {
			unlink( $file );
		}
		remove_filter( 'determine_locale', array( self::class, 'portuguese' ) );
		$menu              = array();
		$submenu           = array();
		$_registered_pages = array();
		$_parent_pages     = array();
		wp_dequeue_script( 'wayfinder-admin' );
		wp_deregister_script( 'wayfinder-admin' );
		parent::tearDown();
	}

	public static function portuguese(): string {
		return 'pt_BR';
	}

	/**
	 * A JSON translation of one string for a built script, where WordPress looks for it in the plugin.
	 *
	 * @param string $script The script's path in the plugin (build/admin/index.js).
	 */
	private function translate( string $script, string $text, string $translation ): void {
		$file = PLUGIN_DIR . '/languages/wayfinder-pt_BR-' . md5( $script ) . '.json';
		$json = wp_json_encode(
			array(
				'domain'      => 'messages',
				'locale_data' => array(
					'messages' => array(
						''    => array(
							'domain' => 'messages',
							'lang'   => 'pt_BR',
						),
						$text => array( $translation ),
					),
				),
			),
			JSON_UNESCAPED_UNICODE
		);
		$this->assertNotFalse( file_put_contents( $file, (string) $json ) );
		$this->written[] = $file;
	}

	/** @return array<string, \WP_Block_Type> Wayfinder's registered blocks by name. */
	private static function blocks(): array {
		return array_filter(
			\WP_Block_Type_Registry::get_instance()->get_all_registered(),
			static fn ( \WP_Block_Type $block ): bool => str_starts_with( $block->name, 'wayfinder/' )
		);
	}

	public function test_every_block_editor_script_is_registered_with_the_wayfinder_text_domain(): void {
		$blocks = self::blocks();
		$this->assertCount( count( (array) glob( PLUGIN_DIR . '/blocks/*/block.json' ) ), $blocks, 'run `npm run build` before the integration tests' );
		foreach ( $blocks as $block ) {
			$this->assertNotEmpty( $block->editor_script_handles, $block->name );
			foreach ( $block->editor_script_handles as $handle ) {
				// WordPress does this for a block.json with "textdomain" whose script depends on wp-i18n.
				$this->assertSame( 'wayfinder', wp_scripts()->registered[ $handle ]->textdomain, "{$block->name}: {$handle}" );
			}
		}
	}

	public function test_a_block_editor_script_reads_its_translations_from_the_plugins_languages_folder(): void {
		$handle = self::blocks()['wayfinder/my-mentorship']->editor_script_handles[0] ?? '';
		$this->assertStringContainsString( 'wayfinder/build/my-mentorship/index.js', (string) wp_scripts()->registered[ $handle ]->src );

		$this->assertFalse( wp_scripts()->print_translations( $handle, false ), 'nothing to load before the file exists' );
		$this->translate( 'build/my-mentorship/index.js', 'Settings', 'Configurações' );

		$printed = (string) wp_scripts()->print_translations( $handle, false );
		$this->assertStringContainsString( '"Settings":["Configurações"]', $printed );
		$this->assertStringContainsString( '"wayfinder"', $printed, 'set for the wayfinder domain' );
	}

	public function test_the_admin_app_reads_its_translations_from_the_plugins_languages_folder(): void {
		wp_set_current_user( $this->make_user( 'administrator' ) );
		AdminPage::add_menu();
		AdminPage::enqueue( 'toplevel_page_wayfinder' );
		$this->assertTrue( wp_script_is( 'wayfinder-admin', 'enqueued' ), 'run `npm run build` before the integration tests' );

		$this->translate( 'build/admin/index.js', 'Overview', 'Visão geral' );

		$this->assertStringContainsString( '"Overview":["Visão geral"]', (string) wp_scripts()->print_translations( 'wayfinder-admin', false ) );
	}
}
