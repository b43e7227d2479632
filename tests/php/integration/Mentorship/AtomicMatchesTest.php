<?php
/**
 * Starting, ending and moving matches, the board's commit and the retirement batch are each one
 * change: killed between two statements (an exception thrown from WordPress's `query` filter, as a
 * dying worker or a lost database would), they leave no mentee orphaned, no counter off by one, no
 * audit entry missing or doubled and no email about something that did not happen; the batch resumes
 * where it stopped, and running it twice doubles nothing. The repair step puts wrong counters right.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\AuditRepository;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\MentoringState;
use Wayfinder\Mentorship\Reassigner;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class AtomicMatchesTest extends TestCase {

	private const EVENINGS = array( array( 2, '18:00', '20:00' ), array( 4, '18:00', '20:00' ) );

	private ?\Closure $killer = null;

	protected function tearDown(): void {
		if ( null !== $this->killer ) {
			remove_filter( 'query', $this->killer );
		}
		parent::tearDown();
	}

	/** The $nth statement that contains $needle throws, as if the worker died right there. */
	private function kill_at( string $needle, int $nth = 1 ): void {
		$seen         = 0;
		$this->killer = static function ( string $query ) use ( $needle, $nth, &$seen ): string {
			if ( str_contains( $query, $needle ) && ++$seen === $nth ) {
				throw new \RuntimeException( 'The worker died here.' );
			}
			return $query;
		};
		add_filter( 'query', $this->killer );
	}

	private function revive(): void {
		remove_filter( 'query', $this->killer );
		$this->killer = null;
	}

	private static function insert_into( string $table ): string {
		return 'INSERT INTO `' . $table . '`';
	}

	private function mentor( int $capacity = 3 ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), self::EVENINGS, '', $capacity ) );
		return $mentor;
	}

	private function mentee(): int {
		$mentee = $this->make_user( 'subscriber' );
		( new ProfileRepository() )->save( new Profile( $mentee, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), self::EVENINGS ) );
		return $mentee;
	}

	private function count_of( int $mentor ): int {
		wp_cache_flush();
		return ( new ProfileRepository() )->find( $mentor )->active_mentees;
	}

	/** @return list<string> The audit actions about one match, oldest first. */
	private function audit( int $match ): array {
		return array_reverse( array_map( static fn ( $event ): string => $event->action, ( new AuditRepository() )->list( 'match', $match, 1, 100 )[0] ) );
	}

	private function active( int $mentee, int $mentor ): int {
		$id = ( new MatchService() )->start( $mentee, $mentor, 'mentee_request', $mentee );
		$this->assertIsInt( $id );
		$this->sent_mail = array();
		return $id;
	}

	private function kill_message( callable $work ): string {
		try {
			$work();
		} catch ( \RuntimeException $e ) {
			return $e->getMessage();
		}
		return 'not killed';
	}

	public function test_a_start_killed_after_the_place_was_taken_takes_no_place_and_records_nothing(): void {
		$mentor = $this->mentor();
		$mentee = $this->mentee();
		$this->kill_at( self::insert_into( Schema::matches_table() ) );

		$this->assertSame( 'The worker died here.', $this->kill_message( fn () => ( new MatchService() )->start( $mentee, $mentor, 'coordinator', 1 ) ) );

		$this->revive();
		$this->assertSame( 0, $this->count_of( $mentor ), 'the place taken a statement earlier is free again' );
		$this->assertNull( ( new MentoringState() )->of( $mentee )['mentee']['match'] );
		$this->assertSame( array(), $this->sent_mail );
		$this->assertSame( 1, Transaction::depth(), 'only the test’s own transaction is open' );
		$this->assertIsInt( ( new MatchService() )->start( $mentee, $mentor, 'coordinator', 1 ), 'and the start works when tried again' );
		$this->assertSame( 1, $this->count_of( $mentor ) );
	}

	public function test_a_start_killed_while_writing_its_audit_entry_leaves_no_match_behind(): void {
		$mentor = $this->mentor();
		$mentee = $this->mentee();
		$this->kill_at( self::insert_into( Schema::events_table() ) );

		$this->assertSame( 'The worker died here.', $this->kill_message( fn () => ( new MatchService() )->start( $mentee, $mentor, 'coordinator', 1 ) ) );

		$this->revive();
		$this->assertSame( 0, $this->count_of( $mentor ) );
		$this->assertSame( array( array(), 0 ), ( new MatchService() )->list( array( 'mentee' => $mentee ), 1, 10 ), 'no match without its audit entry' );
		$this->assertSame( array(), $this->sent_mail );
	}

	public function test_an_ending_killed_while_finding_the_next_mentor_leaves_the_mentee_with_their_mentor(): void {
		$first  = $this->mentor();
		$second = $this->mentor();
		$mentee = $this->mentee();
		$match  = $this->active( $mentee, $first );
		// The match is ended and the first place freed; the worker dies as the next mentor's match is written.
		$this->kill_at( self::insert_into( Schema::matches_table() ) );

		$response = $this->kill_message( fn () => $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'mentee_wants_other' ), $mentee ) );

		$this->assertSame( 'The worker died here.', $response );
		$this->revive();
		$this->assertSame( 'active', ( new MatchService() )->find( $match )->status, 'not orphaned: the match still runs' );
		$this->assertSame( array( 1, 0 ), array( $this->count_of( $first ), $this->count_of( $second ) ), 'no counter off by one' );
		$this->assertSame( array( 'started' ), $this->audit( $match ), 'no ending recorded for an ending that did not happen' );
		$this->assertNull( ( new MentoringState() )->queue_position( $mentee ), 'and no place in the queue either' );
		$this->assertSame( array(), $this->sent_mail );

		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'mentee_wants_other' ), $mentee )->get_status(), 'tried again, it works' );
		$this->assertSame( array( 0, 1 ), array( $this->count_of( $first ), $this->count_of( $second ) ) );
		$this->assertSame( array( 'started', 'ended' ), $this->audit( $match ), 'one ending, recorded once' );
	}

	public function test_a_move_killed_halfway_leaves_the_mentee_with_their_mentor(): void {
		$first       = $this->mentor();
		$second      = $this->mentor();
		$mentee      = $this->mentee();
		$match       = $this->active( $mentee, $first );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->kill_at( self::insert_into( Schema::matches_table() ) );

		$killed = $this->kill_message(
			fn () => $this->rest(
				'POST',
				"/wayfinder/v1/matches/{$match}/reassign",
				array(
					'mentor' => $second,
					'reason' => 'other',
				),
				$coordinator
			)
		);

		$this->assertSame( 'The worker died here.', $killed );
		$this->revive();
		$this->assertSame( 'active', ( new MatchService() )->find( $match )->status );
		$this->assertSame( array( 1, 0 ), array( $this->count_of( $first ), $this->count_of( $second ) ) );
		$this->assertSame( array( 'started' ), $this->audit( $match ) );
		$this->assertSame( array(), $this->sent_mail );
	}

	public function test_a_board_commit_killed_at_the_second_pair_saves_no_pair(): void {
		$mentor      = $this->mentor();
		$mentees     = array( $this->mentee(), $this->mentee() );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->kill_at( self::insert_into( Schema::matches_table() ), 2 );

		$killed = $this->kill_message(
			fn () => $this->rest(
				'POST',
				'/wayfinder/v1/board/commit',
				array(
					'pairs' => array(
						array(
							'mentee' => $mentees[0],
							'mentor' => $mentor,
						),
						array(
							'mentee' => $mentees[1],
							'mentor' => $mentor,
						),
					),
				),
				$coordinator
			)
		);

		$this->assertSame( 'The worker died here.', $killed );
		$this->revive();
		$this->assertSame( 0, $this->count_of( $mentor ) );
		$this->assertSame( 0, ( new MatchService() )->list( array( 'mentor' => $mentor ), 1, 10 )[1], 'never half saved' );
		$this->assertSame( array(), $this->sent_mail, 'nobody was told of a proposal that was undone' );
	}

	public function test_the_retirement_batch_killed_midway_resumes_on_its_next_run_and_running_twice_doubles_nothing(): void {
		$leaving                = $this->mentor( 5 );
		$other                  = $this->mentor( 5 );
		$mentees                = array( $this->mentee(), $this->mentee(), $this->mentee() );
		$matches                = array_map( fn ( int $mentee ): int => $this->active( $mentee, $leaving ), $mentees );
		$profile                = ( new ProfileRepository() )->find( $leaving );
		$profile->mentor_status = 'retired';
		( new ProfileRepository() )->save( $profile );
		// WP-Cron takes the event off the schedule before it runs it.
		wp_clear_scheduled_hook( Reassigner::HOOK, array( $leaving ) );
		// The second mentee's new match is where the worker dies.
		$this->kill_at( self::insert_into( Schema::matches_table() ), 2 );

		$this->assertSame( 'The worker died here.', $this->kill_message( fn () => ( new Reassigner() )->reassign_from( $leaving ) ) );

		$this->revive();
		$this->assertNotFalse( wp_next_scheduled( Reassigner::HOOK, array( $leaving ) ), 'the next run was scheduled before the work began' );
		$this->assertSame( array( 'ended', 'active', 'active' ), array_map( fn ( int $id ): string => ( new MatchService() )->find( $id )->status, $matches ), 'the first moved; the others still have their mentor' );
		$this->assertSame( $other, ( new MentoringState() )->of( $mentees[0] )['mentee']['mentor']['id'] );
		$this->assertSame( array( 2, 1 ), array( $this->count_of( $leaving ), $this->count_of( $other ) ) );

		wp_clear_scheduled_hook( Reassigner::HOOK, array( $leaving ) );
		$this->assertSame( 2, ( new Reassigner() )->reassign_from( $leaving ), 'the next run moves the rest' );
		$this->assertSame( 0, ( new Reassigner() )->reassign_from( $leaving ), 'running again moves nobody twice' );

		$this->assertFalse( wp_next_scheduled( Reassigner::HOOK, array( $leaving ) ), 'nobody left: no next run' );
		$this->assertSame( array( 0, 3 ), array( $this->count_of( $leaving ), $this->count_of( $other ) ) );
		foreach ( $mentees as $i => $mentee ) {
			$this->assertSame( $other, ( new MentoringState() )->of( $mentee )['mentee']['mentor']['id'], 'nobody orphaned' );
			$this->assertSame( array( 'started', 'ended' ), $this->audit( $matches[ $i ] ), 'each ending recorded exactly once' );
		}
		$about = array_count_values( array_column( $this->sent_mail, 'subject' ) );
		$this->assertSame( 3, $about['About your mentor'], 'each mentee told once' );
	}

	public function test_the_hourly_repair_puts_each_mentors_count_back_to_their_open_matches(): void {
		$mentor = $this->mentor( 5 );
		$idle   = $this->mentor( 5 );
		$this->active( $this->mentee(), $mentor );
		$this->active( $this->mentee(), $mentor );
		// What a killed worker left behind before matches were transactions: one too many, one too few.
		( new ProfileRepository() )->recount( $mentor, 3 );
		( new ProfileRepository() )->recount( $idle, 1 );

		do_action( Cron::HOURLY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- it is wayfinder_expire_requests.

		$this->assertSame( array( 2, 0 ), array( $this->count_of( $mentor ), $this->count_of( $idle ) ) );
		$this->assertSame( array(), ( new MatchService() )->repair_counts(), 'running again finds nothing to repair' );
	}
}
