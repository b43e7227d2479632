<?php
/**
 * "Request this mentor" and "Ask for any mentor" without JavaScript (admin-post.php).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Directory\RequestForm;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class RequestFormTest extends TestCase {

	use DirectoryFixtures;

	private int $anna;
	private int $mentee;

	protected function setUp(): void {
		parent::setUp();
		$this->anna   = $this->person( 'Anna Schmidt' );
		$this->mentee = $this->make_user( 'subscriber' );
	}

	/** @param array<string, string> $fields */
	private function submit( array $fields, ?int $as_user = null ): string {
		$as_user = $as_user ?? $this->mentee;
		wp_set_current_user( $as_user );
		return RequestForm::submit(
			$fields + array(
				'_wpnonce'    => wp_create_nonce( RequestForm::NONCE ),
				'redirect_to' => home_url( '/mentors/?mentors_team=core' ),
			),
			$as_user
		);
	}

	/** @return list<array<string, mixed>> */
	private function open_requests(): array {
		return ( new RequestService() )->visible_to( $this->mentee, 'open' );
	}

	public function test_a_mentee_asks_for_a_mentor_and_comes_back_to_the_card_with_the_outcome(): void {
		$back = $this->submit( array( 'mentor' => (string) $this->anna ) );

		$this->assertSame( home_url( '/mentors/?mentors_team=core&wayfinder_asked=' . $this->anna . '&wayfinder_result=sent#wayfinder-mentor-' . $this->anna ), $back );
		$requests = $this->open_requests();
		$this->assertCount( 1, $requests );
		$this->assertSame( 'mentee_request', $requests[0]->type );
		$this->assertSame( $this->anna, $requests[0]->mentor_id );
		$this->assertNotEmpty( $this->sent_mail, 'Anna is told' );

		$html = $this->render(
			'wayfinder/mentor-card',
			array( 'mentorId' => $this->anna ),
			array(
				'wayfinder_asked'  => (string) $this->anna,
				'wayfinder_result' => 'sent',
			),
			$this->mentee
		);
		$this->assertStringContainsString( 'Your request is on its way to Anna Schmidt.', $html );
		$this->assertStringContainsString( 'You asked Anna Schmidt to mentor you.', $html, 'and the button is gone' );
	}

	public function test_asking_twice_says_so_and_adds_nothing(): void {
		$this->submit( array( 'mentor' => (string) $this->anna ) );
		$this->assertStringContainsString( 'wayfinder_result=duplicate', $this->submit( array( 'mentor' => (string) $this->anna ) ) );
		$this->assertCount( 1, $this->open_requests() );
	}

	public function test_a_form_without_a_valid_nonce_changes_nothing(): void {
		$back = $this->submit(
			array(
				'mentor'   => (string) $this->anna,
				'_wpnonce' => 'forged',
			)
		);
		$this->assertStringContainsString( 'wayfinder_result=expired', $back );
		$this->assertSame( array(), $this->open_requests() );
		$this->assertSame( 'The form had expired, so nothing was sent. Please try again.', RequestForm::message( 'expired', 'Anna' )['text'] );
	}

	public function test_someone_with_a_mentor_is_told_and_nothing_is_asked(): void {
		$this->assertIsInt( ( new MatchService() )->start( $this->mentee, $this->person( 'Grace Hopper' ), 'auto', 0 ) );
		$this->assertStringContainsString( 'wayfinder_result=has_mentor', $this->submit( array( 'mentor' => (string) $this->anna ) ) );
	}

	public function test_asking_someone_who_is_no_mentor_is_refused(): void {
		$this->assertStringContainsString( 'wayfinder_result=unavailable', $this->submit( array( 'mentor' => (string) $this->make_user( 'subscriber' ) ) ) );
		$this->assertSame( array(), $this->open_requests() );
	}

	public function test_asking_for_any_mentor_from_a_filtered_directory_keeps_the_team_and_language(): void {
		$back = $this->submit(
			array(
				'mentor'   => '0',
				'team'     => 'polyglots',
				'language' => 'pt-BR',
			)
		);

		$this->assertStringEndsWith( 'wayfinder_asked=any&wayfinder_result=queued#wayfinder-directory-notice', $back );
		$requests = $this->open_requests();
		$this->assertCount( 1, $requests );
		$this->assertNull( $requests[0]->mentor_id );
		$this->assertSame( 'polyglots', $requests[0]->team );
		$this->assertSame( 'pt-BR', $requests[0]->language );
		$this->assertSame( 'polyglots', ( new ProfileRepository() )->find( $this->mentee )->preferred_team );

		$this->assertStringContainsString( 'wayfinder_result=duplicate', $this->submit( array( 'mentor' => '0' ) ) );
	}

	public function test_a_malformed_team_or_language_is_left_out_and_an_unknown_team_is_refused(): void {
		$this->submit(
			array(
				'team'     => 'Not a slug!',
				'language' => '<script>',
			)
		);
		$requests = $this->open_requests();
		$this->assertSame( '', $requests[0]->team );
		$this->assertSame( '', $requests[0]->language );

		$other = $this->make_user( 'subscriber' );
		$this->assertStringContainsString( 'wayfinder_result=failed', $this->submit( array( 'team' => 'astronauts' ), $other ) );
		$this->assertSame( array(), ( new RequestService() )->visible_to( $other, 'open' ) );
	}

	public function test_the_way_back_stays_on_this_site(): void {
		$back = $this->submit(
			array(
				'mentor'      => (string) $this->anna,
				'redirect_to' => 'https://evil.example/phish',
			)
		);
		$this->assertStringStartsWith( home_url( '/?wayfinder_asked=' ), $back );

		$again = $this->submit(
			array(
				'mentor'      => (string) $this->anna,
				'redirect_to' => home_url( '/mentors/?wayfinder_asked=1&wayfinder_result=sent#old' ),
			)
		);
		$this->assertSame( home_url( '/mentors/?wayfinder_asked=' . $this->anna . '&wayfinder_result=duplicate#wayfinder-mentor-' . $this->anna ), $again, 'an earlier outcome is replaced' );
	}

	public function test_the_handlers_are_registered_for_members_and_logged_out_visitors(): void {
		$this->assertNotFalse( has_action( 'admin_post_' . RequestForm::ACTION, array( RequestForm::class, 'handle' ) ) );
		$this->assertNotFalse( has_action( 'admin_post_nopriv_' . RequestForm::ACTION, array( RequestForm::class, 'handle_logged_out' ) ) );
	}
}
