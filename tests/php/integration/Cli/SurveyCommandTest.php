<?php
/**
 * `wp wayfinder survey resend`, run for real: an open invitation's e-mail goes out again with the
 * same personal link; answered and closed invitations are refused with why.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Cli;

use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\SurveyPostType;
use Wayfinder\Surveys\Wave;
use Wayfinder\Surveys\WaveRepository;

final class SurveyCommandTest extends CliTestCase {

	/** @return array<string, int> An invitation due in $due_in seconds (negative: past). */
	private static function invitation( int $due_in ): array {
		$survey     = wp_insert_post(
			array(
				'post_type'   => SurveyPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'How it went',
				'meta_input'  => array(
					SurveyPostType::AUDIENCE  => 'mentees',
					SurveyPostType::WAVES     => array( Wave::PRE, Wave::POST ),
					SurveyPostType::QUESTIONS => array(
						array(
							'key'      => 'confidence',
							'type'     => 'agree',
							'text'     => 'I feel confident contributing.',
							'required' => true,
						),
					),
				),
			),
			true
		);
		$person     = self::person( 'rosa', 'subscriber', 'Rosa Parks' );
		$wave       = ( new WaveRepository() )->ensure( (int) $survey, self::cohort(), Wave::PRE, time() - DAY_IN_SECONDS, null, time() );
		$invitation = ( new InvitationRepository() )->invite( $wave->id, $person, 0, time() - 2 * DAY_IN_SECONDS, time() + $due_in );
		( new InvitationRepository() )->claim_sent( $invitation->id, time() - 2 * DAY_IN_SECONDS );
		return array(
			'invitation' => $invitation->id,
			'person'     => $person,
		);
	}

	/** @return array<string, int> */
	public static function an_open_invitation(): array {
		return self::invitation( WEEK_IN_SECONDS );
	}

	/** @return array<string, int> */
	public static function an_answered_invitation(): array {
		$given = self::invitation( WEEK_IN_SECONDS );
		( new InvitationRepository() )->claim_answered( $given['invitation'], time() - DAY_IN_SECONDS );
		return $given;
	}

	/** @return array<string, int> */
	public static function a_closed_invitation(): array {
		return self::invitation( -DAY_IN_SECONDS );
	}

	public function test_an_open_invitation_is_e_mailed_again_with_its_personal_link(): void {
		$run = $this->wp( array( 'wayfinder', 'survey', 'resend', '{invitation}' ), 'an_open_invitation' );
		$this->assertSame( 0, $run->code, $run->output() );
		$this->assertStringContainsString( 'Success: Invitation ' . $run->given['invitation'] . ' was e-mailed again to Rosa Parks.', $run->stdout );
		$this->assertCount( 1, $run->mail );
		$this->assertSame( 'rosa@example.org', $run->mail[0]['to'] );
		$this->assertSame( 'A few questions: How it went', $run->mail[0]['subject'], 'the invitation itself, not the reminder' );
		$this->assertStringContainsString( 'wayfinder_invitation=' . $run->given['invitation'], $run->mail[0]['message'] );
	}

	public function test_an_answered_invitation_is_not_sent_again(): void {
		$run = $this->wp( array( 'wayfinder', 'survey', 'resend', '{invitation}' ), 'an_answered_invitation' );
		$this->assertSame( 1, $run->code, $run->output() );
		$this->assertStringContainsString( 'Invitation ' . $run->given['invitation'] . ' was answered on ', $run->stderr );
		$this->assertStringContainsString( 'so it is not sent again', $run->stderr );
		$this->assertSame( array(), $run->mail );
	}

	public function test_a_closed_invitation_is_not_sent_again(): void {
		$run = $this->wp( array( 'wayfinder', 'survey', 'resend', '{invitation}' ), 'a_closed_invitation' );
		$this->assertSame( 1, $run->code, $run->output() );
		$this->assertStringContainsString( 'closed on ', $run->stderr );
		$this->assertStringContainsString( 'can no longer be answered', $run->stderr );
		$this->assertSame( array(), $run->mail );
	}

	public function test_something_that_is_not_an_invitation_id_is_refused(): void {
		$run = $this->wp( array( 'wayfinder', 'survey', 'resend', 'rosa' ) );
		$this->assertSame( 1, $run->code );
		$this->assertStringContainsString( '"rosa" is not an invitation ID', $run->stderr );
		$missing = $this->wp( array( 'wayfinder', 'survey', 'resend', '987654' ) );
		$this->assertStringContainsString( 'There is no survey invitation 987654.', $missing->stderr );
	}
}
