<?php
/**
 * A cohort's group sessions: a coordinator plans, moves and cancels them; everyone who holds a place
 * hears of each change with the time in their own time zone (across a daylight-saving change) and a
 * calendar invitation that an independent parser (sabre/vobject) reads as valid iCalendar — the
 * same UID throughout, SEQUENCE raised on each change, METHOD:CANCEL at the end. Refusals say why.
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
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Sessions\ICalendar;
use Wayfinder\Sessions\Session;
use Wayfinder\Sessions\SessionService;
use Wayfinder\Tests\Integration\TestCase;

final class GroupSessionsTest extends TestCase {

	private int $coordinator;
	private int $cohort;
	/** @var array<string, int> */
	private array $people = array();

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'chidi' );
		$this->cohort      = $this->cohort( '2027-03-15', '2027-04-11', Cohort::RUNNING );
		foreach ( array(
			'anna' => array( 'wayfinder_mentor', CohortMember::MENTOR, 'Europe/Berlin' ),
			'yuki' => array( 'subscriber', CohortMember::MENTEE, 'Asia/Tokyo' ),
			'ana'  => array( 'subscriber', CohortMember::MENTEE, 'America/Sao_Paulo' ),
		) as $login => list( $role, $place, $zone ) ) {
			$id = $this->make_user( $role, $login );
			( new ProfileRepository() )->save( new Profile( $id, $zone, array( 'en' ), array( 'core' ), array(), array(), '', 3 ) );
			$this->assertInstanceOf( CohortMember::class, ( new Enrolment() )->enrol( $this->cohort, $id, $place, CohortMember::MENTOR === $place ? '' : Cohort::ONE_TO_ONE, $this->coordinator ) );
			$this->people[ $login ] = $id;
		}
		$this->sent_mail = array();
	}

	private function cohort( string $start, string $end, string $stage ): int {
		return $this->insert_cohort(
			array(
				CohortPostType::START_DATE => $start,
				CohortPostType::END_DATE   => $end,
				CohortPostType::STAGE      => $stage,
			)
		);
	}

	/** @param array<string, mixed> $more */
	private static function fields( string $starts, array $more = array() ): array {
		return $more + array(
			'starts'   => (int) strtotime( $starts ),
			'minutes'  => 60,
			'title'    => 'How the project works',
			'location' => 'https://meet.example.org/cohort',
			'agenda'   => "Welcome, how teams work; questions.\nBring one, please; we'll answer all.",
		);
	}

	private static function calendar( string $ics ): VCalendar {
		foreach ( explode( "\r\n", rtrim( $ics, "\r\n" ) ) as $line ) {
			self::assertLessThanOrEqual( 75, strlen( $line ), 'folded at 75 octets' );
		}
		// sabre/vobject 4.2 (what Packagist's mirror here holds) predates PHP 8.1's return types; its
		// deprecation notices while its classes load are not what this test is about.
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

	/** @return array<string, array<string, mixed>> The emails, by recipient. */
	private function mail_by_recipient(): array {
		$mail = array();
		foreach ( $this->sent_mail as $each ) {
			$mail[ is_array( $each['to'] ) ? $each['to'][0] : $each['to'] ] = $each;
		}
		return $mail;
	}

	public function test_everyone_hears_of_a_session_its_change_and_its_cancellation_with_one_calendar_event(): void {
		$service = new SessionService();
		$now     = (int) strtotime( '2027-03-01 00:00:00 UTC' );
		// Saturday before Europe's clocks change (28 March 2027): 18:00 in Berlin.
		$session = $service->schedule_group( $this->cohort, self::fields( '2027-03-27 17:00:00 UTC' ), $this->coordinator, $now );
		$this->assertInstanceOf( Session::class, $session );
		$mail = $this->mail_by_recipient();
		$this->assertCount( 3, $mail, 'the mentor and both mentees' );
		$this->assertStringContainsString( '[Spring cohort] New session: How the project works', $mail['anna@example.org']['subject'] );
		$this->assertStringContainsString( 'When: March 27, 2027 6:00 pm (Europe/Berlin)', $mail['anna@example.org']['message'] );
		$this->assertStringContainsString( 'When: March 28, 2027 2:00 am (Asia/Tokyo)', $mail['yuki@example.org']['message'] );
		$this->assertStringContainsString( 'When: March 27, 2027 2:00 pm (America/Sao Paulo)', $mail['ana@example.org']['message'] );

		$calendar = self::calendar( $mail['yuki@example.org']['attachment_contents']['invitation.ics'] );
		$this->assertSame( 'REQUEST', (string) $calendar->METHOD );
		$event = $calendar->VEVENT;
		$uid   = (string) $event->UID;
		$this->assertSame( '0', (string) $event->SEQUENCE );
		$this->assertSame( '20270327T170000Z', (string) $event->DTSTART );
		$this->assertSame( '20270327T180000Z', (string) $event->DTEND );
		$this->assertSame( 'How the project works — Spring cohort', (string) $event->SUMMARY );
		$this->assertSame( "Welcome, how teams work; questions.\nBring one, please; we'll answer all.", (string) $event->DESCRIPTION, 'escaped and read back' );
		$this->assertStringStartsWith( 'mailto:wordpress@', (string) $event->ORGANIZER, 'the site sends; the coordinator\'s address stays private' );
		$this->assertSame( 'chidi', (string) $event->ORGANIZER['CN'] );
		$this->assertSame( array( 'mailto:yuki@example.org' ), array_map( 'strval', $event->select( 'ATTENDEE' ) ), 'each invitation names its reader alone' );
		$this->assertStringNotContainsString( 'anna@example.org', $mail['yuki@example.org']['attachment_contents']['invitation.ics'] );

		// Moved past the clock change: 19:00 in Berlin now, the same event a step further.
		$this->sent_mail = array();
		$moved           = $service->change( $session->id, self::fields( '2027-03-30 17:00:00 UTC', array( 'minutes' => 90 ) ), $this->coordinator, $now );
		$this->assertInstanceOf( Session::class, $moved );
		$mail = $this->mail_by_recipient();
		$this->assertStringContainsString( 'Session changed', $mail['anna@example.org']['subject'] );
		$this->assertStringContainsString( 'When: March 30, 2027 7:00 pm (Europe/Berlin)', $mail['anna@example.org']['message'] );
		$this->assertStringContainsString( 'How long: 90 minutes', $mail['anna@example.org']['message'] );
		$event = self::calendar( $mail['anna@example.org']['attachment_contents']['invitation.ics'] )->VEVENT;
		$this->assertSame( $uid, (string) $event->UID );
		$this->assertSame( '1', (string) $event->SEQUENCE );
		$this->assertSame( '20270330T183000Z', (string) $event->DTEND );

		$this->sent_mail = array();
		$this->assertInstanceOf( Session::class, $service->cancel( $session->id, $this->coordinator ) );
		$calendar = self::calendar( $this->mail_by_recipient()['ana@example.org']['attachment_contents']['invitation.ics'] );
		$this->assertSame( 'CANCEL', (string) $calendar->METHOD );
		$this->assertSame( 'CANCELLED', (string) $calendar->VEVENT->STATUS );
		$this->assertSame( $uid, (string) $calendar->VEVENT->UID );
		$this->assertSame( '2', (string) $calendar->VEVENT->SEQUENCE );
		$again = $service->cancel( $session->id, $this->coordinator );
		$this->assertSame( 'wayfinder_session_not_scheduled', $again->get_error_code() );
	}

	public function test_refusals_say_why_and_change_nothing(): void {
		$service = new SessionService();
		$now     = (int) strtotime( '2027-03-01 00:00:00 UTC' );
		$cases   = array(
			'in the past'       => array( $this->cohort, '2027-02-27 17:00:00 UTC', 'wayfinder_session_in_the_past' ),
			'after the cohort'  => array( $this->cohort, '2027-04-20 17:00:00 UTC', 'wayfinder_session_outside_cohort' ),
			'a finished cohort' => array( $this->cohort( '2027-03-15', '2027-04-11', Cohort::FINISHED ), '2027-03-20 17:00:00 UTC', 'wayfinder_cohort_not_running' ),
			'no such cohort'    => array( 999999, '2027-03-20 17:00:00 UTC', 'wayfinder_cohort_not_found' ),
		);
		foreach ( $cases as $name => list( $cohort, $starts, $code ) ) {
			$refused = $service->schedule_group( $cohort, self::fields( $starts ), $this->coordinator, $now );
			$this->assertInstanceOf( \WP_Error::class, $refused, $name );
			$this->assertSame( $code, $refused->get_error_code(), $name );
		}
		$this->assertSame( 0, ( new \Wayfinder\Sessions\SessionRepository() )->count_of_cohort( $this->cohort ) );
		$this->assertSame( array(), $this->sent_mail );
	}

	public function test_through_rest_coordinators_plan_members_read_and_outsiders_learn_nothing(): void {
		$starts = gmdate( 'Y-m-d\TH:i:s\Z', time() + 3 * DAY_IN_SECONDS );
		$soon   = $this->cohort( gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ), gmdate( 'Y-m-d', time() + 26 * DAY_IN_SECONDS ), Cohort::RUNNING );
		( new Enrolment() )->enrol( $soon, $this->people['yuki'], CohortMember::MENTEE, Cohort::ONE_TO_ONE, $this->coordinator );

		$this->assertSame( 403, $this->rest( 'POST', "/wayfinder/v1/cohorts/{$soon}/sessions", array( 'starts' => $starts ), $this->people['anna'] )->get_status(), 'mentors do not plan group sessions' );
		$short = $this->rest(
			'POST',
			"/wayfinder/v1/cohorts/{$soon}/sessions",
			array(
				'starts'  => $starts,
				'minutes' => 5,
			),
			$this->coordinator
		);
		$this->assertSame( 400, $short->get_status() );
		$created = $this->rest(
			'POST',
			"/wayfinder/v1/cohorts/{$soon}/sessions",
			array(
				'starts' => $starts,
				'title'  => 'Kick-off',
			),
			$this->coordinator
		);
		$this->assertSame( 201, $created->get_status(), wp_json_encode( $created->get_data() ) );
		$id = $created->get_data()['id'];
		$this->assertSame( $starts, $created->get_data()['starts'] );
		$this->assertSame( 60, $created->get_data()['minutes'] );

		$listed = $this->rest( 'GET', "/wayfinder/v1/cohorts/{$soon}/sessions", array(), $this->people['yuki'] );
		$this->assertSame( 200, $listed->get_status(), 'a member reads their cohort\'s sessions' );
		$this->assertSame( array( 'Kick-off' ), array_column( $listed->get_data(), 'title' ) );
		$this->assertSame( 1, (int) $listed->get_headers()['X-WP-Total'] );
		$this->assertSame( 404, $this->rest( 'GET', "/wayfinder/v1/cohorts/{$soon}/sessions", array(), $this->people['ana'] )->get_status(), 'someone outside the cohort learns nothing' );
		$this->assertSame( 401, $this->rest( 'GET', "/wayfinder/v1/sessions/{$id}/invitation" )->get_status() );
		$this->assertSame( 404, $this->rest( 'GET', "/wayfinder/v1/sessions/{$id}/invitation", array(), $this->people['ana'] )->get_status() );
		$invitation = $this->rest( 'GET', "/wayfinder/v1/sessions/{$id}/invitation", array(), $this->people['yuki'] );
		$this->assertSame( 200, $invitation->get_status() );
		$this->assertSame( 'text/calendar; charset=utf-8', $invitation->get_headers()['Content-Type'] );
		$download = self::calendar( $invitation->get_data() );
		$this->assertSame( 'PUBLISH', (string) $download->METHOD );
		$this->assertSame( 'Kick-off — Spring cohort', (string) $download->VEVENT->SUMMARY );
		$this->assertCount( 0, $download->VEVENT->select( 'ATTENDEE' ), 'a download names nobody' );

		// A change names only what changes; a cancelled session is not changed any more.
		$moved = $this->rest( 'PUT', "/wayfinder/v1/sessions/{$id}", array( 'location' => 'Room 2, Community Centre' ), $this->coordinator );
		$this->assertSame( 200, $moved->get_status() );
		$this->assertSame( array( 'Kick-off', $starts, 'Room 2, Community Centre', 1 ), array( $moved->get_data()['title'], $moved->get_data()['starts'], $moved->get_data()['location'], $moved->get_data()['sequence'] ) );
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/sessions/{$id}/cancel", array(), $this->coordinator )->get_status() );
		$late = $this->rest( 'PUT', "/wayfinder/v1/sessions/{$id}", array( 'title' => 'Kick-off again' ), $this->coordinator );
		$this->assertSame( 409, $late->get_status() );
		$this->assertSame( 'wayfinder_session_not_scheduled', $late->get_data()['code'] );
	}

	public function test_my_mentorship_shows_the_cohort_and_its_sessions_to_come_in_the_readers_time_zone(): void {
		$first  = gmdate( 'Y-m-d', time() - 15 * DAY_IN_SECONDS );
		$cohort = $this->cohort( $first, gmdate( 'Y-m-d', time() + 26 * DAY_IN_SECONDS ), Cohort::RUNNING );
		( new Enrolment() )->enrol( $cohort, $this->people['yuki'], CohortMember::MENTEE, Cohort::ONE_TO_ONE, $this->coordinator );
		$starts  = ( intdiv( time(), HOUR_IN_SECONDS ) + 50 ) * HOUR_IN_SECONDS;
		$session = ( new SessionService() )->schedule_group( $cohort, self::fields( gmdate( 'Y-m-d H:i:s', $starts ) . ' UTC', array( 'title' => 'Finding your team' ) ), $this->coordinator );
		$this->assertInstanceOf( Session::class, $session );
		$past = ( new SessionService() )->schedule_group( $cohort, self::fields( gmdate( 'Y-m-d H:i:s', time() + HOUR_IN_SECONDS ) . ' UTC', array( 'title' => 'Cancelled one' ) ), $this->coordinator );
		( new SessionService() )->cancel( $past->id, $this->coordinator );

		wp_set_current_user( $this->people['yuki'] );
		$GLOBALS['wp_interactivity'] = null; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- WordPress's own.
		$html                        = do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' );
		$this->assertStringContainsString( 'Your cohort: Spring cohort', $html );
		$this->assertStringContainsString( 'Week 3 of 6', $html );
		$this->assertStringContainsString( 'You take part as a mentee: Paired with a mentor (1:1).', $html );
		$this->assertStringContainsString( '<strong>Finding your team</strong>', $html );
		$this->assertStringContainsString( 'Times are in your time zone, Asia / Tokyo (from your profile).', $html );
		$this->assertStringContainsString( esc_html( wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $starts, new \DateTimeZone( 'Asia/Tokyo' ) ) ), $html, 'in Tokyo time' );
		$this->assertStringNotContainsString( 'Cancelled one', $html );
		$this->assertMatchesRegularExpression( '#href="[^"]*/wayfinder/v1/sessions/' . $session->id . '/invitation[^"]*_wpnonce=[0-9a-f]+"#', $html, 'a download that works without JavaScript' );
		$this->assertStringContainsString( 'href="https://meet.example.org/cohort"', $html );

		// Someone who never took a place: no section, and not a query to learn it.
		global $wpdb;
		$before = $wpdb->num_queries;
		$this->assertSame( array(), ( new \Wayfinder\Sessions\CohortSchedule() )->of( $this->coordinator, 'UTC' ) );
		$this->assertSame( $before, $wpdb->num_queries );
		wp_set_current_user( $this->coordinator );
		$this->assertStringNotContainsString( 'Your cohort', do_blocks( '<!-- wp:wayfinder/my-mentorship /-->' ) );
	}

	public function test_everyone_is_reminded_the_day_before_once_and_again_after_a_move(): void {
		$service = new SessionService();
		$now     = (int) strtotime( '2027-03-01 00:00:00 UTC' );
		$soon    = $service->schedule_group( $this->cohort, self::fields( '2027-03-21 17:00:00 UTC', array( 'title' => 'Soon' ) ), $this->coordinator, $now );
		$later   = $service->schedule_group( $this->cohort, self::fields( '2027-03-23 17:00:00 UTC', array( 'title' => 'Later' ) ), $this->coordinator, $now );
		$off     = $service->schedule_group( $this->cohort, self::fields( '2027-03-21 18:00:00 UTC', array( 'title' => 'Off' ) ), $this->coordinator, $now );
		$service->cancel( $off->id, $this->coordinator );
		$this->sent_mail = array();

		$tick = (int) strtotime( '2027-03-20 18:00:00 UTC' ); // 23 hours before Soon.
		$this->assertSame( 1, $service->send_reminders( $tick ) );
		$subjects = array_unique( array_column( $this->sent_mail, 'subject' ) );
		$this->assertSame( array( '[Spring cohort] Coming up: Soon' ), array_values( $subjects ), 'only the session within a day, not the cancelled one' );
		$this->assertCount( 3, $this->sent_mail, 'everyone in the cohort' );
		$this->assertStringContainsString( 'starts within a day', $this->sent_mail[0]['message'] );

		$this->sent_mail = array();
		$this->assertSame( 0, $service->send_reminders( $tick + HOUR_IN_SECONDS ), 'the next tick reminds nobody twice' );
		$this->assertSame( array(), $this->sent_mail );

		// Moved to the day after: reminded again, the day before the new time.
		$service->change( $soon->id, self::fields( '2027-03-22 17:00:00 UTC', array( 'title' => 'Soon' ) ), $this->coordinator, $now );
		$this->sent_mail = array();
		$this->assertSame( 0, $service->send_reminders( $tick + HOUR_IN_SECONDS ) );
		$this->assertSame( 1, $service->send_reminders( (int) strtotime( '2027-03-21 18:00:00 UTC' ) ) );
		$this->assertSame( 1, $service->send_reminders( (int) strtotime( '2027-03-22 18:00:00 UTC' ) ), 'Later, the day before it' );
		$this->assertSame( 0, $service->send_reminders( (int) strtotime( '2027-03-22 18:00:00 UTC' ) ), 'once' );
		$this->assertSame( $later->id, ( new \Wayfinder\Sessions\SessionRepository() )->find( $later->id )->id );
	}

	public function test_each_person_subscribes_to_a_secret_feed_that_a_new_address_revokes(): void {
		$service = new SessionService();
		$now     = (int) strtotime( '2027-03-01 00:00:00 UTC' );
		$kept    = $service->schedule_group( $this->cohort, self::fields( '2027-03-21 17:00:00 UTC', array( 'title' => 'Kick-off' ) ), $this->coordinator, $now );
		$gone    = $service->schedule_group( $this->cohort, self::fields( '2027-03-22 17:00:00 UTC', array( 'title' => 'Office hour' ) ), $this->coordinator, $now );
		$service->cancel( $gone->id, $this->coordinator );
		$feed  = new \Wayfinder\Sessions\CalendarFeed();
		$url   = $feed->url( $this->people['yuki'] );
		$token = substr( $url, strrpos( $url, '/' ) + 1 );
		$this->assertSame( $url, $feed->url( $this->people['yuki'] ), 'the same address until a new one is made' );

		$response = $this->rest( 'GET', '/wayfinder/v1/calendar/' . $token );
		$this->assertSame( 200, $response->get_status(), 'calendar apps send no cookies: the address is the key' );
		$ics      = $response->get_data();
		$calendar = self::calendar( $ics );
		$this->assertNull( $calendar->METHOD, 'a feed to subscribe to' );
		$this->assertSame( 'Your cohort sessions', (string) $calendar->{'X-WR-CALNAME'} );
		$this->assertSame( array( 'CONFIRMED', 'CANCELLED' ), array_map( static fn ( $event ): string => (string) $event->STATUS, $calendar->select( 'VEVENT' ) ) );
		$this->assertSame( $kept->uid( (string) wp_parse_url( home_url(), PHP_URL_HOST ) ), (string) $calendar->VEVENT->UID, 'the same event as the emailed invitation' );
		foreach ( array( 'yuki', 'anna', 'ana' ) as $login ) {
			$this->assertStringNotContainsString( $login . '@example.org', $ics, 'nobody\'s address' );
		}

		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/calendar/' . $this->people['yuki'] . '-' . str_repeat( 'a', 32 ) )->get_status(), 'a wrong key' );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/calendar/' . $this->people['ana'] . '-' . substr( $token, strpos( $token, '-' ) + 1 ) )->get_status(), 'someone else\'s key' );
		$this->assertSame( 401, $this->rest( 'POST', '/wayfinder/v1/calendar/me/reset' )->get_status() );
		$reset = $this->rest( 'POST', '/wayfinder/v1/calendar/me/reset', array(), $this->people['yuki'] );
		$this->assertSame( 200, $reset->get_status() );
		$this->assertNotSame( $url, $reset->get_data()['url'] );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/calendar/' . $token )->get_status(), 'the old address stops working' );
		$this->assertSame( 200, $this->rest( 'GET', '/wayfinder/v1/calendar/' . substr( $reset->get_data()['url'], strrpos( $reset->get_data()['url'], '/' ) + 1 ) )->get_status() );
	}

	public function test_long_text_is_folded_without_splitting_a_character_and_reads_back_whole(): void {
		$agenda = str_repeat( 'Überblick über die Teams, 貢献の始め方; ', 12 );
		$ics    = ICalendar::calendar(
			ICalendar::REQUEST,
			array(
				new \Wayfinder\Sessions\CalendarEvent(
					'wayfinder-session-1@example.org',
					3,
					(int) strtotime( '2027-03-20 09:30:00 UTC' ),
					45,
					'Kick-off, "welcome"; all',
					$agenda,
					'Room 2; Community Centre, Berlin',
					array(
						'name'  => 'Chidi "the coordinator" Okafor',
						'email' => 'chidi@example.org',
					),
					array(
						array(
							'name'  => 'Yuki Tanaka',
							'email' => 'yuki@example.org',
						),
					)
				),
			),
			(int) strtotime( '2027-03-01 00:00:00 UTC' )
		);
		$event  = self::calendar( $ics )->VEVENT;
		$this->assertSame( trim( $agenda ) . ' ', (string) $event->DESCRIPTION );
		$this->assertSame( 'Kick-off, "welcome"; all', (string) $event->SUMMARY );
		$this->assertSame( 'Room 2; Community Centre, Berlin', (string) $event->LOCATION );
		$this->assertSame( 'Chidi the coordinator Okafor', (string) $event->ORGANIZER['CN'] );
		$this->assertStringEndsWith( "END:VCALENDAR\r\n", $ics );
	}

	public function test_a_session_that_has_started_can_no_longer_be_moved_or_cancelled(): void {
		$started = ( new \Wayfinder\Sessions\SessionRepository() )->add(
			array(
				'cohort_id'  => $this->cohort,
				'kind'       => Session::GROUP,
				'mentor_id'  => 0,
				'mentee_id'  => null,
				'starts'     => time() - HOUR_IN_SECONDS,
				'minutes'    => 90,
				'title'      => 'Going on now',
				'location'   => '',
				'agenda'     => '',
				'created_by' => $this->coordinator,
			)
		);
		$this->assertInstanceOf( Session::class, $started );

		$cancel = $this->rest( 'POST', "/wayfinder/v1/sessions/{$started->id}/cancel", array(), $this->coordinator );

		$this->assertSame( 409, $cancel->get_status() );
		$this->assertSame( 'This session has started already, so it can no longer be moved or cancelled. Schedule a new one instead.', $cancel->get_data()['message'] );
		$this->assertSame( 409, $this->rest( 'PUT', "/wayfinder/v1/sessions/{$started->id}", array( 'title' => 'Moved' ), $this->coordinator )->get_status() );
		$this->assertSame( Session::SCHEDULED, ( new \Wayfinder\Sessions\SessionRepository() )->find( $started->id )->status, 'nothing changed' );
	}
}
