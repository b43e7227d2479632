<?php
/**
 * The Mentorship roles on the wp-admin user screen, saved through WordPress's own edit_user() so the
 * test sees what the screen does: core's role menu first, then the extra roles.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Admin;

use Wayfinder\Admin\UserRoles;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Tests\Integration\TestCase;

final class UserRolesTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		require_once ABSPATH . 'wp-admin/includes/user.php';
	}

	protected function tearDown(): void {
		$_POST = array();
		parent::tearDown();
	}

	/** @param list<string> $roles */
	private function submit( int $user_id, string $role, array $roles, bool $with_nonce = true ): void {
		$user  = get_userdata( $user_id );
		$_POST = array(
			'email'           => $user->user_email,
			'nickname'        => $user->user_login,
			'display_name'    => $user->display_name,
			'role'            => $role,
			'wayfinder_roles' => $roles,
		);
		if ( $with_nonce ) {
			$_POST['wayfinder_user_roles'] = wp_create_nonce( 'wayfinder_user_roles_' . $user_id );
		}
		$this->assertIsInt( edit_user( $user_id ) );
	}

	public function test_an_admin_adds_mentoring_roles_beside_the_persons_role_and_takes_them_away(): void {
		wp_set_current_user( $this->make_user( 'administrator' ) );
		$editor = $this->make_user( 'editor' );

		$this->submit( $editor, 'editor', array( 'wayfinder_mentor', 'wayfinder_team_rep' ) );

		$user = get_userdata( $editor );
		$this->assertEqualsCanonicalizing( array( 'editor', 'wayfinder_mentor', 'wayfinder_team_rep' ), $user->roles );
		$this->assertTrue( Capabilities::can_mentor( $editor ) );
		$this->assertTrue( Capabilities::can_represent_team( $editor ) );

		$this->submit( $editor, 'editor', array( 'wayfinder_mentor' ) );
		$this->assertEqualsCanonicalizing( array( 'editor', 'wayfinder_mentor' ), get_userdata( $editor )->roles );
	}

	public function test_a_role_chosen_in_the_core_menu_is_kept_even_if_its_box_was_unticked(): void {
		wp_set_current_user( $this->make_user( 'administrator' ) );
		$person = $this->make_user( 'subscriber' );

		$this->submit( $person, 'wayfinder_coordinator', array() );

		$this->assertSame( array( 'wayfinder_coordinator' ), array_values( get_userdata( $person )->roles ) );
	}

	public function test_nothing_changes_without_the_nonce_or_the_right_to_promote(): void {
		wp_set_current_user( $this->make_user( 'administrator' ) );
		$person = $this->make_user( 'subscriber' );
		$this->submit( $person, 'subscriber', array( 'wayfinder_mentor' ), false );
		$this->assertFalse( Capabilities::can_mentor( $person ), 'no nonce, no change' );

		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		wp_set_current_user( $coordinator );
		$_POST = array(
			'wayfinder_user_roles' => wp_create_nonce( 'wayfinder_user_roles_' . $person ),
			'wayfinder_roles'      => array( 'wayfinder_coordinator' ),
		);
		UserRoles::save( $person );
		$this->assertFalse( Capabilities::can_coordinate( $person ), 'coordinators cannot promote users' );
	}

	public function test_the_boxes_show_only_to_people_who_may_promote(): void {
		$person = $this->make_user( 'wayfinder_mentor' );
		wp_set_current_user( $this->make_user( 'administrator' ) );
		ob_start();
		UserRoles::render( get_userdata( $person ) );
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'value="wayfinder_mentor"  checked=\'checked\'', $html );
		$this->assertStringContainsString( 'Team representative', $html );

		wp_set_current_user( $this->make_user( 'wayfinder_coordinator' ) );
		ob_start();
		UserRoles::render( get_userdata( $person ) );
		$this->assertSame( '', ob_get_clean() );
	}
}
