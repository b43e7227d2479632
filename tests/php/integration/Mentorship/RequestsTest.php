<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\RequestService;
use Wayfinder\Notifications\RequestNotices;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class RequestsTest extends TestCase {

	private function mentor( int $capacity = 2 ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'UTC', array( 'en' ), array(), array(), array(), '', $capacity ) );
		return $mentor;
	}

	/** Someone waiting for any mentor (an open request), the only people a mentor may offer to mentor. */
	private function waiting_mentee(): int {
		$mentee = $this->make_user( 'subscriber' );
		$this->ask( array( 'type' => 'mentee_request' ), $mentee );
		$this->sent_mail = array();
		return $mentee;
	}

	/** @param array<string, mixed> $fields */
	private function ask( array $fields, int $as ): \WP_REST_Response {
		return $this->rest( 'POST', '/wayfinder/v1/requests', $fields, $as );
	}

	private function answer( int $id, string $action, int $as ): \WP_REST_Response {
		return $this->rest( 'POST', "/wayfinder/v1/requests/$id/$action", array(), $as );
	}

	/** @return list<string> */
	private function mail_to(): array {
		return array_map( static fn ( array $mail ): string => (string) $mail['to'], $this->sent_mail );
	}

	public function test_a_mentee_asks_a_named_mentor_who_is_emailed_and_accepts(): void {
		$mentee = $this->make_user( 'subscriber' );
		$mentor = $this->mentor();

		$asked = $this->ask(
			array(
				'type'    => 'mentee_request',
				'mentor'  => $mentor,
				'message' => 'I would love help with my first patch.',
			),
			$mentee
		);
		$this->assertSame( 201, $asked->get_status(), (string) wp_json_encode( $asked->get_data() ) );
		$this->assertSame( 'open', $asked->get_data()['status'] );
		$this->assertSame( array( get_userdata( $mentor )->user_email ), $this->mail_to() );
		$this->assertStringContainsString( 'I would love help with my first patch.', $this->sent_mail[0]['message'] );

		$id = $asked->get_data()['id'];
		$this->assertSame( 404, $this->answer( $id, 'accept', $this->mentor() )->get_status(), 'another mentor cannot take a request for someone else' );
		$accepted = $this->answer( $id, 'accept', $mentor );
		$this->assertSame( 200, $accepted->get_status() );
		$this->assertSame( 'accepted', $accepted->get_data()['status'] );
		$this->assertIsInt( $accepted->get_data()['match'] );
		$subjects = array_column( $this->sent_mail, 'subject', 'to' );
		$this->assertSame( 'Your mentor is ' . get_userdata( $mentor )->display_name, $subjects[ get_userdata( $mentee )->user_email ], 'the mentee hears back with the introduction' );
		$this->assertStringContainsString( 'accepted your request', array_column( $this->sent_mail, 'message', 'to' )[ get_userdata( $mentee )->user_email ] );
		$this->assertCount( 2, $this->sent_mail, 'one introduction each, no separate "accepted" email' );

		$state = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $mentee )->get_data()['mentee'];
		$this->assertSame( $mentor, $state['mentor']['id'] );
		$this->assertSame( 'mentee_request', $state['source'] );
	}

	public function test_a_request_for_any_mentor_reaches_coordinators_and_any_mentor_can_take_it(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$mentee      = $this->make_user( 'subscriber' );
		$mentor      = $this->mentor();
		$asked       = $this->ask(
			array(
				'type' => 'mentee_request',
				'team' => 'polyglots',
			),
			$mentee
		);
		$this->assertNotContains( get_userdata( $coordinator )->user_email, $this->mail_to(), 'coordinators hear of it in their daily digest, not one email per person' );
		( new RequestNotices() )->send_digest();
		$this->assertContains( get_userdata( $coordinator )->user_email, $this->mail_to() );

		$open = $this->rest( 'GET', '/wayfinder/v1/requests', array( 'status' => 'open' ), $mentor )->get_data();
		$this->assertSame( array( $asked->get_data()['id'] ), array_column( $open, 'id' ), 'mentors see who is waiting' );
		$this->assertSame( array(), $this->rest( 'GET', '/wayfinder/v1/requests', array(), $this->make_user( 'subscriber' ) )->get_data(), 'other people do not' );

		$this->assertSame( 200, $this->answer( $asked->get_data()['id'], 'accept', $mentor )->get_status() );
	}

	public function test_a_coordinator_asks_a_mentor_who_declines_and_the_coordinator_is_told(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$mentor      = $this->mentor();
		$asked       = $this->ask(
			array(
				'type'   => 'coordinator_request',
				'mentee' => $this->make_user( 'subscriber' ),
				'mentor' => $mentor,
			),
			$coordinator
		);
		$this->assertSame( 201, $asked->get_status() );
		$declined = $this->answer( $asked->get_data()['id'], 'decline', $mentor );
		$this->assertSame( 'declined', $declined->get_data()['status'] );
		$this->assertSame( get_userdata( $coordinator )->user_email, end( $this->sent_mail )['to'] );
		$this->assertSame( 409, $this->answer( $asked->get_data()['id'], 'accept', $mentor )->get_status(), 'a declined request stays declined' );
	}

	public function test_a_mentor_offers_and_the_mentee_accepts_as_a_mentor_offer(): void {
		$mentor = $this->mentor();
		$mentee = $this->waiting_mentee();
		$offer  = $this->ask(
			array(
				'type'   => 'mentor_offer',
				'mentee' => $mentee,
			),
			$mentor
		);
		$this->assertSame( 201, $offer->get_status() );
		$this->assertSame( $mentor, $offer->get_data()['mentor'] );
		$this->assertSame( array( get_userdata( $mentee )->user_email ), $this->mail_to() );
		$this->assertSame( 200, $this->answer( $offer->get_data()['id'], 'accept', $mentee )->get_status() );
		$this->assertSame( 'mentor_offer', $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $mentee )->get_data()['mentee']['source'] );
	}

	public function test_accepting_for_a_full_mentor_is_refused_and_the_request_stays_open(): void {
		$mentor = $this->mentor( 1 );
		$this->ask(
			array(
				'type'   => 'mentor_offer',
				'mentee' => $first = $this->waiting_mentee(),
			),
			$mentor
		);
		$second_offer = $this->ask(
			array(
				'type'   => 'mentor_offer',
				'mentee' => $second = $this->waiting_mentee(),
			),
			$mentor
		);
		$first_offer = $this->rest( 'GET', '/wayfinder/v1/requests', array(), $first )->get_data()[0];
		$this->assertSame( 200, $this->answer( $first_offer['id'], 'accept', $first )->get_status() );

		$refused = $this->answer( $second_offer->get_data()['id'], 'accept', $second );
		$this->assertSame( 409, $refused->get_status() );
		$this->assertSame( 'wayfinder_at_capacity', $refused->get_data()['code'] );
		$this->assertSame( 'open', ( new RequestService() )->find( $second_offer->get_data()['id'] )?->status );
	}

	/** @return array<string, array{0: string, 1: array<string, mixed>, 2: int, 3: string}> */
	public function refused_requests(): array {
		return array(
			'asking on someone else’s behalf'    => array(
				'subscriber',
				array(
					'type'   => 'mentee_request',
					'mentee' => 'other',
				),
				403,
				'wayfinder_forbidden',
			),
			'a subscriber sending an assignment' => array(
				'subscriber',
				array(
					'type'   => 'coordinator_request',
					'mentee' => 'other',
					'mentor' => 'mentor',
				),
				403,
				'wayfinder_forbidden',
			),
			'an assignment without a mentor'     => array(
				'wayfinder_coordinator',
				array(
					'type'   => 'coordinator_request',
					'mentee' => 'other',
				),
				400,
				'wayfinder_missing_mentor',
			),
			'a non-mentor offering'              => array(
				'subscriber',
				array(
					'type'   => 'mentor_offer',
					'mentee' => 'other',
				),
				403,
				'wayfinder_forbidden',
			),
			'asking someone who is not a mentor' => array(
				'subscriber',
				array(
					'type'   => 'mentee_request',
					'mentor' => 'other',
				),
				400,
				'wayfinder_not_a_mentor',
			),
			'an unknown type'                    => array( 'subscriber', array( 'type' => 'adoption' ), 400, 'rest_invalid_param' ),
			'a team slug with spaces'            => array(
				'subscriber',
				array(
					'type' => 'mentee_request',
					'team' => 'core team',
				),
				400,
				'rest_invalid_param',
			),
		);
	}

	/**
	 * @dataProvider refused_requests
	 * @param array<string, mixed> $fields
	 */
	public function test_requests_that_break_the_rules_are_refused_and_nothing_is_saved( string $role, array $fields, int $status, string $code ): void {
		$as  = $this->make_user( $role );
		$map = array(
			'other'  => $this->make_user( 'subscriber' ),
			'mentor' => $this->mentor(),
		);
		foreach ( $fields as $key => $value ) {
			$fields[ $key ] = is_string( $value ) && isset( $map[ $value ] ) && 'type' !== $key ? $map[ $value ] : $value;
		}
		$response = $this->ask( $fields, $as );
		$this->assertSame( $status, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( $code, $response->get_data()['code'] );
		$this->assertSame( array(), ( new RequestService() )->visible_to( $this->make_user( 'wayfinder_coordinator' ), null ) );
		$this->assertSame( array(), $this->sent_mail );
	}

	public function test_asking_twice_or_with_a_mentor_already_is_refused_with_a_reason(): void {
		$mentee = $this->make_user( 'subscriber' );
		$mentor = $this->mentor();
		$this->ask(
			array(
				'type'   => 'mentee_request',
				'mentor' => $mentor,
			),
			$mentee
		);
		$twice = $this->ask(
			array(
				'type'   => 'mentee_request',
				'mentor' => $mentor,
			),
			$mentee
		);
		$this->assertSame( 409, $twice->get_status() );
		$this->assertSame( 'wayfinder_duplicate_request', $twice->get_data()['code'] );

		$id = $this->rest( 'GET', '/wayfinder/v1/requests', array(), $mentee )->get_data()[0]['id'];
		$this->answer( $id, 'accept', $mentor );
		$again = $this->ask( array( 'type' => 'mentee_request' ), $mentee );
		$this->assertSame( 409, $again->get_status() );
		$this->assertSame( 'wayfinder_has_mentor', $again->get_data()['code'] );
	}

	public function test_the_creator_cancels_an_open_request_and_nobody_else_can(): void {
		$mentee = $this->make_user( 'subscriber' );
		$id     = $this->ask( array( 'type' => 'mentee_request' ), $mentee )->get_data()['id'];
		$this->assertSame( 404, $this->answer( $id, 'cancel', $this->make_user( 'subscriber' ) )->get_status() );
		$this->assertSame( 'cancelled', $this->answer( $id, 'cancel', $mentee )->get_data()['status'] );
		$this->assertSame( 409, $this->answer( $id, 'cancel', $mentee )->get_status() );
	}

	public function test_unanswered_requests_expire_in_the_background_and_running_twice_changes_nothing_more(): void {
		global $wpdb;
		$mentor = $this->mentor();
		$id     = $this->ask(
			array(
				'type'   => 'mentee_request',
				'mentor' => $mentor,
			),
			$this->make_user( 'subscriber' )
		)->get_data()['id'];
		$this->ask(
			array(
				'type'   => 'mentee_request',
				'mentor' => $mentor,
			),
			$this->make_user( 'subscriber' )
		);
		$wpdb->update( Schema::requests_table(), array( 'expires_at' => '2020-01-01 00:00:00' ), array( 'id' => $id ) );

		do_action( RequestService::EXPIRE_HOOK ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- it is wayfinder_expire_requests.
		$this->assertSame( 'expired', ( new RequestService() )->find( $id )?->status );
		$this->assertSame( 0, ( new RequestService() )->expire_due() );
		$this->assertSame( 1, count( ( new RequestService() )->visible_to( $this->make_user( 'wayfinder_coordinator' ), 'open' ) ) );
		$this->assertNotFalse( wp_next_scheduled( RequestService::EXPIRE_HOOK ), 'the hourly job is scheduled' );
	}

	public function test_anonymous_visitors_are_asked_to_log_in(): void {
		$response = $this->ask( array( 'type' => 'mentee_request' ), 0 );
		$this->assertSame( 401, $response->get_status() );
		$this->assertSame( 401, $this->rest( 'GET', '/wayfinder/v1/requests' )->get_status() );
	}
}
