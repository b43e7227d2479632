<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class MatchesTest extends TestCase {

	private function mentor( int $capacity, string $status = 'available' ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'UTC', array( 'en' ), array(), array(), array(), '', $capacity, 'normal', $status ) );
		return $mentor;
	}

	/** @return array{0: int, 1: \WP_REST_Response} */
	private function assign( int $mentee, int $mentor, ?int $as = null ): array {
		$as ??= $this->make_user( 'wayfinder_coordinator' );
		return array(
			$as,
			$this->rest(
				'POST',
				'/wayfinder/v1/matches',
				array(
					'mentee' => $mentee,
					'mentor' => $mentor,
				),
				$as
			),
		);
	}

	public function test_a_coordinator_proposes_a_mentor_who_holds_the_place_until_confirming(): void {
		$mentor = $this->mentor( 2 );
		$mentee = $this->make_user( 'subscriber' );

		list( , $response ) = $this->assign( $mentee, $mentor );

		$this->assertSame( 201, $response->get_status() );
		$match = $response->get_data();
		$this->assertSame( $mentee, $match['mentee'] );
		$this->assertSame( $mentor, $match['mentor'] );
		$this->assertSame( 'coordinator', $match['source'] );
		$this->assertSame( 'proposed', $match['status'] );
		$this->assertSame( 1, ( new ProfileRepository() )->find( $mentor )->active_mentees );

		$confirmed = $this->rest( 'POST', '/wayfinder/v1/matches/' . $match['id'] . '/confirm', array(), $mentor );
		$this->assertSame( 200, $confirmed->get_status() );
		$this->assertSame( 'active', $confirmed->get_data()['status'] );
		$again = $this->rest( 'POST', '/wayfinder/v1/matches/' . $match['id'] . '/confirm', array(), $mentor );
		$this->assertSame( 409, $again->get_status() );
		$this->assertSame( 'wayfinder_match_not_proposed', $again->get_data()['code'] );
	}

	public function test_a_mentor_at_capacity_takes_no_one_else_and_says_so(): void {
		$mentor      = $this->mentor( 1 );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->assign( $this->make_user( 'subscriber' ), $mentor, $coordinator );

		list( , $response ) = $this->assign( $this->make_user( 'subscriber' ), $mentor, $coordinator );

		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'wayfinder_at_capacity', $response->get_data()['code'] );
		$this->assertStringContainsString( 'has no room: 1 of 1 mentees', $response->get_data()['message'] );
		$this->assertSame( 1, ( new ProfileRepository() )->find( $mentor )->active_mentees );
	}

	public function test_a_mentee_has_one_active_mentor_and_the_refused_place_is_given_back(): void {
		$first       = $this->mentor( 2 );
		$second      = $this->mentor( 2 );
		$mentee      = $this->make_user( 'subscriber' );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->assign( $mentee, $first, $coordinator );

		list( , $response ) = $this->assign( $mentee, $second, $coordinator );

		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'wayfinder_has_mentor', $response->get_data()['code'] );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $second )->active_mentees );
	}

	public function test_ending_a_match_frees_the_place_and_allows_a_new_mentor(): void {
		$mentor            = $this->mentor( 1 );
		$mentee            = $this->make_user( 'subscriber' );
		$coordinator       = $this->make_user( 'wayfinder_coordinator' );
		list( , $created ) = $this->assign( $mentee, $mentor, $coordinator );
		$id                = $created->get_data()['id'];

		$ended = $this->rest( 'POST', "/wayfinder/v1/matches/$id/end", array( 'reason' => 'mentee_wants_other' ), $mentee );
		$this->assertSame( 200, $ended->get_status() );
		$this->assertSame( 'ended', $ended->get_data()['status'] );
		$this->assertSame( 'mentee_wants_other', $ended->get_data()['end_reason'] );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $mentor )->active_mentees );

		$again = $this->rest( 'POST', "/wayfinder/v1/matches/$id/end", array( 'reason' => 'other' ), $mentee );
		$this->assertSame( 409, $again->get_status() );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $mentor )->active_mentees, 'ending twice frees nothing twice' );

		list( , $new ) = $this->assign( $mentee, $this->mentor( 1 ), $coordinator );
		$this->assertSame( 201, $new->get_status() );
	}

	public function test_a_mentorship_that_ran_its_course_is_completed_not_ended(): void {
		$mentor            = $this->mentor( 1 );
		$mentee            = $this->make_user( 'subscriber' );
		list( , $created ) = $this->assign( $mentee, $mentor );

		$done = $this->rest( 'POST', '/wayfinder/v1/matches/' . $created->get_data()['id'] . '/end', array( 'reason' => 'completed' ), $mentor );

		$this->assertSame( 'completed', $done->get_data()['status'] );
		$this->assertSame( 'completed', $done->get_data()['end_reason'] );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $mentor )->active_mentees );
	}

	/** @return array<string, array{0: array<string, mixed>, 1: int, 2: string}> */
	public function bad_assignments(): array {
		return array(
			'a missing mentor'      => array( array( 'mentee' => 'self' ), 400, 'rest_missing_callback_param' ),
			'an id that is no user' => array(
				array(
					'mentee' => 'self',
					'mentor' => 999999,
				),
				400,
				'wayfinder_unknown_user',
			),
			'text for an id'        => array(
				array(
					'mentee' => 'self',
					'mentor' => 'anna',
				),
				400,
				'rest_invalid_param',
			),
			'someone not a mentor'  => array(
				array(
					'mentee' => 'self',
					'mentor' => 'subscriber',
				),
				400,
				'wayfinder_not_a_mentor',
			),
			'the mentee themself'   => array(
				array(
					'mentee' => 'self',
					'mentor' => 'self',
				),
				400,
				'wayfinder_self_match',
			),
			'a mentor who is away'  => array(
				array(
					'mentee' => 'self',
					'mentor' => 'away',
				),
				409,
				'wayfinder_mentor_unavailable',
			),
		);
	}

	/**
	 * @dataProvider bad_assignments
	 * @param array<string, mixed> $fields
	 */
	public function test_bad_assignments_are_refused_and_nothing_changes( array $fields, int $status, string $code ): void {
		$mentee = $this->make_user( 'wayfinder_mentor' );
		$away   = $this->mentor( 3, 'away' );
		$map    = array(
			'self'       => $mentee,
			'subscriber' => $this->make_user( 'subscriber' ),
			'away'       => $away,
		);
		foreach ( $fields as $key => $value ) {
			$fields[ $key ] = is_string( $value ) && isset( $map[ $value ] ) ? $map[ $value ] : $value;
		}
		$response = $this->rest( 'POST', '/wayfinder/v1/matches', $fields, $this->make_user( 'wayfinder_coordinator' ) );

		$this->assertSame( $status, $response->get_status() );
		$this->assertSame( $code, $response->get_data()['code'] );
		list( $rows, $total ) = ( new MatchService() )->list( array( 'mentee' => $mentee ), 1, 10 );
		$this->assertSame( 0, $total );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $away )->active_mentees );
	}

	/** @return array<string, array{0: string, 1: int}> */
	public function assigners(): array {
		return array(
			'anonymous'     => array( '', 401 ),
			'subscriber'    => array( 'subscriber', 403 ),
			'mentor'        => array( 'wayfinder_mentor', 403 ),
			'reviewer'      => array( 'wayfinder_reviewer', 403 ),
			'team rep'      => array( 'wayfinder_team_rep', 403 ),
			'coordinator'   => array( 'wayfinder_coordinator', 201 ),
			'administrator' => array( 'administrator', 201 ),
		);
	}

	/** @dataProvider assigners */
	public function test_only_coordinators_assign_directly( string $role, int $status ): void {
		$as                 = '' === $role ? 0 : $this->make_user( $role );
		list( , $response ) = $this->assign( $this->make_user( 'subscriber' ), $this->mentor( 2 ), $as );
		$this->assertSame( $status, $response->get_status() );
	}

	public function test_people_see_their_own_matches_and_coordinators_see_all(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$anna        = $this->mentor( 3 );
		$kenji       = $this->mentor( 3 );
		$aisha       = $this->make_user( 'subscriber' );
		$yuki        = $this->make_user( 'subscriber' );
		$this->assign( $aisha, $anna, $coordinator );
		$this->assign( $yuki, $kenji, $coordinator );

		$all = $this->rest( 'GET', '/wayfinder/v1/matches', array(), $coordinator );
		$this->assertSame( '2', (string) $all->get_headers()['X-WP-Total'] );

		$mine = $this->rest( 'GET', '/wayfinder/v1/matches', array(), $aisha )->get_data();
		$this->assertSame( array( $anna ), array_column( $mine, 'mentor' ) );

		$as_mentor = $this->rest( 'GET', '/wayfinder/v1/matches', array( 'mentor' => $anna ), $anna )->get_data();
		$this->assertSame( array( $aisha ), array_column( $as_mentor, 'mentee' ) );

		// Asking for someone else's matches gives one's own (none here), never theirs.
		$snoop = $this->rest( 'GET', '/wayfinder/v1/matches', array( 'mentor' => $anna ), $yuki )->get_data();
		$this->assertSame( array( $kenji ), array_column( $snoop, 'mentor' ) );
		$this->assertSame( 401, $this->rest( 'GET', '/wayfinder/v1/matches' )->get_status() );

		$id = $mine[0]['id'];
		$this->assertSame( 404, $this->rest( 'POST', "/wayfinder/v1/matches/$id/end", array( 'reason' => 'other' ), $yuki )->get_status(), 'outsiders cannot even see that it exists' );
	}

	public function test_every_start_and_end_is_in_the_audit_trail_for_coordinators_only(): void {
		$mentor            = $this->mentor( 2 );
		$mentee            = $this->make_user( 'subscriber' );
		$coordinator       = $this->make_user( 'wayfinder_coordinator' );
		list( , $created ) = $this->assign( $mentee, $mentor, $coordinator );
		$id                = $created->get_data()['id'];
		$this->rest( 'POST', "/wayfinder/v1/matches/$id/end", array( 'reason' => 'inactivity' ), $mentor );

		$response = $this->rest(
			'GET',
			'/wayfinder/v1/events',
			array(
				'object_type' => 'match',
				'object_id'   => $id,
			),
			$coordinator
		);
		$this->assertSame( 200, $response->get_status() );
		$events = $response->get_data();
		$this->assertSame( array( 'ended', 'proposed' ), array_column( $events, 'action' ) );
		$this->assertSame( array( $mentor, $coordinator ), array_column( $events, 'actor' ) );
		$this->assertSame( 'inactivity', $events[0]['reason'] );
		$this->assertSame( 'coordinator', $events[1]['details']['source'] );

		foreach ( array( 0, $mentor, $mentee ) as $outsider ) {
			$this->assertContains( $this->rest( 'GET', '/wayfinder/v1/events', array(), $outsider )->get_status(), array( 401, 403 ) );
		}
	}
}
