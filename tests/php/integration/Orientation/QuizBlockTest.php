<?php
/**
 * The quiz block without JavaScript: a GET form, one step after another, and the result rendered on
 * the server from the same scoring as the REST API, at an address of its own.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Orientation;

use Wayfinder\Orientation\QuizBlock;
use Wayfinder\Orientation\QuizSeeder;
use Wayfinder\Tests\Integration\TestCase;

final class QuizBlockTest extends TestCase {

	private int $quiz;

	protected function setUp(): void {
		parent::setUp();
		$this->quiz = QuizSeeder::default_quiz_id();
		$_GET       = array();
	}

	protected function tearDown(): void {
		$_GET = array();
		parent::tearDown();
	}

	/** @param array<string, mixed> $query */
	private function render( array $query = array(), string $block = '<!-- wp:wayfinder/orientation-quiz /-->' ): string {
		$_GET = $query;
		return do_blocks( $block );
	}

	/** The page as a visitor sees it: without the template the enhanced page renders results from. */
	private static function shown( string $html ): string {
		return (string) preg_replace( '#<template\b.*?</template>#s', '', $html );
	}

	/** @return list<string> The team names in the result, in order. */
	private static function team_names( string $html ): array {
		preg_match_all( '#<h3 class="wayfinder-quiz__team-name"[^>]*>([^<]*)</h3>#', self::shown( $html ), $matches );
		return $matches[1];
	}

	/** How many quiz steps are hidden. */
	private static function hidden_steps( string $html ): int {
		return (int) preg_match_all( '#<fieldset(?=[^>]*class="wayfinder-quiz__step")(?=[^>]*\shidden[\s>=])#', $html );
	}

	/** Whether the step with this index is shown. */
	private static function step_shown( string $html, int $step ): bool {
		return (bool) preg_match( '#<fieldset(?![^>]*\shidden[\s>=])[^>]*data-wp-bind--hidden="context.stepHidden.' . $step . '"#', $html );
	}

	/** The answers of a translator: languages, translating, an hour now and then. */
	private function translator(): array {
		return array(
			'wayfinder_quiz' => (string) $this->quiz,
			'q0'             => array( '7' ),
			'q1'             => array( '1' ),
			'q2'             => array( '7' ),
			'q3'             => '0',
		);
	}

	public function test_the_block_is_registered_from_the_build_and_starts_at_the_first_step(): void {
		$this->assertTrue( \WP_Block_Type_Registry::get_instance()->is_registered( 'wayfinder/orientation-quiz' ), 'run `npm run build` before the integration tests' );
		$html = $this->render();

		$this->assertStringContainsString( '<form', $html );
		$this->assertStringContainsString( 'method="get"', $html );
		$this->assertStringContainsString( 'data-wp-interactive="wayfinder/orientation-quiz"', $html );
		$this->assertSame( 4, substr_count( $html, 'class="wayfinder-quiz__step"' ) );
		// Only the first step shows; the others are in the page, hidden, so the answers travel together.
		$this->assertSame( 3, self::hidden_steps( $html ) );
		$this->assertTrue( self::step_shown( $html, 0 ) );
		$this->assertStringContainsString( 'Step 1 of 4', $html );
		$this->assertStringContainsString( 'name="wayfinder_step" value="1"', $html );
		$this->assertSame( array(), self::team_names( $html ), 'no result yet' );
	}

	public function test_next_shows_the_following_step_with_the_answers_kept(): void {
		$html = $this->render(
			array(
				'wayfinder_quiz' => (string) $this->quiz,
				'wayfinder_step' => '1',
				'q0'             => array( '2', '7' ),
			)
		);
		$this->assertSame( 3, self::hidden_steps( $html ) );
		$this->assertTrue( self::step_shown( $html, 1 ), 'the second step is the one shown' );
		$this->assertMatchesRegularExpression( '#name="q0\[\]"\s+value="7"\s+checked#', $html );
		$this->assertDoesNotMatchRegularExpression( '#name="q0\[\]"\s+value="0"\s+checked#', $html );
	}

	public function test_the_last_step_shows_the_result_from_the_server_with_reasons_links_and_a_sign_in(): void {
		$html = $this->render( $this->translator() + array( 'wayfinder_step' => 'done' ) );

		$names = self::team_names( $html );
		$this->assertSame( 'Polyglots', $names[0] );
		$this->assertLessThanOrEqual( 5, count( $names ) );
		$this->assertGreaterThan( 1, count( $names ) );
		$this->assertStringContainsString( 'Because you chose translating, speaking another language', $html );
		$this->assertStringContainsString( 'href="https://make.wordpress.org/polyglots/handbook/"', $html );
		$this->assertStringContainsString( 'Chat: #polyglots', $html );
		// Signed out: a sign-in link that comes back to this very result, with the team at hand.
		$this->assertMatchesRegularExpression( '#href="[^"]*wp-login\.php\?redirect_to=[^"]*wayfinder_quiz%3D' . $this->quiz . '%26answers%3D7\.1\.7\.0%26wayfinder_ask%3Dpolyglots#', $html );
		$this->assertStringContainsString( 'Sign in to ask for a mentor in Polyglots', $html );
		$this->assertStringNotContainsString( '_wpnonce', $html, 'no nonce in a page anyone may get from a cache' );
		$this->assertArrayNotHasKey( 'restNonce', QuizBlock::state() );
		// The quiz form stays in the page, hidden, with the answers (for "Change my answers").
		$this->assertMatchesRegularExpression( '#<form(?=[^>]*class="wayfinder-quiz__form")(?=[^>]*\shidden[\s>=])#', $html );
	}

	public function test_a_result_has_an_address_that_shows_the_same_recommendations_again(): void {
		$from_form = $this->render( $this->translator() + array( 'wayfinder_step' => 'done' ) );
		preg_match( '#<a href="([^"]+)"\s+data-wp-bind--href="context.resultUrl"#', self::shown( $from_form ), $link );
		$this->assertNotEmpty( $link, 'the result links to itself' );
		$this->assertStringContainsString( 'answers=7.1.7.0', html_entity_decode( $link[1] ) );

		$from_link = $this->render(
			array(
				'wayfinder_quiz' => (string) $this->quiz,
				'answers'        => '7.1.7.0',
			)
		);
		$this->assertSame( self::team_names( $from_form ), self::team_names( $from_link ) );
	}

	public function test_a_missing_answer_keeps_the_visitor_on_its_step_with_a_message(): void {
		$answers = $this->translator();
		unset( $answers['q3'] );
		$html = $this->render( $answers + array( 'wayfinder_step' => 'done' ) );

		$this->assertStringContainsString( 'Choose an answer to “How much time do you have for contributing?”', $html );
		$this->assertTrue( self::step_shown( $html, 3 ) );
		$this->assertSame( array(), self::team_names( $html ) );
	}

	public function test_answers_that_do_not_fit_the_quiz_are_explained_not_scored(): void {
		$html = $this->render(
			array(
				'wayfinder_quiz' => (string) $this->quiz,
				'answers'        => '7.1.7.9',
			)
		);
		$this->assertStringContainsString( 'Question 4 has no answer 10.', $html );
		$this->assertSame( array(), self::team_names( $html ) );

		$other = $this->render(
			array(
				'wayfinder_quiz' => '999999',
				'answers'        => '<script>',
			)
		);
		$this->assertStringContainsString( 'Step 1 of 4', $other, 'another quiz’s answers leave this one untouched' );
		$this->assertStringNotContainsString( '<script>', $other );
	}

	public function test_a_signed_in_member_gets_a_one_click_form_to_ask_for_a_mentor(): void {
		wp_set_current_user( $this->make_user( 'subscriber' ) );
		$html = $this->render( $this->translator() + array( 'wayfinder_step' => 'done' ) );

		$this->assertStringContainsString( 'action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"', $html );
		$this->assertStringContainsString( 'name="action" value="' . \Wayfinder\Platform\PageForms::ADMIN_POST . '"', $html );
		$this->assertStringContainsString( 'name="do" value="' . \Wayfinder\Orientation\AskForm::DO . '"', $html );
		$this->assertMatchesRegularExpression( '#<input(?=[^>]*value="polyglots")[^>]*name="team"#', self::shown( $html ) );
		$this->assertStringContainsString( 'Ask for a mentor in Polyglots', $html );
		$this->assertArrayHasKey( 'restNonce', QuizBlock::state() );
	}

	public function test_coming_back_after_asking_shows_that_the_request_is_in(): void {
		$member = $this->make_user( 'subscriber' );
		wp_set_current_user( $member );
		( new \Wayfinder\Mentorship\RequestService() )->ask_in_team( $member, 'polyglots' );
		\Wayfinder\Platform\Flash::put( $member, \Wayfinder\Orientation\AskForm::place( $this->quiz ), \Wayfinder\Orientation\AskForm::DO, 'success', \Wayfinder\Orientation\Results::asked_text( 'Polyglots' ), array(), array( 'team' => 'polyglots' ) );
		$html = $this->render(
			array(
				'wayfinder_quiz' => (string) $this->quiz,
				'answers'        => '7.1.7.0',
				'wayfinder_ask'  => 'polyglots',
			)
		);
		$this->assertStringContainsString( 'You have asked for a mentor in Polyglots.', $html );
		$this->assertMatchesRegularExpression( '#<form(?=[^>]*class="wayfinder-quiz__ask")(?=[^>]*\shidden[\s>=])#', $html, 'no second button for the same team' );
	}

	public function test_a_visitor_back_from_signing_in_is_pointed_at_the_team(): void {
		wp_set_current_user( $this->make_user( 'subscriber' ) );
		$html = $this->render(
			array(
				'wayfinder_quiz' => (string) $this->quiz,
				'answers'        => '7.1.7.0',
				'wayfinder_ask'  => 'polyglots',
			)
		);
		$this->assertStringContainsString( 'You are signed in. Ask for a mentor in Polyglots below.', $html );
		$this->assertMatchesRegularExpression( '#<li(?=[^>]*id="wayfinder-quiz-' . $this->quiz . '-team-polyglots")(?=[^>]*class="[^"]*is-highlighted)#', $html );
	}

	public function test_someone_with_a_mentor_is_offered_no_ask_but_told_to_talk_to_their_mentor(): void {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new \Wayfinder\Profiles\ProfileRepository() )->save( new \Wayfinder\Profiles\Profile( $mentor, 'UTC', array( 'en' ), array( 'docs' ), array(), array(), 'Hi.' ) );
		$mentee = $this->make_user( 'subscriber' );
		$this->assertIsInt( ( new \Wayfinder\Mentorship\MatchService() )->start( $mentee, $mentor, 'coordinator', 1 ) );
		wp_set_current_user( $mentee );

		$html = self::shown( $this->render( $this->translator() + array( 'wayfinder_step' => 'done' ) ) );

		$this->assertStringContainsString( 'You have a mentor. Talk to them about joining Polyglots: they can introduce you to the team.', $html );
		$teams = count( self::team_names( $html ) );
		$this->assertGreaterThan( 0, $teams );
		$this->assertSame( $teams, preg_match_all( '#<form(?=[^>]*class="wayfinder-quiz__ask")(?=[^>]*\shidden[\s>=])#', $html ), 'every team\'s ask form is hidden' );
	}

	public function test_the_result_says_which_recommended_teams_have_mentors_now(): void {
		// Two Polyglots mentors, one with room; three Documentation mentors, all full.
		$profiles = new \Wayfinder\Profiles\ProfileRepository();
		foreach ( array( array( 'polyglots', 1, 0 ), array( 'polyglots', 1, 1 ), array( 'docs', 1, 1 ), array( 'docs', 1, 1 ), array( 'docs', 1, 1 ) ) as list( $team, $capacity, $taken ) ) {
			$mentor = $this->make_user( 'wayfinder_mentor' );
			$profiles->save( new \Wayfinder\Profiles\Profile( $mentor, 'UTC', array( 'en' ), array( $team ), array(), array(), 'Hi.', $capacity ) );
			if ( $taken ) {
				( new \Wayfinder\Mentorship\MatchService() )->start( $this->make_user( 'subscriber' ), $mentor, 'coordinator', 1 );
			}
		}
		$html = self::shown( $this->render( $this->translator() + array( 'wayfinder_step' => 'done' ) ) );

		$this->assertStringContainsString( '1 mentor in Polyglots has room for a new mentee now.', $html );
		$names  = self::team_names( $html );
		$others = array_diff( $names, array( 'Polyglots', 'Documentation' ) );
		$this->assertNotSame( array(), $others );
		$this->assertStringContainsString( reset( $others ) . ' has no mentors yet. You can still ask', $html, 'a team without mentors says so' );
	}

	public function test_a_block_without_a_published_quiz_shows_nothing_to_visitors(): void {
		$this->assertSame( '', trim( $this->render( array(), '<!-- wp:wayfinder/orientation-quiz {"quizId":999999} /-->' ) ) );
		wp_set_current_user( $this->make_user( 'editor' ) );
		$this->assertStringContainsString( 'no published quiz', $this->render( array(), '<!-- wp:wayfinder/orientation-quiz {"quizId":999999} /-->' ) );
	}
}
