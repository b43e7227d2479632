<?php
/**
 * Attendance: recorded once a session has started, by its mentor (a 1:1, a project group), the
 * mentee's mentor (a whole-cohort session) or a coordinator — nobody else; a mentee confirms their
 * own; each change recounts the mentee's kept figures in their cohort place; missed sessions are
 * listed for the early warnings.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Sessions;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Platform\Schema;
use Wayfinder\Sessions\AttendanceRepository;
use Wayfinder\Sessions\MentorSessions;
use Wayfinder\Sessions\Session;
use Wayfinder\Sessions\SessionService;
use Wayfinder\Tests\Integration\TestCase;

final class AttendanceTest extends TestCase {

	private int $coordinator;
	private int $cohort;
	/** @var array<string, int> */
	private array $people = array();

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'chidi' );
		$this->cohort      = (int) wp_insert_post(
			array(
				'post_type'   => CohortPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Now cohort',
				'meta_input'  => array(
					CohortPostType::START_DATE => gmdate( 'Y-m-d', time() - 10 * DAY_IN_SECONDS ),
					CohortPostType::END_DATE   => gmdate( 'Y-m-d', time() + 20 * DAY_IN_SECONDS ),
					CohortPostType::STAGE      => Cohort::RUNNING,
				),
			)
		);
		foreach ( array(
			'anna' => array( 'wayfinder_mentor', CohortMember::MENTOR ),
			'bob'  => array( 'wayfinder_mentor', CohortMember::MENTOR ),
			'lena' => array( 'subscriber', CohortMember::MENTEE ),
			'yuki' => array( 'subscriber', CohortMember::MENTEE ),
		) as $login => list( $role, $place ) ) {
			$id = $this->make_user( $role, $login );
			$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $id, $place, CohortMember::MENTOR === $place ? '' : Cohort::ONE_TO_ONE, $this->coordinator ) );
			$this->people[ $login ] = $id;
		}
		( new MatchService() )->start( $this->people['lena'], $this->people['anna'], 'cohort', $this->coordinator, 'active', $this->cohort );
		( new MatchService() )->start( $this->people['yuki'], $this->people['bob'], 'cohort', $this->coordinator, 'active', $this->cohort );
	}

	/** A session planned two days ago that started $ago seconds ago (negative: still to come). */
	private function one_to_one( string $mentee, string $mentor, int $ago ): Session {
		$session = ( new MentorSessions() )->propose_one_to_one(
			$this->cohort,
			$this->people[ $mentee ],
			array(
				'starts'   => time() - $ago,
				'minutes'  => 60,
				'title'    => '',
				'location' => '',
				'agenda'   => '',
			),
			$this->people[ $mentor ],
			time() - 2 * DAY_IN_SECONDS
		);
		$this->assertInstanceOf( Session::class, $session );
		return $session;
	}

	/** @return array{one_to_ones_done: int, group_sessions_done: int, last_activity_at: string|null} */
	private function progress( string $mentee ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- the test reads what the code wrote.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT one_to_ones_done, group_sessions_done, last_activity_at FROM {$members} WHERE cohort_id = %d AND user_id = %d", $this->cohort, $this->people[ $mentee ] ), ARRAY_A );
		return array(
			'one_to_ones_done'    => (int) $row['one_to_ones_done'],
			'group_sessions_done' => (int) $row['group_sessions_done'],
			'last_activity_at'    => $row['last_activity_at'],
		);
	}

	public function test_attendance_is_recorded_after_the_start_by_the_sessions_mentor_and_counted_in_the_cohort_place(): void {
		$later = $this->one_to_one( 'lena', 'anna', -DAY_IN_SECONDS );
		$route = "/wayfinder/v1/sessions/{$later->id}/attendance";
		$early = $this->rest(
			'POST',
			$route,
			array(
				'mentee' => $this->people['lena'],
				'status' => 'attended',
			),
			$this->people['anna']
		);
		$this->assertSame( array( 409, 'wayfinder_session_not_started' ), array( $early->get_status(), $early->get_data()['code'] ) );

		$held  = $this->one_to_one( 'lena', 'anna', 2 * HOUR_IN_SECONDS );
		$route = "/wayfinder/v1/sessions/{$held->id}/attendance";
		$body  = array(
			'mentee' => $this->people['lena'],
			'status' => 'attended',
		);
		$this->assertSame( 403, $this->rest( 'POST', $route, $body, $this->people['bob'] )->get_status(), 'another pair\'s mentor' );
		$this->assertSame( 403, $this->rest( 'POST', $route, $body, $this->people['lena'] )->get_status(), 'a mentee records nobody\'s, not even her own' );
		$this->assertSame( 401, $this->rest( 'POST', $route, $body )->get_status() );
		$this->assertSame( 0, $this->progress( 'lena' )['one_to_ones_done'] );

		$saved = $this->rest( 'POST', $route, $body, $this->people['anna'] );
		$this->assertSame( 200, $saved->get_status(), wp_json_encode( $saved->get_data() ) );
		$this->assertSame( array( 'attended', $this->people['anna'], false ), array( $saved->get_data()['status'], $saved->get_data()['recorded_by'], $saved->get_data()['confirmed'] ) );
		$this->assertSame( 1, $this->progress( 'lena' )['one_to_ones_done'], 'written to cohort_members' );
		$this->assertSame( gmdate( 'Y-m-d H:i:s', $held->ends() ), $this->progress( 'lena' )['last_activity_at'], 'the session counts as her activity' );

		// She confirms; the mentor then records her as missing it after all: the count follows.
		$confirmed = $this->rest( 'POST', "/wayfinder/v1/sessions/{$held->id}/attendance/me", array(), $this->people['lena'] );
		$this->assertSame( 200, $confirmed->get_status() );
		$this->assertTrue( $confirmed->get_data()['confirmed'] );
		$this->assertSame( 200, $this->rest( 'POST', $route, array( 'status' => 'missed' ) + $body, $this->coordinator )->get_status(), 'a coordinator may record too' );
		$this->assertSame( 0, $this->progress( 'lena' )['one_to_ones_done'] );
		$listed = $this->rest( 'GET', $route, array(), $this->people['anna'] );
		$this->assertSame(
			array(
				'mentee'    => $this->people['lena'],
				'status'    => 'missed',
				'confirmed' => false,
			),
			array_intersect_key( $listed->get_data()[0], array_flip( array( 'mentee', 'status', 'confirmed' ) ) )
		);
		$this->assertSame( 403, $this->rest( 'GET', $route, array(), $this->people['lena'] )->get_status() );
		$stands = $this->rest( 'POST', "/wayfinder/v1/sessions/{$held->id}/attendance/me", array(), $this->people['lena'] );
		$this->assertSame( array( 409, 'wayfinder_recorded_missed' ), array( $stands->get_status(), $stands->get_data()['code'] ), 'the mentor\'s word stands' );
		$this->assertSame( 403, $this->rest( 'POST', "/wayfinder/v1/sessions/{$held->id}/attendance/me", array(), $this->people['yuki'] )->get_status(), 'someone else\'s 1:1' );

		$missed = ( new AttendanceRepository() )->missed_in_cohort( $this->cohort, gmdate( 'Y-m-d H:i:s', time() - DAY_IN_SECONDS ) );
		$this->assertSame(
			array(
				array(
					'user_id'    => $this->people['lena'],
					'session_id' => $held->id,
				),
			),
			$missed
		);
		$this->assertSame( array(), ( new AttendanceRepository() )->missed_in_cohort( $this->cohort, gmdate( 'Y-m-d H:i:s', time() ) ), 'only since the time asked' );
	}

	public function test_a_mentee_confirms_a_group_session_and_it_counts_as_a_group_session(): void {
		$group = ( new SessionService() )->schedule_group(
			$this->cohort,
			array(
				'starts'   => time() - HOUR_IN_SECONDS,
				'minutes'  => 60,
				'title'    => 'Kick-off',
				'location' => '',
				'agenda'   => '',
			),
			$this->coordinator,
			time() - DAY_IN_SECONDS
		);
		$this->assertInstanceOf( Session::class, $group );
		$mine = $this->rest( 'POST', "/wayfinder/v1/sessions/{$group->id}/attendance/me", array(), $this->people['yuki'] );
		$this->assertSame( 200, $mine->get_status(), wp_json_encode( $mine->get_data() ) );
		$this->assertSame( array( 'attended', $this->people['yuki'], true ), array( $mine->get_data()['status'], $mine->get_data()['recorded_by'], $mine->get_data()['confirmed'] ) );
		$this->assertSame( array( 0, 1 ), array( $this->progress( 'yuki' )['one_to_ones_done'], $this->progress( 'yuki' )['group_sessions_done'] ) );
		// In a whole-cohort session each mentee's own mentor records them, and no other mentor does.
		$body = array(
			'mentee' => $this->people['lena'],
			'status' => 'attended',
		);
		$this->assertSame( 403, $this->rest( 'POST', "/wayfinder/v1/sessions/{$group->id}/attendance", $body, $this->people['bob'] )->get_status() );
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/sessions/{$group->id}/attendance", $body, $this->people['anna'] )->get_status() );
		$this->assertSame( 1, $this->progress( 'lena' )['group_sessions_done'] );
		$this->assertArrayHasKey( $this->people['lena'], ( new AttendanceRepository() )->last_attended_in_cohort( $this->cohort ) );
		// Once started it can no longer be cancelled: its attendance stands.
		$this->assertInstanceOf( \WP_Error::class, ( new SessionService() )->cancel( $group->id, $this->coordinator ) );
		$this->assertSame( 1, $this->progress( 'lena' )['group_sessions_done'] );
		// A cancelled session (cancelled before it began; here straight in the table) takes no attendance.
		$this->assertTrue( ( new \Wayfinder\Sessions\SessionRepository() )->cancel( $group->id ) );
		$this->assertSame( 409, $this->rest( 'POST', "/wayfinder/v1/sessions/{$group->id}/attendance", $body, $this->people['anna'] )->get_status() );
	}

	public function test_notes_are_kept_by_the_sessions_mentor_or_a_coordinator(): void {
		$held = $this->one_to_one( 'lena', 'anna', HOUR_IN_SECONDS );
		$this->assertSame( 403, $this->rest( 'PUT', "/wayfinder/v1/sessions/{$held->id}/notes", array( 'notes' => 'Mine.' ), $this->people['bob'] )->get_status() );
		$this->assertSame( 403, $this->rest( 'PUT', "/wayfinder/v1/sessions/{$held->id}/notes", array( 'notes' => 'Mine.' ), $this->people['lena'] )->get_status() );
		$kept = $this->rest( 'PUT', "/wayfinder/v1/sessions/{$held->id}/notes", array( 'notes' => 'Picked a first ticket in Polyglots.' ), $this->people['anna'] );
		$this->assertSame( 200, $kept->get_status() );
		$this->assertSame( 'Picked a first ticket in Polyglots.', ( new \Wayfinder\Sessions\SessionRepository() )->find( $held->id )->notes );
	}
}
