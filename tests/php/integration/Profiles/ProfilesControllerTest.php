<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Profiles;

use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class ProfilesControllerTest extends TestCase {

	/** @param array<string, mixed> $fields */
	private function save_own( int $user, array $fields ): \WP_REST_Response {
		return $this->rest( 'PUT', '/wayfinder/v1/profiles/me', $fields, $user );
	}

	public function test_anonymous_visitors_have_no_own_profile(): void {
		$response = $this->rest( 'GET', '/wayfinder/v1/profiles/me' );
		$this->assertSame( 401, $response->get_status() );
		$this->assertSame( 'Log in to see your mentoring profile.', $response->get_data()['message'] );
		$this->assertSame( 401, $this->save_own( 0, array( 'intro' => 'Hi' ) )->get_status() );
	}

	public function test_a_newcomer_fills_in_their_profile_and_reads_it_back(): void {
		$mentee   = $this->make_user( 'subscriber' );
		$response = $this->save_own(
			$mentee,
			array(
				'timezone'     => 'Asia/Kolkata',
				'languages'    => array( 'ta', 'en' ),
				'teams'        => array( 'polyglots' ),
				'availability' => array( array( 6, '09:00', '12:00' ) ),
				'intro'        => 'I want to translate WordPress into Tamil.',
				'mentee'       => array(
					'seeking'            => true,
					'preferred_language' => 'ta',
				),
			)
		);
		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );

		$data = $this->rest( 'GET', '/wayfinder/v1/profiles/me', array(), $mentee )->get_data();
		$this->assertSame( 'Asia/Kolkata', $data['timezone'] );
		$this->assertSame( array( 'ta', 'en' ), $data['languages'] );
		$this->assertSame( array( array( 6, '09:00', '12:00' ) ), $data['availability'] );
		$this->assertTrue( $data['mentee']['seeking'] );
		$this->assertNull( $data['mentor'], 'not a mentor' );
		$this->assertFalse( $data['sponsored'] );
	}

	/** @return array<string, array{0: array<string, mixed>, 1: int, 2: string}> */
	public function bad_input(): array {
		return array(
			'an unknown timezone'          => array( array( 'timezone' => 'Mars/Olympus' ), 400, '“Mars/Olympus” is not a timezone' ),
			'an unknown team'              => array( array( 'teams' => array( 'quidditch' ) ), 400, 'There is no team “quidditch”' ),
			'a window ending early'        => array( array( 'availability' => array( array( 2, '20:00', '18:00' ) ) ), 400, 'must end after it starts (20:00–18:00)' ),
			'a weekday out of range'       => array( array( 'availability' => array( array( 9, '18:00', '20:00' ) ) ), 400, 'weekday 1–7' ),
			'a language that is no code'   => array( array( 'languages' => array( 'English!' ) ), 400, 'languages[0] does not match pattern' ),
			'an unknown field'             => array( array( 'favourite_colour' => 'blue' ), 400, 'There is no profile field “favourite_colour”' ),
			'an intro far too long'        => array( array( 'intro' => str_repeat( 'a', 2001 ) ), 400, 'intro must be at most 2,000 characters' ),
			'a mentor that is no mentor'   => array( array( 'mentee' => array( 'preferred_mentor' => 999999 ) ), 400, 'The preferred mentor must be someone else who is a mentor here.' ),
			'mentor settings for a mentee' => array( array( 'mentor' => array( 'capacity' => 4 ) ), 403, 'Mentor settings are for mentors' ),
			'marking oneself sponsored'    => array( array( 'sponsored' => true ), 403, 'Only mentoring coordinators mark sponsored contributors.' ),
		);
	}

	/**
	 * @dataProvider bad_input
	 * @param array<string, mixed> $fields
	 */
	public function test_bad_input_is_refused_with_a_reason_and_nothing_saved_changes( array $fields, int $status, string $message ): void {
		$mentee = $this->make_user( 'subscriber' );
		( new ProfileRepository() )->save( new Profile( $mentee, 'Europe/Berlin', array( 'de' ), array( 'core' ), array(), array(), 'Hallo' ) );

		$response = $this->save_own( $mentee, $fields + array( 'timezone' => 'Europe/Paris' ) );

		$this->assertSame( $status, $response->get_status() );
		// WordPress's own schema checks put the detail under data.params.
		$this->assertStringContainsString( $message, (string) wp_json_encode( $response->get_data(), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) );
		$kept = ( new ProfileRepository() )->find( $mentee );
		$this->assertSame( 'Europe/Berlin', $kept->timezone, 'the valid field sent with it is not saved either' );
		$this->assertSame( 'Hallo', $kept->intro );
		$this->assertSame( array( 'core' ), $kept->teams );
	}

	public function test_a_mentor_sets_capacity_and_goes_away_until_a_date(): void {
		$mentor   = $this->make_user( 'wayfinder_mentor' );
		$until    = gmdate( 'Y-m-d', strtotime( '+3 weeks' ) );
		$response = $this->save_own(
			$mentor,
			array(
				'mentor' => array(
					'capacity'   => 4,
					'status'     => 'away',
					'away_until' => $until,
				),
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame(
			array(
				'capacity'      => 4,
				'weight'        => 'normal',
				'status'        => 'away',
				'away_until'    => $until,
				'backup_mentor' => null,
			),
			$response->get_data()['mentor']
		);

		$past = $this->save_own( $mentor, array( 'mentor' => array( 'away_until' => '2020-01-01' ) ) );
		$this->assertSame( 400, $past->get_status() );
		$this->assertSame( $until, ( new ProfileRepository() )->find( $mentor )->away_until );
	}

	public function test_a_mentors_profile_is_public_without_their_private_fields(): void {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Asia/Tokyo', array( 'ja' ), array( 'support' ), array(), array(), 'Forum moderator', 2, 'normal', 'available', null, false, null, '', '', true ) );

		foreach ( array( 0, $this->make_user( 'subscriber' ) ) as $viewer ) {
			$response = $this->rest( 'GET', '/wayfinder/v1/profiles/' . $mentor, array(), $viewer );
			$this->assertSame( 200, $response->get_status() );
			$data = $response->get_data();
			$this->assertSame( 'Forum moderator', $data['intro'] );
			$this->assertSame( 2, $data['mentor']['capacity'] );
			$this->assertArrayNotHasKey( 'mentee', $data );
			$this->assertArrayNotHasKey( 'sponsored', $data, 'the sponsored flag is never public' );
		}
	}

	/** @return array<string, array{0: string, 1: int}> */
	public function viewers_of_a_mentee(): array {
		return array(
			'anonymous'     => array( '', 404 ),
			'subscriber'    => array( 'subscriber', 404 ),
			'mentor'        => array( 'wayfinder_mentor', 404 ),
			'reviewer'      => array( 'wayfinder_reviewer', 404 ),
			'team rep'      => array( 'wayfinder_team_rep', 404 ),
			'coordinator'   => array( 'wayfinder_coordinator', 200 ),
			'administrator' => array( 'administrator', 200 ),
		);
	}

	/** @dataProvider viewers_of_a_mentee */
	public function test_a_mentees_profile_is_seen_only_by_them_and_coordinators( string $role, int $status ): void {
		$mentee = $this->make_user( 'subscriber' );
		( new ProfileRepository() )->save( new Profile( $mentee, 'Africa/Lagos', array( 'en' ), array(), array(), array(), 'Private intro', 3, 'normal', 'available', null, true, null, '', '', true ) );
		$viewer   = '' === $role ? 0 : $this->make_user( $role );
		$response = $this->rest( 'GET', '/wayfinder/v1/profiles/' . $mentee, array(), $viewer );

		$this->assertSame( $status, $response->get_status() );
		if ( 200 === $status ) {
			$this->assertTrue( $response->get_data()['sponsored'] );
			$this->assertTrue( $response->get_data()['mentee']['seeking'] );
		} else {
			$this->assertSame( 'wayfinder_profile_not_found', $response->get_data()['code'] );
			$this->assertStringNotContainsString( 'Private intro', (string) wp_json_encode( $response->get_data() ) );
		}
	}

	public function test_only_coordinators_edit_someone_elses_profile_and_mark_sponsored_contributors(): void {
		$mentee = $this->make_user( 'subscriber' );
		$other  = $this->make_user( 'subscriber' );
		$this->assertSame( 403, $this->rest( 'PUT', '/wayfinder/v1/profiles/' . $mentee, array( 'intro' => 'Hacked' ), $other )->get_status() );
		$this->assertSame( 403, $this->rest( 'PUT', '/wayfinder/v1/profiles/' . $mentee, array( 'intro' => 'Hacked' ), $this->make_user( 'wayfinder_mentor' ) )->get_status() );

		$response = $this->rest( 'PUT', '/wayfinder/v1/profiles/' . $mentee, array( 'sponsored' => true ), $this->make_user( 'wayfinder_coordinator' ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( ( new ProfileRepository() )->find( $mentee )->sponsored );
		$this->assertSame( '', ( new ProfileRepository() )->find( $mentee )->intro );
	}
}
