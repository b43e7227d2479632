<?php
/**
 * `wp wayfinder cohort close`, run for real: closes a running cohort as the hourly tick does, asks
 * first unless --yes, and refuses what cannot be closed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cli;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortEnding;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Graduation\CohortClosing;
use Wayfinder\Graduation\Events\CohortClosed;

final class CohortCloseCommandTest extends CliTestCase {

	/** @return array<string, int> */
	public static function a_running_cohort(): array {
		$cohort = self::cohort( array(), 'Summer cohort' );
		( new Enrolment() )->enrol( $cohort, self::person( 'ines' ), CohortMember::MENTEE, Cohort::ONE_TO_ONE, 1 );
		return array( 'cohort' => $cohort );
	}

	/** @return array<string, int> */
	public static function an_open_cohort(): array {
		return array( 'cohort' => self::cohort( array( CohortPostType::STAGE => Cohort::OPEN ), 'Autumn cohort' ) );
	}

	/**
	 * @param array<string, int> $given
	 * @return array<string, mixed>
	 */
	public static function the_cohort( array $given ): array {
		return array(
			'stage'    => CohortPostType::find( $given['cohort'] )->stage,
			'to_tell'  => (bool) get_post_meta( $given['cohort'], CohortClosing::TO_TELL, true ),
			'ended_on' => CohortEnding::ended_on( $given['cohort'] ),
			'closed'   => did_action( CohortClosed::HOOK ),
			'today'    => wp_date( 'Y-m-d' ),
		);
	}

	public function test_closing_with_yes_finishes_the_cohort_early_and_marks_its_people_to_be_told(): void {
		$run = $this->wp( array( 'wayfinder', 'cohort', 'close', '{cohort}', '--yes' ), 'a_running_cohort', 'the_cohort' );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertStringContainsString( 'Success: Summer cohort is finished.', $run->stdout );
		$this->assertSame( Cohort::FINISHED, $run->after['stage'] );
		$this->assertTrue( $run->after['to_tell'], 'its people hear how it ended on the next ticks' );
		$this->assertSame( 1, $run->after['closed'], 'CohortClosed, as when the tick closes it' );
		$this->assertSame( $run->after['today'], $run->after['ended_on'], 'closed before its end date, it ended today' );
	}

	public function test_without_yes_it_asks_and_a_no_changes_nothing(): void {
		$run = $this->wp( array( 'wayfinder', 'cohort', 'close', '{cohort}' ), 'a_running_cohort', 'the_cohort', "n\n" );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertStringContainsString( 'Close Summer cohort (1 mentees, 0 mentors)?', $run->stdout );
		$this->assertStringContainsString( 'it finishes early, today', $run->stdout );
		$this->assertSame( Cohort::RUNNING, $run->after['stage'] );
		$this->assertSame( 0, $run->after['closed'] );
	}

	public function test_a_cohort_that_is_not_running_is_refused_with_its_stage(): void {
		$run = $this->wp( array( 'wayfinder', 'cohort', 'close', '{cohort}', '--yes' ), 'an_open_cohort', 'the_cohort' );
		$this->assertSame( 1, $run->code, $run->output() );
		$this->assertStringContainsString( 'Only a running cohort can be closed, and Autumn cohort is at the stage "Open for applications".', $run->stderr );
		$this->assertSame( Cohort::OPEN, $run->after['stage'] );
	}

	public function test_a_cohort_that_does_not_exist_is_refused(): void {
		$run = $this->wp( array( 'wayfinder', 'cohort', 'close', '987654', '--yes' ) );
		$this->assertSame( 1, $run->code );
		$this->assertStringContainsString( 'There is no cohort 987654. `wp wayfinder cohort list` shows them.', $run->stderr );
	}
}
