<?php
/**
 * The coordinator runs the program, so the coordinator changes its settings: their own route, which
 * opens exactly the program's settings and no other option.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Settings;
use Wayfinder\Tests\Integration\TestCase;

final class ProgramSettingsRouteTest extends TestCase {

	public function test_coordinators_and_administrators_hold_the_capability_to_manage_settings(): void {
		$this->assertTrue( Capabilities::can_manage_settings( $this->make_user( 'wayfinder_coordinator' ) ) );
		$this->assertTrue( Capabilities::can_manage_settings( $this->make_user( 'administrator' ) ) );
		$this->assertFalse( Capabilities::can_manage_settings( $this->make_user( 'wayfinder_mentor' ) ) );
		$this->assertFalse( Capabilities::can_manage_settings( $this->make_user( 'subscriber' ) ) );
	}

	public function test_a_coordinator_reads_and_saves_the_program_settings(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );

		$read = $this->rest( 'GET', '/wayfinder/v1/settings', array(), $coordinator );
		$this->assertSame( 200, $read->get_status() );
		$this->assertSame( 14, $read->get_data()[ Settings::REQUEST_EXPIRY_DAYS ] );

		$saved = $this->rest(
			'POST',
			'/wayfinder/v1/settings',
			array(
				Settings::REQUEST_EXPIRY_DAYS => 30,
				Settings::AUTO_ASSIGN         => 'off',
				Settings::MATCHING            => array( 'fairness' => 5 ),
			),
			$coordinator
		);

		$this->assertSame( 200, $saved->get_status() );
		$this->assertSame( 30, Settings::request_expiry_days() );
		$this->assertSame( 'off', Settings::auto_assign_mode() );
		$this->assertSame( 5.0, Settings::matching()['fairness'] );
		$this->assertSame( 30, $saved->get_data()[ Settings::REQUEST_EXPIRY_DAYS ] );
	}

	public function test_the_route_opens_no_other_option_not_even_the_uninstall_choice(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$blogname    = get_option( 'blogname' );

		$response = $this->rest(
			'POST',
			'/wayfinder/v1/settings',
			array(
				'title'                            => 'Taken over',
				'blogname'                         => 'Taken over',
				'default_role'                     => 'administrator',
				Settings::DELETE_DATA_ON_UNINSTALL => true,
			),
			$coordinator
		);

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( $blogname, get_option( 'blogname' ) );
		$this->assertNotSame( 'administrator', get_option( 'default_role' ) );
		$this->assertFalse( Settings::delete_data_on_uninstall() );
		$this->assertSame( Settings::program_options(), array_values( array_intersect( Settings::program_options(), array_keys( $response->get_data() ) ) ) );
		$this->assertArrayNotHasKey( 'title', $response->get_data() );
		$this->assertArrayNotHasKey( Settings::DELETE_DATA_ON_UNINSTALL, $response->get_data() );
	}

	public function test_a_coordinator_still_cannot_use_cores_settings_route(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$response    = $this->rest( 'POST', '/wp/v2/settings', array( Settings::REQUEST_EXPIRY_DAYS => 30 ), $coordinator );

		$this->assertSame( 403, $response->get_status() );
		$this->assertSame( 14, Settings::request_expiry_days() );
	}

	public function test_mentors_and_members_are_refused_with_a_sentence(): void {
		foreach ( array( 'wayfinder_mentor', 'subscriber' ) as $role ) {
			$response = $this->rest( 'POST', '/wayfinder/v1/settings', array( Settings::REQUEST_EXPIRY_DAYS => 30 ), $this->make_user( $role ) );
			$this->assertSame( 403, $response->get_status(), $role );
			$this->assertStringContainsString( 'Mentoring coordinator', $response->get_data()['message'] );
		}
		$this->assertSame( 401, $this->rest( 'GET', '/wayfinder/v1/settings' )->get_status() );
		$this->assertSame( 14, Settings::request_expiry_days() );
	}

	public function test_an_out_of_range_value_is_refused_with_a_sentence_naming_the_field_and_its_range(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );

		$response = $this->rest( 'POST', '/wayfinder/v1/settings', array( Settings::REQUEST_EXPIRY_DAYS => 400 ), $coordinator );

		$this->assertSame( 400, $response->get_status() );
		$message = $response->get_data()['message'];
		$this->assertSame( 'Days before an unanswered request expires must be a whole number from 1 to 365.', $message );
		$this->assertStringNotContainsString( 'Invalid parameter', $message );
		$this->assertStringNotContainsString( Settings::REQUEST_EXPIRY_DAYS, $message );
		$this->assertSame( 14, Settings::request_expiry_days() );
	}

	public function test_a_part_of_the_matching_settings_is_refused_by_its_own_name(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );

		$hours  = $this->rest( 'POST', '/wayfinder/v1/settings', array( Settings::MATCHING => array( 'meeting_hours' => 80 ) ), $coordinator );
		$choice = $this->rest( 'POST', '/wayfinder/v1/settings', array( Settings::AUTO_ASSIGN => 'sometimes' ), $coordinator );

		$this->assertSame( 400, $hours->get_status() );
		$this->assertSame( 'Shared hours a week for full marks on time must be a number from 0.5 to 40.', $hours->get_data()['message'] );
		$this->assertSame( 400, $choice->get_status() );
		$this->assertStringStartsWith( 'Automatic assignment must be one of:', $choice->get_data()['message'] );
	}

	public function test_switching_every_criterion_off_is_refused_on_this_route_too(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$weights     = array(
			'languages'    => 0,
			'meeting_time' => 0,
			'teams'        => 0,
			'load'         => 0,
		);

		$response = $this->rest( 'POST', '/wayfinder/v1/settings', array( Settings::MATCHING => array( 'weights' => $weights ) ), $coordinator );

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'wayfinder_no_criteria', $response->get_data()['code'] );
	}
}
