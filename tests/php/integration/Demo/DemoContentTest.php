<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Demo;

use Wayfinder\Demo\DemoContent;
use Wayfinder\Demo\DemoPeople;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class DemoContentTest extends TestCase {

	public function test_loading_creates_every_demo_person_with_role_and_profile(): void {
		$counts = DemoContent::load();

		$this->assertSame( count( DemoPeople::all() ), $counts['created'] );
		$anna = get_user_by( 'login', 'mentor-anna' );
		$this->assertNotFalse( $anna );
		$this->assertSame( array( 'wayfinder_mentor' ), $anna->roles );
		$this->assertSame( 'Anna Schmidt', $anna->display_name );
		$profile = ( new ProfileRepository() )->find( $anna->ID );
		$this->assertSame( 'Europe/Berlin', $profile->timezone );
		$this->assertSame( 3, $profile->mentor_capacity );
		$this->assertSame( array( array( 2, '18:00', '20:00' ), array( 4, '18:00', '20:00' ) ), $profile->availability );
		$this->assertFalse( $profile->seeking );
		$this->assertTrue( ( new ProfileRepository() )->find( get_user_by( 'login', 'mentee-aisha' )->ID )->seeking, 'demo mentees look for a mentor' );
		$this->assertTrue( wp_check_password( DemoPeople::PASSWORD, $anna->user_pass, $anna->ID ) );
	}

	public function test_loading_twice_updates_instead_of_duplicating(): void {
		DemoContent::load();
		wp_update_user(
			array(
				'ID'   => get_user_by( 'login', 'mentee-aisha' )->ID,
				'role' => 'administrator',
			)
		);

		$counts = DemoContent::load();

		$this->assertSame( 0, $counts['created'] );
		$this->assertSame( count( DemoPeople::all() ), $counts['updated'] );
		$this->assertSame( array( 'subscriber' ), get_user_by( 'login', 'mentee-aisha' )->roles );
	}
}
