<?php
/**
 * Closing a cohort on the hourly tick: a running cohort past its last day (in the site's time zone)
 * becomes finished once, with CohortClosed; then each person is told once how it ended — graduated,
 * still working (their match stays open), withdrawn; mentors a summary — at most a batch a tick, and
 * a second run tells nobody again.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Graduation;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Graduation\CohortClosing;
use Wayfinder\Graduation\Events\CohortClosed;
use Wayfinder\Graduation\GraduationRule;
use Wayfinder\Graduation\GraduationService;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Tests\Integration\TestCase;
use Wayfinder\Tests\Integration\Training\CohortWorkFixture;

final class CohortClosingTest extends TestCase {

	use CohortWorkFixture;

	private int $closed = 0;

	private \Closure $listener;

	protected function setUp(): void {
		parent::setUp();
		$this->make_cohort_work();
		$this->listener = function ( CohortClosed $event ): void {
			$this->assertSame( Cohort::RUNNING, $event->cohort->stage, 'the cohort as it was' );
			++$this->closed;
		};
		add_action( CohortClosed::HOOK, $this->listener );
	}

	protected function tearDown(): void {
		remove_action( CohortClosed::HOOK, $this->listener );
		parent::tearDown();
	}

	private static function moment( string $when ): int {
		return (int) strtotime( $when . ' UTC' );
	}

	private function stage(): string {
		return CohortPostType::find( $this->cohort )->stage;
	}

	/** @return array<string, string> Address => subject. */
	private function mail(): array {
		return array_column( $this->sent_mail, 'subject', 'to' );
	}

	public function test_a_running_cohort_closes_once_the_day_after_its_last_day_in_the_sites_time_zone(): void {
		$closing = new CohortClosing();
		update_option( 'timezone_string', 'Pacific/Auckland' );
		$this->assertSame( 0, $closing->close_due( self::moment( '2027-04-11 10:59' ) ), 'still the 11th in Auckland' );
		$this->assertSame( Cohort::RUNNING, $this->stage() );
		$this->assertSame( 1, $closing->close_due( self::moment( '2027-04-11 12:30' ) ), 'the 12th in Auckland' );
		$this->assertSame( Cohort::FINISHED, $this->stage() );
		$this->assertSame( 0, $closing->close_due( self::moment( '2027-04-12 12:30' ) ), 'once' );
		$this->assertSame( 1, $this->closed );
		$other = $this->make_cohort( Cohort::OPEN, '2027-03-15', '2027-04-11' );
		$closing->close_due( self::moment( '2027-05-01 12:00' ) );
		$this->assertSame( Cohort::OPEN, CohortPostType::find( $other )->stage, 'only running cohorts close' );
	}

	public function test_each_person_is_told_once_how_it_ended_and_the_still_working_match_stays_open(): void {
		update_post_meta( $this->cohort, GraduationRule::META, array( 'contributions' => 0 ) + GraduationRule::DEFAULTS );
		$yuki = $this->people['yuki'];
		$ana  = $this->people['ana'];
		$leo  = $this->make_user( 'subscriber', 'leo' );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $leo, CohortMember::MENTEE, Cohort::ONE_TO_ONE, $this->people['chidi'] ) );
		$this->assertNotInstanceOf( \WP_Error::class, ( new Enrolment() )->withdraw( $this->cohort, $leo, $this->people['chidi'] ) );
		$this->assertIsArray( ( new GraduationService() )->confirm( $this->cohort, $yuki, 'Early graduate.', $this->people['chidi'], time() ) );
		$this->sent_mail = array();

		$closing = new CohortClosing();
		$this->assertSame(
			array(
				'closed' => 1,
				'told'   => 5,
			),
			$closing->run( self::moment( '2027-04-12 09:00' ) )
		);
		$mail = $this->mail();
		$this->assertSame( 'Spring cohort has ended: congratulations, graduate!', $mail['yuki@example.org'] );
		$this->assertSame( 'Spring cohort has ended: you can carry on', $mail['ana@example.org'] );
		$this->assertSame( 'Spring cohort has ended', $mail['leo@example.org'] );
		$this->assertSame( 'Spring cohort has ended: how your mentees did', $mail['anna@example.org'] );
		$this->assertSame( 'Spring cohort has ended: how your mentees did', $mail['otto@example.org'] );
		$bodies = array_column( $this->sent_mail, 'message', 'to' );
		$this->assertStringContainsString( 'Your mentorship with otto stays open', $bodies['ana@example.org'] );
		$this->assertStringContainsString( 'Still to do: 0 of 2 1:1 sessions attended', $bodies['ana@example.org'] );
		$this->assertStringContainsString( 'The door stays open', $bodies['leo@example.org'] );
		$this->assertStringContainsString( 'yuki graduated.', $bodies['anna@example.org'] );
		$this->assertStringContainsString( 'ana is still working', $bodies['otto@example.org'] );
		$this->assertCount( 5, $this->sent_mail, 'one email each' );

		$this->sent_mail = array();
		$this->assertSame(
			array(
				'closed' => 0,
				'told'   => 0,
			),
			$closing->run( self::moment( '2027-04-12 10:00' ) )
		);
		$this->assertSame( array(), $this->sent_mail, 'safe to run twice' );
		$match = ( new MatchRepository() )->open_for_mentee( $ana );
		$this->assertNotNull( $match, 'the still-working mentee keeps her mentor' );
		$this->assertSame( $this->cohort, $match->cohort_id );
	}

	public function test_people_are_told_in_batches(): void {
		update_post_meta( $this->cohort, CohortPostType::SEATS, 100 );
		for ( $n = 0; $n < CohortClosing::BATCH; $n++ ) {
			$user = $this->make_user( 'subscriber', 'batch-' . $n );
			$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $user, CohortMember::MENTEE, Cohort::ONE_TO_ONE, $this->people['chidi'] ) );
		}
		$this->sent_mail = array();
		$closing         = new CohortClosing();
		$first           = $closing->run( self::moment( '2027-04-12 09:00' ) );
		$this->assertSame( CohortClosing::BATCH, $first['told'] );
		$this->assertCount( CohortClosing::BATCH, $this->sent_mail );
		$this->assertSame( 4, $closing->tell( self::moment( '2027-04-12 10:00' ) ), 'the rest: 2 mentees and 2 mentors' );
		$this->assertSame( 0, $closing->tell( self::moment( '2027-04-12 11:00' ) ) );
		$this->assertCount( CohortClosing::BATCH + 4, array_unique( array_column( $this->sent_mail, 'to' ) ), 'everyone once' );
		$this->assertSame( '', get_post_meta( $this->cohort, CohortClosing::TO_TELL, true ), 'nothing left to tell' );
	}
}
