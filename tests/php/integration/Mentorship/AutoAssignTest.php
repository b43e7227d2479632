<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class AutoAssignTest extends TestCase {

	/** @param list<array{0:int,1:string,2:string}> $availability */
	private function mentor( string $timezone, array $languages, array $teams, array $availability, int $capacity = 2, int $load = 0 ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, $timezone, $languages, $teams, array(), $availability, '', $capacity ) );
		for ( $i = 0; $i < $load; $i++ ) {
			( new \Wayfinder\Mentorship\MatchService() )->start( $this->make_user( 'subscriber' ), $mentor, 'coordinator', 1 );
		}
		return $mentor;
	}

	/** @param list<array{0:int,1:string,2:string}> $availability */
	private function newcomer( string $timezone, array $languages, array $teams, array $availability ): int {
		$mentee = $this->make_user( 'subscriber' );
		( new ProfileRepository() )->save( new Profile( $mentee, $timezone, $languages, $teams, array(), $availability ) );
		return $mentee;
	}

	/** @return array<string, mixed> */
	private function find_mentor( int $mentee ): array {
		$response = $this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $mentee );
		$this->assertSame( 200, $response->get_status() );
		return $response->get_data();
	}

	public function test_a_newcomer_who_asks_gets_the_best_fitting_mentor_at_once_with_reasons(): void {
		$this->mentor( 'Asia/Tokyo', array( 'en', 'ja' ), array( 'support' ), array( array( 2, '20:00', '22:00' ) ) );
		$anna  = $this->mentor( 'Europe/Berlin', array( 'de', 'en' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ) );
		$aisha = $this->newcomer( 'Africa/Lagos', array( 'en' ), array( 'core' ), array( array( 2, '17:00', '21:00' ) ) );

		$result = $this->find_mentor( $aisha );

		$this->assertSame( 'matched', $result['status'] );
		$this->assertSame( $anna, $result['mentor'] );
		$this->assertSame( 'Shared teams: Core.', $result['reasons']['teams'] );
		$state = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $aisha )->get_data()['mentee'];
		$this->assertSame( 'auto', $state['source'] );
		$this->assertSame( $anna, $state['mentor']['id'] );
	}

	public function test_when_no_mentor_fits_the_newcomer_waits_in_the_queue_with_the_reason_and_place(): void {
		$this->mentor( 'Europe/Berlin', array( 'en' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ) );
		$first  = $this->newcomer( 'Asia/Kolkata', array( 'ta' ), array( 'polyglots' ), array() );
		$second = $this->newcomer( 'Asia/Kolkata', array( 'ta' ), array( 'polyglots' ), array() );

		$this->assertSame( 1, $this->find_mentor( $first )['position'] );
		$result = $this->find_mentor( $second );
		$this->assertSame( 'waiting', $result['status'] );
		$this->assertSame( 'No mentor speaks Tamil.', $result['reason'] );
		$this->assertSame( 2, $result['position'] );
		$this->assertSame( 2, $this->find_mentor( $second )['position'], 'asking again keeps the place' );
		$this->assertTrue( ( new ProfileRepository() )->find( $second )->seeking );
		$state = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $second )->get_data()['mentee'];
		$this->assertFalse( $state['has_mentor'] );
		$this->assertSame( 2, $state['queue'], 'the mentoring state shows the place too' );
	}

	public function test_a_full_mentor_is_passed_over(): void {
		$this->mentor( 'Europe/Berlin', array( 'en' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ), 1, 1 );
		$other  = $this->mentor( 'Europe/Berlin', array( 'en' ), array(), array() );
		$mentee = $this->newcomer( 'Europe/Berlin', array( 'en' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ) );
		$this->assertSame( $other, $this->find_mentor( $mentee )['mentor'] );
	}

	public function test_with_automatic_assignment_off_the_newcomer_is_queued_for_coordinators(): void {
		update_option( Settings::AUTO_ASSIGN, 'off' );
		$this->mentor( 'Europe/Berlin', array( 'en' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ) );
		$result = $this->find_mentor( $this->newcomer( 'Europe/Berlin', array( 'en' ), array( 'core' ), array() ) );
		$this->assertSame( 'waiting', $result['status'] );
		$this->assertStringContainsString( 'coordinators', $result['reason'] );
	}

	public function test_a_new_account_gets_the_welcome_email_unless_the_site_switched_it_off(): void {
		$this->make_user( 'subscriber' ); // Not counted: make_user drops its own mail.
		$user = wp_insert_user(
			array(
				'user_login'   => 'newcomer-' . wp_rand(),
				'user_pass'    => 'password',
				'user_email'   => 'newcomer@example.org',
				'display_name' => 'Nia',
			)
		);
		$this->assertIsInt( $user );
		$this->assertCount( 1, $this->sent_mail );
		$this->assertSame( 'newcomer@example.org', $this->sent_mail[0]['to'] );
		$this->assertStringContainsString( 'Hi Nia,', $this->sent_mail[0]['message'] );
		$this->assertStringContainsString( home_url( '/' ), $this->sent_mail[0]['message'] );

		update_option( Settings::WELCOME_EMAIL_TEXT, 'Hello {name}, ask here: {link}' );
		wp_insert_user(
			array(
				'user_login'   => 'second-' . wp_rand(),
				'user_pass'    => 'password',
				'user_email'   => 'second@example.org',
				'display_name' => 'Omar',
			)
		);
		$this->assertSame( 'Hello Omar, ask here: ' . home_url( '/' ), $this->sent_mail[1]['message'] );

		update_option( Settings::WELCOME_EMAIL, 0 );
		wp_insert_user(
			array(
				'user_login' => 'third-' . wp_rand(),
				'user_pass'  => 'password',
				'user_email' => 'third@example.org',
			)
		);
		$this->assertCount( 2, $this->sent_mail );
	}

	public function test_when_the_site_assigns_every_new_account_a_mentor_comes_with_the_account(): void {
		update_option( Settings::AUTO_ASSIGN, 'all_new_accounts' );
		$mentor = $this->mentor( 'UTC', array( 'en' ), array(), array() );
		$user   = wp_insert_user(
			array(
				'user_login' => 'fresh-' . wp_rand(),
				'user_pass'  => 'password',
				'user_email' => 'fresh@example.org',
			)
		);
		$this->assertIsInt( $user );
		$state = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $user )->get_data()['mentee'];
		$this->assertSame( $mentor, $state['mentor']['id'], 'a profile without languages speaks the site language (en)' );
	}

	public function test_find_more_mentees_lists_who_a_mentor_could_take_longest_waiting_first(): void {
		$anna = $this->mentor( 'Europe/Berlin', array( 'en', 'de' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ) );
		// Nobody fits yet (no mentor speaks Tamil, Anna is not asked): they queue up.
		$tamil = $this->newcomer( 'Asia/Kolkata', array( 'ta' ), array( 'polyglots' ), array() );
		update_option( Settings::AUTO_ASSIGN, 'off' );
		$weak   = $this->newcomer( 'Asia/Tokyo', array( 'en' ), array( 'support' ), array() );
		$strong = $this->newcomer( 'Europe/Berlin', array( 'en' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ) );
		foreach ( array( $tamil, $weak, $strong ) as $mentee ) {
			$this->find_mentor( $mentee );
		}

		$response = $this->rest( 'GET', '/wayfinder/v1/mentees/waiting', array(), $anna );
		$this->assertSame( 200, $response->get_status() );
		$list = $response->get_data();
		$this->assertSame( array( $weak, $strong ), array_column( $list, 'mentee' ), 'longest waiting first; the Tamil speaker is not listed for a mentor without Tamil' );
		$this->assertGreaterThan( $list[0]['score'], $list[1]['score'], 'each with how well they fit' );
		$this->assertSame( 'Shared teams: Core.', $list[1]['reasons']['teams'] );

		// Taking one goes through the request behind it.
		$this->assertSame( 200, $this->rest( 'POST', '/wayfinder/v1/requests/' . $list[1]['request'] . '/accept', array(), $anna )->get_status() );
		$this->assertSame( array( $weak ), array_column( $this->rest( 'GET', '/wayfinder/v1/mentees/waiting', array(), $anna )->get_data(), 'mentee' ) );

		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/mentees/waiting', array(), $this->make_user( 'subscriber' ) )->get_status() );
		$this->assertSame( 401, $this->rest( 'GET', '/wayfinder/v1/mentees/waiting' )->get_status() );
	}

	public function test_when_a_mentor_retires_their_mentees_move_in_the_background_and_are_told(): void {
		$leaving = $this->mentor( 'Europe/Berlin', array( 'en' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ), 3 );
		$staying = $this->mentor( 'Europe/Berlin', array( 'en' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ), 1 );
		$first   = $this->newcomer( 'Europe/Berlin', array( 'en' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ) );
		$second  = $this->newcomer( 'Europe/Berlin', array( 'en' ), array( 'core' ), array( array( 2, '18:00', '20:00' ) ) );
		$service = new \Wayfinder\Mentorship\MatchService();
		$service->start( $first, $leaving, 'coordinator', 1 );
		$service->start( $second, $leaving, 'coordinator', 1 );

		$response = $this->rest( 'PUT', '/wayfinder/v1/profiles/me', array( 'mentor' => array( 'status' => 'retired' ) ), $leaving );
		$this->assertSame( 200, $response->get_status() );
		$this->assertNotFalse( wp_next_scheduled( \Wayfinder\Mentorship\Reassigner::HOOK, array( $leaving ) ), 'the move is queued, not done in the request' );

		$this->sent_mail = array();
		$moved           = ( new \Wayfinder\Mentorship\Reassigner() )->reassign_from( $leaving );

		$this->assertSame( 2, $moved );
		$this->assertSame( $staying, $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $first )->get_data()['mentee']['mentor']['id'] );
		$second_state = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $second )->get_data()['mentee'];
		$this->assertFalse( $second_state['has_mentor'], 'the other mentor had room for one' );
		$messages = array_column( $this->sent_mail, 'message', 'to' );
		$this->assertStringContainsString( 'Your new mentor is', $messages[ get_userdata( $first )->user_email ] );
		$this->assertStringContainsString( 'number 1 in the queue', $messages[ get_userdata( $second )->user_email ] );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $leaving )->active_mentees );
		$this->assertSame( 0, ( new \Wayfinder\Mentorship\Reassigner() )->reassign_from( $leaving ), 'running again moves nobody twice' );
	}
}
