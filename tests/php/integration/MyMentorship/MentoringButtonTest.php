<?php
/**
 * The mentoring button, rendered on the server for every kind of person who can look at it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\MyMentorship;

use Wayfinder\Mentorship\AutoAssigner;
use Wayfinder\Tests\Integration\TestCase;

final class MentoringButtonTest extends TestCase {

	use Fixtures;

	public function test_a_visitor_who_is_not_logged_in_gets_a_way_in_and_nothing_personal(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$this->match( $jonas, $anna );
		$_SERVER['REQUEST_URI'] = '/mentorship/';

		$html = $this->render_as( 0, 'mentoring-button' );

		$this->assertStringContainsString( 'Log in to ask for a mentor, or to offer your time as a mentor.', $this->text( $html ) );
		$this->assertStringContainsString( esc_url( wp_login_url( home_url( '/mentorship/' ) ) ), $html, 'the login comes back here' );
		foreach ( array( 'Anna Schmidt', 'Jonas Weber', '@example.org', '_wpnonce', '<form', 'data-wp-interactive' ) as $private ) {
			$this->assertStringNotContainsString( $private, $html );
		}
		$this->assertArrayNotHasKey( 'nonce', $this->state_of( 'mentoring-button' ), 'no REST nonce for visitors' );
		$_SERVER['REQUEST_URI'] = '/';
	}

	public function test_someone_without_a_mentor_can_ask_for_one_with_or_without_javascript(): void {
		$lucas = $this->mentee( 'Lucas Oliveira' );

		$html = $this->render_as( $lucas, 'mentoring-button' );

		$this->assertStringContainsString( 'Ask for a mentor', $this->text( $html ) );
		$fields = $this->form_fields( $html, 'find_mentor' );
		$this->assertSame( \Wayfinder\Platform\PageForms::ADMIN_POST, $fields['action'] );
		$this->assertSame( 'mentoring-button', $fields['place'] );
		$this->assertSame( 1, wp_verify_nonce( $fields['_wpnonce'], \Wayfinder\Platform\PageForms::nonce_action( 'find_mentor', 0 ) ), 'the plain form carries its own nonce' );
		$this->assertStringContainsString( 'action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"', $html );
		$this->assertStringContainsString( 'data-wp-on--submit="actions.submit"', $html );
		$this->assertStringContainsString( esc_url( rest_url( 'wayfinder/v1/mentoring-state/me/find-mentor' ) ), str_replace( '\/', '/', $html ), 'and the view script its REST route' );
		$this->assertSame( 1, wp_verify_nonce( $this->state_of( 'mentoring-button' )['nonce'], 'wp_rest' ), 'the REST nonce is the person’s' );
		$this->assertStringContainsString( 'data-wp-interactive="wayfinder/mentoring-button"', $html );
		$this->assertMatchesRegularExpression( '/data-wp-router-region="wayfinder-mentoring-button-\d+"/', $html );
	}

	public function test_a_mentee_with_a_mentor_sees_who_and_a_proposal_says_it_is_not_confirmed(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$this->match( $jonas, $anna );
		$page = $this->mentorship_page();

		$html = $this->render_as( $jonas, 'mentoring-button' );

		$this->assertStringContainsString( 'Your mentor: Anna Schmidt', $this->text( $html ) );
		$this->assertStringContainsString( 'href="' . esc_url( get_permalink( $page ) . '#wayfinder-your-mentor' ) . '"', $html, 'leading to My mentorship' );
		$this->assertStringNotContainsString( '@example.org', $html, 'the button shows no email address' );
		$this->assertStringNotContainsString( 'Ask for a mentor', $html );

		$karthik = $this->mentee( 'Karthik Subramanian' );
		$this->match( $karthik, $anna, 'coordinator', 'proposed' );
		$this->assertStringContainsString( 'Your mentor: Anna Schmidt (they have not confirmed yet)', $this->text( $this->render_as( $karthik, 'mentoring-button' ) ) );
	}

	public function test_a_mentee_in_the_queue_sees_their_place_and_why(): void {
		$this->mentor( 'Anna Schmidt' );
		$first  = $this->mentee( 'Karthik Subramanian', array( 'ta' ) );
		$second = $this->mentee( 'Meena Iyer', array( 'ta' ) );
		$this->queue( $first );
		$this->queue( $second );

		$text = $this->text( $this->render_as( $second, 'mentoring-button' ) );

		$this->assertStringContainsString( 'You are number 2 in the queue for a mentor.', $text );
		$reason = ( new AutoAssigner() )->why_waiting( $second );
		$this->assertStringContainsString( 'Tamil', $reason );
		$this->assertStringContainsString( $reason, $text, 'the engine’s reason' );
		$this->assertStringContainsString( 'Look for a mentor again', $text );
		$this->assertStringNotContainsString( 'Karthik', $text, 'nothing about the others in the queue' );
	}

	public function test_a_mentor_who_never_had_a_mentee_is_asked_to_start_and_led_to_the_waiting_mentees(): void {
		$lucia = $this->mentor( 'Lucía Fernández' );
		$page  = $this->mentorship_page();

		$html = $this->render_as( $lucia, 'mentoring-button' );

		$this->assertStringContainsString( '>Start mentoring</a>', $html );
		$this->assertStringContainsString( 'href="' . esc_url( get_permalink( $page ) . '#wayfinder-waiting' ) . '"', $html );
		$this->assertStringNotContainsString( 'Ask for a mentor', $html, 'a mentor is not offered a mentor' );
		$this->assertStringNotContainsString( 'You mentor', $html );
	}

	public function test_without_a_my_mentorship_page_the_waiting_mentees_open_under_the_button(): void {
		$lucia = $this->mentor( 'Lucía Fernández' );
		$lucas = $this->mentee( 'Lucas Oliveira' );
		$this->rename_raw( $lucas, 'Lucas <b>Oliveira</b>' );
		$this->queue( $lucas );

		$closed = $this->render_as( $lucia, 'mentoring-button' );
		$this->assertStringContainsString( 'wayfinder_waiting=1', $closed );
		$this->assertStringContainsString( 'aria-expanded="false"', $closed );
		$this->assertStringNotContainsString( 'Oliveira', $closed );

		$_GET['wayfinder_waiting'] = '1'; // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		$open                      = $this->render_as( $lucia, 'mentoring-button' );
		unset( $_GET['wayfinder_waiting'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended

		$this->assertStringContainsString( 'aria-expanded="true"', $open );
		$this->assertStringContainsString( 'People waiting for a mentor', $this->text( $open ) );
		$this->assertStringContainsString( 'Lucas &lt;b&gt;Oliveira&lt;/b&gt;', $open, 'names are escaped' );
		$this->assertStringContainsString( 'Both speak English.', $this->text( $open ), 'with the reasons' );
		$this->assertStringContainsString( 'Offer to mentor', $this->text( $open ) );
	}

	public function test_a_mentor_who_had_mentees_is_asked_to_find_more_and_sees_their_load(): void {
		$anna = $this->mentor( 'Anna Schmidt', 3 );
		$this->match( $this->mentee( 'Jonas Weber' ), $anna );
		$this->mentorship_page();

		$html = $this->render_as( $anna, 'mentoring-button' );

		$this->assertStringContainsString( '>Find more mentees</a>', $html );
		$this->assertStringContainsString( 'You mentor 1 of 3 mentees.', $this->text( $html ) );
		$this->assertStringNotContainsString( 'Jonas', $html );
	}

	public function test_a_full_mentor_is_told_why_there_is_no_button_and_where_to_change_it(): void {
		$anna = $this->mentor( 'Anna Schmidt', 1 );
		$this->match( $this->mentee( 'Jonas Weber' ), $anna );

		$html = $this->render_as( $anna, 'mentoring-button' );

		$this->assertStringNotContainsString( 'Find more mentees', $html );
		$this->assertStringContainsString( 'You have 1 of 1 mentees, so no room for more. Raise your capacity in your profile to take more.', $this->text( $html ) );
		$this->assertStringContainsString( 'Edit your mentoring profile', $this->text( $html ) );
		$this->assertStringContainsString( esc_url( get_edit_profile_url( $anna ) . '#wayfinder-profile' ), $html, 'the wp-admin profile when there is no My mentorship page' );

		$quiet = $this->render_as( $anna, 'mentoring-button', array( 'showReason' => false ) );
		$this->assertStringNotContainsString( 'no room', $quiet, 'the reason can be switched off' );
	}

	public function test_an_away_mentor_is_told_until_when_and_what_to_do(): void {
		update_option( 'date_format', 'j F Y' );
		$priya = $this->mentor( 'Priya Raman', 2, 'away', '2027-03-03' );
		$page  = $this->mentorship_page();

		$html = $this->render_as( $priya, 'mentoring-button' );

		$this->assertStringContainsString( 'You are away until 3 March 2027. Change this in your profile.', $this->text( $html ) );
		$this->assertStringContainsString( esc_url( add_query_arg( 'wayfinder_edit_profile', '1', get_permalink( $page ) ) . '#wayfinder-profile' ), $html, 'straight to the editor' );
		$this->assertStringNotContainsString( 'Start mentoring', $html );
	}

	public function test_a_mentor_who_has_a_mentor_themself_sees_both(): void {
		$grace = $this->mentor( 'Grace Miller' );
		$anna  = $this->mentor( 'Anna Schmidt' );
		$this->match( $grace, $anna );

		$text = $this->text( $this->render_as( $grace, 'mentoring-button' ) );

		$this->assertStringContainsString( 'Start mentoring', $text );
		$this->assertStringContainsString( 'Your mentor: Anna Schmidt', $text );
	}

	public function test_a_notice_from_a_plain_form_shows_once_in_the_block_it_belongs_to(): void {
		$lucas = $this->mentee( 'Lucas Oliveira' );
		\Wayfinder\Platform\Flash::put( $lucas, 'mentoring-button', 'find_mentor', 'success', 'You have a <em>mentor</em> now.' );

		$this->assertStringNotContainsString( 'mentor&lt;/em&gt;', $this->render_as( $lucas, 'my-mentorship' ), 'another block leaves it' );
		$html = $this->render_as( $lucas, 'mentoring-button' );

		$this->assertStringContainsString( 'You have a &lt;em&gt;mentor&lt;/em&gt; now.', $html );
		$this->assertSame( 'You have a <em>mentor</em> now.', $this->state_of( 'mentoring-button' )['notice'], 'the view script keeps it on hydration' );
		$this->assertStringNotContainsString( 'mentor&lt;/em&gt;', $this->render_as( $lucas, 'mentoring-button' ), 'shown once' );
	}
}
