<?php
/**
 * The Survey block and the no-JavaScript form: the survey the address names (signed in, or signed out
 * with the key), answered and closed states in a sentence, a plain post through admin-post (also
 * signed out), a refusal coming back with the answers kept and each problem linked to its question;
 * without an address, the surveys waiting; My mentorship's section and its fallback; the export.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Surveys;

use Wayfinder\Platform\Flash;
use Wayfinder\Platform\PageForms;
use Wayfinder\Surveys\Answering;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\InvitationToken;
use Wayfinder\Surveys\SurveyAnswersExport;
use Wayfinder\Surveys\SurveyBlock;
use Wayfinder\Surveys\SurveyPage;
use Wayfinder\Tests\Integration\TestCase;

final class SurveyBlockTest extends TestCase {

	use SurveyFixtures;

	protected function tearDown(): void {
		Flash::forget();
		parent::tearDown();
	}

	private static function address( int $invitation, string $key = '' ): void {
		$_GET = array( SurveyPage::INVITATION => (string) $invitation );
		if ( '' !== $key ) {
			$_GET[ SurveyPage::KEY ] = $key;
		}
	}

	/**
	 * A plain post of the form, as admin-post.php would do it for the current user.
	 *
	 * @param array<string, mixed> $answers
	 */
	private static function post_form( int $invitation, array $answers, string $key = '' ): string {
		$back = PageForms::perform(
			array(
				'do'          => SurveyBlock::ACTION,
				'id'          => (string) $invitation,
				'place'       => SurveyBlock::place( $invitation ),
				'redirect_to' => add_query_arg(
					array(
						SurveyPage::INVITATION => $invitation,
						SurveyPage::KEY        => $key,
					),
					home_url( '/survey/' )
				),
				'anchor'      => SurveyBlock::anchor( $invitation ),
				'_wpnonce'    => wp_create_nonce( PageForms::nonce_action( SurveyBlock::ACTION, $invitation ) ),
				'key'         => $key,
				'answers'     => $answers,
			)
		);
		self::assertIsString( $back );
		return $back;
	}

	/** @return array<string, mixed> The good answers as a plain form posts them (strings). */
	private static function form_answers(): array {
		return array(
			'confidence' => '4',
			'recommend'  => '9',
			'time'       => 'More than 1 hour',
			'areas'      => array( 'Code', 'Docs' ),
			'one_word'   => 'Welcoming',
			'helped'     => '',
		);
	}

	public function test_the_signed_in_person_sees_an_accessible_one_column_form(): void {
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $this->make_survey(), $mentee );
		wp_set_current_user( $mentee );
		self::address( $invitation->id );

		$html = SurveyBlock::render( $mentee, time() );

		$this->assertStringContainsString( '<h2 id="wayfinder-survey-' . $invitation->id . '-title">How it went</h2>', $html );
		$this->assertStringContainsString( 'kept with your name', $html );
		$this->assertStringContainsString( 'Please answer by the end of', $html );
		$this->assertStringContainsString( '<legend>I feel confident contributing. <span class="wayfinder-survey__required">(required)</span></legend>', $html );
		$this->assertStringContainsString( '<legend>Where did you contribute? <span class="wayfinder-survey__required">(optional)</span></legend>', $html );
		$this->assertSame( 5, substr_count( $html, 'name="answers[confidence]"' ), 'five points of agreement' );
		$this->assertStringContainsString( '<span>Strongly disagree</span>', $html );
		$this->assertSame( 11, substr_count( $html, 'name="answers[recommend]"' ), '0 to 10' );
		$this->assertSame( 3, substr_count( $html, 'type="checkbox" name="answers[areas][]"' ) );
		$this->assertStringContainsString( '<label for="wayfinder-survey-' . $invitation->id . '-helped">', $html );
		$this->assertStringContainsString( 'maxlength="5000"', $html );
		$this->assertStringNotContainsString( '<table', $html, 'no tables for scales' );
		$this->assertStringContainsString( 'name="do" value="answer_survey"', $html );
		$this->assertStringContainsString( 'action="' . esc_url( admin_url( 'admin-post.php' ) ) . '"', $html );
	}

	public function test_with_the_key_signed_out_the_form_shows_and_a_plain_post_answers_it(): void {
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $this->make_survey(), $mentee );
		$key        = InvitationToken::key( $invitation );
		wp_set_current_user( 0 );
		self::address( $invitation->id, $key );

		$html = SurveyBlock::render( 0, time() );
		$this->assertStringContainsString( 'name="key" value="' . $key . '"', $html );
		$this->assertStringContainsString( 'name="answers[confidence]"', $html );

		$back = self::post_form( $invitation->id, self::form_answers(), $key );

		$this->assertStringStartsWith( home_url( '/survey/' ), $back, 'back to the page, not to the login screen' );
		$this->assertStringContainsString( '#wayfinder-survey-' . $invitation->id, $back );
		$this->assertTrue( ( new InvitationRepository() )->find( $invitation->id )->is_answered() );
		$html = SurveyBlock::render( 0, time() );
		$this->assertStringContainsString( 'Thank you! Your answers are saved.', $html );
		$this->assertStringContainsString( 'kept with your name', $html );
		$this->assertStringNotContainsString( '<form', $html );
	}

	public function test_a_refused_plain_post_comes_back_with_the_answers_kept_and_each_problem_linked(): void {
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $this->make_survey(), $mentee );
		$key        = InvitationToken::key( $invitation );
		wp_set_current_user( 0 );
		$answers = array(
			'confidence' => '',
			'recommend'  => '12',
		) + self::form_answers();

		$back = self::post_form( $invitation->id, $answers, $key );

		$this->assertFalse( ( new InvitationRepository() )->find( $invitation->id )->is_answered() );
		$query = array();
		wp_parse_str( (string) wp_parse_url( $back, PHP_URL_QUERY ), $query );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{32}$/', (string) ( $query[ Flash::GUEST ] ?? '' ), 'a signed-out visitor’s notice waits under a token' );
		$_GET = $query;
		Flash::forget();

		$html = SurveyBlock::render( 0, time() );

		$this->assertStringContainsString( 'There are 2 answers to correct:', $html );
		$this->assertStringContainsString( '<a href="#wayfinder-survey-' . $invitation->id . '-confidence">Answer “I feel confident contributing.” — it is required.</a>', $html );
		$this->assertStringContainsString( '<a href="#wayfinder-survey-' . $invitation->id . '-recommend">', $html );
		$this->assertStringContainsString( 'aria-describedby="wayfinder-survey-' . $invitation->id . '-confidence-error"', $html );
		$this->assertStringContainsString( 'id="wayfinder-survey-' . $invitation->id . '-confidence"', $html, 'the link’s target is the first option' );
		$this->assertMatchesRegularExpression( '/value="More than 1 hour" checked/', $html, 'the answers given are kept' );
		$this->assertMatchesRegularExpression( '/value="Docs" checked/', $html );
		$this->assertStringContainsString( 'value="Welcoming"', $html );
		$this->assertStringNotContainsString( 'There are 2 answers', SurveyBlock::render( 0, time() ), 'the notice is shown once' );
	}

	public function test_the_signed_in_person_posts_the_plain_form_too(): void {
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $this->make_survey(), $mentee );
		wp_set_current_user( $mentee );

		self::post_form( $invitation->id, self::form_answers() );

		$this->assertTrue( ( new InvitationRepository() )->find( $invitation->id )->is_answered() );
	}

	public function test_other_pages_actions_still_send_signed_out_visitors_to_log_in(): void {
		wp_set_current_user( 0 );
		$back = PageForms::perform(
			array(
				'do'          => 'answer_fit_check',
				'id'          => '1',
				'redirect_to' => home_url( '/my-mentorship/' ),
			)
		);
		$this->assertIsString( $back );
		$this->assertStringContainsString( 'wp-login.php', $back );
	}

	public function test_closed_answered_and_unknown_links_say_so(): void {
		$mentee = $this->make_user( 'subscriber' );
		$closed = $this->make_invitation( $this->make_survey(), $mentee, -60 );
		self::address( $closed->id, InvitationToken::key( $closed ) );
		$this->assertStringContainsString( 'This survey closed on ' . wp_date( (string) get_option( 'date_format' ), time() - 60 ), SurveyBlock::render( 0, time() ) );

		self::address( $closed->id, str_repeat( 'b', 64 ) );
		$html = SurveyBlock::render( 0, time() );
		$this->assertStringContainsString( 'This survey link is not valid.', $html );
		$this->assertStringNotContainsString( 'How it went', $html, 'nothing about the survey' );
		$this->assertStringContainsString( 'wp-login.php', $html );
	}

	public function test_without_an_address_the_signed_in_person_sees_their_surveys_and_visitors_a_way_in(): void {
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $this->make_survey(), $mentee );
		$_GET       = array();

		$html = SurveyBlock::render( $mentee, time() );
		$this->assertStringContainsString( 'How it went</a>', $html );
		$this->assertStringContainsString( esc_url( SurveyPage::link( $invitation ) ), $html );
		$this->assertStringContainsString( 'Before the cohort: Spring cohort', $html );
		$this->assertStringContainsString( 'No survey is waiting for you.', SurveyBlock::render( $this->make_user( 'subscriber' ), time() ) );
		$this->assertStringContainsString( 'Use the personal link in your invitation e-mail', SurveyBlock::render( 0, time() ) );
		wp_set_current_user( $mentee );
		$block = do_blocks( '<!-- wp:wayfinder/survey {"headingLevel":3} /-->' );
		$this->assertStringContainsString( 'wayfinder-survey-block wp-block-wayfinder-survey', $block, 'the registered block renders through SurveyBlock' );
		$this->assertStringContainsString( '<h3>Surveys</h3>', $block );
	}

	public function test_my_mentorship_lists_the_surveys_waiting_and_shows_the_one_its_address_names(): void {
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $this->make_survey(), $mentee );
		wp_set_current_user( $mentee );
		$_GET = array();

		$page = do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' );
		$this->assertStringContainsString( 'Surveys waiting for you', $page );
		$this->assertStringContainsString( 'How it went</a>', $page );
		$this->assertStringNotContainsString( 'name="answers[confidence]"', $page, 'without an address, no survey form in My mentorship' );

		wp_set_current_user( 0 );
		self::address( $invitation->id, InvitationToken::key( $invitation ) );
		$page = do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' );
		$this->assertStringContainsString( 'name="answers[confidence]"', $page, 'the personal link’s fallback page shows the survey, signed out too' );
		$this->assertStringNotContainsString( 'Log in to take part', $page );

		( new Answering() )->answer( $invitation, self::good_answers(), time() );
		wp_set_current_user( $mentee );
		$_GET = array();
		$this->assertStringNotContainsString( 'Surveys waiting for you', do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' ), 'nothing once answered' );
	}

	public function test_the_export_holds_linked_answers_in_words_and_no_anonymous_ones(): void {
		$mentee = $this->make_user( 'subscriber' );
		$linked = $this->make_invitation( $this->make_survey(), $mentee );
		$anon   = $this->make_invitation( $this->make_survey( null, true, 'mentees', 'Anonymous one' ), $mentee );
		$answer = array( 'helped' => 'A secret anonymous wish.' ) + self::good_answers();
		$this->assertIsArray( ( new Answering() )->answer( $linked, self::good_answers(), time() ) );
		$this->assertIsArray( ( new Answering() )->answer( $anon, $answer, time() ) );

		$exporters = apply_filters( 'wp_privacy_personal_data_exporters', array() ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's list.
		$this->assertArrayHasKey( SurveyAnswersExport::EXPORTER, $exporters );
		$export = call_user_func( $exporters[ SurveyAnswersExport::EXPORTER ]['callback'], get_userdata( $mentee )->user_email, 1 );

		$this->assertTrue( $export['done'] );
		$this->assertCount( 1, $export['data'], 'only the linked response' );
		$pairs = array_column( $export['data'][0]['data'], 'value', 'name' );
		$this->assertSame( 'How it went', $pairs['Survey'] );
		$this->assertSame( 'Agree', $pairs['I feel confident contributing.'] );
		$this->assertSame( '9', $pairs['Would you recommend the program?'] );
		$this->assertSame( 'Code, Docs', $pairs['Where did you contribute?'] );
		$this->assertSame( 'More time with my mentor.', $pairs['What would have helped?'] );
		$this->assertStringNotContainsString( 'A secret anonymous wish.', (string) wp_json_encode( $export ) );

		$this->erase_personal_data( $mentee );
		$this->assertSame( array(), SurveyAnswersExport::export( get_userdata( $mentee )->user_email )['data'], 'erased with the person' );
	}
}
