<?php
/**
 * A mentor's own sessions: a 1:1 is proposed by the mentee's mentor in the cohort or a coordinator,
 * never by another mentor or the mentee; its invitation goes to its two people alone, and nobody else
 * sees it (schedule, feed, REST). Suggested times are where both people's weekly windows overlap, in
 * UTC over real dates across both daylight-saving changes of March 2027 (New York on the 14th, Berlin
 * on the 28th). A project group's session invites the leader and their group.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

// phpcs:disable WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- sabre/vobject names properties as iCalendar does (UID, DTSTART).

namespace Wayfinder\Tests\Integration\Sessions;

use Sabre\VObject\Component\VCalendar;
use Sabre\VObject\Reader;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Sessions\CalendarFeed;
use Wayfinder\Sessions\CohortSchedule;
use Wayfinder\Sessions\MentorSessions;
use Wayfinder\Sessions\MyCohortSessions;
use Wayfinder\Sessions\Session;
use Wayfinder\Sessions\SessionService;
use Wayfinder\Sessions\SuggestedTimes;
use Wayfinder\Tests\Integration\TestCase;

final class OneToOneSessionsTest extends TestCase {

	private int $coordinator;
	private int $cohort;
	/** @var array<string, int> */
	private array $people = array();

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'chidi' );
		$this->cohort      = $this->cohort( '2027-03-08', '2027-04-04' );
		$weekdays          = static fn ( string $from, string $to ): array => array_map( static fn ( int $day ): array => array( $day, $from, $to ), array( 1, 2, 3, 4, 5 ) );
		foreach ( array(
			'anna' => array( 'wayfinder_mentor', CohortMember::MENTOR, '', 'America/New_York', $weekdays( '09:00', '13:00' ) ),
			'bob'  => array( 'wayfinder_mentor', CohortMember::MENTOR, '', 'Asia/Tokyo', $weekdays( '18:00', '22:00' ) ),
			'lena' => array( 'subscriber', CohortMember::MENTEE, Cohort::ONE_TO_ONE, 'Europe/Berlin', $weekdays( '17:00', '19:00' ) ),
			'yuki' => array( 'subscriber', CohortMember::MENTEE, Cohort::ONE_TO_ONE, 'Asia/Tokyo', $weekdays( '19:00', '21:00' ) ),
			'ana'  => array( 'subscriber', CohortMember::MENTEE, Cohort::GROUP_ONLY, 'America/Sao_Paulo', array() ),
		) as $login => list( $role, $place, $mode, $zone, $windows ) ) {
			$id = $this->make_user( $role, $login );
			( new ProfileRepository() )->save( new Profile( $id, $zone, array( 'en' ), array( 'core' ), array(), $windows, '', 3 ) );
			$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $id, $place, $mode, $this->coordinator ) );
			$this->people[ $login ] = $id;
		}
		$pairs = new MatchService();
		$this->assertGreaterThan( 0, (int) $pairs->start( $this->people['lena'], $this->people['anna'], 'cohort', $this->coordinator, 'active', $this->cohort ) );
		$this->assertGreaterThan( 0, (int) $pairs->start( $this->people['yuki'], $this->people['bob'], 'cohort', $this->coordinator, 'active', $this->cohort ) );
		$this->sent_mail = array();
	}

	private function cohort( string $start, string $end ): int {
		return $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $start,
				CohortPostType::END_DATE   => $end,
				CohortPostType::MODES      => Cohort::MODES,
			)
		);
	}

	/** @return array{starts: int, minutes: int, title: string, location: string, agenda: string} */
	private static function fields( string $starts, string $title = '' ): array {
		return array(
			'starts'   => (int) strtotime( $starts ),
			'minutes'  => 45,
			'title'    => $title,
			'location' => 'https://meet.example.org/anna-lena',
			'agenda'   => 'Your first contribution.',
		);
	}

	private static function calendar( string $ics ): VCalendar {
		set_error_handler( static fn ( int $level, string $message, string $file ): bool => str_contains( $file, '/vendor/sabre/' ), E_DEPRECATED ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler
		try {
			$calendar = Reader::read( $ics );
			self::assertInstanceOf( VCalendar::class, $calendar );
			$problems = array_filter( $calendar->validate(), static fn ( array $problem ): bool => $problem['level'] >= 2 );
		} finally {
			restore_error_handler();
		}
		self::assertSame( array(), array_map( static fn ( array $problem ): string => $problem['message'], $problems ), 'valid iCalendar' );
		return $calendar;
	}

	/** @return array<string, array<string, mixed>> */
	private function mail_by_recipient(): array {
		$mail = array();
		foreach ( $this->sent_mail as $each ) {
			$mail[ is_array( $each['to'] ) ? $each['to'][0] : $each['to'] ] = $each;
		}
		return $mail;
	}

	public function test_the_mentor_proposes_a_1_1_and_only_its_two_people_are_invited_moved_and_cancelled(): void {
		$now     = (int) strtotime( '2027-03-01 00:00:00 UTC' );
		$service = new MentorSessions();
		$session = $service->propose_one_to_one( $this->cohort, $this->people['lena'], self::fields( '2027-03-11 16:00:00 UTC' ), $this->people['anna'], $now );
		$this->assertInstanceOf( Session::class, $session );
		$this->assertSame( array( Session::ONE_TO_ONE, $this->people['anna'], $this->people['lena'] ), array( $session->kind, $session->mentor_id, $session->mentee_id ) );
		$this->assertSame( '1:1: anna and lena', $session->title, 'a 1:1 without a title names its people' );
		$this->assertSame( array( $this->people['anna'], $this->people['lena'] ), ( new SessionService() )->invited( $session ) );

		$mail = $this->mail_by_recipient();
		$this->assertSame( array( 'anna@example.org', 'lena@example.org' ), array_keys( $mail ), 'the two people, never the cohort' );
		$this->assertStringContainsString( 'A 1:1 session is planned for you:', $mail['lena@example.org']['message'] );
		$this->assertStringContainsString( 'When: March 11, 2027 5:00 pm (Europe/Berlin)', $mail['lena@example.org']['message'] );
		$this->assertStringContainsString( 'When: March 11, 2027 11:00 am (America/New York)', $mail['anna@example.org']['message'] );
		$event = self::calendar( $mail['lena@example.org']['attachment_contents']['invitation.ics'] );
		$this->assertSame( 'REQUEST', (string) $event->METHOD );
		$this->assertSame( '20270311T160000Z', (string) $event->VEVENT->DTSTART );
		$this->assertSame( '20270311T164500Z', (string) $event->VEVENT->DTEND );
		$this->assertSame( array( 'mailto:lena@example.org' ), array_map( 'strval', $event->VEVENT->select( 'ATTENDEE' ) ) );
		$uid = (string) $event->VEVENT->UID;

		// The mentor moves it (their own session), then cancels it: the same event, a step further each time.
		$this->sent_mail = array();
		$this->assertInstanceOf( Session::class, ( new SessionService() )->change( $session->id, self::fields( '2027-03-12 16:00:00 UTC', $session->title ), $this->people['anna'], $now ) );
		$moved = self::calendar( $this->mail_by_recipient()['lena@example.org']['attachment_contents']['invitation.ics'] );
		$this->assertSame( array( $uid, '1', '20270312T160000Z' ), array( (string) $moved->VEVENT->UID, (string) $moved->VEVENT->SEQUENCE, (string) $moved->VEVENT->DTSTART ) );
		$this->assertCount( 2, $this->sent_mail );
		$this->sent_mail = array();
		$this->assertInstanceOf( Session::class, ( new SessionService() )->cancel( $session->id, $this->people['anna'] ) );
		$cancelled = self::calendar( $this->mail_by_recipient()['lena@example.org']['attachment_contents']['invitation.ics'] );
		$this->assertSame( array( 'CANCEL', $uid, '2' ), array( (string) $cancelled->METHOD, (string) $cancelled->VEVENT->UID, (string) $cancelled->VEVENT->SEQUENCE ) );
		$this->assertSame( array( 'anna@example.org', 'lena@example.org' ), array_keys( $this->mail_by_recipient() ) );
	}

	public function test_only_the_mentees_own_mentor_or_a_coordinator_proposes_a_1_1(): void {
		$starts = '2027-03-11T16:00:00Z';
		$route  = "/wayfinder/v1/cohorts/{$this->cohort}/sessions";
		$body   = array(
			'kind'   => Session::ONE_TO_ONE,
			'mentee' => $this->people['lena'],
			'starts' => $starts,
		);
		$this->assertSame( 403, $this->rest( 'POST', $route, $body, $this->people['bob'] )->get_status(), 'another pair\'s mentor' );
		$this->assertSame( 403, $this->rest( 'POST', $route, $body, $this->people['lena'] )->get_status(), 'the mentee herself' );
		$this->assertSame( 403, $this->rest( 'POST', $route, $body, $this->people['yuki'] )->get_status(), 'another mentee' );
		$this->assertSame( 401, $this->rest( 'POST', $route, $body )->get_status() );
		$refused = ( new MentorSessions() )->propose_one_to_one( $this->cohort, $this->people['lena'], self::fields( '2027-03-11 16:00:00 UTC' ), $this->people['bob'], (int) strtotime( '2027-03-01 UTC' ) );
		$this->assertInstanceOf( \WP_Error::class, $refused, 'the service says no too' );
		$this->assertSame( 'wayfinder_not_their_mentor', $refused->get_error_code() );
		$this->assertSame( array(), $this->sent_mail );

		$created = $this->rest( 'POST', $route, $body + array( 'minutes' => 30 ), $this->people['anna'] );
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$this->assertSame( array( Session::ONE_TO_ONE, $this->people['anna'], $this->people['lena'], $starts, 30 ), array( $created->get_data()['kind'], $created->get_data()['mentor'], $created->get_data()['mentee'], $created->get_data()['starts'], $created->get_data()['minutes'] ) );
		$by_coordinator = $this->rest( 'POST', $route, array_merge( $body, array( 'starts' => '2027-03-18T16:00:00Z' ) ), $this->coordinator );
		$this->assertSame( 201, $by_coordinator->get_status() );
		$this->assertSame( $this->people['anna'], $by_coordinator->get_data()['mentor'], 'the mentee\'s mentor, whoever proposes' );

		// A page form's own date and time, on the mentor's clock (New York, after its clock change).
		$local = $this->rest(
			'POST',
			$route,
			array(
				'kind'         => Session::ONE_TO_ONE,
				'mentee'       => $this->people['lena'],
				'starts'       => '',
				'local_starts' => '2027-03-16T12:00',
			),
			$this->people['anna']
		);
		$this->assertSame( 201, $local->get_status(), wp_json_encode( $local->get_data() ) );
		$this->assertSame( '2027-03-16T16:00:00Z', $local->get_data()['starts'] );
		$none = $this->rest( 'POST', $route, array_diff_key( $body, array( 'starts' => 1 ) ), $this->people['anna'] );
		$this->assertSame( array( 400, 'wayfinder_session_time_missing' ), array( $none->get_status(), $none->get_data()['code'] ) );

		// A group-only mentee has nobody to have a 1:1 with; mentors do not plan whole-cohort sessions.
		$this->assertSame( 409, $this->rest( 'POST', $route, array_merge( $body, array( 'mentee' => $this->people['ana'] ) ), $this->coordinator )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', $route, array( 'starts' => $starts ), $this->people['anna'] )->get_status() );
		// Another mentor may not move or cancel it; its own mentor may.
		$id = $created->get_data()['id'];
		$this->assertSame( 403, $this->rest( 'PUT', "/wayfinder/v1/sessions/{$id}", array( 'minutes' => 60 ), $this->people['bob'] )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', "/wayfinder/v1/sessions/{$id}/cancel", array(), $this->people['lena'] )->get_status() );
		$this->assertSame( 200, $this->rest( 'PUT', "/wayfinder/v1/sessions/{$id}", array( 'minutes' => 60 ), $this->people['anna'] )->get_status() );
	}

	public function test_suggested_times_are_where_both_windows_overlap_in_utc_across_both_clock_changes_of_march(): void {
		$cohort = CohortPostType::find( $this->cohort );
		$this->assertInstanceOf( Cohort::class, $cohort );
		$times = new SuggestedTimes();
		// New York 09:00–13:00 and Berlin 17:00–19:00 share 16:00–18:00 UTC until New York's clocks
		// change on 14 March, 16:00–17:00 UTC for the two weeks until Berlin's change on the 28th, then
		// 15:00–17:00 UTC. Ninety minutes fit before and after those two weeks, not within them.
		$suggested = $times->for_pair( $cohort, $this->people['anna'], $this->people['lena'], 90, 'America/New_York', 5, (int) strtotime( '2027-03-11 12:00:00 UTC' ) );
		$this->assertSame( '', $suggested['reason'] );
		$this->assertSame( array( '2027-03-11T16:00:00Z', '2027-03-12T16:00:00Z', '2027-03-29T15:00:00Z', '2027-03-30T15:00:00Z', '2027-03-31T15:00:00Z' ), array_column( $suggested['times'], 'starts' ) );
		$this->assertSame( 'Thursday, March 11, 2027 11:00 am (America/New York)', $suggested['times'][0]['label'], 'in the viewer\'s own zone' );
		$this->assertSame( 'Monday, March 29, 2027 11:00 am (America/New York)', $suggested['times'][2]['label'] );
		// An hour fits in the two weeks between the changes: 16:00 UTC, noon in New York, 17:00 in Berlin.
		$hour = $times->for_pair( $cohort, $this->people['anna'], $this->people['lena'], 60, 'Europe/Berlin', 2, (int) strtotime( '2027-03-13 00:00:00 UTC' ) );
		$this->assertSame( array( '2027-03-15T16:00:00Z', '2027-03-16T16:00:00Z' ), array_column( $hour['times'], 'starts' ) );
		$this->assertSame( 'Monday, March 15, 2027 5:00 pm (Europe/Berlin)', $hour['times'][0]['label'] );
		// Nothing fits, and the answer says why.
		$long = $times->for_pair( $cohort, $this->people['anna'], $this->people['lena'], 180, 'UTC', 5, (int) strtotime( '2027-03-11 12:00:00 UTC' ) );
		$this->assertSame( array(), $long['times'] );
		$this->assertStringContainsString( 'shorter than 180 minutes', $long['reason'] );
		$apart = $times->for_pair( $cohort, $this->people['bob'], $this->people['lena'], 60, 'UTC', 5, (int) strtotime( '2027-03-11 12:00:00 UTC' ) );
		$this->assertStringContainsString( 'do not overlap', $apart['reason'] );
		$empty = $times->for_pair( $cohort, $this->people['anna'], $this->people['ana'], 60, 'UTC', 5, (int) strtotime( '2027-03-11 12:00:00 UTC' ) );
		$this->assertSame( 'ana has no weekly availability in their profile, so there are no shared hours to suggest. Choose a time yourself.', $empty['reason'] );

		// Through REST: the mentee's mentor (in their own zone) or a coordinator; nobody else.
		$route = "/wayfinder/v1/cohorts/{$this->cohort}/sessions/suggestions";
		$this->assertSame( 403, $this->rest( 'GET', $route, array( 'mentee' => $this->people['lena'] ), $this->people['bob'] )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', $route, array( 'mentee' => $this->people['lena'] ), $this->people['lena'] )->get_status() );
		$answer = $this->rest(
			'GET',
			$route,
			array(
				'mentee'  => $this->people['lena'],
				'minutes' => 60,
				'count'   => 3,
			),
			$this->people['anna']
		);
		$this->assertSame( 200, $answer->get_status() );
		$this->assertCount( 3, $answer->get_data()['times'] );
		$this->assertSame( 'America/New_York', $answer->get_data()['zone'] );
		$this->assertStringEndsWith( '(America/New York)', $answer->get_data()['times'][0]['label'] );
	}

	public function test_a_mentee_never_sees_another_pairs_1_1_in_the_schedule_the_feed_or_rest(): void {
		$now      = (int) strtotime( '2027-03-01 00:00:00 UTC' );
		$theirs   = ( new MentorSessions() )->propose_one_to_one( $this->cohort, $this->people['yuki'], self::fields( '2027-03-10 11:00:00 UTC', 'Bob and Yuki' ), $this->people['bob'], $now );
		$ours     = ( new MentorSessions() )->propose_one_to_one( $this->cohort, $this->people['lena'], self::fields( '2027-03-11 16:00:00 UTC', 'Anna and Lena' ), $this->people['anna'], $now );
		$everyone = ( new SessionService() )->schedule_group( $this->cohort, self::fields( '2027-03-12 17:00:00 UTC', 'Kick-off' ), $this->coordinator, $now );
		$this->assertInstanceOf( Session::class, $theirs );
		$this->assertInstanceOf( Session::class, $ours );
		$this->assertInstanceOf( Session::class, $everyone );

		$titles = fn ( int $user ): array => array_column( ( new CohortSchedule() )->of( $user, 'UTC', $now )[0]['sessions'], 'title' );
		$this->assertSame( array( 'Anna and Lena', 'Kick-off' ), $titles( $this->people['lena'] ) );
		$this->assertSame( array( 'Bob and Yuki', 'Kick-off' ), $titles( $this->people['yuki'] ) );
		$this->assertSame( array( 'Kick-off' ), $titles( $this->people['ana'] ), 'a group-only mentee sees the cohort\'s sessions' );
		$this->assertSame( array( 'Anna and Lena', 'Kick-off' ), $titles( $this->people['anna'] ), 'nor does another mentor' );

		$feed = self::calendar( ( new CalendarFeed() )->ics( $this->people['lena'], $now ) );
		$this->assertSame( array( 'Anna and Lena — Spring cohort', 'Kick-off — Spring cohort' ), array_map( static fn ( $event ): string => (string) $event->SUMMARY, $feed->select( 'VEVENT' ) ) );

		$listed = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/sessions", array(), $this->people['lena'] );
		$this->assertSame( array( 'Anna and Lena', 'Kick-off' ), array_column( $listed->get_data(), 'title' ) );
		$this->assertSame( 2, (int) $listed->get_headers()['X-WP-Total'] );
		$this->assertCount( 3, $this->rest( 'GET', "/wayfinder/v1/cohorts/{$this->cohort}/sessions", array(), $this->coordinator )->get_data(), 'coordinators see every session' );
		$this->assertSame( 404, $this->rest( 'GET', "/wayfinder/v1/sessions/{$theirs->id}/invitation", array(), $this->people['lena'] )->get_status() );
		$this->assertSame( 404, $this->rest( 'GET', "/wayfinder/v1/sessions/{$theirs->id}/invitation", array(), $this->people['anna'] )->get_status() );
		$this->assertSame( 200, $this->rest( 'GET', "/wayfinder/v1/sessions/{$ours->id}/invitation", array(), $this->people['lena'] )->get_status() );
	}

	public function test_a_project_groups_session_invites_its_leader_and_the_group_alone(): void {
		$members = new CohortMemberRepository();
		$this->assertTrue( $members->set_leader( $this->cohort, $this->people['ana'], $this->people['bob'] ) );
		$now = (int) strtotime( '2027-03-01 00:00:00 UTC' );
		$this->assertSame( 'wayfinder_not_the_leader', ( new MentorSessions() )->schedule_for_group( $this->cohort, $this->people['bob'], self::fields( '2027-03-10 11:00:00 UTC' ), $this->people['anna'], $now )->get_error_code() );
		$this->assertSame( 'wayfinder_no_project_group', ( new MentorSessions() )->schedule_for_group( $this->cohort, $this->people['anna'], self::fields( '2027-03-10 11:00:00 UTC' ), $this->people['anna'], $now )->get_error_code() );

		$created = $this->rest(
			'POST',
			"/wayfinder/v1/cohorts/{$this->cohort}/sessions",
			array(
				'kind'   => Session::PROJECT_GROUP,
				'starts' => '2027-03-10T11:00:00Z',
			),
			$this->people['bob']
		);
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$this->assertSame( array( Session::PROJECT_GROUP, $this->people['bob'], null, 'Project group of bob' ), array( $created->get_data()['kind'], $created->get_data()['mentor'], $created->get_data()['mentee'], $created->get_data()['title'] ) );
		$invited = array_keys( $this->mail_by_recipient() );
		sort( $invited );
		$this->assertSame( array( 'ana@example.org', 'bob@example.org' ), $invited, 'the leader and their group, not the cohort' );
		$this->assertStringContainsString( 'A session of your project group is planned:', $this->mail_by_recipient()['ana@example.org']['message'] );
		$this->assertSame( 200, $this->rest( 'GET', '/wayfinder/v1/sessions/' . $created->get_data()['id'] . '/invitation', array(), $this->people['ana'] )->get_status() );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/sessions/' . $created->get_data()['id'] . '/invitation', array(), $this->people['lena'] )->get_status() );
	}

	public function test_my_mentorship_offers_the_mentor_a_proposal_at_suggested_times_and_tells_a_group_only_mentee_nothing(): void {
		$form   = static function ( string $action, int $id, array $args ): void {
			echo \Wayfinder\Platform\PageForms::form( $action, $id, 'my-mentorship', $args ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		};
		$render = function ( int $user, string $as ) use ( $form ): string {
			wp_set_current_user( $user );
			ob_start();
			( new MyCohortSessions() )->render( $this->cohort, $user, $as, $form, 'r', (int) strtotime( '2027-03-11 12:00:00 UTC' ) );
			return (string) ob_get_clean();
		};
		$mentor = $render( $this->people['anna'], CohortMember::MENTOR );
		$this->assertStringContainsString( 'Propose a 1:1 with lena', $mentor );
		$this->assertStringContainsString( 'value="2027-03-11T16:00:00Z"', $mentor );
		$this->assertStringContainsString( 'Thursday, March 11, 2027 11:00 am (America/New York)', $mentor, 'labelled on the mentor\'s clock' );
		$this->assertStringContainsString( '<legend>When</legend>', $mentor );
		$this->assertStringContainsString( 'name="local_starts"', $mentor );
		$this->assertStringNotContainsString( 'yuki', $mentor, 'only their own mentees' );
		$this->assertSame( '', $render( $this->people['ana'], CohortMember::MENTEE ), 'group sessions only: nothing about 1:1s' );
		$this->assertStringContainsString( 'No 1:1 is planned yet. anna proposes one', $render( $this->people['lena'], CohortMember::MENTEE ) );
	}

	public function test_a_pair_that_ends_keeps_no_1_1_to_come_and_both_hear_it_is_cancelled(): void {
		$now     = (int) strtotime( '2027-03-01 12:00:00 UTC' );
		$service = new MentorSessions();
		$next    = $service->propose_one_to_one( $this->cohort, $this->people['lena'], self::fields( '2027-03-11 16:00:00 UTC' ), $this->people['anna'], $now );
		$other   = $service->propose_one_to_one( $this->cohort, $this->people['yuki'], self::fields( '2027-03-12 11:00:00 UTC' ), $this->people['bob'], $now );
		$this->assertInstanceOf( Session::class, $next );
		$this->assertInstanceOf( Session::class, $other );
		$this->sent_mail = array();
		$match           = ( new \Wayfinder\Mentorship\MatchRepository() )->open_for_mentee( $this->people['lena'] );
		$this->assertNotNull( $match );

		$this->assertTrue( ( new \Wayfinder\Mentorship\MatchService() )->end( $match->id, 'other', $this->coordinator ) );

		$sessions = new \Wayfinder\Sessions\SessionRepository();
		$this->assertSame( Session::CANCELLED, $sessions->find( $next->id )->status, 'the ended pair\'s 1:1 to come is cancelled' );
		$this->assertSame( Session::SCHEDULED, $sessions->find( $other->id )->status, 'another pair\'s stays' );
		$cancelled = array_filter( $this->sent_mail, static fn ( array $mail ): bool => str_contains( implode( '', $mail['attachment_contents'] ), 'METHOD:CANCEL' ) );
		$this->assertEqualsCanonicalizing( array( 'lena@example.org', 'anna@example.org' ), array_column( $cancelled, 'to' ), 'both get the calendar\'s cancellation' );
	}
}
