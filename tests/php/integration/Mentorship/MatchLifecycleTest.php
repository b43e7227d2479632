<?php
/**
 * Proposals (proposed → active), backup mentors, and mentors who leave in other ways than retiring.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\Reassigner;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class MatchLifecycleTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
	}

	/** A mentor and newcomers who all fit each other (same language, time and team). */
	private function mentor( int $capacity = 2 ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), '', $capacity ) );
		return $mentor;
	}

	private function newcomer(): int {
		$mentee = $this->make_user( 'subscriber' );
		( new ProfileRepository() )->save( new Profile( $mentee, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), 'Hi, I am new.' ) );
		return $mentee;
	}

	/** @return array<string, mixed> The match as the API returns it. */
	private function propose( int $mentee, int $mentor ): array {
		$response = $this->rest(
			'POST',
			'/wayfinder/v1/matches',
			array(
				'mentee' => $mentee,
				'mentor' => $mentor,
			),
			$this->coordinator
		);
		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		return $response->get_data();
	}

	/** @return array<string, mixed> */
	private function mentee_state( int $mentee ): array {
		return $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $mentee )->get_data()['mentee'];
	}

	/** @return array<string, string> Recipient => subject of the mail sent so far. */
	private function mail_subjects(): array {
		return array_column( $this->sent_mail, 'subject', 'to' );
	}

	public function test_a_proposal_tells_both_sides_and_the_mentee_sees_a_mentor_waiting_to_confirm(): void {
		$mentor = $this->mentor();
		$mentee = $this->newcomer();

		$match = $this->propose( $mentee, $mentor );

		$subjects = $this->mail_subjects();
		$this->assertStringContainsString( 'You are proposed as the mentor of', $subjects[ get_userdata( $mentor )->user_email ] );
		$this->assertSame( 'You have a mentor', $subjects[ get_userdata( $mentee )->user_email ] );
		$state = $this->mentee_state( $mentee );
		$this->assertTrue( $state['has_mentor'] );
		$this->assertSame( 'proposed', $state['status'] );
		$this->assertSame( $match['id'], $state['match'] );
		$mentoring = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $mentor )->get_data()['mentor'];
		$this->assertSame( 'Start mentoring', $mentoring['button']['label'], 'an unconfirmed proposal is not mentoring yet' );
	}

	public function test_only_the_mentor_or_a_coordinator_confirms_and_outsiders_learn_nothing(): void {
		$mentor = $this->mentor();
		$mentee = $this->newcomer();
		$match  = $this->propose( $mentee, $mentor );
		$route  = '/wayfinder/v1/matches/' . $match['id'] . '/confirm';

		$this->assertSame( 401, $this->rest( 'POST', $route )->get_status() );
		$this->assertSame( 404, $this->rest( 'POST', $route, array(), $this->make_user( 'wayfinder_mentor' ) )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', $route, array(), $mentee )->get_status() );
		$this->assertSame( 'proposed', ( new MatchService() )->find( $match['id'] )['status'], 'refusals change nothing' );
		$this->assertSame( 200, $this->rest( 'POST', $route, array(), $this->coordinator )->get_status() );
		$this->assertSame( 'active', ( new MatchService() )->find( $match['id'] )['status'] );
	}

	public function test_a_declined_proposal_frees_the_place_and_the_mentee_gets_another_mentor_never_the_same(): void {
		$declining       = $this->mentor();
		$other           = $this->mentor();
		$mentee          = $this->newcomer();
		$match           = $this->propose( $mentee, $declining );
		$this->sent_mail = array();

		$response = $this->rest( 'POST', '/wayfinder/v1/matches/' . $match['id'] . '/decline', array(), $declining );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'ended', $response->get_data()['status'] );
		$this->assertSame( 'mentor_declined', $response->get_data()['end_reason'] );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $declining )->active_mentees );
		$this->assertSame( $other, $this->mentee_state( $mentee )['mentor']['id'] );
		$messages = array_column( $this->sent_mail, 'message', 'to' );
		$this->assertStringContainsString( 'could not take you on', $messages[ get_userdata( $mentee )->user_email ] );
		$this->assertArrayHasKey( get_userdata( $this->coordinator )->user_email, $messages, 'the coordinator who proposed hears of it' );

		// Ending that match too, the mentee is never offered the mentor who declined.
		$second = $this->mentee_state( $mentee )['match'];
		( new MatchService() )->end( $second, 'mentee_wants_other', $mentee );
		$again = $this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $mentee )->get_data();
		$this->assertSame( 'waiting', $again['status'] );

		$active = $this->rest( 'POST', '/wayfinder/v1/matches/' . $match['id'] . '/decline', array(), $declining );
		$this->assertSame( 409, $active->get_status(), 'an ended match cannot be declined again' );
	}

	public function test_an_active_match_cannot_be_declined_only_ended(): void {
		$mentor = $this->mentor();
		$id     = ( new MatchService() )->start( $this->newcomer(), $mentor, 'mentee_request', 0 );

		$response = $this->rest( 'POST', "/wayfinder/v1/matches/$id/decline", array(), $mentor );

		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'wayfinder_match_not_proposed', $response->get_data()['code'] );
		$this->assertSame( 'active', ( new MatchService() )->find( $id )['status'] );
	}

	public function test_silence_confirms_a_proposal_once_the_expiry_time_has_passed(): void {
		global $wpdb;
		update_option( Settings::REQUEST_EXPIRY_DAYS, 7 );
		$old   = $this->propose( $this->newcomer(), $this->mentor() );
		$fresh = $this->propose( $this->newcomer(), $this->mentor() );
		$wpdb->update( \Wayfinder\Platform\Schema::matches_table(), array( 'created_at' => gmdate( 'Y-m-d H:i:s', time() - 8 * DAY_IN_SECONDS ) ), array( 'id' => $old['id'] ) );

		do_action( \Wayfinder\Mentorship\RequestService::EXPIRE_HOOK ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- it is wayfinder_expire_requests.

		$this->assertSame( 'active', ( new MatchService() )->find( $old['id'] )['status'] );
		$this->assertSame( 'proposed', ( new MatchService() )->find( $fresh['id'] )['status'] );
		$this->assertSame( array(), ( new MatchService() )->confirm_due(), 'running again confirms nothing twice' );
	}

	public function test_the_mentor_names_a_backup_who_is_told_and_may_read_the_mentees_private_profile(): void {
		$mentor = $this->mentor();
		$backup = $this->mentor();
		$mentee = $this->newcomer();
		$id     = ( new MatchService() )->start( $mentee, $mentor, 'mentee_request', 0 );
		$this->assertSame( 404, $this->rest( 'GET', "/wayfinder/v1/profiles/$mentee", array(), $backup )->get_status(), 'not before they are the backup' );

		$response = $this->rest( 'POST', "/wayfinder/v1/matches/$id/backup", array( 'mentor' => $backup ), $mentor );

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( $backup, $response->get_data()['backup'] );
		$this->assertStringContainsString( 'You are the backup mentor of', $this->mail_subjects()[ get_userdata( $backup )->user_email ] );
		$profile = $this->rest( 'GET', "/wayfinder/v1/profiles/$mentee", array(), $backup );
		$this->assertSame( 200, $profile->get_status() );
		$this->assertSame( 'Hi, I am new.', $profile->get_data()['intro'] );
		$covering = $this->rest( 'GET', '/wayfinder/v1/matches', array( 'backup' => $backup ), $backup )->get_data();
		$this->assertSame( array( $id ), array_column( $covering, 'id' ) );
		$this->assertSame( 200, $this->rest( 'GET', "/wayfinder/v1/matches/$id", array(), $backup )->get_status() );
		$this->assertSame( 403, $this->rest( 'POST', "/wayfinder/v1/matches/$id/backup", array( 'mentor' => 0 ), $backup )->get_status(), 'the backup cannot change the backup' );

		$removed = $this->rest( 'POST', "/wayfinder/v1/matches/$id/backup", array( 'mentor' => 0 ), $this->coordinator );
		$this->assertNull( $removed->get_data()['backup'] );
		$this->assertSame( 404, $this->rest( 'GET', "/wayfinder/v1/profiles/$mentee", array(), $backup )->get_status() );
	}

	/** @return array<string, array{0: string, 1: int, 2: string}> */
	public static function bad_backups(): array {
		return array(
			'the primary mentor' => array( 'mentor', 400, 'wayfinder_invalid_backup' ),
			'the mentee'         => array( 'mentee', 400, 'wayfinder_invalid_backup' ),
			'not a mentor'       => array( 'subscriber', 400, 'wayfinder_not_a_mentor' ),
			'a retired mentor'   => array( 'retired', 409, 'wayfinder_mentor_unavailable' ),
			'nobody at all'      => array( 'missing', 400, 'wayfinder_not_a_mentor' ),
		);
	}

	/** @dataProvider bad_backups */
	public function test_a_backup_who_cannot_cover_is_refused_and_the_old_backup_stays( string $who, int $status, string $code ): void {
		$mentor  = $this->mentor();
		$mentee  = $this->newcomer();
		$current = $this->mentor();
		$id      = ( new MatchService() )->start( $mentee, $mentor, 'mentee_request', 0 );
		( new MatchService() )->set_backup( $id, $current, 0 );
		$retired = $this->mentor();
		( new ProfileRepository() )->save( new Profile( $retired, 'UTC', array( 'en' ), array(), array(), array(), '', 2, 'normal', 'retired' ) );
		$ids = array(
			'mentor'     => $mentor,
			'mentee'     => $mentee,
			'subscriber' => $this->make_user( 'subscriber' ),
			'retired'    => $retired,
			'missing'    => 999999,
		);

		$response = $this->rest( 'POST', "/wayfinder/v1/matches/$id/backup", array( 'mentor' => $ids[ $who ] ), $mentor );

		$this->assertSame( $status, $response->get_status() );
		$this->assertSame( $code, $response->get_data()['code'] );
		$this->assertSame( $current, ( new MatchService() )->find( $id )->backup_mentor_id );
	}

	public function test_when_the_primary_goes_away_the_backup_covers_and_both_backup_and_mentee_are_told(): void {
		$mentor = $this->mentor();
		$backup = $this->mentor();
		$mentee = $this->newcomer();
		$id     = ( new MatchService() )->start( $mentee, $mentor, 'mentee_request', 0 );
		( new MatchService() )->set_backup( $id, $backup, 0 );
		$this->assertFalse( $this->mentee_state( $mentee )['backup']['covering'] );

		$until    = gmdate( 'Y-m-d', time() + 10 * DAY_IN_SECONDS );
		$response = $this->rest(
			'PUT',
			'/wayfinder/v1/profiles/me',
			array(
				'mentor' => array(
					'status'     => 'away',
					'away_until' => $until,
				),
			),
			$mentor
		);

		$this->assertSame( 200, $response->get_status() );
		$state = $this->mentee_state( $mentee );
		$this->assertSame( $mentor, $state['mentor']['id'], 'the primary stays the primary' );
		$this->assertSame( $backup, $state['backup']['id'] );
		$this->assertTrue( $state['backup']['covering'] );
		$subjects = $this->mail_subjects();
		$this->assertSame( 'Please cover as backup mentor', $subjects[ get_userdata( $backup )->user_email ] );
		$this->assertSame( 'Your backup mentor covers for now', $subjects[ get_userdata( $mentee )->user_email ] );
	}

	public function test_when_the_primary_retires_the_backup_becomes_the_mentor(): void {
		$mentor = $this->mentor();
		$backup = $this->mentor();
		$this->mentor( 5 ); // A better-placed stranger: the backup still wins, because they know the mentee.
		$mentee = $this->newcomer();
		$id     = ( new MatchService() )->start( $mentee, $mentor, 'mentee_request', 0 );
		( new MatchService() )->set_backup( $id, $backup, 0 );

		$this->rest( 'PUT', '/wayfinder/v1/profiles/me', array( 'mentor' => array( 'status' => 'retired' ) ), $mentor );
		$this->assertSame( 1, ( new Reassigner() )->reassign_from( $mentor ) );

		$this->assertSame( $backup, $this->mentee_state( $mentee )['mentor']['id'] );
		$this->assertSame( 'mentor_quit', ( new MatchService() )->find( $id )['end_reason'] );
	}

	public function test_a_mentor_whose_role_is_taken_away_has_their_mentees_moved(): void {
		$quitting = $this->mentor();
		$other    = $this->mentor();
		$mentee   = $this->newcomer();
		( new MatchService() )->start( $mentee, $quitting, 'mentee_request', 0 );

		( new \WP_User( $quitting ) )->set_role( 'subscriber' );

		$this->assertNotFalse( wp_next_scheduled( Reassigner::HOOK, array( $quitting ) ) );
		( new Reassigner() )->reassign_from( $quitting );
		$this->assertSame( $other, $this->mentee_state( $mentee )['mentor']['id'] );
	}

	public function test_a_role_change_that_keeps_someone_a_mentor_moves_nobody(): void {
		$mentor = $this->mentor();
		( new MatchService() )->start( $this->newcomer(), $mentor, 'mentee_request', 0 );

		( new \WP_User( $mentor ) )->set_role( 'wayfinder_coordinator' );

		$this->assertFalse( wp_next_scheduled( Reassigner::HOOK, array( $mentor ) ) );
	}

	public function test_deleting_a_mentor_moves_their_mentees_and_deleting_a_mentee_frees_the_place(): void {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		$leaving = $this->mentor();
		$other   = $this->mentor();
		$mentee  = $this->newcomer();
		( new MatchService() )->start( $mentee, $leaving, 'mentee_request', 0 );
		$gone = $this->newcomer();
		( new MatchService() )->start( $gone, $other, 'mentee_request', 0 );
		$this->assertSame( 1, ( new ProfileRepository() )->find( $other )->active_mentees );

		wp_delete_user( $gone );
		$this->assertSame( 0, ( new ProfileRepository() )->find( $other )->active_mentees, 'a deleted mentee frees the place at once' );

		wp_delete_user( $leaving );
		$this->assertNotFalse( wp_next_scheduled( Reassigner::HOOK, array( $leaving ) ) );
		( new Reassigner() )->reassign_from( $leaving );
		$this->assertSame( $other, $this->mentee_state( $mentee )['mentor']['id'] );
	}
}
