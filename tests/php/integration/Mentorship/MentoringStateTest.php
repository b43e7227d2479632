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

final class MentoringStateTest extends TestCase {

	/** @return array<string, mixed> */
	private function state( int $user ): array {
		$response = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $user );
		$this->assertSame( 200, $response->get_status() );
		return $response->get_data();
	}

	private function mentor( int $capacity = 2, string $status = 'available', ?string $away_until = null ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'UTC', array( 'en' ), array(), array(), array(), '', $capacity, 'normal', $status, $away_until ) );
		return $mentor;
	}

	public function test_anonymous_visitors_are_asked_to_log_in(): void {
		$response = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me' );
		$this->assertSame( 401, $response->get_status() );
		$this->assertStringContainsString( 'Log in', $response->get_data()['message'] );
	}

	public function test_someone_who_is_not_a_mentor_is_told_how_to_become_one(): void {
		$state = $this->state( $this->make_user( 'subscriber' ) )['mentor'];
		$this->assertFalse( $state['can_mentor'] );
		$this->assertNull( $state['button'] );
		$this->assertSame( 'You are not a mentor yet. Ask a mentoring coordinator to make you one.', $state['reason'] );
	}

	public function test_a_new_mentor_sees_start_mentoring_and_after_a_first_mentee_find_more_mentees(): void {
		$mentor = $this->mentor( 2 );
		$this->assertSame( array( 'label' => 'Start mentoring' ), $this->state( $mentor )['mentor']['button'] );

		$match = ( new MatchService() )->start( $this->make_user( 'subscriber' ), $mentor, 'coordinator', 1 );
		$this->assertIsInt( $match );
		$this->assertSame( array( 'label' => 'Find more mentees' ), $this->state( $mentor )['mentor']['button'] );

		// Still "more" after the first mentee has gone: they have mentored before.
		( new MatchService() )->end( $match, 'completed', 1 );
		$this->assertSame( array( 'label' => 'Find more mentees' ), $this->state( $mentor )['mentor']['button'] );
	}

	public function test_a_full_mentor_is_told_why_there_is_no_button(): void {
		$mentor = $this->mentor( 1 );
		( new MatchService() )->start( $this->make_user( 'subscriber' ), $mentor, 'coordinator', 1 );
		$state = $this->state( $mentor )['mentor'];
		$this->assertNull( $state['button'] );
		$this->assertSame( 'You have 1 of 1 mentees, so no room for more. Raise your capacity in your profile to take more.', $state['reason'] );
	}

	public function test_an_away_mentor_is_told_until_when(): void {
		update_option( 'date_format', 'j F Y' );
		$state = $this->state( $this->mentor( 2, 'away', '2027-03-03' ) )['mentor'];
		$this->assertNull( $state['button'] );
		$this->assertSame( 'You are away until 3 March 2027. Change this in your profile.', $state['reason'] );
		$this->assertStringContainsString( 'stopped mentoring', (string) $this->state( $this->mentor( 2, 'retired' ) )['mentor']['reason'] );
	}

	public function test_a_mentee_sees_who_their_mentor_is_since_when_and_how(): void {
		$mentee = $this->make_user( 'subscriber' );
		$this->assertSame( false, $this->state( $mentee )['mentee']['has_mentor'] );

		$mentor = $this->mentor();
		( new MatchService() )->start( $mentee, $mentor, 'coordinator', 1 );
		$state = $this->state( $mentee )['mentee'];
		$this->assertTrue( $state['has_mentor'] );
		$this->assertSame( $mentor, $state['mentor']['id'] );
		$this->assertSame( get_userdata( $mentor )->display_name, $state['mentor']['name'] );
		$this->assertSame( 'coordinator', $state['source'] );
		$this->assertMatchesRegularExpression( '/^\d{4}-\d{2}-\d{2}T/', (string) $state['since'] );
	}
}
