<?php
/**
 * The emails about contributions, each sent by listening to the domain event it tells of: the
 * mentee's current mentor hears when a contribution is added by hand (with a link to verify it in My
 * mentorship); the person hears when one is verified or not accepted (with the note).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionAccess;
use Wayfinder\Contributions\ContributionsSection;
use Wayfinder\Contributions\Events\ContributionRecorded;
use Wayfinder\Contributions\Events\ContributionReviewed;

final class ContributionNotices {

	public function __construct( private readonly ContributionAccess $access = new ContributionAccess() ) {
	}

	/** A contribution added by hand: the person's current mentors hear of it (not the one who added it). */
	public function recorded( ContributionRecorded $event ): void {
		$contribution = $event->contribution;
		if ( Contribution::MANUAL !== $contribution->source ) {
			return;
		}
		$person = Outbox::person( $contribution->user_id );
		if ( ! $person ) {
			return;
		}
		foreach ( $this->access->current_mentors( $contribution->user_id ) as $mentor_id ) {
			$mentor = $mentor_id !== $contribution->created_by ? Outbox::person( $mentor_id ) : null;
			if ( ! $mentor ) {
				continue;
			}
			$body = sprintf(
				/* translators: 1: the mentee's name, 2: what they did, 3: the link to it. */
				__( '%1$s added a contribution: "%2$s" (%3$s).', 'wayfinder' ),
				$person->display_name,
				$contribution->summary,
				$contribution->url
			);
			$body .= "\n\n" . __( 'When you have a moment, open it and check it is as described, then verify it on your mentorship page — or say kindly in a note why it is not accepted. A verified contribution means a lot to a newcomer.', 'wayfinder' );
			/* translators: %s: the mentee's name. */
			Outbox::send( $mentor, sprintf( __( '%s added a contribution to verify', 'wayfinder' ), $person->display_name ), $body, Links::my_mentorship() . '#' . ContributionsSection::VERIFY_ANCHOR );
		}
	}

	/** A contribution verified or not accepted: the person hears of it, with the note. */
	public function reviewed( ContributionReviewed $event ): void {
		$contribution = $event->contribution;
		$person       = Outbox::person( $contribution->user_id );
		$reviewer     = Outbox::person( $event->actor_id );
		if ( ! $person || $event->actor_id === $contribution->user_id ) {
			return;
		}
		$who = $reviewer ? $reviewer->display_name : __( 'A mentoring coordinator', 'wayfinder' );
		if ( Contribution::VERIFIED === $contribution->status ) {
			$subject = __( 'Your contribution is verified', 'wayfinder' );
			/* translators: 1: who verified it, 2: what the person did. */
			$body = sprintf( __( '%1$s verified your contribution "%2$s". Thank you for it — every contribution helps WordPress.', 'wayfinder' ), $who, $contribution->summary );
		} else {
			$subject = __( 'About your contribution', 'wayfinder' );
			/* translators: 1: who looked at it, 2: what the person did. */
			$body = sprintf( __( '%1$s looked at your contribution "%2$s" and could not accept it as it is.', 'wayfinder' ), $who, $contribution->summary );
		}
		if ( '' !== $contribution->review_note ) {
			/* translators: %s: the reviewer's note. */
			$body .= "\n\n" . sprintf( __( 'Their note: %s', 'wayfinder' ), $contribution->review_note );
		}
		if ( Contribution::REJECTED === $contribution->status ) {
			$body .= "\n\n" . __( 'This happens, and it is no judgement of you. If something was missing, add it again with a better link or description; your mentor is happy to help.', 'wayfinder' );
		}
		Outbox::send( $person, $subject, $body, Links::my_mentorship() . '#' . ContributionsSection::ANCHOR );
	}
}
