<?php
/**
 * Ending a match on purpose (who may give which reason, what follows), the emails around requests and
 * matches, and the preferences a mentee states when they ask.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Tests\Integration\TestCase;

final class EndingsAndNoticesTest extends TestCase {

	private const EVENINGS = array( array( 2, '18:00', '20:00' ), array( 4, '18:00', '20:00' ) );

	/** @param list<string> $languages */
	private function mentor( array $languages = array( 'en' ), int $capacity = 2, string $intro = '' ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', $languages, array( 'core' ), array(), self::EVENINGS, $intro, $capacity ) );
		return $mentor;
	}

	private function mentee( string $intro = '' ): int {
		$mentee = $this->make_user( 'subscriber' );
		( new ProfileRepository() )->save( new Profile( $mentee, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), self::EVENINGS, $intro ) );
		return $mentee;
	}

	private function active_match( int $mentee, int $mentor ): int {
		$id = ( new MatchService() )->start( $mentee, $mentor, 'mentee_request', $mentee );
		$this->assertIsInt( $id );
		// The introduction both sides get is the fixture's, not what these tests are about.
		$this->sent_mail = array();
		return $id;
	}

	/** @return list<string> Addresses mail went to, in order. */
	private function recipients(): array {
		return array_map( static fn ( array $mail ): string => (string) $mail['to'], $this->sent_mail );
	}

	private function email( int $user_id ): string {
		return get_userdata( $user_id )->user_email;
	}

	public function test_a_mentee_who_wants_a_different_mentor_gets_the_next_one_never_the_last(): void {
		$first  = $this->mentor();
		$second = $this->mentor();
		$mentee = $this->mentee();
		$match  = $this->active_match( $mentee, $first );

		$response = $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'mentee_wants_other' ), $mentee );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'ended', $response->get_data()['status'] );
		$state = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $mentee )->get_data()['mentee'];
		$this->assertSame( $second, $state['mentor']['id'], 'the other mentor, not the one the mentee left' );
		$this->assertSame( 'auto', $state['source'] );
		$this->assertContains( $this->email( $first ), $this->recipients(), 'the mentor who was left is told' );
		$ended = array_values( array_filter( $this->sent_mail, fn ( array $m ): bool => $m['to'] === $this->email( $first ) ) )[0];
		$this->assertStringContainsString( 'the mentee wants a different mentor', $ended['message'] );
		$this->assertStringContainsString( get_userdata( $second )->display_name, $ended['message'], 'and who took over' );
	}

	public function test_each_side_may_only_give_its_own_reasons_and_a_refusal_changes_nothing(): void {
		$mentor = $this->mentor();
		$mentee = $this->mentee();
		$match  = $this->active_match( $mentee, $mentor );

		$response = $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'mentor_quit' ), $mentee );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'wayfinder_reason_not_yours', $response->get_data()['code'] );
		$this->assertStringContainsString( 'mentee_wants_other, mentee_stopped, completed, other', $response->get_data()['message'] );
		$response = $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'mentee_stopped' ), $mentor );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'active', ( new MatchService() )->find( $match )['status'], 'nothing changed' );
		$this->assertSame( array(), $this->sent_mail );

		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'inactivity' ), $coordinator )->get_status(), 'coordinators may give any reason' );
		$this->assertEqualsCanonicalizing( array( $this->email( $mentee ), $this->email( $mentor ) ), $this->recipients(), 'both sides hear it from a coordinator' );
	}

	public function test_a_mentor_who_gives_a_mentee_up_leaves_them_in_the_queue_when_nobody_else_fits(): void {
		$mentor = $this->mentor();
		$mentee = $this->mentee();
		$match  = $this->active_match( $mentee, $mentor );

		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/end", array( 'reason' => 'mentor_quit' ), $mentor )->get_status() );

		$state = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $mentee )->get_data()['mentee'];
		$this->assertFalse( $state['has_mentor'], 'the same mentor is never given back' );
		$this->assertSame( 1, $state['queue'] );
		$this->assertNotContains( $this->email( $mentor ), $this->recipients(), 'the mentor ended it and needs no email' );
		$by_recipient = array_column( $this->sent_mail, 'message', 'to' );
		$this->assertStringContainsString( 'Number 1 in the queue', $by_recipient[ $this->email( $mentee ) ], 'the mentee is told where they stand' );
		$this->assertArrayNotHasKey( 'admin@example.org', $by_recipient, 'coordinators hear of people waiting in one daily digest' );
		( new \Wayfinder\Notifications\RequestNotices() )->send_digest();
		$this->assertArrayHasKey( 'admin@example.org', array_column( $this->sent_mail, 'message', 'to' ), 'coordinators hear that someone waits' );
	}

	public function test_an_automatic_match_introduces_both_sides_to_each_other(): void {
		$mentor = $this->mentor( array( 'en' ), 2, 'I maintain the block editor docs.' );
		$mentee = $this->mentee( 'I build sites for local shops.' );

		$this->assertSame( 'matched', $this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $mentee )->get_data()['status'] );

		$by_recipient = array_column( $this->sent_mail, 'message', 'to' );
		$this->assertStringContainsString( 'I maintain the block editor docs.', $by_recipient[ $this->email( $mentee ) ] );
		$this->assertStringContainsString( $this->email( $mentor ), $by_recipient[ $this->email( $mentee ) ], 'how to reach the mentor' );
		$this->assertStringContainsString( 'I build sites for local shops.', $by_recipient[ $this->email( $mentor ) ] );
	}

	public function test_opting_in_on_the_profile_runs_automatic_assignment(): void {
		$mentor = $this->mentor();
		$mentee = $this->mentee();

		$response = $this->rest( 'POST', '/wayfinder/v1/profiles/me', array( 'mentee' => array( 'seeking' => true ) ), $mentee );

		$this->assertSame( 200, $response->get_status() );
		$state = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $mentee )->get_data()['mentee'];
		$this->assertSame( $mentor, $state['mentor']['id'] );
	}

	public function test_a_cancelled_request_tells_the_mentor_why_and_the_audit_trail_keeps_it(): void {
		$mentor          = $this->mentor();
		$mentee          = $this->mentee();
		$request         = ( new RequestService() )->create(
			array(
				'type'   => 'mentee_request',
				'mentor' => $mentor,
			),
			$mentee
		);
		$this->sent_mail = array();

		$response = $this->rest( 'POST', "/wayfinder/v1/requests/{$request}/cancel", array( 'reason' => 'Found a mentor at WordCamp' ), $mentee );

		$this->assertSame( 'cancelled', $response->get_data()['status'] );
		$this->assertSame( array( $this->email( $mentor ) ), $this->recipients() );
		$this->assertStringContainsString( 'Reason given: Found a mentor at WordCamp', $this->sent_mail[0]['message'] );
		$events = $this->rest(
			'GET',
			'/wayfinder/v1/events',
			array(
				'object_type' => 'request',
				'object_id'   => $request,
			),
			$this->make_user( 'wayfinder_coordinator' )
		)->get_data();
		$this->assertSame( array( 'cancelled', 'created' ), array_column( $events, 'action' ) );
		$this->assertSame( 'Found a mentor at WordCamp', $events[0]['reason'] );
		$this->assertSame( $mentee, $events[0]['actor'] );
	}

	public function test_an_expired_request_tells_the_mentee_they_can_ask_again(): void {
		global $wpdb;
		$mentee  = $this->mentee();
		$mentor  = $this->mentor();
		$request = ( new RequestService() )->create(
			array(
				'type'   => 'mentee_request',
				'mentor' => $mentor,
			),
			$mentee
		);
		$wpdb->update( Schema::requests_table(), array( 'expires_at' => '2000-01-01 00:00:00' ), array( 'id' => $request ) );
		$this->sent_mail = array();

		$this->assertSame( 1, ( new RequestService() )->expire_due() );

		$this->assertEqualsCanonicalizing( array( $this->email( $mentee ), $this->email( $mentor ) ), $this->recipients() );
		$this->assertStringContainsString( 'can ask again', $this->sent_mail[0]['message'] );
	}

	public function test_a_request_within_a_team_and_language_becomes_the_mentees_preference_for_matching(): void {
		$english = $this->mentor( array( 'en' ), 5 );
		$spanish = $this->mentor( array( 'es', 'en' ), 1 );
		$mentee  = $this->mentee();
		$asked   = $this->rest(
			'POST',
			'/wayfinder/v1/requests',
			array(
				'type'     => 'mentee_request',
				'team'     => 'polyglots',
				'language' => 'es',
			),
			$mentee
		);
		$this->assertSame( 201, $asked->get_status() );
		$profile = ( new ProfileRepository() )->find( $mentee );
		$this->assertSame( 'polyglots', $profile->preferred_team );
		$this->assertSame( 'es', $profile->preferred_language );

		$suggestions = $this->rest( 'GET', '/wayfinder/v1/board/suggestions', array( 'mentee' => $mentee ), $this->make_user( 'wayfinder_coordinator' ) )->get_data()['suggestions'];
		$this->assertSame( array( $spanish ), array_column( $suggestions, 'mentor' ), 'only the mentor who speaks Spanish, though the other has more room' );
		$this->assertNotContains( $english, array_column( $suggestions, 'mentor' ) );
	}

	public function test_a_request_for_an_unknown_team_is_refused_and_nothing_is_saved(): void {
		global $wpdb;
		$mentee   = $this->mentee();
		$response = $this->rest(
			'POST',
			'/wayfinder/v1/requests',
			array(
				'type' => 'mentee_request',
				'team' => 'astronauts',
			),
			$mentee
		);

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'wayfinder_unknown_team', $response->get_data()['code'] );
		$this->assertStringContainsString( 'astronauts', $response->get_data()['message'] );
		$table = Schema::requests_table();
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE mentee_id = %d", $mentee ) ) ); // phpcs:ignore WordPress.DB -- our table.
		$this->assertSame( '', ( new ProfileRepository() )->find( $mentee )->preferred_team );
	}

	public function test_a_full_mentor_is_told_why_instead_of_a_list_of_waiting_mentees(): void {
		$mentor = $this->mentor( array( 'en' ), 1 );
		$this->active_match( $this->mentee(), $mentor );
		( new RequestService() )->create( array( 'type' => 'mentee_request' ), $this->mentee() );

		$response = $this->rest( 'GET', '/wayfinder/v1/mentees/waiting', array(), $mentor );

		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'wayfinder_mentor_unavailable', $response->get_data()['code'] );
		$this->assertStringContainsString( 'You have 1 of 1 mentees', $response->get_data()['message'] );
	}

	public function test_only_team_representatives_can_represent_a_team(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$docs        = get_page_by_path( 'docs', OBJECT, TeamPostType::POST_TYPE );
		$subscriber  = $this->make_user( 'subscriber' );

		$response = $this->rest( 'POST', '/wayfinder/v1/teams/' . $docs->ID, array( 'meta' => array( TeamPostType::REPRESENTATIVES => array( $subscriber ) ) ), $coordinator );

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'wayfinder_not_a_representative', $response->get_data()['code'] );
		$this->assertStringContainsString( 'Team representative role', $response->get_data()['message'] );
		$this->assertNotContains( $subscriber, (array) get_post_meta( $docs->ID, TeamPostType::REPRESENTATIVES, true ) );
	}

	public function test_a_coordinator_moves_a_mentee_to_another_mentor_as_a_proposal(): void {
		$first       = $this->mentor();
		$second      = $this->mentor();
		$mentee      = $this->mentee();
		$match       = $this->active_match( $mentee, $first );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );

		$response = $this->rest(
			'POST',
			"/wayfinder/v1/matches/{$match}/reassign",
			array(
				'mentor' => $second,
				'reason' => 'mentee_wants_other',
			),
			$coordinator
		);

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'ended', $response->get_data()['ended']['status'] );
		$new = ( new MatchService() )->find( (int) $response->get_data()['match'] );
		$this->assertSame( array( $mentee, $second, 'proposed', 'coordinator' ), array( (int) $new['mentee_id'], (int) $new['mentor_id'], $new['status'], $new['source'] ) );
		$this->assertContains( $this->email( $second ), $this->recipients(), 'the new mentor is asked to confirm' );
		$this->assertContains( $this->email( $first ), $this->recipients(), 'the old mentor hears it ended' );
	}

	public function test_a_move_to_a_full_mentor_is_refused_before_anything_ends(): void {
		$first  = $this->mentor();
		$full   = $this->mentor( array( 'en' ), 1 );
		$mentee = $this->mentee();
		$match  = $this->active_match( $mentee, $first );
		$this->active_match( $this->mentee(), $full );

		$response = $this->rest(
			'POST',
			"/wayfinder/v1/matches/{$match}/reassign",
			array(
				'mentor' => $full,
				'reason' => 'other',
			),
			$this->make_user( 'wayfinder_coordinator' )
		);

		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'wayfinder_at_capacity', $response->get_data()['code'] );
		$this->assertSame( 'active', ( new MatchService() )->find( $match )['status'], 'the mentee keeps their mentor' );
		$this->assertSame( array(), $this->sent_mail );
	}

	public function test_coordinators_filter_requests_by_team_language_and_how_long_people_have_waited(): void {
		global $wpdb;
		$service  = new RequestService();
		$polyglot = $service->create(
			array(
				'type'     => 'mentee_request',
				'team'     => 'polyglots',
				'language' => 'es',
			),
			$this->mentee()
		);
		$core     = $service->create(
			array(
				'type' => 'mentee_request',
				'team' => 'core',
			),
			$this->mentee()
		);
		$wpdb->update( Schema::requests_table(), array( 'created_at' => gmdate( 'Y-m-d H:i:s', time() - 10 * DAY_IN_SECONDS ) ), array( 'id' => $core ) );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$ids         = fn ( array $filters ): array => array_column( $this->rest( 'GET', '/wayfinder/v1/requests', $filters, $coordinator )->get_data(), 'id' );

		$this->assertSame( array( $polyglot ), $ids( array( 'team' => 'polyglots' ) ) );
		$this->assertSame( array( $polyglot ), $ids( array( 'language' => 'es' ) ) );
		$this->assertSame( array( $core ), $ids( array( 'older_than' => 7 ) ) );
		$this->assertSame( array( $core, $polyglot ), $ids( array( 'order' => 'asc' ) ), 'longest waiting first' );
		$this->assertSame( 400, $this->rest( 'GET', '/wayfinder/v1/requests', array( 'language' => 'Spanish!' ), $coordinator )->get_status() );
	}
}
