<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Board;

use Wayfinder\Board\BoardController;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class BoardTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
		( new ProfileRepository() )->save( new Profile( $this->coordinator, 'UTC', array( 'xx' ), array(), array(), array(), '', 0 ) );
	}

	/** @param list<string> $languages */
	private function mentor( string $name, array $languages, int $capacity, array $teams = array( 'core' ) ): int {
		$mentor = $this->make_user( 'wayfinder_mentor', $name );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', $languages, $teams, array(), array( array( 2, '18:00', '20:00' ) ), '', $capacity ) );
		return $mentor;
	}

	/** A newcomer waiting for any mentor. */
	private function waiting( string $name, array $languages ): int {
		$mentee = $this->make_user( 'subscriber', $name );
		( new ProfileRepository() )->save( new Profile( $mentee, 'Europe/Berlin', $languages, array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ) ) );
		$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $mentee ) );
		return $mentee;
	}

	public function test_suggestions_rank_the_mentors_who_fit_a_waiting_mentee_with_reasons(): void {
		$core  = $this->mentor( 'core-mentor', array( 'en' ), 2 );
		$other = $this->mentor( 'docs-mentor', array( 'en' ), 2, array( 'docs' ) );
		$this->mentor( 'german-only', array( 'de' ), 2 );
		$mentee = $this->waiting( 'newcomer', array( 'en' ) );

		$response = $this->rest( 'GET', '/wayfinder/v1/board/suggestions', array( 'mentee' => $mentee ), $this->coordinator );

		$this->assertSame( 200, $response->get_status() );
		$suggestions = $response->get_data()['suggestions'];
		$this->assertSame( array( $core, $other ), array_column( $suggestions, 'mentor' ), 'shared team first; no shared language, no suggestion' );
		$this->assertSame( 'core-mentor', $suggestions[0]['mentor_name'] );
		$this->assertSame( 'Shared teams: Core.', $suggestions[0]['reasons']['teams'] );
		$this->assertNull( $response->get_data()['reason'] );

		$alone = $this->rest( 'GET', '/wayfinder/v1/board/suggestions', array( 'mentee' => $this->waiting( 'tamil', array( 'ta' ) ) ), $this->coordinator )->get_data();
		$this->assertSame( array(), $alone['suggestions'] );
		$this->assertSame( 'No mentor speaks Tamil.', $alone['reason'] );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/board/suggestions', array( 'mentee' => 999999 ), $this->coordinator )->get_status() );
	}

	public function test_a_run_assigns_every_waiting_mentee_it_can_and_says_why_not_for_the_rest(): void {
		$anna   = $this->mentor( 'anna', array( 'en' ), 1 );
		$bruno  = $this->mentor( 'bruno', array( 'en', 'pt' ), 1 );
		$first  = $this->waiting( 'first', array( 'en' ) );
		$second = $this->waiting( 'second', array( 'pt' ) );
		$third  = $this->waiting( 'third', array( 'en' ) );
		$tamil  = $this->waiting( 'tamil', array( 'ta' ) );

		$run = $this->rest( 'POST', '/wayfinder/v1/board/run', array(), $this->coordinator )->get_data();

		$pairs = array_column( $run['pairs'], 'mentor', 'mentee' );
		$this->assertSame( $bruno, $pairs[ $second ], 'only Bruno speaks Portuguese, so the optimum gives him to the second' );
		$this->assertSame( $anna, $pairs[ $first ] ?? $pairs[ $third ] );
		$this->assertCount( 2, $pairs );
		$unmatched = array_column( $run['unmatched'], 'reason', 'mentee' );
		$this->assertSame( 'No mentor speaks Tamil.', $unmatched[ $tamil ] );
		$this->assertArrayHasKey( isset( $pairs[ $first ] ) ? $third : $first, $unmatched, 'the one left over is listed with a reason' );
		$free = array_column( $run['mentors'], 'free', 'id' );
		$this->assertSame( array( 1, 1 ), array( $free[ $anna ], $free[ $bruno ] ), 'free places before the commit' );
		$this->assertNotEmpty( $run['pairs'][0]['reasons'] );

		$only = $this->rest( 'POST', '/wayfinder/v1/board/run', array( 'mentees' => array( $second ) ), $this->coordinator )->get_data();
		$this->assertSame( array( $second ), array_column( $only['pairs'], 'mentee' ) );
	}

	public function test_an_override_is_scored_and_flagged_when_the_engine_would_never_propose_it(): void {
		$german = $this->mentor( 'german', array( 'de' ), 2 );
		$mentee = $this->waiting( 'newcomer', array( 'en' ) );

		$scored = $this->rest(
			'POST',
			'/wayfinder/v1/board/score',
			array(
				'mentee' => $mentee,
				'mentor' => $german,
			),
			$this->coordinator
		)->get_data();

		$this->assertTrue( $scored['excluded'] );
		$this->assertStringContainsString( 'No shared language', $scored['reasons']['languages'] );
		$refused = $this->rest(
			'POST',
			'/wayfinder/v1/board/score',
			array(
				'mentee' => $mentee,
				'mentor' => $mentee,
			),
			$this->coordinator
		);
		$this->assertSame( 400, $refused->get_status() );
		$this->assertSame( 'wayfinder_not_a_mentor', $refused->get_data()['code'] );
	}

	public function test_commit_proposes_each_pair_answers_the_waiting_request_and_reports_what_it_could_not_save(): void {
		$anna   = $this->mentor( 'anna', array( 'en' ), 1 );
		$first  = $this->waiting( 'first', array( 'en' ) );
		$second = $this->waiting( 'second', array( 'en' ) );

		$response = $this->rest(
			'POST',
			'/wayfinder/v1/board/commit',
			array(
				'pairs' => array(
					array(
						'mentee' => $first,
						'mentor' => $anna,
					),
					array(
						'mentee' => $second,
						'mentor' => $anna,
					),
				),
			),
			$this->coordinator
		);

		$this->assertSame( 200, $response->get_status() );
		$result = $response->get_data();
		$this->assertSame( 'proposal', $result['mode'] );
		$this->assertSame( array( $first ), array_column( $result['saved'], 'mentee' ) );
		$this->assertSame( 'proposed', ( new MatchService() )->find( $result['saved'][0]['match'] )['status'] );
		$this->assertSame( array( 'wayfinder_at_capacity' ), array_column( $result['failed'], 'code' ) );
		$this->assertStringContainsString( 'has no room', $result['failed'][0]['message'] );
		$open = array_column( ( new RequestService() )->visible_to( $this->coordinator, 'open' ), 'mentee_id' );
		$this->assertSame( array( $second ), $open, 'the first one’s request is answered; the second still waits' );
	}

	public function test_in_request_mode_commit_asks_the_mentor_instead(): void {
		update_option( Settings::COORDINATOR_ASSIGNS, 'request' );
		$anna   = $this->mentor( 'anna', array( 'en' ), 1 );
		$mentee = $this->waiting( 'first', array( 'en' ) );

		$result = $this->rest(
			'POST',
			'/wayfinder/v1/board/commit',
			array(
				'pairs' => array(
					array(
						'mentee' => $mentee,
						'mentor' => $anna,
					),
				),
			),
			$this->coordinator
		)->get_data();

		$this->assertSame( 'request', $result['mode'] );
		$request = ( new RequestService() )->find( $result['saved'][0]['request'] );
		$this->assertSame( 'coordinator_request', $request?->type );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $anna )->active_mentees, 'a request holds no place' );
	}

	public function test_bad_commits_are_refused_whole(): void {
		$anna = $this->mentor( 'anna', array( 'en' ), 1 );
		foreach ( array(
			array(),
			array( array( 'mentee' => 'x' ) ),
			array(
				array(
					'mentee' => 5,
					'mentor' => $anna,
					'extra'  => 1,
				),
			),
		) as $pairs ) {
			$response = $this->rest( 'POST', '/wayfinder/v1/board/commit', array( 'pairs' => $pairs ), $this->coordinator );
			$this->assertSame( 400, $response->get_status() );
			$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
		}
		$this->assertSame( 0, ( new ProfileRepository() )->find( $anna )->active_mentees );
	}

	public function test_bad_scores_and_runs_are_refused_with_a_message_that_says_what_to_fix(): void {
		$anna       = $this->mentor( 'anna', array( 'en' ), 1 );
		$waiting    = $this->waiting( 'wanda', array( 'en' ) );
		$subscriber = $this->make_user( 'subscriber' );
		$cases      = array(
			array(
				'/wayfinder/v1/board/score',
				array(
					'mentee' => $waiting,
					'mentor' => $subscriber,
				),
				400,
				'wayfinder_not_a_mentor',
				'Mentor role',
			),
			array(
				'/wayfinder/v1/board/score',
				array(
					'mentee' => 999999,
					'mentor' => $anna,
				),
				404,
				'wayfinder_unknown_user',
				'no such mentee',
			),
			array( '/wayfinder/v1/board/score', array( 'mentee' => $waiting ), 400, 'rest_missing_callback_param', 'mentor' ),
			array( '/wayfinder/v1/board/run', array( 'mentees' => array( 'wanda' ) ), 400, 'rest_invalid_param', 'mentees' ),
			array( '/wayfinder/v1/board/run', array( 'mentees' => range( 1, BoardController::MAX_MENTEES + 1 ) ), 400, 'rest_invalid_param', 'mentees' ),
		);
		foreach ( $cases as list( $route, $params, $status, $code, $says ) ) {
			$response = $this->rest( 'POST', $route, $params, $this->coordinator );
			$this->assertSame( $status, $response->get_status(), $route . ' ' . wp_json_encode( $params ) );
			$this->assertSame( $code, $response->get_data()['code'] );
			$this->assertStringContainsString( $says, $response->get_data()['message'] );
		}
		$this->assertSame( 0, ( new ProfileRepository() )->find( $anna )->active_mentees, 'nothing was matched' );
	}
}
