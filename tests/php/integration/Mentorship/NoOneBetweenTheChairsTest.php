<?php
/**
 * Nobody falls between the chairs: whatever path starts a match answers the mentee's open requests,
 * a declined coordinator request puts the mentee back in line, absences end on their date, and a
 * mentor whose role was restored at once keeps their mentees.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\Reassigner;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class NoOneBetweenTheChairsTest extends TestCase {

	private function mentor( int $capacity = 2 ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), '', $capacity ) );
		return $mentor;
	}

	private function status_of( int $request ): string {
		return (string) ( new RequestService() )->find( $request )?->status;
	}

	public function test_a_coordinators_match_answers_the_queue_request_and_closes_the_rest(): void {
		$mentor   = $this->mentor();
		$other    = $this->mentor();
		$mentee   = $this->make_user( 'subscriber' );
		$service  = new RequestService();
		$queue    = $service->create( array( 'type' => 'mentee_request' ), $mentee );
		$to_other = $service->create(
			array(
				'type'   => 'mentee_request',
				'mentor' => $other,
			),
			$mentee
		);

		$created = $this->rest(
			'POST',
			'/wayfinder/v1/matches',
			array(
				'mentee' => $mentee,
				'mentor' => $mentor,
			),
			$this->make_user( 'wayfinder_coordinator' )
		);

		$this->assertSame( 201, $created->get_status() );
		$this->assertSame( 'accepted', $this->status_of( $queue ) );
		$this->assertSame( $created->get_data()['id'], $service->find( $queue )?->match_id );
		$this->assertSame( $mentor, $service->find( $queue )?->mentor_id, 'the mentor who took it is named' );
		$this->assertSame( 'cancelled', $this->status_of( $to_other ), 'a request to another mentor is moot now' );
		$waiting = $this->rest( 'GET', '/wayfinder/v1/status', array(), $this->make_user( 'wayfinder_coordinator' ) )->get_data()['program']['waiting']['count'];
		$this->assertSame( 0, $waiting, 'nobody counts as waiting' );
	}

	public function test_the_mentor_who_accepts_a_request_for_any_mentor_can_still_see_it(): void {
		$mentor  = $this->mentor();
		$mentee  = $this->make_user( 'subscriber' );
		$request = ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $mentee );

		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/requests/{$request}/accept", array(), $mentor )->get_status() );

		$seen = $this->rest( 'GET', "/wayfinder/v1/requests/{$request}", array(), $mentor );
		$this->assertSame( 200, $seen->get_status() );
		$this->assertSame( 'accepted', $seen->get_data()['status'] );
		$this->assertSame( $mentor, $seen->get_data()['mentor'] );
		$this->assertSame( 404, $this->rest( 'GET', "/wayfinder/v1/requests/{$request}", array(), $this->mentor() )->get_status(), 'other mentors no longer see it' );
	}

	public function test_a_declined_coordinator_request_puts_the_mentee_back_in_line(): void {
		update_option( Settings::AUTO_ASSIGN, 'off' );
		$mentor  = $this->mentor();
		$mentee  = $this->make_user( 'subscriber' );
		$request = ( new RequestService() )->create(
			array(
				'type'   => 'coordinator_request',
				'mentee' => $mentee,
				'mentor' => $mentor,
			),
			$this->make_user( 'wayfinder_coordinator' )
		);

		$this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/requests/{$request}/decline", array( 'reason' => 'No time this month' ), $mentor )->get_status() );

		$state = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $mentee )->get_data()['mentee'];
		$this->assertFalse( $state['has_mentor'] );
		$this->assertSame( 1, $state['queue'], 'the mentee waits in the queue instead of nowhere' );
	}

	public function test_an_absence_that_has_ended_no_longer_blocks_new_mentees(): void {
		$mentor                 = $this->mentor();
		$profiles               = new ProfileRepository();
		$profile                = $profiles->find( $mentor );
		$profile->mentor_status = 'away';
		$profile->away_until    = gmdate( 'Y-m-d', time() - 2 * DAY_IN_SECONDS );
		$profiles->save( $profile );

		$this->assertIsInt( ( new MatchService() )->start( $this->make_user( 'subscriber' ), $mentor, 'coordinator', 1 ), 'back on the date they gave' );
		$this->assertSame( 1, $profiles->end_past_absences() );
		$this->assertSame( 'available', $profiles->find( $mentor )->mentor_status );
		$this->assertSame( 0, $profiles->end_past_absences(), 'safe to run twice' );
	}

	public function test_a_mentor_whose_role_comes_back_at_once_keeps_their_mentees(): void {
		$mentor = $this->mentor();
		$match  = ( new MatchService() )->start( $this->make_user( 'subscriber' ), $mentor, 'coordinator', 1 );
		$user   = get_userdata( $mentor );
		$user->set_role( 'subscriber' );
		$user->add_role( 'wayfinder_mentor' );

		$this->assertSame( 0, ( new Reassigner() )->reassign_from( $mentor ) );
		$this->assertSame( 'active', ( new MatchService() )->find( (int) $match )['status'] );
	}

	public function test_only_admins_reach_the_matching_settings_check(): void {
		$response = $this->rest(
			'POST',
			'/wp/v2/settings',
			array( Settings::MATCHING => array( 'weights' => array_fill_keys( array( 'languages', 'meeting_time', 'teams', 'load' ), 0 ) ) ),
			$this->make_user( 'subscriber' )
		);
		$this->assertSame( 403, $response->get_status() );
		$this->assertSame( 'rest_forbidden', $response->get_data()['code'] );
	}
}
