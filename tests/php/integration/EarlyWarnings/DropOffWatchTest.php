<?php
/**
 * Drop-off detection: the hourly watch raises a warning on a running cohort's mentee who missed a
 * session, left a check-in unanswered for three days, or was quiet for the settings' days; each is
 * nudged once by email (a second tick changes nothing), and the warning goes once the reason does.
 * Coordinators see a warning on the Overview's list once the nudge had two days, a failed fit check
 * at once; nobody else sees the list.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\EarlyWarnings;

use Wayfinder\CheckIns\CheckInRepository;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\EarlyWarning;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\EarlyWarnings\DropOffWatch;
use Wayfinder\Platform\Settings;
use Wayfinder\Sessions\AttendanceRepository;
use Wayfinder\Sessions\Session;
use Wayfinder\Sessions\SessionRepository;
use Wayfinder\Tests\Integration\TestCase;

final class DropOffWatchTest extends TestCase {

	private int $coordinator;

	private int $cohort;

	/** @var int Eight days after everyone took their place: a week of quiet is over. */
	private int $later;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->later       = time() + 8 * DAY_IN_SECONDS;
		$this->cohort      = $this->post_cohort(
			$this->coordinator,
			array(
				CohortPostType::START_DATE    => gmdate( 'Y-m-d', time() - 2 * DAY_IN_SECONDS ),
				CohortPostType::END_DATE      => gmdate( 'Y-m-d', time() + 25 * DAY_IN_SECONDS ),
				CohortPostType::STAGE         => Cohort::RUNNING,
				CohortPostType::SEATS         => 10,
				CohortPostType::MENTOR_PLACES => 2,
				CohortPostType::MODES         => Cohort::MODES,
			),
			'Winter cohort'
		);
		update_option( Settings::QUIET_DAYS, 7 );
	}

	private function mentee( string $login ): int {
		$user = $this->make_user( 'subscriber', $login );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $user, CohortMember::MENTEE, Cohort::GROUP_ONLY, $this->coordinator ) );
		return $user;
	}

	private function warning_of( int $user ): string {
		return ( new CohortMemberRepository() )->watch_rows( $this->cohort )[ array_search( $user, array_column( ( new CohortMemberRepository() )->watch_rows( $this->cohort ), 'user_id' ), true ) ]['warning'];
	}

	public function test_the_watch_raises_each_kind_of_warning_once_and_clears_it_when_the_reason_is_gone(): void {
		$members = new CohortMemberRepository();
		$active  = $this->mentee( 'active' );
		$quiet   = $this->mentee( 'quiet' );
		$absent  = $this->mentee( 'absent' );
		$silent  = $this->mentee( 'silent' );
		foreach ( array( $active, $absent, $silent ) as $busy ) {
			$this->assertTrue( $members->touch( $this->cohort, $busy, $this->later - DAY_IN_SECONDS ) );
		}
		$session = ( new SessionRepository() )->add(
			array(
				'cohort_id'  => $this->cohort,
				'kind'       => Session::GROUP,
				'mentor_id'  => 0,
				'mentee_id'  => null,
				'starts'     => $this->later - 2 * DAY_IN_SECONDS,
				'minutes'    => 60,
				'title'      => 'Kick-off',
				'location'   => '',
				'agenda'     => '',
				'created_by' => $this->coordinator,
			)
		);
		$this->assertInstanceOf( Session::class, $session );
		$this->assertTrue( ( new AttendanceRepository() )->record( $session, $absent, AttendanceRepository::MISSED, $this->coordinator, $this->later ) );
		$this->assertNotNull( ( new CheckInRepository() )->ask( $this->cohort, $silent, 1, gmdate( 'Y-m-d H:i:s', $this->later - 4 * DAY_IN_SECONDS ) ) );

		$this->assertSame( 3, ( new DropOffWatch() )->run( $this->later ) );

		$this->assertSame( '', $this->warning_of( $active ) );
		$this->assertSame( EarlyWarning::QUIET, $this->warning_of( $quiet ) );
		$this->assertSame( EarlyWarning::MISSED_SESSION, $this->warning_of( $absent ) );
		$this->assertSame( EarlyWarning::UNANSWERED_CHECKIN, $this->warning_of( $silent ) );
		$nudges = array_column( $this->sent_mail, 'subject', 'to' );
		$this->assertCount( 3, $this->sent_mail, 'one nudge each' );
		$this->assertSame( '[Winter cohort] How is it going?', $nudges[ get_userdata( $quiet )->user_email ] );
		$bodies = array_column( $this->sent_mail, 'message', 'to' );
		$this->assertStringContainsString( 'We missed you at a session', $bodies[ get_userdata( $absent )->user_email ] );
		$this->assertStringContainsString( 'Your weekly check-in is still waiting for you', $bodies[ get_userdata( $silent )->user_email ] );

		$this->assertSame( 0, ( new DropOffWatch() )->run( $this->later + HOUR_IN_SECONDS ), 'a second tick nudges nobody again' );
		$this->assertCount( 3, $this->sent_mail );

		$this->assertTrue( $members->touch( $this->cohort, $quiet, $this->later + HOUR_IN_SECONDS ) );
		( new DropOffWatch() )->run( $this->later + 2 * HOUR_IN_SECONDS );
		$this->assertSame( '', $this->warning_of( $quiet ), 'back: the warning goes' );
	}

	public function test_nobody_is_quiet_before_the_cohort_started_or_in_a_cohort_that_is_not_running(): void {
		$quiet = $this->mentee( 'quiet' );
		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::FINISHED );
		$this->assertSame( 0, ( new DropOffWatch() )->run( $this->later ) );
		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::RUNNING );
		update_post_meta( $this->cohort, CohortPostType::START_DATE, gmdate( 'Y-m-d', $this->later - 3 * DAY_IN_SECONDS ) );
		$this->assertSame( 0, ( new DropOffWatch() )->run( $this->later ), 'the first day counts as activity' );
		$this->assertSame( '', $this->warning_of( $quiet ) );
	}

	public function test_the_overview_lists_a_warning_after_the_nudge_had_its_time_and_a_failed_fit_check_at_once(): void {
		$members = new CohortMemberRepository();
		$old     = $this->mentee( 'old-news' );
		$fresh   = $this->mentee( 'fresh' );
		$unfit   = $this->mentee( 'unfit' );
		$this->assertTrue( $members->raise_warning( $this->cohort, $old, EarlyWarning::QUIET, time() - 3 * DAY_IN_SECONDS ) );
		$this->assertTrue( $members->raise_warning( $this->cohort, $fresh, EarlyWarning::QUIET, time() - HOUR_IN_SECONDS ) );
		$this->assertTrue( $members->raise_warning( $this->cohort, $unfit, EarlyWarning::FIT_CHECK, time() ) );
		$this->assertFalse( $members->raise_warning( $this->cohort, $old, EarlyWarning::MISSED_SESSION, time() ), 'a raised warning is raised once' );

		$response = $this->rest( 'GET', '/wayfinder/v1/cohorts/warnings', array(), $this->coordinator );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( $old, $unfit ), array_column( $response->get_data(), 'user' ) );
		$this->assertSame( 'Winter cohort', $response->get_data()[0]['cohort_name'] );
		$this->assertSame( 'Quiet: no session, check-in or other activity for a while.', $response->get_data()[0]['warning_label'] );
		$this->assertSame( '2', $response->get_headers()['X-WP-Total'] );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/cohorts/warnings', array(), $this->make_user( 'wayfinder_mentor' ) )->get_status() );
		$this->assertSame( 401, $this->rest( 'GET', '/wayfinder/v1/cohorts/warnings' )->get_status() );
	}

	public function test_a_closed_check_in_raises_nothing_and_a_finished_cohort_shows_nothing_on_the_overview(): void {
		$members = new CohortMemberRepository();
		$late    = $this->mentee( 'late' );
		$this->assertTrue( $members->touch( $this->cohort, $late, $this->later - DAY_IN_SECONDS ) );
		$this->assertNotNull( ( new CheckInRepository() )->ask( $this->cohort, $late, 1, gmdate( 'Y-m-d H:i:s', $this->later - 20 * DAY_IN_SECONDS ) ) );
		$this->assertSame( 0, ( new DropOffWatch() )->run( $this->later ), 'a check-in closed to answers cannot be put right: no warning for it' );

		$this->assertTrue( $members->raise_warning( $this->cohort, $late, EarlyWarning::QUIET, time() - 3 * DAY_IN_SECONDS ) );
		$this->assertCount( 1, $this->rest( 'GET', '/wayfinder/v1/cohorts/warnings', array(), $this->coordinator )->get_data() );
		update_post_meta( $this->cohort, CohortPostType::STAGE, Cohort::FINISHED );
		$this->assertSame( array(), $this->rest( 'GET', '/wayfinder/v1/cohorts/warnings', array(), $this->coordinator )->get_data(), 'a finished cohort needs nobody now' );
	}

	public function test_a_pair_that_ends_leaves_no_warning_that_it_is_not_working(): void {
		$mentor = $this->make_user( 'wayfinder_mentor', 'mentor' );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $mentor, CohortMember::MENTOR, '', $this->coordinator ) );
		$mentee = $this->make_user( 'subscriber', 'paired' );
		$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $mentee, CohortMember::MENTEE, Cohort::ONE_TO_ONE, $this->coordinator ) );
		$match = ( new \Wayfinder\Mentorship\MatchService() )->start( $mentee, $mentor, 'cohort', $this->coordinator, 'active', $this->cohort );
		$this->assertIsInt( $match );
		$this->assertTrue( ( new CohortMemberRepository() )->raise_warning( $this->cohort, $mentee, EarlyWarning::FIT_CHECK, time() ) );

		$this->assertTrue( ( new \Wayfinder\Mentorship\MatchService() )->end( $match, 'other', $this->coordinator ) );

		$this->assertSame( '', $this->warning_of( $mentee ) );
	}
}
