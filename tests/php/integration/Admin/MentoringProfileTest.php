<?php
/**
 * The mentoring profile on the wp-admin user screen, saved through WordPress's own edit_user() and
 * its hooks, as the screen does.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Admin;

use Wayfinder\Admin\MentoringProfile;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class MentoringProfileTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		require_once ABSPATH . 'wp-admin/includes/user.php';
	}

	protected function tearDown(): void {
		$_POST = array();
		parent::tearDown();
	}

	private function screen( int $user_id ): string {
		ob_start();
		MentoringProfile::render( get_userdata( $user_id ) );
		return (string) ob_get_clean();
	}

	/**
	 * Submits WordPress's profile form with the mentoring section, as the current user.
	 *
	 * @param array<string, mixed> $fields
	 * @return int|\WP_Error What edit_user() returned.
	 */
	private function submit( int $user_id, array $fields, bool $with_nonce = true ) {
		$user  = get_userdata( $user_id );
		$_POST = array(
			'email'             => $user->user_email,
			'nickname'          => $user->user_login,
			'display_name'      => $user->display_name,
			'wayfinder_profile' => $fields,
		);
		if ( $with_nonce ) {
			$_POST['wayfinder_profile_nonce'] = wp_create_nonce( 'wayfinder_profile_nonce_' . $user_id );
		}
		do_action( get_current_user_id() === $user_id ? 'personal_options_update' : 'edit_user_profile_update', $user_id ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's hooks.
		return edit_user( $user_id );
	}

	public function test_a_person_edits_their_own_mentoring_profile_on_their_profile_screen(): void {
		$mentee = $this->make_user( 'subscriber' );
		wp_set_current_user( $mentee );

		$html = $this->screen( $mentee );
		$this->assertStringContainsString( '<h2 id="wayfinder-profile">Mentoring profile</h2>', $html );
		$this->assertStringContainsString( 'name="wayfinder_profile[timezone]"', $html );
		$this->assertStringContainsString( 'name="wayfinder_profile[availability][0][day]"', $html );
		$this->assertStringNotContainsString( 'wayfinder_profile[mentor]', $html, 'mentor settings for mentors only' );

		$result = $this->submit(
			$mentee,
			array(
				'timezone'     => 'Asia/Tokyo',
				'languages'    => 'ja, en',
				'teams'        => array( 'support' ),
				'skills'       => 'forums',
				'intro'        => 'I answer questions in the Japanese forums.',
				'availability' => array(
					array(
						'day'  => '5',
						'from' => '19:00',
						'to'   => '23:00',
					),
				),
			)
		);

		$this->assertSame( $mentee, $result );
		$profile = ( new ProfileRepository() )->find( $mentee );
		$this->assertSame( 'Asia/Tokyo', $profile->timezone );
		$this->assertSame( array( 'ja', 'en' ), $profile->languages );
		$this->assertSame( array( array( 5, '19:00', '23:00' ) ), $profile->availability );
	}

	public function test_a_refusal_shows_in_wordpress_errors_and_the_fields_keep_what_was_typed(): void {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin' ) );
		wp_set_current_user( $mentor );
		$this->assertStringContainsString( 'name="wayfinder_profile[mentor][capacity]"', $this->screen( $mentor ) );

		$result = $this->submit(
			$mentor,
			array(
				'timezone'  => 'Mars/Olympus',
				'languages' => 'de, fr',
				'mentor'    => array(
					'capacity' => '2',
					'weight'   => 'normal',
					'status'   => 'available',
				),
			)
		);

		$this->assertInstanceOf( \WP_Error::class, $result );
		$this->assertStringContainsString( 'Mentoring profile: “Mars/Olympus” is not a timezone.', $result->get_error_message( 'wayfinder_profile' ) );
		$this->assertSame( 'Europe/Berlin', ( new ProfileRepository() )->find( $mentor )->timezone, 'nothing saved' );
		$this->assertStringContainsString( 'name="wayfinder_profile[languages]" value="de, fr"', $this->screen( $mentor ), 'what was typed is still there' );
	}

	public function test_nothing_is_saved_without_the_sections_nonce_or_for_someone_else(): void {
		$mentee = $this->make_user( 'subscriber' );
		wp_set_current_user( $mentee );
		$this->submit( $mentee, array( 'timezone' => 'Asia/Tokyo' ), false );
		$this->assertSame( 'UTC', ( new ProfileRepository() )->find( $mentee )->timezone );

		$editor = $this->make_user( 'editor' );
		wp_set_current_user( $editor );
		$this->assertSame( '', $this->screen( $mentee ), 'an editor who is no coordinator does not see it' );
		$this->submit( $mentee, array( 'timezone' => 'Asia/Tokyo' ) );
		$this->assertSame( 'UTC', ( new ProfileRepository() )->find( $mentee )->timezone );

		$coordinator = $this->make_user( 'administrator' );
		wp_set_current_user( $coordinator );
		$this->assertStringContainsString( 'Mentoring profile', $this->screen( $mentee ), 'coordinators edit anyone’s' );
		$this->submit( $mentee, array( 'timezone' => 'Asia/Tokyo' ) );
		$this->assertSame( 'Asia/Tokyo', ( new ProfileRepository() )->find( $mentee )->timezone );
	}
}
