<?php
/**
 * The queue and its requests as people hit them (issue 12): who may close a request for any mentor,
 * passing, expiry, one open request per mentee and mentor held by the database, offers, long reasons,
 * e-mail links, the coordinators' digest, huge pages and deleted accounts.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\Events\RequestClosed;
use Wayfinder\Mentorship\Events\RequestOpened;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\MentoringState;
use Wayfinder\Mentorship\RequestRepository;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Notifications\RequestNotices;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class QueueRulesTest extends TestCase {

	/** @param list<string> $teams */
	private function mentor( array $teams = array(), int $capacity = 2 ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'UTC', array( 'en' ), $teams, array(), array(), 'I mentor.', $capacity ) );
		return $mentor;
	}

	private function waiting( string $team = '' ): int {
		$mentee = $this->make_user( 'subscriber' );
		$ask    = array( 'type' => 'mentee_request' );
		if ( '' !== $team ) {
			$ask['team'] = $team;
		}
		$this->assertIsInt( ( new RequestService() )->create( $ask, $mentee ) );
		$this->sent_mail = array();
		return $mentee;
	}

	private function queue_request( int $mentee ): int {
		$open = ( new RequestRepository() )->open_for_any( $mentee );
		$this->assertNotNull( $open );
		return $open->id;
	}

	/** @return list<int> */
	private function waiting_list( int $mentor ): array {
		return array_column( $this->rest( 'GET', '/wayfinder/v1/mentees/waiting', array(), $mentor )->get_data(), 'mentee' );
	}

	/** @return list<string> */
	private function recipients(): array {
		return array_map( static fn ( array $mail ): string => (string) $mail['to'], $this->sent_mail );
	}

	private function email( int $user ): string {
		return get_userdata( $user )->user_email;
	}

	public function test_a_mentor_cannot_decline_a_request_for_any_mentor_and_passes_on_the_mentee_instead(): void {
		$mentor  = $this->mentor();
		$other   = $this->mentor();
		$mentee  = $this->waiting();
		$request = $this->queue_request( $mentee );

		$declined = $this->rest( 'POST', "/wayfinder/v1/requests/{$request}/decline", array(), $mentor );
		$this->assertSame( 403, $declined->get_status() );
		$this->assertSame( 'wayfinder_pass_instead', $declined->get_data()['code'] );
		$this->assertStringContainsString( 'Pass on this mentee instead', $declined->get_data()['message'] );
		$this->assertSame( 'open', ( new RequestService() )->find( $request )?->status, 'the mentee keeps their place' );

		$this->assertContains( $mentee, $this->waiting_list( $mentor ) );
		$passed = $this->rest( 'POST', "/wayfinder/v1/mentees/waiting/{$mentee}/pass", array(), $mentor );
		$this->assertSame( 200, $passed->get_status(), (string) wp_json_encode( $passed->get_data() ) );
		$this->assertSame(
			array(
				'mentee' => $mentee,
				'passed' => true,
			),
			$passed->get_data()
		);
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/mentees/waiting/{$mentee}/pass", array(), $mentor )->get_status(), 'passing twice is harmless' );
		$this->assertNotContains( $mentee, $this->waiting_list( $mentor ), 'never shown to that mentor again' );
		$this->assertContains( $mentee, $this->waiting_list( $other ), 'other mentors still see them' );
		$this->assertSame( 'open', ( new RequestService() )->find( $request )?->status );
		$this->assertSame( array(), $this->sent_mail, 'nobody is emailed about a pass' );

		$offer = $this->rest(
			'POST',
			'/wayfinder/v1/requests',
			array(
				'type'   => 'mentor_offer',
				'mentee' => $mentee,
			),
			$mentor
		);
		$this->assertSame( 404, $offer->get_status(), 'a mentee passed on is no longer in the list to offer to' );

		$nobody = $this->rest( 'POST', '/wayfinder/v1/mentees/waiting/' . $this->make_user( 'subscriber' ) . '/pass', array(), $mentor );
		$this->assertSame( 404, $nobody->get_status() );
		$this->assertSame( 'wayfinder_not_waiting', $nobody->get_data()['code'] );
		$this->assertSame( 403, $this->rest( 'POST', "/wayfinder/v1/mentees/waiting/{$mentee}/pass", array(), $this->make_user( 'subscriber' ) )->get_status() );

		$cancelled = $this->rest( 'POST', "/wayfinder/v1/requests/{$request}/cancel", array( 'reason' => 'Asked twice by mistake.' ), $this->make_user( 'wayfinder_coordinator' ) );
		$this->assertSame( 200, $cancelled->get_status(), 'coordinators may still cancel' );
		$this->assertSame( 'cancelled', $cancelled->get_data()['status'] );
	}

	public function test_requests_for_any_mentor_never_expire_while_requests_to_a_named_mentor_do(): void {
		global $wpdb;
		$queue = $this->queue_request( $this->waiting() );
		$named = ( new RequestService() )->create(
			array(
				'type'   => 'mentee_request',
				'mentor' => $this->mentor(),
			),
			$this->make_user( 'subscriber' )
		);
		$this->assertIsInt( $named );
		$wpdb->update( Schema::requests_table(), array( 'expires_at' => '2000-01-01 00:00:00' ), array( 'id' => $queue ) );
		$wpdb->update( Schema::requests_table(), array( 'expires_at' => '2000-01-01 00:00:00' ), array( 'id' => $named ) );

		$this->assertSame( 1, ( new RequestService() )->expire_due() );

		$this->assertSame( 'open', ( new RequestService() )->find( $queue )?->status, 'a place in the queue never expires' );
		$this->assertSame( 'expired', ( new RequestService() )->find( $named )?->status );
		$shown = $this->rest( 'GET', "/wayfinder/v1/requests/{$queue}", array(), $this->make_user( 'wayfinder_coordinator' ) )->get_data();
		$this->assertNull( $shown['expires_at'], 'nor does it say it would' );
	}

	public function test_the_database_holds_one_open_request_per_mentee_and_mentor_asked(): void {
		global $wpdb;
		$mentee = $this->waiting();
		$mentor = $this->mentor();
		$row    = array(
			'type'         => 'mentee_request',
			'mentee_id'    => $mentee,
			'asked_mentor' => 0,
			'team'         => '',
			'language'     => '',
			'message'      => '',
			'status'       => 'open',
			'open_slot'    => 1,
			'created_by'   => $mentee,
			'expires_at'   => '2099-01-01 00:00:00',
			'created_at'   => gmdate( 'Y-m-d H:i:s' ),
		);
		// As a second request arriving at the same moment would: past every check, straight to the table.
		$suppress = $wpdb->suppress_errors( true );
		$second   = $wpdb->insert( Schema::requests_table(), $row );
		$named    = $wpdb->insert(
			Schema::requests_table(),
			array(
				'mentor_id'    => $mentor,
				'asked_mentor' => $mentor,
			) + $row
		);
		$again    = $wpdb->insert(
			Schema::requests_table(),
			array(
				'mentor_id'    => $mentor,
				'asked_mentor' => $mentor,
			) + $row
		);
		$wpdb->suppress_errors( $suppress );
		$this->assertFalse( $second, 'the unique key refuses a second open request for any mentor' );
		$this->assertSame( 1, $named, 'a request to a named mentor is another slot' );
		$this->assertFalse( $again, 'but only one per mentor' );

		$twice = $this->rest( 'POST', '/wayfinder/v1/requests', array( 'type' => 'mentee_request' ), $mentee );
		$this->assertSame( 409, $twice->get_status() );
		$this->assertSame( 'wayfinder_duplicate_request', $twice->get_data()['code'] );
		$this->assertStringContainsString( 'There is already an open request', $twice->get_data()['message'] );

		// Once closed, the slot is free again.
		$this->assertTrue( ( new RequestService() )->cancel( $this->queue_request( $mentee ), $mentee ) );
		$this->assertSame( 201, $this->rest( 'POST', '/wayfinder/v1/requests', array( 'type' => 'mentee_request' ), $mentee )->get_status() );
		$open = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::requests_table() . " WHERE mentee_id = %d AND asked_mentor = 0 AND status = 'open'", $mentee ) ); // phpcs:ignore WordPress.DB
		$this->assertSame( 1, $open );
	}

	/**
	 * Two asks at the same moment both pass every check before either is saved: the database's key
	 * refuses the second insert, and the caller gets a 409 with a sentence (the quiz: "unchanged").
	 * The race is staged by hiding the open request from the checks (the `query` filter) until the
	 * insert has been refused.
	 */
	public function test_a_second_ask_that_passed_every_check_is_refused_by_the_key_with_a_409(): void {
		$mentee = $this->waiting();
		$quiz   = \Wayfinder\Orientation\QuizSeeder::default_quiz_id();
		$checks = 0;
		$blind  = static function ( string $query ) use ( &$checks ): string {
			if ( str_contains( $query, 'open_slot = 1 LIMIT 1' ) && $checks < 2 ) {
				++$checks;
				return 'SELECT NULL';
			}
			return $query;
		};
		add_filter( 'query', $blind );
		try {
			$second = $this->rest( 'POST', '/wayfinder/v1/requests', array( 'type' => 'mentee_request' ), $mentee );
		} finally {
			remove_filter( 'query', $blind );
		}
		$this->assertSame( 2, $checks, 'both checks were passed, as in a race' );
		$this->assertSame( 409, $second->get_status(), (string) wp_json_encode( $second->get_data() ) );
		$this->assertSame( 'wayfinder_duplicate_request', $second->get_data()['code'] );
		$this->assertSame( 'There is already an open request for this mentee and mentor. Answer or cancel it first.', $second->get_data()['message'] );
		$this->assertCount( 1, ( new RequestService() )->open_involving( $mentee ), 'exactly one open request' );

		$checks = 0;
		$open   = $this->queue_request( $mentee );
		$blind  = static function ( string $query ) use ( &$checks ): string {
			if ( str_contains( $query, 'asked_mentor = 0 AND type = \'mentee_request\' AND status = \'open\' ORDER BY id LIMIT 1' ) && 0 === $checks ) {
				++$checks;
				return 'SELECT * FROM ' . Schema::requests_table() . ' WHERE 1 = 0';
			}
			if ( str_contains( $query, 'open_slot = 1 LIMIT 1' ) && $checks < 3 ) {
				++$checks;
				return 'SELECT NULL';
			}
			return $query;
		};
		add_filter( 'query', $blind );
		try {
			$asked = $this->rest( 'POST', "/wayfinder/v1/quizzes/{$quiz}/ask", array( 'team' => 'docs' ), $mentee );
		} finally {
			remove_filter( 'query', $blind );
		}
		$this->assertSame( 200, $asked->get_status(), (string) wp_json_encode( $asked->get_data() ) );
		$this->assertSame( 'unchanged', $asked->get_data()['status'] );
		$this->assertSame( $open, $asked->get_data()['request'] );
		$this->assertCount( 1, ( new RequestService() )->open_involving( $mentee ) );
	}

	public function test_asking_in_a_team_twice_leaves_one_open_request(): void {
		$member = $this->make_user( 'subscriber' );
		$quiz   = \Wayfinder\Orientation\QuizSeeder::default_quiz_id();
		$first  = $this->rest( 'POST', "/wayfinder/v1/quizzes/{$quiz}/ask", array( 'team' => 'docs' ), $member );
		$second = $this->rest( 'POST', "/wayfinder/v1/quizzes/{$quiz}/ask", array( 'team' => 'docs' ), $member );
		$this->assertSame( 201, $first->get_status() );
		$this->assertSame( 'unchanged', $second->get_data()['status'] );
		$this->assertCount( 1, ( new RequestService() )->open_involving( $member ) );
	}

	public function test_an_upgrade_keeps_the_oldest_of_duplicate_open_requests_and_cancels_the_rest(): void {
		global $wpdb;
		$mentee = $this->make_user( 'subscriber' );
		$row    = array(
			'type'       => 'mentee_request',
			'mentee_id'  => $mentee,
			'team'       => '',
			'language'   => '',
			'message'    => '',
			'status'     => 'open',
			'created_by' => $mentee,
			'expires_at' => '2099-01-01 00:00:00',
			'created_at' => gmdate( 'Y-m-d H:i:s' ),
		);
		// Rows as schema 8 left them: no slot taken, duplicates possible.
		$wpdb->insert( Schema::requests_table(), $row );
		$oldest = (int) $wpdb->insert_id;
		$wpdb->insert( Schema::requests_table(), $row );
		$newer = (int) $wpdb->insert_id;

		Schema::fill_open_slots();
		Schema::fill_open_slots();

		$this->assertSame( 'open', ( new RequestService() )->find( $oldest )?->status );
		$this->assertSame( 'cancelled', ( new RequestService() )->find( $newer )?->status );
		$this->assertTrue( ( new RequestRepository() )->open_between( $mentee, 0 ) );
	}

	public function test_declined_cancelled_and_expired_requests_report_no_match(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$mentor      = $this->mentor();
		$asked       = $this->rest(
			'POST',
			'/wayfinder/v1/requests',
			array(
				'type'   => 'coordinator_request',
				'mentee' => $this->make_user( 'subscriber' ),
				'mentor' => $mentor,
			),
			$coordinator
		)->get_data()['id'];

		$declined = $this->rest( 'POST', "/wayfinder/v1/requests/{$asked}/decline", array( 'reason' => 'No time this month.' ), $mentor );
		$this->assertSame( 'declined', $declined->get_data()['status'] );
		$this->assertNull( $declined->get_data()['match'] );
		$this->assertArrayNotHasKey( 'match', $declined->get_links() );

		$mentee    = $this->waiting();
		$cancelled = $this->rest( 'POST', '/wayfinder/v1/requests/' . $this->queue_request( $mentee ) . '/cancel', array(), $mentee );
		$this->assertNull( $cancelled->get_data()['match'] );
		$this->assertArrayNotHasKey( 'match', $cancelled->get_links() );
	}

	public function test_a_filled_request_for_any_mentor_still_says_the_mentee_asked_for_any_mentor(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$mentor      = $this->mentor();
		$mentee      = $this->waiting();
		$request     = $this->queue_request( $mentee );

		$accepted = $this->rest( 'POST', "/wayfinder/v1/requests/{$request}/accept", array(), $mentor );
		$named    = $this->rest(
			'POST',
			'/wayfinder/v1/requests',
			array(
				'type'   => 'coordinator_request',
				'mentee' => $this->make_user( 'subscriber' ),
				'mentor' => $mentor,
			),
			$coordinator
		);

		$this->assertSame( 'accepted', $accepted->get_data()['status'] );
		$this->assertSame( $mentor, $accepted->get_data()['mentor'], 'the mentor who took it' );
		$this->assertTrue( $accepted->get_data()['any_mentor'], 'and still a request for any mentor' );
		$this->assertFalse( $named->get_data()['any_mentor'] );
	}

	public function test_an_offer_reaches_only_people_waiting_in_the_mentors_list_and_otherwise_reveals_nothing(): void {
		$mentor     = $this->mentor();
		$reviewer   = $this->make_user( 'wayfinder_reviewer' );
		$has_mentor = $this->make_user( 'subscriber' );
		$this->assertIsInt( ( new MatchService() )->start( $has_mentor, $this->mentor(), 'coordinator', 0 ) );
		$this->sent_mail = array();

		foreach ( array( $reviewer, $has_mentor, 987654321 ) as $who ) {
			$offer = $this->rest(
				'POST',
				'/wayfinder/v1/requests',
				array(
					'type'   => 'mentor_offer',
					'mentee' => $who,
				),
				$mentor
			);
			$this->assertSame( 404, $offer->get_status() );
			$this->assertSame( 'wayfinder_not_waiting', $offer->get_data()['code'] );
			if ( $who < 987654321 ) {
				$this->assertStringNotContainsString( get_userdata( $who )->display_name, (string) wp_json_encode( $offer->get_data() ) );
			}
			$this->assertStringNotContainsString( 'already has a mentor', (string) wp_json_encode( $offer->get_data() ) );
		}
		$this->assertSame( array(), $this->sent_mail, 'nobody is emailed' );

		$waiting = $this->waiting();
		$offer   = $this->rest(
			'POST',
			'/wayfinder/v1/requests',
			array(
				'type'   => 'mentor_offer',
				'mentee' => $waiting,
			),
			$mentor
		);
		$this->assertSame( 201, $offer->get_status() );
		$this->assertSame( array( $this->email( $waiting ) ), $this->recipients() );
	}

	public function test_a_decline_reason_longer_than_the_audit_trail_keeps_is_refused_and_nothing_is_lost(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$mentor      = $this->mentor();
		$id          = ( new RequestService() )->create(
			array(
				'type'   => 'coordinator_request',
				'mentee' => $this->make_user( 'subscriber' ),
				'mentor' => $mentor,
			),
			$coordinator
		);
		$this->assertIsInt( $id );

		$long = $this->rest( 'POST', "/wayfinder/v1/requests/{$id}/decline", array( 'reason' => str_repeat( 'a', 201 ) ), $mentor );
		$this->assertSame( 400, $long->get_status() );
		$this->assertSame( 'rest_invalid_param', $long->get_data()['code'] );
		$this->assertStringContainsString( 'at most 200 characters', (string) wp_json_encode( $long->get_data()['data']['params'] ) );
		$this->assertSame( 'open', ( new RequestService() )->find( $id )?->status, 'nothing happened' );

		$reason = str_repeat( 'b', 200 );
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/requests/{$id}/decline", array( 'reason' => $reason ), $mentor )->get_status() );
		$events = $this->rest( 'GET', '/wayfinder/v1/events', array( 'object_id' => $id ), $coordinator )->get_data();
		$this->assertContains( $reason, array_column( $events, 'reason' ), 'the whole reason is in the audit trail' );
	}

	public function test_every_email_about_a_request_links_to_where_its_reader_acts(): void {
		$page = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'My mentorship',
				'post_content' => '<!-- wp:wayfinder/my-mentorship /-->',
			)
		);
		$this->assertIsInt( $page );
		$link        = (string) get_permalink( $page );
		$mentor      = $this->mentor();
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$mentee      = $this->make_user( 'subscriber' );

		$named = ( new RequestService() )->create(
			array(
				'type'   => 'mentee_request',
				'mentor' => $mentor,
			),
			$mentee
		);
		$this->assertIsInt( $named );
		$this->assertSame( array( $this->email( $mentor ) ), $this->recipients() );
		$this->assertStringContainsString( $link, $this->sent_mail[0]['message'], 'the mentor answers on My mentorship' );

		$this->sent_mail = array();
		$asked           = ( new RequestService() )->create(
			array(
				'type'   => 'coordinator_request',
				'mentee' => $this->make_user( 'subscriber' ),
				'mentor' => $mentor,
			),
			$coordinator
		);
		$this->assertIsInt( $asked );
		$this->sent_mail = array();
		$this->assertTrue( ( new RequestService() )->decide( $asked, false, $mentor, 'Full this month.' ) );
		$to_coordinator = array_column( $this->sent_mail, 'message', 'to' )[ $this->email( $coordinator ) ] ?? '';
		$this->assertStringContainsString( admin_url( 'admin.php?page=wayfinder&screen=requests&request=' . $asked ), $to_coordinator, 'the coordinator acts in the admin app' );

		update_option( Settings::COORDINATOR_DIGEST, 'off' );
		$this->sent_mail = array();
		$queue           = ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $this->make_user( 'subscriber' ) );
		$this->assertIsInt( $queue );
		$to_coordinator = array_column( $this->sent_mail, 'message', 'to' )[ $this->email( $coordinator ) ] ?? '';
		$this->assertStringContainsString( admin_url( 'admin.php?page=wayfinder&screen=requests&request=' . $queue ), $to_coordinator );
	}

	public function test_coordinators_get_one_daily_digest_of_new_waiting_mentees(): void {
		$this->assertSame( 'daily', Settings::coordinator_digest(), 'the default' );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$first       = $this->make_user( 'subscriber', 'digest-first' );
		$second      = $this->make_user( 'subscriber', 'digest-second' );
		( new RequestService() )->create( array( 'type' => 'mentee_request' ), $first );
		( new RequestService() )->create( array( 'type' => 'mentee_request' ), $second );
		$this->assertNotContains( $this->email( $coordinator ), $this->recipients(), 'no email per waiting mentee' );

		$notices = new RequestNotices();
		$this->assertGreaterThan( 0, $notices->send_digest() );
		$digest = array_values( array_filter( $this->sent_mail, fn ( array $mail ): bool => $mail['to'] === $this->email( $coordinator ) ) );
		$this->assertCount( 1, $digest, 'one digest' );
		$this->assertSame( '2 people started waiting for a mentor', $digest[0]['subject'] );
		$this->assertStringContainsString( 'digest-first', $digest[0]['message'] );
		$this->assertStringContainsString( 'digest-second', $digest[0]['message'] );
		$this->assertStringContainsString( admin_url( 'admin.php?page=wayfinder&screen=requests' ), $digest[0]['message'] );

		$this->sent_mail = array();
		$this->assertSame( 0, $notices->send_digest(), 'at most once a day: a second run sends nothing' );
		do_action( \Wayfinder\Platform\Cron::HOURLY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the hourly tick.
		$this->assertSame( array(), $this->sent_mail );

		update_option( Settings::COORDINATOR_DIGEST, 'off' );
		delete_option( RequestNotices::DIGEST_STATE );
		$this->assertSame( 0, $notices->send_digest(), 'off: no digest' );
		( new RequestService() )->create( array( 'type' => 'mentee_request' ), $this->make_user( 'subscriber' ) );
		$this->assertContains( $this->email( $coordinator ), $this->recipients(), 'off: an email per waiting mentee' );
	}

	public function test_a_page_past_the_last_is_refused_with_a_sentence_not_a_fatal_error(): void {
		$mentor = $this->mentor();
		foreach ( array( '/wayfinder/v1/mentees/waiting', '/wayfinder/v1/requests' ) as $route ) {
			$response = $this->rest( 'GET', $route, array( 'page' => '9223372036854775807' ), $mentor );
			$this->assertSame( 400, $response->get_status(), $route );
			$this->assertStringContainsString( 'Pages are numbered from 1 to 100,000', (string) wp_json_encode( $response->get_data() ), $route );
		}
		$last = $this->rest( 'GET', '/wayfinder/v1/requests', array( 'page' => 100000 ), $mentor );
		$this->assertSame( 200, $last->get_status() );
		$this->assertSame( array(), $last->get_data() );
	}

	public function test_deleting_an_account_settles_its_requests_and_place_in_the_queue(): void {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		$gone    = $this->waiting();
		$behind  = $this->waiting();
		$request = $this->queue_request( $gone );
		$this->assertSame( 2, ( new MentoringState() )->queue_position( $behind ) );
		$mentor = $this->mentor();
		$asker  = $this->make_user( 'subscriber' );
		$named  = ( new RequestService() )->create(
			array(
				'type'   => 'mentee_request',
				'mentor' => $mentor,
			),
			$asker
		);
		$this->assertIsInt( $named );
		( new RequestService() )->create(
			array(
				'type'   => 'mentor_offer',
				'mentee' => $behind,
			),
			$mentor
		);
		$this->rest( 'POST', "/wayfinder/v1/mentees/waiting/{$behind}/pass", array(), $this->mentor() );

		wp_delete_user( $gone );
		wp_delete_user( $mentor );

		$this->assertSame( 'cancelled', ( new RequestService() )->find( $request )?->status );
		$this->assertSame( 1, ( new MentoringState() )->queue_position( $behind ), 'everyone behind moves up' );
		$this->assertSame( 'cancelled', ( new RequestService() )->find( $named )?->status, 'a request to a deleted mentor is settled' );
		$events = $this->rest( 'GET', '/wayfinder/v1/events', array( 'object_id' => $request ), $this->make_user( 'wayfinder_coordinator' ) )->get_data();
		$cancel = array_values( array_filter( $events, static fn ( array $event ): bool => 'cancelled' === $event['action'] ) );
		$this->assertCount( 1, $cancel, 'the fact is kept' );
		$this->assertSame( 'The account was deleted.', $cancel[0]['reason'], 'without personal text' );
	}

	public function test_opening_and_closing_a_request_fire_one_event_each_with_the_record(): void {
		$opened   = array();
		$closed   = array();
		$on_open  = static function ( RequestOpened $event ) use ( &$opened ): void {
			$opened[] = $event;
		};
		$on_close = static function ( RequestClosed $event ) use ( &$closed ): void {
			$closed[] = $event;
		};
		add_action( RequestOpened::HOOK, $on_open );
		add_action( RequestClosed::HOOK, $on_close );
		try {
			$mentor = $this->mentor();
			$mentee = $this->make_user( 'subscriber' );
			$id     = ( new RequestService() )->create(
				array(
					'type'   => 'mentee_request',
					'mentor' => $mentor,
				),
				$mentee
			);
			$this->assertIsInt( $id );
			$this->assertTrue( ( new RequestService() )->decide( $id, false, $mentor, 'On holiday.' ) );
		} finally {
			remove_action( RequestOpened::HOOK, $on_open );
			remove_action( RequestClosed::HOOK, $on_close );
		}
		$this->assertCount( 1, $opened );
		$this->assertSame( $id, $opened[0]->request->id );
		$this->assertSame( 'open', $opened[0]->request->status );
		$this->assertCount( 1, $closed );
		$this->assertSame( 'declined', $closed[0]->outcome() );
		$this->assertSame( $mentor, $closed[0]->actor_id );
		$this->assertSame( 'On holiday.', $closed[0]->reason );
	}

	public function test_accepting_is_one_change_a_failure_after_the_match_started_leaves_nothing_behind(): void {
		global $wpdb;
		$mentor  = $this->mentor();
		$mentee  = $this->waiting();
		$request = $this->queue_request( $mentee );
		$boom    = static function (): void {
			throw new \RuntimeException( 'The worker died.' );
		};
		add_action( MatchService::STARTED_HOOK, $boom, 15 );
		try {
			( new RequestService() )->decide( $request, true, $mentor );
			$this->fail( 'the failure reaches the caller' );
		} catch ( \RuntimeException $error ) {
			$this->assertSame( 'The worker died.', $error->getMessage() );
		} finally {
			remove_action( MatchService::STARTED_HOOK, $boom, 15 );
		}
		$this->assertSame( 'open', ( new RequestService() )->find( $request )?->status, 'the request is still the mentee’s place in the queue' );
		$matches = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . Schema::matches_table() . ' WHERE mentee_id = %d', $mentee ) ); // phpcs:ignore WordPress.DB
		$this->assertSame( 0, $matches, 'no match was left behind' );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $mentor )->active_mentees, 'the mentor’s count is as it was' );
	}

	public function test_asking_in_a_team_matches_a_mentor_of_that_team_at_once_and_the_team_stays_the_preference(): void {
		$quiz = \Wayfinder\Orientation\QuizSeeder::default_quiz_id();
		$core = $this->mentor( array( 'core' ), 3 );

		$newcomer = $this->make_user( 'subscriber' );
		$asked    = $this->rest( 'POST', "/wayfinder/v1/quizzes/{$quiz}/ask", array( 'team' => 'cli' ), $newcomer );
		$this->assertSame( 201, $asked->get_status(), (string) wp_json_encode( $asked->get_data() ) );
		$this->assertSame( 'created', $asked->get_data()['status'], 'no mentor of Command Line has room: they wait' );
		$this->assertFalse( ( new MentoringState() )->of( $newcomer )['mentee']['has_mentor'], 'never matched to a Core mentor' );

		$again = $this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $newcomer );
		$this->assertLessThan( 300, $again->get_status() );
		$this->assertFalse( ( new MentoringState() )->of( $newcomer )['mentee']['has_mentor'], 'looking again keeps the team' );
		$this->assertNotContains( $newcomer, $this->waiting_list( $core ), 'nor is a Core mentor offered them' );
		$this->assertSame( 'cli', ( new ProfileRepository() )->find( $newcomer )->preferred_team );

		$cli     = $this->mentor( array( 'cli' ), 2 );
		$someone = $this->make_user( 'subscriber' );
		$matched = $this->rest( 'POST', "/wayfinder/v1/quizzes/{$quiz}/ask", array( 'team' => 'cli' ), $someone );
		$this->assertSame( 'matched', $matched->get_data()['status'], (string) wp_json_encode( $matched->get_data() ) );
		$this->assertStringContainsString( get_userdata( $cli )->display_name, $matched->get_data()['message'] );
		$state = ( new MentoringState() )->of( $someone )['mentee'];
		$this->assertTrue( $state['has_mentor'] );
		$this->assertSame( $cli, $state['mentor']['id'] );
		$this->assertContains( $newcomer, $this->waiting_list( $cli ), 'the Command Line mentor sees who waits for their team' );
	}
}
