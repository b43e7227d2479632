<?php
/**
 * The rules of a hand-off to a team. Sending: once a person graduates, the team they chose gets
 * their introduction (the mentor's note with it) — the graduation confirms inside its own transaction.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Handoffs\Events\HandoffSent;
use Wayfinder\Platform\Events;

final class HandoffService {

	public function __construct( private readonly HandoffRepository $handoffs ) {
	}

	/**
	 * Sends the person's chosen team their introduction. Null when they chose no team (nothing to
	 * send) or it was sent already; a WP_Error when the database refused.
	 *
	 * @param int $cohort_id The cohort they graduated from (0: a one-to-one mentorship).
	 * @return Handoff|\WP_Error|null
	 */
	public function send( int $user_id, int $cohort_id, int $mentor_id, string $note, int $actor_id, int $now ) {
		$chosen = $this->handoffs->find_for( $user_id, $cohort_id );
		if ( null === $chosen || Handoff::CHOSEN !== $chosen->status ) {
			return null;
		}
		$changed = $this->handoffs->update(
			$chosen->id,
			array(
				'status'      => Handoff::WAITING,
				'mentor_id'   => $mentor_id > 0 ? $mentor_id : null,
				'mentor_note' => mb_substr( $note, 0, Handoff::TEXT_LENGTH ),
				'sent_at'     => gmdate( 'Y-m-d H:i:s', $now ),
			),
			$now,
			Handoff::CHOSEN
		);
		if ( false === $changed ) {
			return new \WP_Error( 'wayfinder_handoff_not_saved', __( 'The hand-off to the team could not be saved. Please try again.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		$sent = 1 === $changed ? $this->handoffs->find( $chosen->id ) : null;
		if ( null !== $sent ) {
			Events::dispatch( new HandoffSent( $sent, $actor_id ) );
		}
		return $sent;
	}
}
