<?php
/**
 * GET /wayfinder/v1/quizzes/<id>/result: public, strict about its input, rate limited per client,
 * and counted only as anonymous weekly aggregates.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Orientation;

use Wayfinder\Orientation\QuizCounts;
use Wayfinder\Orientation\QuizPostType;
use Wayfinder\Orientation\QuizSeeder;
use Wayfinder\Platform\Schema;
use Wayfinder\Tests\Integration\TestCase;

final class QuizResultApiTest extends TestCase {

	private int $quiz;

	protected function setUp(): void {
		parent::setUp();
		$this->quiz             = QuizSeeder::default_quiz_id();
		$_SERVER['REMOTE_ADDR'] = '203.0.113.7';
		$this->limit            = null;
	}

	protected function tearDown(): void {
		remove_all_filters( 'wayfinder_quiz_rate_limit' );
		unset( $_SERVER['REMOTE_ADDR'] );
		parent::tearDown();
	}

	/** @var array{limit: int, window: int}|null */
	private ?array $limit;

	private function result( string $answers, int $user = 0, ?int $quiz = null ): \WP_REST_Response {
		return $this->rest( 'GET', '/wayfinder/v1/quizzes/' . ( $quiz ?? $this->quiz ) . '/result', array( 'answers' => $answers ), $user );
	}

	public function test_anyone_gets_the_ranked_teams_with_reasons_and_where_to_start(): void {
		$response = $this->result( '7.1.7.0' );
		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( $this->quiz, $data['quiz'] );
		$this->assertSame( '7.1.7.0', $data['answers'] );
		$this->assertSame( 'polyglots', $data['teams'][0]['team'] );
		$this->assertSame( 1, $data['teams'][0]['rank'] );
		$this->assertSame( 9, $data['teams'][0]['score'] );
		$this->assertStringStartsWith( 'Because you chose translating', $data['teams'][0]['reason'] );
		$this->assertSame( 'https://make.wordpress.org/polyglots/handbook/', $data['teams'][0]['handbook'] );
		$this->assertSame( '#polyglots', $data['teams'][0]['chat'] );
		$this->assertFalse( $data['teams'][0]['asked'] );
		$this->assertLessThanOrEqual( 5, count( $data['teams'] ) );
		$this->assertNotContains( 'plugins', array_column( $data['teams'], 'team' ) );

		$schema = $this->rest( 'OPTIONS', '/wayfinder/v1/quizzes/' . $this->quiz . '/result' )->get_data();
		$this->assertSame( 'wayfinder-quiz-result', $schema['schema']['title'] );
	}

	/** @return array<string, array{0: array<string, string>, 1: int, 2: string, 3: string}> */
	public function bad_requests(): array {
		return array(
			'no answers'                  => array( array(), 400, 'rest_missing_callback_param', 'answers' ),
			'answers too long'            => array( array( 'answers' => str_repeat( '1.', 300 ) ), 400, 'rest_invalid_param', 'answers must be at most 400 characters long' ),
			'markup instead of answers'   => array( array( 'answers' => '<b>1</b>' ), 400, 'wayfinder_invalid_answers', 'The answers may hold only digits, lowercase letters and dots' ),
			'answers for another quiz'    => array( array( 'answers' => '1.1' ), 400, 'wayfinder_invalid_answers', 'The answers are for 2 questions, but this quiz has 4.' ),
			'an answer that is not there' => array( array( 'answers' => '1.1.1.5' ), 400, 'wayfinder_invalid_answers', 'Question 4 has no answer 6.' ),
			'two answers to a single one' => array( array( 'answers' => '1.1.1.01' ), 400, 'wayfinder_invalid_answers', 'Question 4 takes one answer, but 2 were given.' ),
			'a question left unanswered'  => array( array( 'answers' => '1.1.1.' ), 400, 'wayfinder_invalid_answers', 'Choose an answer to “How much time do you have for contributing?”.' ),
		);
	}

	/**
	 * @dataProvider bad_requests
	 * @param array<string, string> $params
	 */
	public function test_input_is_checked_strictly_with_a_message_that_says_what_is_wrong( array $params, int $status, string $code, string $message ): void {
		$response = $this->rest( 'GET', '/wayfinder/v1/quizzes/' . $this->quiz . '/result', $params );
		$this->assertSame( $status, $response->get_status() );
		$this->assertSame( $code, $response->get_data()['code'] );
		$this->assertStringContainsString( $message, wp_json_encode( $response->get_data(), JSON_UNESCAPED_UNICODE ) );
		$this->assertSame( array(), $this->count_rows(), 'nothing is counted for a refused request' );
	}

	public function test_a_quiz_that_is_not_published_is_not_found(): void {
		$this->assertSame( 404, $this->result( '1', 0, 999999 )->get_status() );
		$draft = wp_insert_post(
			array(
				'post_type'   => QuizPostType::POST_TYPE,
				'post_status' => 'draft',
				'post_title'  => 'Draft',
			)
		);
		$this->assertSame( 'wayfinder_quiz_not_found', $this->result( '', 0, $draft )->get_data()['code'] );
		$team = get_page_by_path( 'core', OBJECT, 'wayfinder_team' );
		$this->assertSame( 404, $this->result( '', 0, $team->ID )->get_status(), 'a team is no quiz' );
	}

	public function test_a_client_asking_too_often_gets_429_with_retry_after_and_others_are_not_held_up(): void {
		add_filter(
			'wayfinder_quiz_rate_limit',
			static fn (): array => array(
				'limit'  => 3,
				'window' => 60,
			)
		);
		for ( $i = 0; $i < 3; $i++ ) {
			$this->assertSame( 200, $this->result( '7.1.7.0' )->get_status() );
		}
		$refused = $this->result( '7.1.7.0' );
		$this->assertSame( 429, $refused->get_status() );
		$this->assertSame( 'wayfinder_rate_limited', $refused->get_data()['code'] );
		$retry = (int) ( $refused->get_headers()['Retry-After'] ?? 0 );
		$this->assertGreaterThanOrEqual( 1, $retry );
		$this->assertLessThanOrEqual( 60, $retry );
		$this->assertStringContainsString( 'Try again in', $refused->get_data()['message'] );

		$_SERVER['REMOTE_ADDR'] = '198.51.100.23';
		$this->assertSame( 200, $this->result( '7.1.7.0' )->get_status(), 'another client has its own allowance' );

		// The limiter keeps a keyed hash, never the address itself.
		global $wpdb;
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE %s OR option_value LIKE %s", '%203.0.113.7%', '%203.0.113.7%' ) ) );
	}

	public function test_the_rate_limit_can_be_switched_off(): void {
		add_filter(
			'wayfinder_quiz_rate_limit',
			static fn (): array => array(
				'limit'  => 0,
				'window' => 60,
			)
		);
		for ( $i = 0; $i < 40; $i++ ) {
			$this->assertSame( 200, $this->result( '7.1.7.0' )->get_status() );
		}
	}

	public function test_results_are_counted_per_team_and_week_without_anything_personal(): void {
		$member = $this->make_user( 'subscriber' );
		$this->result( '7.1.7.0' );
		$this->result( '7.1.7.0', $member );
		$week = QuizCounts::week( time() );

		$rows = $this->count_rows();
		$this->assertContains( array( (string) $this->quiz, $week, 'polyglots', 'shown', '2' ), $rows );
		$this->assertContains( array( (string) $this->quiz, $week, 'polyglots', 'top', '2' ), $rows );
		$this->assertNotContains( 'asked', array_column( $rows, 3 ) );
		$summary = ( new QuizCounts() )->summary( QuizCounts::weeks( 4 ), $this->quiz );
		$this->assertSame( 2, $summary['weeks'][ $week ]['top'], 'two results shown this week' );

		// The table has no column that could hold a person, an address or their answers.
		global $wpdb;
		$table   = Schema::quiz_counts_table();
		$columns = $wpdb->get_col( "SHOW COLUMNS FROM {$table}" ); // phpcs:ignore WordPress.DB -- our table.
		$this->assertSame( array( 'id', 'quiz_id', 'week', 'team', 'kind', 'total' ), $columns );
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->usermeta} WHERE user_id = %d AND meta_value LIKE %s", $member, '%7.1.7.0%' ) ) );
	}

	/** @return list<list<string>> Every count row: quiz, week, team, kind, total. */
	private function count_rows(): array {
		global $wpdb;
		$table = Schema::quiz_counts_table();
		$rows  = $wpdb->get_results( "SELECT quiz_id, week, team, kind, total FROM {$table}", ARRAY_N ); // phpcs:ignore WordPress.DB -- our table.
		return array_map( static fn ( array $row ): array => array_map( 'strval', $row ), $rows );
	}
}
