<?php
/**
 * The emails of the week-one fit check, each sent by listening to the domain event it tells of: the
 * question to each side of a cohort pair (with a link to answer in My mentorship), a "no" to the
 * coordinators (with where to find another mentor), and — after a re-match — kind words to the side
 * that did not say "no". The mentee's introduction to the new mentor is MatchNotices' (the new match
 * starts active).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\FitCheck\Events\FitCheckAnswered;
use Wayfinder\FitCheck\Events\FitCheckAsked;
use Wayfinder\FitCheck\Events\MenteeRematched;
use Wayfinder\FitCheck\FitCheck;

final class FitCheckNotices {

	public function asked( FitCheckAsked $event ): void {
		$person = Outbox::person( $event->check->user_id );
		$other  = Outbox::person( FitCheck::MENTEE === $event->check->side ? $event->match->mentor_id : $event->match->mentee_id );
		if ( ! $person || ! $other ) {
			return;
		}
		$body = FitCheck::MENTEE === $event->check->side
			/* translators: 1: the mentor's name, 2: the cohort's name. */
			? sprintf( __( 'You have been working with %1$s in %2$s for a week now. Is this pairing working for you? Answer in a minute on your mentorship page; if it is not working, a mentoring coordinator can find you another mentor. Your note is read only by the coordinators.', 'wayfinder' ), $other->display_name, $event->cohort->name )
			/* translators: 1: the mentee's name, 2: the cohort's name. */
			: sprintf( __( 'You have been mentoring %1$s in %2$s for a week now. Is this pairing working for you? Answer in a minute on your mentorship page; if it is not working, a mentoring coordinator can find them another mentor. Your note is read only by the coordinators.', 'wayfinder' ), $other->display_name, $event->cohort->name );
		Outbox::send( $person, __( 'Is your mentoring pairing working?', 'wayfinder' ), $body, Links::my_mentorship() );
	}

	/** A "no" (not a repeated one) goes to the coordinators, with where to find another mentor. */
	public function answered( FitCheckAnswered $event ): void {
		if ( ! $event->check->said_no() || $event->was_no ) {
			return;
		}
		$mentee = Outbox::person( $event->match->mentee_id );
		$mentor = Outbox::person( $event->match->mentor_id );
		if ( ! $mentee || ! $mentor ) {
			return;
		}
		$who  = FitCheck::MENTEE === $event->check->side ? $mentee->display_name : $mentor->display_name;
		$body = sprintf(
			/* translators: 1: who answered, 2: the mentee's name, 3: the mentor's name, 4: the cohort's name. */
			__( '%1$s said at the week-one fit check that the pairing of %2$s with %3$s in %4$s is not working.', 'wayfinder' ),
			$who,
			$mentee->display_name,
			$mentor->display_name,
			$event->cohort->name
		);
		if ( '' !== $event->check->note ) {
			/* translators: %s: the note the person wrote. */
			$body .= "\n\n" . sprintf( __( 'Their note: %s', 'wayfinder' ), $event->check->note );
		}
		$body .= "\n\n" . __( 'Open the cohort and choose "Find another mentor" on the mentee\'s row: the engine picks another mentor of the cohort (never the same one), and both sides are told kindly.', 'wayfinder' );
		$link  = admin_url( 'admin.php?page=wayfinder&screen=cohorts' );
		foreach ( Outbox::coordinators() as $coordinator ) {
			/* translators: %s: the mentee's name. */
			Outbox::send( $coordinator, sprintf( __( 'A cohort pairing is not working: %s', 'wayfinder' ), $mentee->display_name ), $body, $link );
		}
	}

	/**
	 * After a re-match: the old mentor hears it kindly (thanked, whoever said "no"); the mentee who did
	 * not say "no" hears it kindly too, before the introduction to the new mentor.
	 */
	public function rematched( MenteeRematched $event ): void {
		$mentee = Outbox::person( $event->ended->mentee_id );
		$mentor = Outbox::person( $event->ended->mentor_id );
		$next   = Outbox::person( $event->started->mentor_id );
		if ( ! $mentee || ! $mentor || ! $next ) {
			return;
		}
		$mentor_said_no = in_array( FitCheck::MENTOR, $event->said_no, true );
		Outbox::send(
			$mentor,
			/* translators: %s: the mentee's name. */
			sprintf( __( 'About your mentoring of %s', 'wayfinder' ), $mentee->display_name ),
			$mentor_said_no
				/* translators: %s: the mentee's name. */
				? sprintf( __( 'Thank you for telling us honestly that the pairing with %s was not working. They now have another mentor in the cohort, so you need not do anything more. Thank you for the time you gave them.', 'wayfinder' ), $mentee->display_name )
				/* translators: %s: the mentee's name. */
				: sprintf( __( 'After the first week, %s will continue with another mentor of the cohort. This happens now and then: people simply fit differently, and it says nothing about you or your mentoring. Thank you for the time and care you gave them; you need not do anything more.', 'wayfinder' ), $mentee->display_name ),
			Links::my_mentorship()
		);
		if ( ! in_array( FitCheck::MENTEE, $event->said_no, true ) ) {
			Outbox::send(
				$mentee,
				__( 'A new mentor for you', 'wayfinder' ),
				/* translators: 1: the old mentor's name, 2: the new mentor's name. */
				sprintf( __( 'After the first week, we think another mentor of the cohort will suit you better than %1$s: your mentor is now %2$s, who will introduce themselves in a separate email. This happens now and then, and it says nothing about you. Nothing else changes in your cohort.', 'wayfinder' ), $mentor->display_name, $next->display_name ),
				Links::my_mentorship()
			);
		}
	}
}
