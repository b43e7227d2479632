<?php
/**
 * A visitor can get an account from every call to action: a link to the registration page where the
 * site lets people register; where it does not, a sentence saying so and whom to ask.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Platform\SignUp;
use Wayfinder\Tests\Integration\TestCase;

final class SignUpTest extends TestCase {

	protected function tearDown(): void {
		delete_option( SignUp::CONTACT_PAGE );
		parent::tearDown();
	}

	private function visitor_sees( string $block ): string {
		wp_set_current_user( 0 );
		$GLOBALS['wp_interactivity'] = null; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- WordPress's own.
		return do_blocks( $block );
	}

	/** @return list<string> The calls to action a visitor meets. */
	private function blocks(): array {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		$this->rest( 'PATCH', '/wayfinder/v1/profiles/me', array( 'mentor' => array( 'status' => 'available' ) ), $mentor );
		return array(
			'<!-- wp:wayfinder/mentoring-button /-->',
			'<!-- wp:wayfinder/my-mentorship /-->',
			'<!-- wp:wayfinder/mentor-card {"mentorId":' . $mentor . '} /-->',
			'<!-- wp:wayfinder/mentor-directory /-->',
		);
	}

	public function test_where_registration_is_open_every_log_in_has_a_create_an_account_link_beside_it(): void {
		update_option( 'users_can_register', 1 );
		update_site_option( 'registration', 'user' ); // On a network, the network's setting.
		foreach ( $this->blocks() as $block ) {
			$html = $this->visitor_sees( $block );
			$this->assertStringContainsString( 'wp-login.php', $html, $block . ' offers to log in' );
			$this->assertStringContainsString( '<a href="' . esc_url( wp_registration_url() ) . '">Create an account</a>', $html, $block );
		}
	}

	public function test_where_registration_is_closed_it_says_so_and_whom_to_ask_without_the_admins_address(): void {
		update_option( 'users_can_register', 0 );
		foreach ( $this->blocks() as $block ) {
			$html = $this->visitor_sees( $block );
			$this->assertStringContainsString( 'This site does not let people sign up by themselves: ask a mentoring coordinator to add you.', $html, $block );
			$this->assertStringNotContainsString( 'Create an account', $html );
			$this->assertStringNotContainsString( (string) get_option( 'admin_email' ), $html );
			$this->assertSame( 1, substr_count( $html, 'This site does not let people sign up by themselves' ), $block . ' says it once, above all its cards' );
		}

		$contact = wp_insert_post(
			array(
				'post_type'   => 'page',
				'post_status' => 'publish',
				'post_title'  => 'Contact',
			)
		);
		$this->assertIsInt( $contact );
		update_option( SignUp::CONTACT_PAGE, $contact );
		$this->assertStringContainsString( '<a href="' . esc_url( (string) get_permalink( $contact ) ) . '">Contact the mentoring coordinators</a>', SignUp::html() );
	}
}
