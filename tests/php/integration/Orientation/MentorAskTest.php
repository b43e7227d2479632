<?php
/**
 * "Ask for a mentor in this team" from a result: through REST (the enhanced page) and through the
 * admin-post form (the page without JavaScript), with the rules of every request.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Orientation;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Orientation\AskForm;
use Wayfinder\Platform\PageForms;
use Wayfinder\Orientation\QuizCounts;
use Wayfinder\Orientation\QuizSeeder;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class MentorAskTest extends TestCase {

	private int $quiz;

	protected function setUp(): void {
		parent::setUp();
		$this->quiz = QuizSeeder::default_quiz_id();
		$_POST      = array();
	}

	protected function tearDown(): void {
		$_POST = array();
		parent::tearDown();
	}

	private function ask( string $team, int $user ): \WP_REST_Response {
		return $this->rest( 'POST', '/wayfinder/v1/quizzes/' . $this->quiz . '/ask', array( 'team' => $team ), $user );
	}

	private function asked_count( string $team ): int {
		$summary = ( new QuizCounts() )->summary( QuizCounts::weeks( 1 ), $this->quiz );
		return $summary['teams'][ $team ]['asked'] ?? 0;
	}

	public function test_a_member_asks_for_a_mentor_in_a_recommended_team(): void {
		$member   = $this->make_user( 'subscriber' );
		$response = $this->ask( 'polyglots', $member );

		$this->assertSame( 201, $response->get_status() );
		$this->assertSame( 'created', $response->get_data()['status'] );
		$this->assertStringContainsString( 'You have asked for a mentor in Polyglots', $response->get_data()['message'] );
		$request = ( new RequestService() )->find( $response->get_data()['request'] );
		$this->assertSame( 'mentee_request', $request?->type );
		$this->assertSame( 'polyglots', $request?->team );
		$this->assertNull( $request?->mentor_id, 'any mentor of the team' );
		$this->assertSame( 'open', $request?->status );
		$this->assertSame( 'polyglots', ( new ProfileRepository() )->find( $member )->preferred_team );
		$this->assertSame( 1, $this->asked_count( 'polyglots' ) );
	}

	public function test_someone_already_waiting_for_any_mentor_moves_to_the_team_and_keeps_their_place(): void {
		$member  = $this->make_user( 'subscriber' );
		$waiting = ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $member );

		$moved = $this->ask( 'docs', $member );
		$this->assertSame( 200, $moved->get_status() );
		$this->assertSame( 'moved', $moved->get_data()['status'] );
		$this->assertSame( $waiting, $moved->get_data()['request'], 'the same request: the same place in the queue' );
		$this->assertSame( 'docs', ( new RequestService() )->find( $waiting )?->team );
		$events = $this->rest( 'GET', '/wayfinder/v1/events', array( 'object_id' => $waiting ), $this->make_user( 'wayfinder_coordinator' ) )->get_data();
		$this->assertContains( 'team_changed', array_column( $events, 'action' ) );

		$again = $this->ask( 'docs', $member );
		$this->assertSame( 'unchanged', $again->get_data()['status'] );
		$this->assertSame( 1, $this->asked_count( 'docs' ), 'asking again for the same team is not counted twice' );
	}

	public function test_the_rules_of_every_request_hold(): void {
		$this->assertSame( 401, $this->ask( 'polyglots', 0 )->get_status() );

		$mentee = $this->make_user( 'subscriber' );
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new MatchService() )->start( $mentee, $mentor, 'coordinator', 0 );
		$has_mentor = $this->ask( 'polyglots', $mentee );
		$this->assertSame( 409, $has_mentor->get_status() );
		$this->assertSame( 'wayfinder_has_mentor', $has_mentor->get_data()['code'] );
		$this->assertStringContainsString( 'You already have a mentor', $has_mentor->get_data()['message'] );

		$member = $this->make_user( 'subscriber' );
		$closed = $this->ask( 'plugins', $member );
		$this->assertSame( 400, $closed->get_status() );
		$this->assertSame( 'wayfinder_team_closed', $closed->get_data()['code'] );
		$this->assertSame( 'wayfinder_unknown_team', $this->ask( 'astronauts', $member )->get_data()['code'] );
		$this->assertSame( 'rest_invalid_param', $this->ask( 'Not A Slug', $member )->get_data()['code'] );
		$this->assertSame( 0, $this->asked_count( 'plugins' ) );
	}

	/**
	 * What the result's plain form posts, as the person the page was rendered for.
	 *
	 * @return array<string, string>
	 */
	private function form( string $team, string $result, string $nonce = '' ): array {
		return array(
			'action'      => PageForms::ADMIN_POST,
			'do'          => AskForm::DO,
			'id'          => (string) $this->quiz,
			'place'       => AskForm::place( $this->quiz ),
			'team'        => $team,
			'redirect_to' => add_query_arg( 'wayfinder_ask', $team, $result ),
			'anchor'      => 'wayfinder-quiz-' . $this->quiz . '-team-' . $team,
			'_wpnonce'    => '' !== $nonce ? $nonce : wp_create_nonce( PageForms::nonce_action( AskForm::DO, $this->quiz ) ),
		);
	}

	public function test_without_javascript_the_form_asks_and_comes_back_to_the_same_result(): void {
		$member = $this->make_user( 'subscriber' );
		wp_set_current_user( $member );
		$result = home_url( '/get-involved/?wayfinder_quiz=' . $this->quiz . '&answers=7.1.7.0' );

		$back = PageForms::perform( $this->form( 'polyglots', $result ) );
		$this->assertSame( $result . '&wayfinder_ask=polyglots#wayfinder-quiz-' . $this->quiz . '-team-polyglots', $back );
		$this->assertSame( 1, $this->asked_count( 'polyglots' ) );
		$outcome = AskForm::outcome( $this->quiz );
		$this->assertSame( 'polyglots', $outcome['team'] );
		$this->assertFalse( $outcome['error'] );
		$this->assertStringContainsString( 'Polyglots', $outcome['message'] );
	}

	public function test_the_form_refuses_a_stale_nonce_and_sends_signed_out_visitors_to_sign_in(): void {
		$result = home_url( '/get-involved/?wayfinder_quiz=' . $this->quiz . '&answers=7.1.7.0' );
		wp_set_current_user( $this->make_user( 'subscriber' ) );
		$stale = PageForms::perform( $this->form( 'polyglots', $result, 'stale' ) );
		$this->assertInstanceOf( \WP_Error::class, $stale );
		$this->assertSame( 403, $stale->get_error_data()['status'] );
		$this->assertSame( 0, $this->asked_count( 'polyglots' ) );

		$post = $this->form( 'polyglots', $result );
		wp_set_current_user( 0 );
		$sign_in = PageForms::perform( $post );
		$this->assertIsString( $sign_in );
		$this->assertStringStartsWith( wp_login_url(), $sign_in );
		$this->assertStringContainsString( rawurlencode( $result . '&wayfinder_ask=polyglots' ), $sign_in );

		// Only addresses on this site are gone back to.
		wp_set_current_user( $this->make_user( 'subscriber' ) );
		$post                = $this->form( 'polyglots', $result );
		$post['redirect_to'] = 'https://evil.example/phish';
		$this->assertStringStartsWith( home_url( '/' ), (string) PageForms::perform( $post ) );
	}

	public function test_a_refusal_comes_back_to_the_team_in_a_sentence(): void {
		$member = $this->make_user( 'subscriber' );
		wp_set_current_user( $member );
		$result = home_url( '/get-involved/?wayfinder_quiz=' . $this->quiz . '&answers=7.1.7.0' );
		PageForms::perform( $this->form( 'plugins', $result ) );
		$outcome = AskForm::outcome( $this->quiz );
		$this->assertTrue( $outcome['error'] );
		$this->assertSame( 'plugins', $outcome['team'] );
		$this->assertStringContainsString( 'does not take newcomers at the moment', $outcome['message'] );
	}
}
