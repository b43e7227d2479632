<?php
/**
 * `wp wayfinder counters recompute`, run for real: every kept counter that drifted from what it
 * counts is put right and named; a second run finds nothing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cli;

use Wayfinder\Cli\KeptCounters;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Directory\MentorCounts;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\ProfileRepository;

final class CountersCommandTest extends CliTestCase {

	/** @return array<string, int> */
	public static function counters_that_drifted(): array {
		global $wpdb;
		$cohort = self::cohort( array(), 'Spring cohort' );
		$mentor = self::person( 'mia', 'wayfinder_mentor', 'Mia Mentor' );
		$ana    = self::person( 'ana', 'subscriber', 'Ana Lima' );
		$waits  = self::person( 'wendy', 'subscriber', 'Wendy Waits' );
		( new Enrolment() )->enrol( $cohort, $ana, CohortMember::MENTEE, Cohort::ONE_TO_ONE, 1 );
		( new MatchService() )->start( $ana, $mentor, 'cohort', 1, 'active', $cohort );
		( new RequestService() )->create( array( 'type' => 'mentee_request' ), $waits );
		// What a crash halfway, or a bulk import past the services, leaves behind:
		( new ProfileRepository() )->recount( $mentor, 4 );
		( new CohortMemberRepository() )->set_taken( $cohort, CohortMember::MENTEE, 7 );
		( new CohortMemberRepository() )->set_progress( $cohort, $ana, 'training_done', 3 );
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::profiles_table() . ' SET waiting_since = NULL WHERE user_id = %d', $waits ) ); // phpcs:ignore WordPress.DB -- the fixture breaks a kept value on purpose.
		update_option(
			MentorCounts::OPTION,
			array(
				'quarter' => intdiv( time(), 900 ),
				'counts'  => array( 'all' => 99 ),
			)
		);
		return array(
			'cohort' => $cohort,
			'mentor' => $mentor,
			'ana'    => $ana,
			'waits'  => $waits,
		);
	}

	/**
	 * @param array<string, int> $given
	 * @return array<string, mixed>
	 */
	public static function the_counters( array $given ): array {
		$members = new CohortMemberRepository();
		$row     = $members->progress_page( $given['cohort'], 'name', false, 1, 10 )[0];
		return array(
			'mentor_count' => ( new ProfileRepository() )->stored_counts()[ $given['mentor'] ] ?? null,
			'taken'        => $members->enrolled( $given['cohort'] )[ CohortMember::MENTEE ],
			'training'     => (int) $row['training_done'],
			'waiting'      => null !== ( new ProfileRepository() )->find( $given['waits'] ) && null !== self::waiting_since( $given['waits'] ),
			'kept_counts'  => get_option( MentorCounts::OPTION ),
			'again'        => ( new KeptCounters() )->recompute(),
		);
	}

	private static function waiting_since( int $user_id ): ?string {
		global $wpdb;
		return $wpdb->get_var( $wpdb->prepare( 'SELECT waiting_since FROM ' . Schema::profiles_table() . ' WHERE user_id = %d', $user_id ) ); // phpcs:ignore WordPress.DB -- reads the kept value the test broke.
	}

	public function test_every_drifted_counter_is_put_right_and_named_and_a_second_run_changes_nothing(): void {
		$run = $this->wp( array( 'wayfinder', 'counters', 'recompute' ), 'counters_that_drifted', 'the_counters' );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertStringContainsString( 'Open matches of Mia Mentor: 4 kept, 1 real.', $run->stdout );
		$this->assertStringContainsString( 'Places taken in Spring cohort, mentees: 7 kept, 1 real.', $run->stdout );
		$this->assertStringContainsString( 'Ana Lima in Spring cohort, training done: 3 kept, 0 real.', $run->stdout );
		$this->assertStringContainsString( 'The standing as mentee (matched, or waiting since when) of 1 person was corrected.', $run->stdout );
		$this->assertStringContainsString( 'The mentor directory\'s kept counts were dropped', $run->stdout );
		$this->assertStringContainsString( 'Success: Corrected 5 kept counters.', $run->stdout );
		$this->assertSame( 1, $run->after['mentor_count'] );
		$this->assertSame( 1, $run->after['taken'] );
		$this->assertSame( 0, $run->after['training'] );
		$this->assertTrue( $run->after['waiting'] );
		$this->assertFalse( $run->after['kept_counts'] );
		$this->assertSame(
			array(
				'changes' => array(),
				'refused' => array(),
			),
			$run->after['again'],
			'safe twice: the second run finds nothing to change'
		);
	}

	public function test_a_program_whose_counters_are_right_is_left_as_it_is(): void {
		$run = $this->wp( array( 'wayfinder', 'counters', 'recompute' ) );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertSame( "Success: Every kept counter was right: nothing changed.\n", $run->stdout );
	}

	public function test_an_unknown_subcommand_is_refused_with_the_ones_there_are(): void {
		$run = $this->wp( array( 'wayfinder', 'counters', 'reset' ) );
		$this->assertSame( 1, $run->code );
		$this->assertStringContainsString( "'reset' is not a registered subcommand of 'wayfinder counters'", $run->stderr );
	}
}
