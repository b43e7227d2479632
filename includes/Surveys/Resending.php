<?php
/**
 * Sending one survey invitation again, by hand: only while it can still be answered — not once it
 * was answered, after its due day, for a survey taken down, or for a person whose account is gone.
 * An invitation whose first e-mail never went out is claimed as sent here, so the late-sending batch
 * does not send it a second time.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Events;
use Wayfinder\Surveys\Events\SurveyResent;
use WP_Error;

final class Resending {

	public function __construct(
		private readonly InvitationRepository $invitations = new InvitationRepository(),
		private readonly WaveRepository $waves = new WaveRepository(),
	) {
	}

	/** The invitation as it was sent again, or why it was not. */
	public function resend( int $invitation_id, int $actor_id, int $now ): Invitation|WP_Error {
		$invitation = $this->invitations->find( $invitation_id );
		if ( null === $invitation ) {
			/* translators: %d: an invitation's number. */
			return self::refusal( 'wayfinder_invitation_not_found', sprintf( __( 'There is no survey invitation %d. It may have been erased with its person\'s data.', 'wayfinder' ), $invitation_id ), 404 );
		}
		if ( $invitation->is_answered() ) {
			/* translators: 1: an invitation's number, 2: a date. */
			return self::refusal( 'wayfinder_invitation_answered', sprintf( __( 'Invitation %1$d was answered on %2$s: there is nothing left to ask, so it is not sent again.', 'wayfinder' ), $invitation->id, self::day( (string) $invitation->answered_at ) ), 409 );
		}
		if ( ! $invitation->is_open( $now ) ) {
			/* translators: 1: an invitation's number, 2: a date. */
			return self::refusal( 'wayfinder_invitation_expired', sprintf( __( 'Invitation %1$d closed on %2$s and can no longer be answered, so it is not sent again.', 'wayfinder' ), $invitation->id, self::day( $invitation->due_at ) ), 409 );
		}
		$wave   = $this->waves->find( $invitation->wave_id );
		$survey = null === $wave ? null : SurveyPostType::find( $wave->survey_id );
		if ( null === $wave || null === $survey || 'publish' !== $survey->status ) {
			/* translators: %d: an invitation's number. */
			return self::refusal( 'wayfinder_invitation_survey_gone', sprintf( __( 'The survey of invitation %d is no longer published, so nobody can answer it. Publish the survey again first.', 'wayfinder' ), $invitation->id ), 409 );
		}
		if ( false === get_userdata( $invitation->user_id ) ) {
			/* translators: %d: an invitation's number. */
			return self::refusal( 'wayfinder_invitation_person_gone', sprintf( __( 'The person invited by invitation %d no longer has an account on this site.', 'wayfinder' ), $invitation->id ), 409 );
		}
		if ( null === $invitation->sent_at ) {
			$this->invitations->claim_sent( $invitation->id, $now );
		}
		Events::dispatch( new SurveyResent( $invitation, $wave, $survey, $actor_id ) );
		return $invitation;
	}

	private static function refusal( string $code, string $message, int $status ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => $status ) );
	}

	/** A moment (UTC, Y-m-d H:i:s) as a date in the site's format. */
	private static function day( string $moment ): string {
		return (string) wp_date( (string) get_option( 'date_format', 'F j, Y' ), (int) strtotime( $moment . ' UTC' ) );
	}
}
