<?php
/**
 * `wp wayfinder health`, run for real: the program's figures on one screen, and as JSON.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cli;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\EarlyWarning;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Mentorship\RequestService;

final class HealthCommandTest extends CliTestCase {

	/** @return array<string, int> */
	public static function a_program_with_things_to_do(): array {
		$early = self::person( 'early-bird', 'subscriber', 'Early Bird' );
		$late  = self::person( 'late-comer' );
		( new RequestService() )->create( array( 'type' => 'mentee_request' ), $early );
		( new RequestService() )->create( array( 'type' => 'mentee_request' ), $late );
		$cohort  = self::cohort();
		$members = new CohortMemberRepository();
		$quiet   = self::person( 'quiet-one' );
		$unfit   = self::person( 'unfit-one' );
		$fresh   = self::person( 'fresh-one' );
		foreach ( array( $quiet, $unfit, $fresh ) as $mentee ) {
			$members->add( $cohort, $mentee, CohortMember::MENTEE, Cohort::ONE_TO_ONE, 1 );
		}
		$members->raise_warning( $cohort, $quiet, EarlyWarning::QUIET, time() - 3 * DAY_IN_SECONDS );
		$members->raise_warning( $cohort, $unfit, EarlyWarning::FIT_CHECK, time() );
		$members->raise_warning( $cohort, $fresh, EarlyWarning::QUIET, time() - HOUR_IN_SECONDS ); // Still the nudge's time.
		$handoffs = new HandoffRepository();
		foreach ( array(
			$quiet => 30,
			$unfit => 1,
		) as $mentee => $days_ago ) {
			$handoffs->choose( $mentee, $cohort, 'polyglots', time() );
			$handoff = $handoffs->find_for( $mentee, $cohort );
			$handoffs->update(
				$handoff->id,
				array(
					'status'  => Handoff::WAITING,
					'sent_at' => gmdate( 'Y-m-d H:i:s', time() - $days_ago * DAY_IN_SECONDS ),
				),
				time(),
				Handoff::CHOSEN
			);
		}
		self::cohort( array( \Wayfinder\Cohorts\CohortPostType::STAGE => Cohort::OPEN ), 'Autumn cohort' );
		return array( 'cohort' => $cohort );
	}

	public function test_the_summary_counts_who_waits_quiet_pairs_hand_offs_and_cohorts(): void {
		$run = $this->wp( array( 'wayfinder', 'health', '--format=json' ), 'a_program_with_things_to_do' );
		$this->assertSame( 0, $run->code, $run->output() );
		$figures = json_decode( $run->stdout, true );
		$this->assertIsArray( $figures, $run->output() );
		$this->assertSame( 2, $figures['waiting']['count'] );
		$this->assertSame( 'Early Bird', $figures['waiting']['longest']['name'], 'the longest wait is the first request' );
		$this->assertSame( 2, $figures['warnings']['total'], 'a warning still in its nudge time is not counted' );
		$this->assertSame( 1, $figures['warnings']['quiet'] );
		$this->assertSame( 1, $figures['warnings']['fit_check'] );
		$this->assertSame(
			array(
				'waiting' => 2,
				'overdue' => 1,
			),
			$figures['handoffs']
		);
		$this->assertSame(
			array(
				'running' => 1,
				'open'    => 1,
			),
			$figures['cohorts']
		);
		$this->assertSame(
			array(
				'screening' => 0,
				'review'    => 0,
			),
			$figures['applications']
		);
	}

	public function test_the_table_says_each_figure_in_words(): void {
		$run = $this->wp( array( 'wayfinder', 'health' ), 'a_program_with_things_to_do' );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertStringContainsString( 'Waiting for a mentor', $run->stdout );
		$this->assertStringContainsString( 'The longest wait: Early Bird', $run->stdout );
		$this->assertStringContainsString( 'Quiet pairs: 1.', $run->stdout );
		$this->assertStringContainsString( 'Overdue (waiting 7 days or more): 1.', $run->stdout );
		$this->assertSame( '', $run->stderr );
	}

	public function test_an_unknown_format_is_refused_with_the_formats_there_are(): void {
		$run = $this->wp( array( 'wayfinder', 'health', '--format=xml' ) );
		$this->assertSame( 1, $run->code );
		$this->assertStringContainsString( 'Invalid value specified for \'format\'', $run->stderr );
		$this->assertStringContainsString( 'json', $run->stderr );
	}
}
