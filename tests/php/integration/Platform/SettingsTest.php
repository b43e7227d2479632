<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Platform\Settings;
use Wayfinder\Tests\Integration\TestCase;

final class SettingsTest extends TestCase {

	public function test_the_uninstall_choice_defaults_to_keeping_data(): void {
		$admin = $this->make_user( 'administrator' );
		$data  = $this->rest( 'GET', '/wp/v2/settings', array(), $admin )->get_data();
		$this->assertFalse( $data[ Settings::DELETE_DATA_ON_UNINSTALL ] );
	}

	public function test_an_admin_saves_the_choice_through_the_settings_endpoint(): void {
		$admin    = $this->make_user( 'administrator' );
		$response = $this->rest( 'POST', '/wp/v2/settings', array( Settings::DELETE_DATA_ON_UNINSTALL => true ), $admin );

		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( Settings::delete_data_on_uninstall() );
	}

	public function test_switching_it_off_again_reads_back_as_false(): void {
		$admin = $this->make_user( 'administrator' );
		$this->rest( 'POST', '/wp/v2/settings', array( Settings::DELETE_DATA_ON_UNINSTALL => true ), $admin );
		$response = $this->rest( 'POST', '/wp/v2/settings', array( Settings::DELETE_DATA_ON_UNINSTALL => false ), $admin );

		$this->assertFalse( $response->get_data()[ Settings::DELETE_DATA_ON_UNINSTALL ] );
		$this->assertFalse( $this->rest( 'GET', '/wp/v2/settings', array(), $admin )->get_data()[ Settings::DELETE_DATA_ON_UNINSTALL ] );
		$this->assertFalse( Settings::delete_data_on_uninstall() );
	}

	public function test_a_value_that_is_not_a_boolean_is_refused_and_the_saved_choice_is_kept(): void {
		$admin = $this->make_user( 'administrator' );
		update_option( Settings::DELETE_DATA_ON_UNINSTALL, true );

		$response = $this->rest( 'POST', '/wp/v2/settings', array( Settings::DELETE_DATA_ON_UNINSTALL => 'sometimes' ), $admin );

		$this->assertSame( 400, $response->get_status() );
		$this->assertStringContainsString( Settings::DELETE_DATA_ON_UNINSTALL, $response->get_data()['message'] );
		$this->assertTrue( Settings::delete_data_on_uninstall() );
	}

	public function test_a_coordinator_who_is_not_an_admin_cannot_change_it(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$response    = $this->rest( 'POST', '/wp/v2/settings', array( Settings::DELETE_DATA_ON_UNINSTALL => true ), $coordinator );

		$this->assertSame( 403, $response->get_status() );
		$this->assertFalse( Settings::delete_data_on_uninstall() );
	}
}
