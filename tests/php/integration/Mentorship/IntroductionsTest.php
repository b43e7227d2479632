<?php
/**
 * The emails when a match starts, by every path: both sides are introduced once — the other's intro
 * and how to reach them — and a proposal only once the mentor confirms it. And the mentor hears of
 * every request they must answer.
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

final class IntroductionsTest extends TestCase {

	private const EVENINGS = array( array( 2, '18:00', '20:00' ) );

	private function person( string $role, string $name, string $intro ): int {
		$id = $this->make_user( $role );
		wp_update_user(
			array(
				'ID'           => $id,
				'display_name' => $name,
			)
		);
		( new ProfileRepository() )->save( new Profile( $id, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), self::EVENINGS, $intro ) );
		$this->sent_mail = array();
		return $id;
	}

	private function email( int $user ): string {
		return get_userdata( $user )->user_email;
	}

	/** @return array<string, list<array<string, mixed>>> Mail by recipient. */
	private function mail_by_recipient(): array {
		$by = array();
		foreach ( $this->sent_mail as $mail ) {
			$by[ (string) $mail['to'] ][] = $mail;
		}
		return $by;
	}

	/** Exactly one introduction to each side, each with the other's intro and address. */
	private function assertIntroduced( int $mentee, int $mentor, string $mentee_line, string $mentor_line ): void {
		$by = $this->mail_by_recipient();
		$this->assertCount( 1, $by[ $this->email( $mentee ) ] ?? array(), 'one email to the mentee' );
		$this->assertCount( 1, $by[ $this->email( $mentor ) ] ?? array(), 'one email to the mentor' );
		$to_mentee = $by[ $this->email( $mentee ) ][0];
		$to_mentor = $by[ $this->email( $mentor ) ][0];
		$this->assertSame( 'Your mentor is Anna Schmidt', $to_mentee['subject'] );
		$this->assertStringContainsString( $mentee_line, $to_mentee['message'] );
		$this->assertStringContainsString( 'Anna Schmidt (' . $this->email( $mentor ) . ') wrote about themselves:', $to_mentee['message'] );
		$this->assertStringContainsString( 'Core committer.', $to_mentee['message'] );
		$this->assertSame( 'You have a new mentee: Jonas Weber', $to_mentor['subject'] );
		$this->assertStringContainsString( $mentor_line, $to_mentor['message'] );
		$this->assertStringContainsString( $this->email( $mentee ), $to_mentor['message'] );
		$this->assertStringContainsString( 'Student, curious about the block editor.', $to_mentor['message'] );
	}

	private function anna(): int {
		return $this->person( 'wayfinder_mentor', 'Anna Schmidt', 'Core committer.' );
	}

	private function jonas(): int {
		return $this->person( 'subscriber', 'Jonas Weber', 'Student, curious about the block editor.' );
	}

	public function test_automatic_assignment_introduces_both_once(): void {
		$anna  = $this->anna();
		$jonas = $this->jonas();

		$this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $jonas );

		$this->assertIntroduced( $jonas, $anna, 'We found you a mentor: Anna Schmidt.', 'Jonas Weber was matched with you automatically.' );
	}

	public function test_an_accepted_mentee_request_introduces_both_and_sends_no_separate_acceptance(): void {
		$anna  = $this->anna();
		$jonas = $this->jonas();
		$ask   = ( new RequestService() )->create(
			array(
				'type'   => 'mentee_request',
				'mentor' => $anna,
			),
			$jonas
		);
		$this->assertSame( array( $this->email( $anna ) ), array_column( $this->sent_mail, 'to' ), 'the mentor is emailed the request to answer' );
		$this->assertSame( 'Jonas Weber is looking for a mentor', $this->sent_mail[0]['subject'] );
		$this->sent_mail = array();

		$this->rest( 'POST', "/wayfinder/v1/requests/{$ask}/accept", array(), $anna );

		$this->assertIntroduced( $jonas, $anna, 'Anna Schmidt accepted your request and is now your mentor.', 'You accepted the request of Jonas Weber: you are now their mentor.' );
	}

	public function test_an_accepted_mentor_offer_introduces_both(): void {
		$anna  = $this->anna();
		$jonas = $this->jonas();
		// A mentor offers to mentor someone waiting for any mentor.
		( new RequestService() )->create( array( 'type' => 'mentee_request' ), $jonas );
		$this->sent_mail = array();
		$offer           = ( new RequestService() )->create(
			array(
				'type'   => 'mentor_offer',
				'mentee' => $jonas,
			),
			$anna
		);
		$this->assertSame( array( $this->email( $jonas ) ), array_column( $this->sent_mail, 'to' ) );
		$this->assertSame( 'Anna Schmidt offers to mentor you', $this->sent_mail[0]['subject'] );
		$this->sent_mail = array();

		$this->rest( 'POST', "/wayfinder/v1/requests/{$offer}/accept", array(), $jonas );

		$this->assertIntroduced( $jonas, $anna, 'You accepted the offer of Anna Schmidt: they are now your mentor.', 'Jonas Weber accepted your offer to mentor them.' );
	}

	public function test_an_accepted_coordinator_request_introduces_both_and_tells_the_coordinator(): void {
		$anna        = $this->anna();
		$jonas       = $this->jonas();
		$coordinator = $this->person( 'wayfinder_coordinator', 'Chidi Okafor', '' );
		$ask         = ( new RequestService() )->create(
			array(
				'type'   => 'coordinator_request',
				'mentee' => $jonas,
				'mentor' => $anna,
			),
			$coordinator
		);
		$this->assertSame( array( $this->email( $anna ) ), array_column( $this->sent_mail, 'to' ), 'the mentor is emailed the request to answer' );
		$this->assertSame( 'Would you mentor Jonas Weber?', $this->sent_mail[0]['subject'] );
		$this->sent_mail = array();

		$this->rest( 'POST', "/wayfinder/v1/requests/{$ask}/accept", array(), $anna );

		$coordinator_mail = $this->mail_by_recipient()[ $this->email( $coordinator ) ] ?? array();
		$this->assertCount( 1, $coordinator_mail );
		$this->assertSame( 'The mentoring request for Jonas Weber was accepted', $coordinator_mail[0]['subject'] );
		$this->sent_mail = array_values( array_filter( $this->sent_mail, fn ( array $m ): bool => $m['to'] !== $this->email( $coordinator ) ) );
		$this->assertIntroduced( $jonas, $anna, 'Anna Schmidt agreed to be your mentor, as a mentoring coordinator asked.', 'You are now the mentor of Jonas Weber, as a mentoring coordinator asked.' );
	}

	public function test_a_proposal_is_no_start_yet_and_its_confirmation_introduces_both(): void {
		$anna        = $this->anna();
		$jonas       = $this->jonas();
		$coordinator = $this->person( 'wayfinder_coordinator', 'Chidi Okafor', '' );

		$match = $this->rest(
			'POST',
			'/wayfinder/v1/matches',
			array(
				'mentee' => $jonas,
				'mentor' => $anna,
			),
			$coordinator
		)->get_data()['id'];

		$subjects = array_column( $this->sent_mail, 'subject', 'to' );
		$this->assertSame( 'You are proposed as the mentor of Jonas Weber', $subjects[ $this->email( $anna ) ] );
		$this->assertSame( 'You have a mentor', $subjects[ $this->email( $jonas ) ] );
		foreach ( $this->sent_mail as $mail ) {
			$this->assertStringNotContainsString( '@example.org', $mail['message'], 'no address before the mentor agrees' );
		}
		$this->sent_mail = array();

		$this->rest( 'POST', "/wayfinder/v1/matches/{$match}/confirm", array(), $anna );

		$this->assertIntroduced( $jonas, $anna, 'Anna Schmidt confirmed that they will be your mentor.', 'You are now the mentor of Jonas Weber, as a mentoring coordinator asked.' );
		$this->sent_mail = array();
		$this->rest( 'POST', "/wayfinder/v1/matches/{$match}/confirm", array(), $anna );
		$this->assertSame( array(), $this->sent_mail, 'confirming again sends nothing' );
	}

	public function test_a_proposal_nobody_declined_in_time_introduces_both_when_it_becomes_active(): void {
		$anna  = $this->anna();
		$jonas = $this->jonas();
		$match = ( new MatchService() )->start( $jonas, $anna, 'coordinator', 1, 'proposed' );
		$this->assertSame( array( 'You are proposed as the mentor of Jonas Weber', 'You have a mentor' ), array_column( $this->sent_mail, 'subject' ), 'starting a proposal asks the mentor and tells the mentee, and introduces nobody' );
		$this->assertStringNotContainsString( $this->email( $anna ), $this->sent_mail[1]['message'], 'no address before the mentor agreed' );
		$this->sent_mail = array();
		global $wpdb;
		$wpdb->update( \Wayfinder\Platform\Schema::matches_table(), array( 'created_at' => gmdate( 'Y-m-d H:i:s', time() - ( Settings::request_expiry_days() + 1 ) * DAY_IN_SECONDS ) ), array( 'id' => $match ) );

		$this->assertSame( array( $match ), ( new MatchService() )->confirm_due() );

		$this->assertIntroduced( $jonas, $anna, 'Anna Schmidt confirmed that they will be your mentor.', 'You are now the mentor of Jonas Weber, as a mentoring coordinator asked.' );
	}

	public function test_a_backup_who_takes_over_is_introduced_to_the_mentee(): void {
		$leaving = $this->person( 'wayfinder_mentor', 'Grace Miller', 'Leaving soon.' );
		$anna    = $this->anna();
		$jonas   = $this->jonas();
		$match   = ( new MatchService() )->start( $jonas, $leaving, 'coordinator', 1 );
		( new MatchService() )->set_backup( $match, $anna, 1 );
		$profile                = ( new ProfileRepository() )->find( $leaving );
		$profile->mentor_status = 'retired';
		( new ProfileRepository() )->save( $profile );
		$this->sent_mail = array();

		( new Reassigner() )->reassign_from( $leaving );

		$by = $this->mail_by_recipient();
		$this->assertCount( 1, $by[ $this->email( $anna ) ] );
		$this->assertSame( 'You have a new mentee: Jonas Weber', $by[ $this->email( $anna ) ][0]['subject'] );
		$this->assertStringContainsString( $this->email( $jonas ), $by[ $this->email( $anna ) ][0]['message'] );
		$this->assertSame( array( 'Your mentor is Anna Schmidt', 'About your mentor' ), array_column( $by[ $this->email( $jonas ) ], 'subject' ), 'the introduction, then why' );
	}
}
