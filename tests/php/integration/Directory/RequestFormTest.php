<?php
/**
 * "Request this mentor" and "Ask for any mentor" without JavaScript: the page-form mechanism
 * (admin-post.php) makes POST /requests as the person and comes back to the card or the directory.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Directory\RequestForm;
use Wayfinder\Platform\Flash;
use Wayfinder\Platform\PageForms;
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

	/**
	 * Posts the form as the card or the directory renders it, as $as_user.
	 *
	 * @param array<string, string> $fields
	 * @return string|\WP_Error Where the person is sent next.
	 */
	private function submit( array $fields, ?int $as_user = null ) {
		$as_user = $as_user ?? $this->mentee;
		wp_set_current_user( $as_user );
		$mentor = (int) ( $fields['mentor'] ?? 0 );
		return PageForms::perform(
			$fields + array(
				'action'      => PageForms::ADMIN_POST,
				'do'          => RequestForm::DO,
				'id'          => (string) $mentor,
				'place'       => $mentor > 0 ? RequestForm::card_place( $mentor ) : RequestForm::PLACE_DIRECTORY,
				'anchor'      => $mentor > 0 ? 'wayfinder-mentor-' . $mentor : 'wayfinder-directory-notice',
				'_wpnonce'    => wp_create_nonce( PageForms::nonce_action( RequestForm::DO, $mentor ) ),
				'redirect_to' => home_url( '/mentors/?mentors_team=core' ),
			)
		);
	}

	/** @return array{text: string, error: bool}|null The notice left for the card (or the directory: 0). */
	private function notice( int $mentor = 0 ): ?array {
		return RequestForm::notice( $mentor );
	}

	/** @return list<array<string, mixed>> */
	private function open_requests(): array {
		return ( new RequestService() )->visible_to( $this->mentee, 'open' );
	}

	public function test_a_mentee_asks_for_a_mentor_and_comes_back_to_the_card_with_the_outcome(): void {
		$back = $this->submit( array( 'mentor' => (string) $this->anna ) );

		$this->assertSame( home_url( '/mentors/?mentors_team=core#wayfinder-mentor-' . $this->anna ), $back );
		$requests = $this->open_requests();
		$this->assertCount( 1, $requests );
		$this->assertSame( 'mentee_request', $requests[0]->type );
		$this->assertSame( $this->anna, $requests[0]->mentor_id );
		$this->assertNotEmpty( $this->sent_mail, 'Anna is told' );

		$html = $this->render( 'wayfinder/mentor-card', array( 'mentorId' => $this->anna ), array(), $this->mentee );
		$this->assertStringContainsString( 'Your request is on its way to Anna Schmidt.', $html );
		$this->assertStringContainsString( 'You asked Anna Schmidt to mentor you.', $html, 'and the button is gone' );
		$again = $this->render( 'wayfinder/mentor-card', array( 'mentorId' => $this->anna ), array(), $this->mentee );
		$this->assertStringNotContainsString( 'Your request is on its way', $again, 'the notice shows once' );
	}

	public function test_asking_twice_says_so_and_adds_nothing(): void {
		$this->submit( array( 'mentor' => (string) $this->anna ) );
		Flash::take( $this->mentee, RequestForm::card_place( $this->anna ) );
		$this->submit( array( 'mentor' => (string) $this->anna ) );
		$notice = $this->notice( $this->anna );
		$this->assertTrue( $notice['error'] );
		$this->assertNotSame( '', $notice['text'] );
		$this->assertCount( 1, $this->open_requests() );
	}

	public function test_a_form_without_a_valid_nonce_changes_nothing(): void {
		$refused = $this->submit(
			array(
				'mentor'   => (string) $this->anna,
				'_wpnonce' => 'forged',
			)
		);
		$this->assertInstanceOf( \WP_Error::class, $refused );
		$this->assertSame( 'This form has expired. Go back, reload the page and try again.', $refused->get_error_message() );
		$this->assertSame( array(), $this->open_requests() );

		$other = $this->submit(
			array(
				'mentor'   => (string) $this->anna,
				'_wpnonce' => wp_create_nonce( PageForms::nonce_action( RequestForm::DO, $this->anna + 1 ) ),
			)
		);
		$this->assertInstanceOf( \WP_Error::class, $other, 'a nonce is for one mentor' );
	}

	public function test_someone_with_a_mentor_is_told_and_nothing_is_asked(): void {
		$this->assertIsInt( ( new MatchService() )->start( $this->mentee, $this->person( 'Grace Hopper' ), 'auto', 0 ) );
		$this->submit( array( 'mentor' => (string) $this->anna ) );
		$this->assertTrue( $this->notice( $this->anna )['error'] );
		$this->assertSame( array(), array_filter( $this->open_requests(), static fn ( array $r ): bool => 'mentee_request' === $r['type'] ) );
	}

	public function test_asking_someone_who_is_no_mentor_is_refused(): void {
		$someone = $this->make_user( 'subscriber' );
		$this->submit( array( 'mentor' => (string) $someone ) );
		$this->assertTrue( $this->notice( $someone )['error'] );
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

		$this->assertStringEndsWith( '#wayfinder-directory-notice', $back );
		$this->assertSame( 'You are in the queue for a mentor. Mentors and mentoring coordinators see your request, and you will hear by email.', $this->notice()['text'] );
		$requests = $this->open_requests();
		$this->assertCount( 1, $requests );
		$this->assertNull( $requests[0]->mentor_id );
		$this->assertSame( 'polyglots', $requests[0]->team );
		$this->assertSame( 'pt-BR', $requests[0]->language );
		$this->assertSame( 'polyglots', ( new ProfileRepository() )->find( $this->mentee )->preferred_team );

		$this->submit( array( 'mentor' => '0' ) );
		$this->assertTrue( $this->notice()['error'], 'asking again is refused' );
		$this->assertCount( 1, $this->open_requests() );
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
		$this->submit( array( 'team' => 'astronauts' ), $other );
		wp_set_current_user( $other );
		$this->assertTrue( $this->notice()['error'] );
		$this->assertSame( array(), ( new RequestService() )->visible_to( $other, 'open' ) );
	}

	public function test_the_way_back_stays_on_this_site(): void {
		$back = $this->submit(
			array(
				'mentor'      => (string) $this->anna,
				'redirect_to' => 'https://evil.example/phish',
			)
		);
		$this->assertSame( home_url( '/#wayfinder-mentor-' . $this->anna ), $back );

		$again = $this->submit(
			array(
				'mentor'      => (string) $this->anna,
				'redirect_to' => home_url( '/mentors/?mentors_team=core#old' ),
			)
		);
		$this->assertSame( home_url( '/mentors/?mentors_team=core#wayfinder-mentor-' . $this->anna ), $again, 'back at the card' );
	}

	public function test_a_visitor_whose_session_ended_is_sent_to_log_in_and_back(): void {
		$post = array(
			'do'          => RequestForm::DO,
			'id'          => (string) $this->anna,
			'anchor'      => 'wayfinder-mentor-' . $this->anna,
			'redirect_to' => home_url( '/mentors/' ),
		);
		wp_set_current_user( 0 );
		$this->assertSame( wp_login_url( home_url( '/mentors/#wayfinder-mentor-' . $this->anna ) ), PageForms::perform( $post ) );
		$this->assertSame( array(), $this->open_requests() );
	}

	public function test_the_card_and_the_directory_post_to_the_one_page_form_handler(): void {
		$this->assertNotFalse( has_action( 'admin_post_' . PageForms::ADMIN_POST, array( PageForms::class, 'handle' ) ) );
		$this->assertNotFalse( has_action( 'admin_post_nopriv_' . PageForms::ADMIN_POST, array( PageForms::class, 'handle' ) ) );
		$html = $this->render( 'wayfinder/mentor-card', array( 'mentorId' => $this->anna ), array(), $this->mentee );
		$this->assertStringContainsString( '<input type="hidden" name="action" value="' . PageForms::ADMIN_POST . '">', $html );
		$this->assertStringContainsString( '<input type="hidden" name="do" value="' . RequestForm::DO . '">', $html );
	}
}
