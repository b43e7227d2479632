<?php
/**
 * The board's background runs: bounded steps, driven by polls alone or by WP-Cron, a step kept once
 * however many workers try it, a dead worker's step taken over, the same result as a run in one
 * request, who may see a run, and cleanup.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Board;

use Wayfinder\Board\BoardRun;
use Wayfinder\Board\BoardRunRepository;
use Wayfinder\Board\BoardRuns;
use Wayfinder\Board\BoardService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Schema;
use Wayfinder\Plugin;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class BoardRunsTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
	}

	protected function tearDown(): void {
		remove_all_filters( BoardRuns::AT_ONCE_FILTER );
		parent::tearDown();
	}

	/** @param list<string> $languages */
	private function mentor( array $languages, int $capacity ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', $languages, array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), '', $capacity ) ) );
		return $mentor;
	}

	/** @param list<string> $languages */
	private function waiting( array $languages ): int {
		$mentee = $this->make_user( 'subscriber' );
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $mentee, 'Europe/Berlin', $languages, array( 'core' ), array(), array( array( 2, '17:00', '19:00' ) ) ) ) );
		$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $mentee ) );
		return $mentee;
	}

	/**
	 * Three mentors with four places between them, seven people waiting (one speaks no mentor's language).
	 *
	 * @return list<int> The waiting mentees.
	 */
	private function program(): array {
		$this->mentor( array( 'en' ), 2 );
		$this->mentor( array( 'en', 'pt' ), 1 );
		$this->mentor( array( 'pt' ), 1 );
		$mentees = array();
		foreach ( array( 'en', 'pt', 'en', 'ta', 'en', 'pt', 'en' ) as $language ) {
			$mentees[] = $this->waiting( array( $language ) );
		}
		return $mentees;
	}

	private function runs( int $step = 3 ): BoardRuns {
		return new BoardRuns( new BoardService(), new BoardRunRepository(), $step );
	}

	private function run_of( int $id ): BoardRun {
		$run = ( new BoardRunRepository() )->find( $id );
		$this->assertNotNull( $run );
		return $run;
	}

	private function started( array $mentees ): BoardRun {
		$run = $this->runs()->start( $mentees, $this->coordinator );
		$this->assertInstanceOf( BoardRun::class, $run );
		return $run;
	}

	public function test_a_run_above_the_limit_answers_202_and_polls_alone_finish_it_with_what_one_request_answers(): void {
		$mentees = $this->program();
		add_filter( BoardRuns::AT_ONCE_FILTER, static fn (): int => 5 );

		$started = $this->rest( 'POST', '/wayfinder/v1/board/run', array(), $this->coordinator );

		$this->assertSame( 202, $started->get_status() );
		$body = $started->get_data();
		$this->assertSame( 'queued', $body['status'] );
		$this->assertSame( 0, $body['progress']['done'] );
		$this->assertSame( 7, $body['progress']['total'] );
		$this->assertSame( 'Waiting to start: 7 waiting mentees to match.', $body['progress']['message'] );
		$this->assertStringEndsWith( '/wayfinder/v1/board/runs/' . $body['id'], $started->get_headers()['Location'] );
		$this->assertIsInt( wp_next_scheduled( BoardRuns::HOOK, array( $body['id'] ) ), 'WP-Cron is asked to take the first step' );

		// No cron here: each poll takes one step (one candidates step of up to 200, the solve, the result).
		$seen = array();
		for ( $poll = 0; $poll < 10 && 'done' !== ( $body['status'] ?? '' ); $poll++ ) {
			$response = $this->rest( 'GET', '/wayfinder/v1/board/runs/' . $body['id'], array(), $this->coordinator );
			$this->assertSame( 200, $response->get_status() );
			$body   = $response->get_data();
			$seen[] = $body['progress']['message'];
		}
		$this->assertSame(
			array( 'Choosing the best pairs for all 7 waiting mentees…', 'Writing up the pairs and their reasons…', 'Done: 4 of 7 waiting mentees matched.' ),
			$seen
		);
		$clock = $this->run_of( $body['id'] )->clock;
		$this->assertSame( ( new BoardService() )->run( $mentees, $clock ), $body['result'], 'the same answer as the run in one request, for the same data and time' );
		$this->assertCount( 4, $body['result']['pairs'] );
		$this->assertContains( 'No mentor speaks Tamil.', array_column( $body['result']['unmatched'], 'reason' ) );
		$this->assertSame( '', $this->raw( $body['id'], 'candidates' ), 'the working data goes once the result is kept' );
	}

	public function test_a_cohort_sized_run_still_answers_at_once(): void {
		$mentees = $this->program();

		$response = $this->rest( 'POST', '/wayfinder/v1/board/run', array( 'mentees' => $mentees ), $this->coordinator );

		$this->assertSame( 200, $response->get_status() );
		$this->assertCount( 4, $response->get_data()['pairs'] );
		$this->assertSame( 0, (int) $GLOBALS['wpdb']->get_var( 'SELECT COUNT(*) FROM ' . Schema::board_runs_table() ), 'nothing stored' ); // phpcs:ignore WordPress.DB
	}

	public function test_steps_are_bounded_and_a_finished_step_is_not_done_again(): void {
		$mentees = $this->program();
		$runs    = $this->runs( 3 );
		$run     = $this->started( $mentees );

		$progress = array();
		while ( $runs->step( $run->id ) ) {
			$now        = $this->run_of( $run->id );
			$progress[] = $now->phase . ':' . $now->done;
		}

		$this->assertSame( array( 'candidates:3', 'candidates:6', 'solve:7', 'results:7', 'done:7' ), $progress, 'three, three, one, then the solve, then the result' );
		$this->assertFalse( $runs->step( $run->id ), 'a finished run takes no step' );
		$this->assertSame( ( new BoardService() )->run( $mentees, $run->clock ), $this->run_of( $run->id )->result );
	}

	public function test_a_step_claimed_by_two_workers_is_done_once(): void {
		$runs       = $this->runs( 3 );
		$run        = $this->started( $this->program() );
		$repository = new BoardRunRepository();

		// Worker A holds the step; worker B (a poll, or WP-Cron) finds it held and does nothing.
		$this->assertTrue( $repository->claim( $run->id, str_repeat( 'a', 32 ), time(), time() + 60, BoardRuns::MAX_ATTEMPTS ) );
		$this->assertFalse( $repository->claim( $run->id, str_repeat( 'b', 32 ), time(), time() + 60, BoardRuns::MAX_ATTEMPTS ) );
		$this->assertFalse( $runs->step( $run->id ) );
		$this->assertSame( 0, $this->run_of( $run->id )->done );
		$polled = $this->rest( 'GET', '/wayfinder/v1/board/runs/' . $run->id, array(), $this->coordinator )->get_data();
		$this->assertSame( 0, $polled['progress']['done'], 'a poll waits for the lease holder' );

		// A keeps its step: the next one starts from there.
		$this->assertTrue( $repository->finish_step( $run->id, str_repeat( 'a', 32 ), array( 'done' => 3 ) ) );
		$this->assertFalse( $repository->finish_step( $run->id, str_repeat( 'a', 32 ), array( 'done' => 6 ) ), 'a lease keeps one step' );
		$this->assertSame( 3, $this->run_of( $run->id )->done );
	}

	public function test_an_expired_lease_is_taken_over_and_the_dead_worker_keeps_nothing(): void {
		$mentees    = $this->program();
		$runs       = $this->runs( 3 );
		$run        = $this->started( $mentees );
		$repository = new BoardRunRepository();
		// A worker claimed the first step and died: its lease ran out a second ago.
		$this->assertTrue( $repository->claim( $run->id, str_repeat( 'd', 32 ), time() - 200, time() - 1, BoardRuns::MAX_ATTEMPTS ) );

		$this->assertTrue( $runs->step( $run->id ), 'taken over' );
		$this->assertSame( 3, $this->run_of( $run->id )->done );
		$this->assertSame( 0, $this->run_of( $run->id )->attempts, 'the next step starts afresh' );
		// The dead worker wakes up late: what it did is not kept, so nothing is counted twice.
		$this->assertFalse( $repository->finish_step( $run->id, str_repeat( 'd', 32 ), array( 'done' => 3 ) ) );
		while ( $runs->step( $run->id ) ) {
			continue;
		}
		$done = $this->run_of( $run->id );
		$this->assertSame( BoardRun::DONE, $done->status );
		$this->assertSame( ( new BoardService() )->run( $mentees, $run->clock ), $done->result, 'nothing lost, nothing doubled' );
	}

	public function test_a_step_that_kills_its_worker_every_time_fails_the_run_with_a_sentence(): void {
		$run        = $this->started( $this->program() );
		$repository = new BoardRunRepository();
		for ( $attempt = 1; $attempt <= BoardRuns::MAX_ATTEMPTS; $attempt++ ) {
			$this->assertTrue( $repository->claim( $run->id, str_repeat( (string) $attempt, 32 ), time(), time() - 1, BoardRuns::MAX_ATTEMPTS ) );
		}

		$polled = $this->rest( 'GET', '/wayfinder/v1/board/runs/' . $run->id, array(), $this->coordinator )->get_data();

		$this->assertSame( 'failed', $polled['status'] );
		$this->assertStringContainsString( 'failed three times', $polled['error'] );
		$this->assertSame( $polled['error'], $polled['progress']['message'] );
		$this->assertArrayNotHasKey( 'result', $polled );
	}

	public function test_wp_cron_finishes_a_run_and_leaves_no_event_behind(): void {
		$mentees = $this->program();
		$run     = $this->started( $mentees );
		$this->assertIsInt( wp_next_scheduled( BoardRuns::HOOK, array( $run->id ) ) );

		do_action( BoardRuns::HOOK, $run->id ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…

		$this->assertSame( BoardRun::DONE, $this->run_of( $run->id )->status );
		$this->assertFalse( wp_next_scheduled( BoardRuns::HOOK, array( $run->id ) ) );
	}

	public function test_a_run_in_steps_reads_people_in_batches_not_one_by_one(): void {
		global $wpdb;
		$this->mentor( array( 'en' ), 40 );
		$few  = array();
		$many = array();
		for ( $n = 0; $n < 30; $n++ ) {
			$mentee = $this->waiting( array( 'en' ) );
			if ( $n < 5 ) {
				$few[] = $mentee;
			}
			$many[] = $mentee;
		}
		$count = function ( array $mentees ) use ( $wpdb ): int {
			wp_cache_flush();
			( new ProfileRepository() )->find_many( array( PHP_INT_MAX ) );
			DisplayName::many( array( PHP_INT_MAX ) );
			$before = $wpdb->num_queries;
			( new BoardService() )->run( ( new BoardService() )->mentees_to_match( $mentees ), time() );
			return $wpdb->num_queries - $before;
		};

		$count( $few ); // Warm-up: what the first run on a site reads once (the team names kept in an option).

		$this->assertSame( $count( $few ), $count( $many ), 'the same queries for 5 mentees and for 30' );
	}

	public function test_only_coordinators_see_runs_and_a_bad_id_is_404_with_a_sentence(): void {
		$run   = $this->started( $this->program() );
		$other = $this->make_user( 'wayfinder_coordinator' );
		$route = '/wayfinder/v1/board/runs/' . $run->id;

		$this->assertSame( 401, $this->rest( 'GET', $route )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', $route, array(), $this->make_user( 'subscriber' ) )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', $route, array(), $this->make_user( 'wayfinder_mentor' ) )->get_status() );
		$this->assertSame( 200, $this->rest( 'GET', $route, array(), $other )->get_status(), 'every coordinator sees every run' );
		$missing = $this->rest( 'GET', '/wayfinder/v1/board/runs/999999', array(), $this->coordinator );
		$this->assertSame( 404, $missing->get_status() );
		$this->assertSame( 'wayfinder_board_run_not_found', $missing->get_data()['code'] );
		$this->assertStringContainsString( 'run the board again', $missing->get_data()['message'] );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/board/runs/abc', array(), $this->coordinator )->get_status() );
	}

	public function test_the_hourly_tick_deletes_runs_untouched_for_a_day_in_bounded_batches(): void {
		global $wpdb;
		$mentees = $this->program();
		$old     = array();
		for ( $n = 0; $n < 3; $n++ ) {
			$old[] = $this->started( $mentees )->id;
		}
		$fresh = $this->started( $mentees )->id;
		$table = Schema::board_runs_table();
		// phpcs:ignore WordPress.DB -- the test ages its rows.
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET updated_at = %s WHERE id IN (%d, %d, %d)", gmdate( 'Y-m-d H:i:s', time() - BoardRuns::KEEP - 60 ), ...$old ) );

		$this->assertSame( 2, ( new BoardRunRepository() )->delete_untouched_since( gmdate( 'Y-m-d H:i:s', time() - BoardRuns::KEEP ), 2 ), 'bounded' );
		$this->assertNotFalse( has_action( Cron::HOURLY ) );
		do_action( Cron::HOURLY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…

		$this->assertNull( ( new BoardRunRepository() )->find( $old[2] ) );
		$this->assertNotNull( ( new BoardRunRepository() )->find( $fresh ), 'a run from today stays' );
	}

	public function test_erasing_a_person_deletes_the_runs_that_may_name_them(): void {
		$mentees = $this->program();
		$run     = $this->started( $mentees );
		$user    = get_userdata( $mentees[0] );
		$this->assertInstanceOf( \WP_User::class, $user );

		$erasers = Plugin::services()->get( PersonalData::class )->add_erasers( array() );
		$erased  = $erasers['wayfinder-board_runs']['callback']( $user->user_email, 1 );

		$this->assertTrue( $erased['done'] );
		$this->assertNull( ( new BoardRunRepository() )->find( $run->id ) );
	}

	private function raw( int $id, string $column ): string {
		global $wpdb;
		$table = Schema::board_runs_table();
		return (string) $wpdb->get_var( $wpdb->prepare( "SELECT {$column} FROM {$table} WHERE id = %d", $id ) ); // phpcs:ignore WordPress.DB
	}
}
