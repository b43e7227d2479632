<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Orientation\QuizPostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Settings;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Tests\Integration\TestCase;
use const Wayfinder\VERSION;

final class InstallerTest extends TestCase {

	public function test_activation_creates_every_role_with_its_capabilities(): void {
		Installer::activate();

		$expected = array(
			'wayfinder_coordinator' => array_merge( array( Capabilities::COORDINATE, Capabilities::MANAGE_SETTINGS, Capabilities::MENTOR, Capabilities::SCREEN, Capabilities::REVIEW ), TeamPostType::CAPABILITIES, QuizPostType::CAPABILITIES, \Wayfinder\Cohorts\CohortPostType::CAPABILITIES, \Wayfinder\Surveys\SurveyPostType::CAPABILITIES, \Wayfinder\Badges\BadgePostType::CAPABILITIES ),
			'wayfinder_mentor'      => array( Capabilities::MENTOR ),
			'wayfinder_screener'    => array( Capabilities::SCREEN ),
			'wayfinder_reviewer'    => array( Capabilities::REVIEW ),
			'wayfinder_team_rep'    => array( Capabilities::REPRESENT_TEAM ),
		);
		foreach ( $expected as $slug => $caps ) {
			$role = get_role( $slug );
			$this->assertNotNull( $role, "role $slug exists" );
			$granted = array_keys( array_filter( $role->capabilities ) );
			sort( $granted );
			$wanted = array_merge( array( 'read' ), $caps );
			sort( $wanted );
			$this->assertSame( $wanted, $granted, "capabilities of $slug" );
		}
	}

	public function test_administrators_get_every_wayfinder_capability(): void {
		Installer::activate();
		$admin = $this->make_user( 'administrator' );
		foreach ( Capabilities::all() as $cap ) {
			$this->assertTrue( user_can( $admin, $cap ), "admin has $cap" );
		}
	}

	public function test_a_mentor_cannot_coordinate_and_a_coordinator_can(): void {
		$mentor      = $this->make_user( 'wayfinder_mentor' );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->assertFalse( Capabilities::can_coordinate( $mentor ) );
		$this->assertTrue( Capabilities::can_coordinate( $coordinator ) );
	}

	public function test_an_upgrade_restores_missing_roles_and_records_the_version(): void {
		remove_role( 'wayfinder_mentor' );
		update_option( Installer::VERSION_OPTION, '0.0.1' );

		Installer::upgrade_if_needed();

		$this->assertNotNull( get_role( 'wayfinder_mentor' ) );
		$this->assertSame( VERSION, get_option( Installer::VERSION_OPTION ) );
	}

	public function test_a_new_schema_version_installs_what_came_with_it_on_a_site_that_did_not_reactivate(): void {
		$coordinator = get_role( 'wayfinder_coordinator' );
		$this->assertNotNull( $coordinator );
		$coordinator->remove_cap( 'edit_wayfinder_quizzes' );
		update_option( \Wayfinder\Platform\Schema::VERSION_OPTION, \Wayfinder\Platform\Schema::VERSION - 1 );

		Installer::upgrade_if_needed();

		$this->assertTrue( (bool) get_role( 'wayfinder_coordinator' )->has_cap( 'edit_wayfinder_quizzes' ) );
		$this->assertSame( \Wayfinder\Platform\Schema::VERSION, (int) get_option( \Wayfinder\Platform\Schema::VERSION_OPTION ) );
	}

	public function test_activation_keeps_an_admins_earlier_uninstall_choice(): void {
		update_option( Settings::DELETE_DATA_ON_UNINSTALL, true );
		Installer::activate();
		$this->assertTrue( Settings::delete_data_on_uninstall() );
	}
}
