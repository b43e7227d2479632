<?php
/**
 * Answering a survey through its invitation: who may (the invited person signed in, or anyone with
 * the key — else 404), every answer checked against the version (400 naming the question), once (409),
 * while open (410), all or nothing; an anonymous response keeps neither person nor invitation; and the
 * person's surveys waiting.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Surveys;

use Wayfinder\Platform\Schema;
use Wayfinder\Surveys\Answering;
use Wayfinder\Surveys\Events\SurveyAnswered;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\InvitationToken;
use Wayfinder\Tests\Integration\TestCase;

final class AnsweringTest extends TestCase {

	use SurveyFixtures;

	/** @var list<SurveyAnswered> */
	private array $events = array();

	protected function setUp(): void {
		parent::setUp();
		$this->events = array();
		add_action( SurveyAnswered::HOOK, array( $this, 'heard' ) );
	}

	protected function tearDown(): void {
		remove_action( SurveyAnswered::HOOK, array( $this, 'heard' ) );
		parent::tearDown();
	}

	public function heard( SurveyAnswered $event ): void {
		$this->events[] = $event;
	}

	/** @return array<string, mixed>|null */
	private static function response_of_wave( int $wave_id ): ?array {
		global $wpdb;
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Schema::survey_responses_table() . ' WHERE wave_id = %d', $wave_id ), ARRAY_A ); // phpcs:ignore WordPress.DB
		return is_array( $row ) ? $row : null;
	}

	/** @return list<array<string, mixed>> */
	private static function answers_of( string $response_id ): array {
		global $wpdb;
		return (array) $wpdb->get_results( $wpdb->prepare( 'SELECT question, choice, value_number, value_text FROM ' . Schema::survey_answers_table() . ' WHERE response_id = %s ORDER BY question, choice', $response_id ), ARRAY_A ); // phpcs:ignore WordPress.DB
	}

	public function test_the_invited_person_sees_the_form_and_answers_it(): void {
		$survey     = $this->make_survey();
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $survey, $mentee );

		$form = $this->rest( 'GET', '/wayfinder/v1/survey-invitations/' . $invitation->id, array(), $mentee );
		$this->assertSame( 200, $form->get_status() );
		$data = $form->get_data();
		$this->assertSame( 'How it went', $data['survey']['title'] );
		$this->assertSame( 'Mentees', $data['survey']['audience_label'] );
		$this->assertFalse( $data['anonymous'] );
		$this->assertStringContainsString( 'kept with your name', $data['privacy'] );
		$this->assertSame( 'open', $data['state'] );
		$this->assertSame( array( 'confidence', 'recommend', 'time', 'areas', 'one_word', 'helped' ), array_column( $data['questions'], 'key' ) );
		$this->assertSame( 'Strongly agree', $data['questions'][0]['points'][4]['label'] );
		$this->assertCount( 11, $data['questions'][1]['points'], 'would recommend: 0 to 10' );
		$this->assertStringContainsString( 'Before the cohort: Spring cohort', $data['wave']['label'] );

		$answered = $this->rest( 'POST', '/wayfinder/v1/survey-invitations/' . $invitation->id . '/answers', array( 'answers' => self::good_answers() ), $mentee );

		$this->assertSame( 201, $answered->get_status(), (string) wp_json_encode( $answered->get_data() ) );
		$this->assertStringContainsString( 'Thank you', $answered->get_data()['message'] );
		$response = self::response_of_wave( $invitation->wave_id );
		$this->assertNotNull( $response );
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{32}$/', $response['id'] );
		$this->assertSame( $mentee, (int) $response['user_id'] );
		$this->assertSame( $invitation->id, (int) $response['invitation_id'] );
		$this->assertSame(
			array(
				array( 'areas', 'Code', null, null ),
				array( 'areas', 'Docs', null, null ),
				array( 'confidence', '', '4', null ),
				array( 'helped', '', null, 'More time with my mentor.' ),
				array( 'one_word', '', null, 'Welcoming' ),
				array( 'recommend', '', '9', null ),
				array( 'time', 'More than 1 hour', null, null ),
			),
			array_map( static fn ( array $row ): array => array_values( $row ), self::answers_of( $response['id'] ) ),
			'one row per answer, one per option chosen'
		);
		$this->assertTrue( ( new InvitationRepository() )->find( $invitation->id )->is_answered() );
		$this->assertCount( 1, $this->events );
		$this->assertSame( $invitation->id, $this->events[0]->invitation?->id, 'a linked survey’s event names the invitation' );
		$this->assertSame( $response['id'], $this->events[0]->response_id );

		$again = $this->rest( 'POST', '/wayfinder/v1/survey-invitations/' . $invitation->id . '/answers', array( 'answers' => self::good_answers() ), $mentee );
		$this->assertSame( 409, $again->get_status(), 'answered twice' );
		$this->assertSame( 'answered', $this->rest( 'GET', '/wayfinder/v1/survey-invitations/' . $invitation->id, array(), $mentee )->get_data()['state'] );
	}

	/** @return iterable<string, array{0: array<string, mixed>, 1: string}> */
	public static function refusals(): iterable {
		$good = self::good_answers();
		yield 'a required agreement missing' => array( array_diff_key( $good, array( 'confidence' => 1 ) ), 'I feel confident contributing.' );
		yield 'agreement above 5' => array( array( 'confidence' => 6 ) + $good, 'I feel confident contributing.' );
		yield 'agreement not a number' => array( array( 'confidence' => 'agree' ) + $good, 'I feel confident contributing.' );
		yield 'would recommend above 10' => array( array( 'recommend' => 11 ) + $good, 'Would you recommend the program?' );
		yield 'would recommend below 0' => array( array( 'recommend' => -1 ) + $good, 'Would you recommend the program?' );
		yield 'one choice not among the options' => array( array( 'time' => 'All week' ) + $good, 'How much time a week?' );
		yield 'one choice given twice' => array( array( 'time' => array( 'Less than 1 hour', 'More than 1 hour' ) ) + $good, 'How much time a week?' );
		yield 'several choices with an unknown one' => array( array( 'areas' => array( 'Code', 'Design' ) ) + $good, 'Where did you contribute?' );
		yield 'a short text too long' => array( array( 'one_word' => str_repeat( 'a', 201 ) ) + $good, 'The program in one word?' );
		yield 'a long text too long' => array( array( 'helped' => str_repeat( 'a', 5001 ) ) + $good, 'What would have helped?' );
	}

	/**
	 * @dataProvider refusals
	 * @param array<string, mixed> $answers
	 */
	public function test_each_wrong_answer_is_refused_naming_the_question_and_nothing_is_saved( array $answers, string $question ): void {
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $this->make_survey(), $mentee );

		$refused = $this->rest( 'POST', '/wayfinder/v1/survey-invitations/' . $invitation->id . '/answers', array( 'answers' => $answers ), $mentee );

		$this->assertSame( 400, $refused->get_status() );
		$this->assertStringContainsString( '“' . $question . '”', $refused->get_data()['message'] );
		$this->assertNull( self::response_of_wave( $invitation->wave_id ) );
		$this->assertFalse( ( new InvitationRepository() )->find( $invitation->id )->is_answered() );
		$this->assertSame( array(), $this->events );
	}

	public function test_optional_questions_may_stay_empty(): void {
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $this->make_survey(), $mentee );
		$answers    = array(
			'confidence' => '3',
			'recommend'  => '0',
			'time'       => 'Less than 1 hour',
			'areas'      => array(),
			'one_word'   => '',
		);

		$this->assertSame( 201, $this->rest( 'POST', '/wayfinder/v1/survey-invitations/' . $invitation->id . '/answers', array( 'answers' => $answers ), $mentee )->get_status() );
		$this->assertSame( array( 'confidence', 'recommend', 'time' ), array_column( self::answers_of( self::response_of_wave( $invitation->wave_id )['id'] ), 'question' ) );
	}

	public function test_past_its_due_date_it_is_gone_with_the_day_it_closed(): void {
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $this->make_survey(), $mentee, -60 );

		$late = $this->rest( 'POST', '/wayfinder/v1/survey-invitations/' . $invitation->id . '/answers', array( 'answers' => self::good_answers() ), $mentee );

		$this->assertSame( 410, $late->get_status() );
		$this->assertStringContainsString( 'closed on ' . wp_date( (string) get_option( 'date_format' ), time() - 60 ), $late->get_data()['message'] );
		$this->assertSame( 'closed', $this->rest( 'GET', '/wayfinder/v1/survey-invitations/' . $invitation->id, array(), $mentee )->get_data()['state'] );
		$this->assertNull( self::response_of_wave( $invitation->wave_id ) );
	}

	public function test_a_survey_taken_back_or_not_open_yet_takes_no_answers_and_is_not_listed(): void {
		$mentee     = $this->make_user( 'subscriber' );
		$survey     = $this->make_survey();
		$invitation = $this->make_invitation( $survey, $mentee );
		$this->assertCount( 1, ( new Answering() )->open_for( $mentee, time() ) );
		wp_update_post(
			array(
				'ID'          => $survey,
				'post_status' => 'draft',
			)
		);

		$withdrawn = $this->rest( 'POST', '/wayfinder/v1/survey-invitations/' . $invitation->id . '/answers', array( 'answers' => self::good_answers() ), $mentee );
		$this->assertSame( 410, $withdrawn->get_status() );
		$this->assertSame( 'wayfinder_survey_withdrawn', $withdrawn->get_data()['code'] );
		$form = $this->rest( 'GET', '/wayfinder/v1/survey-invitations/' . $invitation->id, array(), $mentee )->get_data();
		$this->assertSame( 'closed', $form['state'] );
		$this->assertStringContainsString( 'no longer taking answers', $form['message'] );
		$this->assertSame( array(), ( new Answering() )->open_for( $mentee, time() ), 'not listed as waiting' );
		$this->assertNull( self::response_of_wave( $invitation->wave_id ) );

		// A wave that opens tomorrow: asked too early.
		$later = $this->make_survey( null, false, 'mentees', 'Later' );
		$wave  = ( new \Wayfinder\Surveys\WaveRepository() )->ensure( $later, $this->insert_cohort( array(), 'Autumn cohort' ), \Wayfinder\Surveys\Wave::PRE, time() + DAY_IN_SECONDS, null, time() );
		$early = ( new \Wayfinder\Surveys\InvitationRepository() )->invite( $wave->id, $mentee, 0, time() - HOUR_IN_SECONDS, time() + WEEK_IN_SECONDS );
		$this->assertNotNull( $early );
		$asked = $this->rest( 'POST', '/wayfinder/v1/survey-invitations/' . $early->id . '/answers', array( 'answers' => self::good_answers() ), $mentee );
		$this->assertSame( 409, $asked->get_status() );
		$this->assertSame( 'This survey opens on ' . wp_date( (string) get_option( 'date_format' ), time() + DAY_IN_SECONDS ) . '. Your answers can be given from then.', $asked->get_data()['message'] );
		$this->assertSame( array(), ( new Answering() )->open_for( $mentee, time() ) );
		$this->assertIsArray( ( new Answering() )->answer( $early, self::good_answers(), time() + DAY_IN_SECONDS + 1 ), 'and answered once it opens' );
	}

	public function test_the_key_opens_it_signed_out_and_nothing_else_does(): void {
		$survey     = $this->make_survey();
		$mentee     = $this->make_user( 'subscriber' );
		$other      = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $survey, $mentee );
		$theirs     = ( new InvitationRepository() )->invite( $invitation->wave_id, $other, 0, time(), time() + WEEK_IN_SECONDS );
		$this->assertNotNull( $theirs );
		$route = '/wayfinder/v1/survey-invitations/' . $invitation->id;

		$this->assertSame( 404, $this->rest( 'GET', $route, array(), 0 )->get_status(), 'signed out without the key' );
		$this->assertSame( 404, $this->rest( 'GET', $route, array( 'key' => str_repeat( 'a', 64 ) ), 0 )->get_status(), 'a wrong key' );
		$this->assertSame( 404, $this->rest( 'GET', $route, array( 'key' => InvitationToken::key( $theirs ) ), 0 )->get_status(), 'the key of another invitation' );
		$this->assertSame( 404, $this->rest( 'GET', $route, array(), $other )->get_status(), 'someone else signed in, without the key' );
		$this->assertSame( 404, $this->rest( 'GET', $route, array(), $this->make_user( 'wayfinder_coordinator' ) )->get_status(), 'not even a coordinator' );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/survey-invitations/999999', array(), $mentee )->get_status(), 'no such invitation: the same answer' );
		$this->assertSame( 404, $this->rest( 'POST', $route . '/answers', array( 'answers' => self::good_answers() ), $other )->get_status() );
		$this->assertSame( 'wayfinder_survey_not_found', $this->rest( 'GET', $route, array(), $other )->get_data()['code'] );

		$this->assertSame( 200, $this->rest( 'GET', $route, array( 'key' => InvitationToken::key( $invitation ) ), 0 )->get_status(), 'the right key, signed out' );
		$answered = $this->rest(
			'POST',
			$route . '/answers',
			array(
				'answers' => self::good_answers(),
				'key'     => InvitationToken::key( $invitation ),
			),
			0
		);
		$this->assertSame( 201, $answered->get_status() );
		$this->assertSame( $mentee, (int) self::response_of_wave( $invitation->wave_id )['user_id'], 'the answer is the invited person’s' );
	}

	public function test_an_anonymous_response_keeps_neither_the_person_nor_the_invitation_only_the_day(): void {
		$mentor     = $this->make_user( 'wayfinder_mentor' );
		$invitation = $this->make_invitation( $this->make_survey( null, true, 'mentors' ), $mentor );

		$form = $this->rest( 'GET', '/wayfinder/v1/survey-invitations/' . $invitation->id, array(), $mentor )->get_data();
		$this->assertTrue( $form['anonymous'] );
		$this->assertStringContainsString( 'anonymous', $form['privacy'] );
		$answered = $this->rest( 'POST', '/wayfinder/v1/survey-invitations/' . $invitation->id . '/answers', array( 'answers' => self::good_answers() ), $mentor );

		$this->assertSame( 201, $answered->get_status() );
		$this->assertStringContainsString( 'anonymous', $answered->get_data()['message'] );
		$response = self::response_of_wave( $invitation->wave_id );
		$this->assertNull( $response['user_id'] );
		$this->assertNull( $response['invitation_id'] );
		$wave = ( new \Wayfinder\Surveys\WaveRepository() )->find( $invitation->wave_id );
		$this->assertSame( substr( $wave->opens_at, 0, 10 ), $response['submitted_on'], 'not even the day it came: the day the wave opened' );
		$this->assertNotSame( gmdate( 'Y-m-d' ), $response['submitted_on'] );
		$this->assertCount( 7, self::answers_of( $response['id'] ) );
		$this->assertTrue( ( new InvitationRepository() )->find( $invitation->id )->is_answered(), 'the invitation knows it was answered, not how' );
		$this->assertCount( 1, $this->events );
		$this->assertNull( $this->events[0]->invitation, 'the event names no invitation' );
		$this->assertSame( 409, $this->rest( 'POST', '/wayfinder/v1/survey-invitations/' . $invitation->id . '/answers', array( 'answers' => self::good_answers() ), $mentor )->get_status() );
	}

	public function test_a_request_that_fails_halfway_saves_nothing(): void {
		$mentee     = $this->make_user( 'subscriber' );
		$invitation = $this->make_invitation( $this->make_survey(), $mentee );
		$fail       = static function (): void {
			throw new \RuntimeException( 'The request was killed.' );
		};
		add_action( SurveyAnswered::HOOK, $fail, 5 );
		try {
			( new Answering() )->answer( $invitation, self::good_answers(), time() );
			$this->fail( 'the failure should reach the caller' );
		} catch ( \RuntimeException $e ) {
			$this->assertSame( 'The request was killed.', $e->getMessage() );
		} finally {
			remove_action( SurveyAnswered::HOOK, $fail, 5 );
		}

		$this->assertNull( self::response_of_wave( $invitation->wave_id ) );
		global $wpdb;
		$this->assertSame( '0', (string) $wpdb->get_var( 'SELECT COUNT(*) FROM ' . Schema::survey_answers_table() ) ); // phpcs:ignore WordPress.DB
		$this->assertFalse( ( new InvitationRepository() )->find( $invitation->id )->is_answered() );
		$this->assertSame( 201, $this->rest( 'POST', '/wayfinder/v1/survey-invitations/' . $invitation->id . '/answers', array( 'answers' => self::good_answers() ), $mentee )->get_status(), 'and it can be answered again' );
	}

	public function test_my_surveys_lists_what_waits_for_me(): void {
		update_option( 'timezone_string', 'Europe/London' );
		$mentee = $this->make_user( 'subscriber' );
		( new \Wayfinder\Profiles\ProfileRepository() )->save( new \Wayfinder\Profiles\Profile( $mentee, 'Europe/London' ) );
		$survey   = $this->make_survey();
		$waiting  = $this->make_invitation( $survey, $mentee );
		$answered = $this->make_invitation( $this->make_survey( null, false, 'mentees', 'Answered already' ), $mentee );
		$this->make_invitation( $this->make_survey( null, false, 'mentees', 'Closed already' ), $mentee, -60 );
		$this->assertIsArray( ( new Answering() )->answer( $answered, self::good_answers(), time() ) );

		$this->assertSame( 401, $this->rest( 'GET', '/wayfinder/v1/me/surveys' )->get_status() );
		$mine = $this->rest( 'GET', '/wayfinder/v1/me/surveys', array(), $mentee );

		$this->assertSame( 200, $mine->get_status() );
		$this->assertCount( 1, $mine->get_data() );
		$item = $mine->get_data()[0];
		$this->assertSame( $waiting->id, $item['id'] );
		$this->assertSame( 'How it went', $item['title'] );
		$this->assertSame( 'Before the cohort: Spring cohort', $item['wave'] );
		$this->assertSame( 'Please answer by the end of ' . wp_date( (string) get_option( 'date_format' ), strtotime( $waiting->due_at . ' UTC' ) ) . '.', $item['due_text'], 'in the site’s time zone when the person’s is the same' );
		( new \Wayfinder\Profiles\ProfileRepository() )->save( new \Wayfinder\Profiles\Profile( $mentee, 'Asia/Tokyo' ) );
		$tokyo = $this->rest( 'GET', '/wayfinder/v1/me/surveys', array(), $mentee )->get_data()[0]['due_text'];
		$this->assertStringContainsString( 'in your time zone (Asia/Tokyo)', $tokyo );
		$this->assertStringContainsString( wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), strtotime( $waiting->due_at . ' UTC' ), new \DateTimeZone( 'Asia/Tokyo' ) ), $tokyo );
		$this->assertStringContainsString( 'wayfinder_key=' . InvitationToken::key( $waiting ), $item['link'] );
		$this->assertSame( array(), $this->rest( 'GET', '/wayfinder/v1/me/surveys', array(), $this->make_user( 'subscriber' ) )->get_data() );
	}
}
