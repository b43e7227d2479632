<?php
/**
 * What people hit around matches (issue 12): an ending needs a reason and says what happens next; a
 * mentor's absence reaches their mentees; a move checks whether the new mentor can take mentees now
 * and a backup taking over is recorded as such; a mentor with room again is matched with the
 * longest-waiting mentee who fits, without anyone having to "look again"; the audit trail reads as
 * sentences; emails link to where people act; a page past the end is a 400 with a sentence.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\AuditTrail;
use Wayfinder\Mentorship\AutoAssigner;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\MentoringState;
use Wayfinder\Mentorship\Reassigner;
use Wayfinder\Platform\Cron;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class MatchOutcomesTest extends TestCase {

	private const EVENINGS = array( array( 2, '18:00', '20:00' ), array( 4, '18:00', '20:00' ) );

	/** @param list<string> $languages */
	private function mentor( string $name, int $capacity = 2, array $languages = array( 'en' ) ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		wp_update_user(
			array(
				'ID'           => $mentor,
				'display_name' => $name,
			)
		);
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', $languages, array( 'core' ), array(), self::EVENINGS, '', $capacity ) );
		return $mentor;
	}

	/** @param list<string> $languages */
	private function mentee( string $name, array $languages = array( 'en' ) ): int {
		$mentee = $this->make_user( 'subscriber' );
		wp_update_user(
			array(
				'ID'           => $mentee,
				'display_name' => $name,
			)
		);
		( new ProfileRepository() )->save( new Profile( $mentee, 'Europe/Berlin', $languages, array( 'core' ), array(), self::EVENINGS ) );
		return $mentee;
	}

	private function active( int $mentee, int $mentor ): int {
		$id = ( new MatchService() )->start( $mentee, $mentor, 'mentee_request', $mentee );
		$this->assertIsInt( $id );
		$this->sent_mail = array();
		return $id;
	}

	/** @return array<string, mixed> */
	private function mentee_state( int $mentee ): array {
		return $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $mentee )->get_data()['mentee'];
	}

	/** @return array<string, list<array<string, mixed>>> */
	private function mail_by_recipient(): array {
		$by = array();
		foreach ( $this->sent_mail as $mail ) {
			$by[ (string) $mail['to'] ][] = $mail;
		}
		return $by;
	}

	private function email( int $user ): string {
		return get_userdata( $user )->user_email;
	}

	public function test_ending_a_match_needs_a_reason_there_is_no_default(): void {
		$mentor = $this->mentor( 'Anna Schmidt' );
		$match  = $this->active( $this->mentee( 'Jonas Weber' ), $mentor );

		$response = $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array(), $mentor );

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'rest_missing_callback_param', $response->get_data()['code'] );
		$this->assertSame( 'active', ( new MatchService() )->find( $match )->status );
		$this->assertSame( array(), $this->sent_mail );
	}

	public function test_the_answer_to_an_ending_says_what_happens_next_for_the_mentee(): void {
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$match = $this->active( $jonas, $anna );

		$next = $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'mentor_quit' ), $anna )->get_data()['next'];

		$this->assertSame( 'waiting', $next['status'] );
		$this->assertSame( 1, $next['position'] );
		$this->assertStringStartsWith( 'Jonas Weber will get a new mentor: they wait in the queue as number 1.', $next['message'] );

		$grace = $this->mentor( 'Grace Hopper' );
		$lucas = $this->mentee( 'Lucas Martin' );
		$other = $this->active( $lucas, $anna );
		$next  = $this->rest( 'POST', "/wayfinder/v1/matches/{$other}/end", array( 'reason' => 'mentee_wants_other' ), $lucas )->get_data()['next'];
		$this->assertSame( array( 'matched', $grace, 'Grace Hopper' ), array( $next['status'], $next['mentor'], $next['mentor_name'] ) );
		$this->assertSame( 'Lucas Martin has a new mentor: Grace Hopper.', $next['message'] );

		$done = $this->active( $this->mentee( 'Meena Iyer' ), $grace );
		$next = $this->rest( 'POST', "/wayfinder/v1/matches/{$done}/end", array( 'reason' => 'completed' ), $grace )->get_data()['next'];
		$this->assertSame( array( 'none', 'The mentorship of Meena Iyer is complete.' ), array( $next['status'], $next['message'] ) );
	}

	public function test_a_mentor_going_away_tells_each_mentee_until_when_and_who_covers(): void {
		$anna    = $this->mentor( 'Anna Schmidt', 3 );
		$grace   = $this->mentor( 'Grace Hopper' );
		$jonas   = $this->mentee( 'Jonas Weber' );
		$lucas   = $this->mentee( 'Lucas Martin' );
		$covered = $this->active( $jonas, $anna );
		( new MatchService() )->set_backup( $covered, $grace, 1 );
		$alone           = $this->active( $lucas, $anna );
		$until           = gmdate( 'Y-m-d', time() + 10 * DAY_IN_SECONDS );
		$this->sent_mail = array();

		$this->rest(
			'PUT',
			'/wayfinder/v1/profiles/me',
			array(
				'mentor' => array(
					'status'     => 'away',
					'away_until' => $until,
				),
			),
			$anna
		);

		$date = date_i18n( (string) get_option( 'date_format' ), (int) strtotime( $until ) );
		$by   = $this->mail_by_recipient();
		$this->assertSame( 'Your backup mentor covers for now', $by[ $this->email( $jonas ) ][0]['subject'] );
		$this->assertStringContainsString( "Anna Schmidt is away until {$date}.", $by[ $this->email( $jonas ) ][0]['message'] );
		$this->assertStringContainsString( 'Grace Hopper', $by[ $this->email( $jonas ) ][0]['message'] );
		$this->assertSame( 'Your mentor is away', $by[ $this->email( $lucas ) ][0]['subject'], 'a mentee without a backup hears it too' );
		$this->assertStringContainsString( "Anna Schmidt is away until {$date}.", $by[ $this->email( $lucas ) ][0]['message'] );

		$state = $this->mentee_state( $jonas );
		$this->assertSame( array( true, $until, 'Grace Hopper' ), array( $state['mentor_away'], $state['mentor_away_until'], $state['covering_mentor'] ) );
		$this->assertNull( $this->mentee_state( $lucas )['covering_mentor'] );
		$match = $this->rest( 'GET', "/wayfinder/v1/matches/{$covered}", array(), $jonas )->get_data();
		$this->assertSame( array( $until, 'Grace Hopper' ), array( $match['mentor_away_until'], $match['covering_mentor'] ) );
		$this->assertNull( $this->rest( 'GET', "/wayfinder/v1/matches/{$alone}", array(), $lucas )->get_data()['covering_mentor'] );
	}

	public function test_a_move_asks_whether_the_new_mentor_can_take_mentees_now_not_their_stored_status(): void {
		$anna        = $this->mentor( 'Anna Schmidt' );
		$back        = $this->mentor( 'Grace Hopper' );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$profiles    = new ProfileRepository();
		// Away until yesterday: back today, though the hourly job has not set the status back yet.
		$profile                = $profiles->find( $back );
		$profile->mentor_status = 'away';
		$profile->away_until    = gmdate( 'Y-m-d', time() - 2 * DAY_IN_SECONDS );
		$profiles->save( $profile );
		$match = $this->active( $this->mentee( 'Jonas Weber' ), $anna );

		$response = $this->rest(
			'POST',
			"/wayfinder/v1/matches/{$match}/reassign",
			array(
				'mentor' => $back,
				'reason' => 'other',
			),
			$coordinator
		);

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'ended', $response->get_data()['ended']['status'] );

		$away                   = $this->mentor( 'Ada Lovelace' );
		$profile                = $profiles->find( $away );
		$profile->mentor_status = 'away';
		$profile->away_until    = gmdate( 'Y-m-d', time() + 5 * DAY_IN_SECONDS );
		$profiles->save( $profile );
		$other    = $this->active( $this->mentee( 'Lucas Martin' ), $anna );
		$response = $this->rest(
			'POST',
			"/wayfinder/v1/matches/{$other}/reassign",
			array(
				'mentor' => $away,
				'reason' => 'other',
			),
			$coordinator
		);
		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'wayfinder_mentor_unavailable', $response->get_data()['code'] );
	}

	public function test_a_backup_who_takes_over_is_recorded_as_the_backup_not_as_automatic(): void {
		$leaving = $this->mentor( 'Anna Schmidt' );
		$grace   = $this->mentor( 'Grace Hopper' );
		$jonas   = $this->mentee( 'Jonas Weber' );
		$match   = $this->active( $jonas, $leaving );
		( new MatchService() )->set_backup( $match, $grace, 1 );
		$this->rest( 'PUT', '/wayfinder/v1/profiles/me', array( 'mentor' => array( 'status' => 'retired' ) ), $leaving );

		( new Reassigner() )->reassign_from( $leaving );

		$state = $this->mentee_state( $jonas );
		$this->assertSame( array( $grace, 'backup' ), array( $state['mentor']['id'], $state['source'] ) );
	}

	public function test_a_mentor_with_room_again_takes_the_longest_waiting_mentee_who_fits_at_once(): void {
		$priya = $this->mentor( 'Priya Raman', 1, array( 'ta' ) );
		$this->active( $this->mentee( 'Meena Iyer', array( 'ta' ) ), $priya );
		$first  = $this->mentee( 'Karthik Subramanian', array( 'ta' ) );
		$second = $this->mentee( 'Arun Kumar', array( 'ta' ) );
		foreach ( array( $first, $second ) as $mentee ) {
			$this->assertSame( 'waiting', $this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $mentee )->get_data()['status'] );
		}
		$match = ( new MatchService() )->list( array( 'mentor' => $priya ), 1, 1 )[0][0]->id;

		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'completed' ), $priya )->get_status() );

		$this->assertSame( $priya, $this->mentee_state( $first )['mentor']['id'], 'matched without looking again' );
		$this->assertSame( 'auto', $this->mentee_state( $first )['source'] );
		$this->assertSame( 1, $this->mentee_state( $second )['queue'], 'the next in line waits for the next place' );
	}

	public function test_the_hourly_tick_matches_waiting_mentees_once_a_mentor_who_fits_has_room(): void {
		$priya = $this->mentor( 'Priya Raman', 1, array( 'ta' ) );
		$this->active( $this->mentee( 'Meena Iyer', array( 'ta' ) ), $priya );
		$karthik = $this->mentee( 'Karthik Subramanian', array( 'ta' ) );
		$this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $karthik );
		// Priya makes room by raising her capacity: no match event says so.
		$profile                  = ( new ProfileRepository() )->find( $priya );
		$profile->mentor_capacity = 2;
		( new ProfileRepository() )->save( $profile );

		do_action( Cron::HOURLY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- it is wayfinder_expire_requests.

		$this->assertSame( $priya, $this->mentee_state( $karthik )['mentor']['id'] );
	}

	public function test_when_a_mentor_who_fits_has_room_the_waiting_mentee_is_told_when_they_are_matched_rather_than_to_look_again(): void {
		$priya = $this->mentor( 'Priya Raman', 1, array( 'ta' ) );
		$this->active( $this->mentee( 'Meena Iyer', array( 'ta' ) ), $priya );
		$karthik = $this->mentee( 'Karthik Subramanian', array( 'ta' ) );
		$this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $karthik );
		// Room made behind the services' back (no event says so).
		$profile                  = ( new ProfileRepository() )->find( $priya );
		$profile->mentor_capacity = 2;
		( new ProfileRepository() )->save( $profile );

		$why = ( new AutoAssigner() )->why_waiting( $karthik );

		$this->assertSame( 'A mentor who fits you has room: Wayfinder matches you within the hour, and you will both hear by email.', $why );
		$this->assertFalse( ( new MentoringState() )->of( $karthik )['mentee']['has_mentor'], 'a page that asks why changes nothing' );
		do_action( Cron::HOURLY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- it is wayfinder_expire_requests.
		$this->assertSame( $priya, ( new MentoringState() )->of( $karthik )['mentee']['mentor']['id'], 'the hourly round matches them' );
	}

	public function test_a_mentor_who_raises_their_capacity_takes_the_longest_waiting_mentee_who_fits_at_once(): void {
		$priya = $this->mentor( 'Priya Raman', 1, array( 'ta' ) );
		$this->active( $this->mentee( 'Meena Iyer', array( 'ta' ) ), $priya );
		$karthik = $this->mentee( 'Karthik Subramanian', array( 'ta' ) );
		$this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $karthik );
		$this->assertFalse( ( new MentoringState() )->of( $karthik )['mentee']['has_mentor'] );

		$saved = $this->rest( 'PATCH', '/wayfinder/v1/profiles/me', array( 'mentor' => array( 'capacity' => 2 ) ), $priya );

		$this->assertSame( 200, $saved->get_status() );
		$this->assertSame( $priya, ( new MentoringState() )->of( $karthik )['mentee']['mentor']['id'] );
	}

	public function test_each_audit_event_reads_as_a_sentence_with_names_not_codes(): void {
		$anna        = $this->mentor( 'Anna Schmidt' );
		$jonas       = $this->mentee( 'Jonas Weber' );
		$match       = $this->active( $jonas, $anna );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'mentee_wants_other' ), $jonas );
		( new AuditTrail() )->record( 'request', 7, 'accepted', $anna, '', array( 'match' => $match ) );

		$events = $this->rest( 'GET', '/wayfinder/v1/events', array( 'person' => $jonas ), $coordinator )->get_data();
		$said   = array_column( $events, 'summary', 'action' );

		$this->assertSame( 'Jonas Weber and Anna Schmidt were matched when the mentor accepted the mentee’s request.', $said['started'] );
		$this->assertSame( 'The match ended because the mentee wants a different mentor. The mentee waits in the queue for a new mentor.', $said['ended'] );
		$request = $this->rest( 'GET', '/wayfinder/v1/events', array( 'object_type' => 'request' ), $coordinator )->get_data();
		$this->assertSame( 'The request was accepted and the mentorship started.', array_column( $request, 'summary', 'object_id' )[7] );
		foreach ( array_merge( $events, $request ) as $event ) {
			$this->assertDoesNotMatchRegularExpression( '/#\d|_/', $event['summary'], 'no codes, no numbers standing for things' );
		}
	}

	public function test_emails_about_a_match_link_to_the_my_mentorship_page_and_coordinators_to_the_match(): void {
		$page  = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'My mentorship',
				'post_content' => '<!-- wp:wayfinder/my-mentorship /-->',
			)
		);
		$anna  = $this->mentor( 'Anna Schmidt' );
		$jonas = $this->mentee( 'Jonas Weber' );
		$match = $this->active( $jonas, $anna );

		$this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'inactivity' ), $this->make_user( 'wayfinder_coordinator' ) );

		$this->assertNotEmpty( $this->sent_mail );
		foreach ( $this->sent_mail as $mail ) {
			$this->assertStringEndsWith( "\n\n" . get_permalink( $page ), $mail['message'] );
		}

		$coordinator     = $this->make_user( 'wayfinder_coordinator' );
		$proposal        = $this->rest(
			'POST',
			'/wayfinder/v1/matches',
			array(
				'mentee' => $this->mentee( 'Lucas Martin' ),
				'mentor' => $anna,
			),
			$coordinator
		)->get_data()['id'];
		$this->sent_mail = array();
		$this->rest( 'POST', "/wayfinder/v1/matches/{$proposal}/decline", array(), $anna );
		$declined       = array_values( array_filter( $this->mail_by_recipient()[ $this->email( $coordinator ) ], static fn ( array $mail ): bool => 'A proposed mentor declined Lucas Martin' === $mail['subject'] ) );
		$to_coordinator = $declined[0]['message'];
		$this->assertStringContainsString( admin_url( 'admin.php?page=wayfinder&screen=matches' ), $to_coordinator );
	}

	public function test_a_page_past_the_end_is_a_400_with_a_sentence_not_a_query(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		foreach ( array( '/wayfinder/v1/matches', '/wayfinder/v1/events' ) as $route ) {
			$response = $this->rest( 'GET', $route, array( 'page' => '9223372036854775807' ), $coordinator );
			$this->assertSame( 400, $response->get_status(), $route );
			$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
			$this->assertStringContainsString( 'Pages are numbered from 1 to 100,000', (string) wp_json_encode( $response->get_data()['data']['params'] ) );
		}
	}
}
