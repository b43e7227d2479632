<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Admin;

use Wayfinder\Admin\AdminPage;
use Wayfinder\Tests\Integration\TestCase;

final class AdminPageTest extends TestCase {

	protected function tearDown(): void {
		global $menu, $submenu, $_registered_pages, $_parent_pages;
		$menu              = array();
		$submenu           = array();
		$_registered_pages = array();
		$_parent_pages     = array();
		wp_dequeue_script( 'wayfinder-admin' );
		wp_deregister_script( 'wayfinder-admin' );
		parent::tearDown();
	}

	public function test_the_mentorship_menu_requires_the_coordinator_capability(): void {
		wp_set_current_user( $this->make_user( 'wayfinder_coordinator' ) );
		AdminPage::add_menu();
		$entry = array_values( array_filter( $GLOBALS['menu'], static fn ( array $item ): bool => 'wayfinder' === $item[2] ) );
		$this->assertCount( 1, $entry );
		$this->assertSame( 'Mentorship', $entry[0][0] );
		$this->assertSame( 'wayfinder_coordinate', $entry[0][1] );
		$this->assertSame( array( 'Overview', 'wayfinder_coordinate', 'wayfinder' ), array_slice( $GLOBALS['submenu']['wayfinder'][0], 0, 3 ), 'the overview is the first screen' );
	}

	public function test_the_app_loads_on_its_own_page_and_nowhere_else(): void {
		wp_set_current_user( $this->make_user( 'administrator' ) );
		AdminPage::add_menu();

		AdminPage::enqueue( 'edit.php' );
		$this->assertFalse( wp_script_is( 'wayfinder-admin', 'enqueued' ) );

		AdminPage::enqueue( 'toplevel_page_wayfinder' );
		$this->assertTrue( wp_script_is( 'wayfinder-admin', 'enqueued' ), 'run `npm run build` before the integration tests' );
		$inline = implode( '', wp_scripts()->get_data( 'wayfinder-admin', 'before' ) );
		$this->assertStringContainsString( '"canManageSite":true', $inline );
	}

	public function test_the_page_works_without_javascript_by_saying_so(): void {
		ob_start();
		AdminPage::render();
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'id="wayfinder-admin-root"', $html );
		$this->assertStringContainsString( 'need JavaScript', $html );
	}
}
