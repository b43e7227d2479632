<?php
/**
 * The emails of graduation, each sent by listening to the domain event it tells of: the mentee hears
 * when their graduation is confirmed; when a cohort closes, each person hears once how it ended for
 * them (CohortOutcome) — a graduate congratulations and where their hand-off to the team stands, a
 * mentee still working that they can carry on with their mentor and what is left, someone who had
 * withdrawn thanks and an open door — and each mentor one summary of their mentees.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Graduation\Events\CohortOutcome;
use Wayfinder\Graduation\Events\MenteeGraduated;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Teams\TeamList;

final class GraduationNotices {

	/** The graduate hears it from us too (their mentor may have told them already). */
	public function graduated( MenteeGraduated $event ): void {
		$mentee = Outbox::person( $event->member->user_id );
		if ( null === $mentee ) {
			return;
		}
		$by   = Outbox::person( $event->actor_id );
		$body = null !== $by && $by->ID !== $mentee->ID
			/* translators: 1: who confirmed it, 2: the cohort's name. */
			? sprintf( __( 'Congratulations! %1$s confirmed that you graduated from %2$s.', 'wayfinder' ), $by->display_name, $event->cohort->name )
			/* translators: %s: the cohort's name. */
			: sprintf( __( 'Congratulations! You graduated from %s.', 'wayfinder' ), $event->cohort->name );
		$body .= ' ' . __( 'If you chose a team to join, its representatives now have your introduction and will welcome you. Your mentorship page shows where things stand.', 'wayfinder' );
		/* translators: %s: the cohort's name. */
		Outbox::send( $mentee, sprintf( __( 'You graduated from %s', 'wayfinder' ), $event->cohort->name ), $body, Links::my_mentorship() );
	}

	/** How the closed cohort ended for this person, once. */
	public function outcome( CohortOutcome $event ): void {
		$person = Outbox::person( $event->member->user_id );
		if ( null === $person ) {
			return;
		}
		$name = $event->cohort->name;
		switch ( $event->outcome ) {
			case CohortOutcome::GRADUATED:
				/* translators: %s: the cohort's name. */
				$subject = sprintf( __( '%s has ended: congratulations, graduate!', 'wayfinder' ), $name );
				/* translators: %s: the cohort's name. */
				$body = sprintf( __( '%s has ended, and you graduated from it. Congratulations, and thank you for all you put into it!', 'wayfinder' ), $name ) . "\n\n" . self::handoff( $event->handoff );
				break;
			case CohortOutcome::WORKING:
				$mentor = Outbox::person( $event->mentor_id );
				/* translators: %s: the cohort's name. */
				$subject = sprintf( __( '%s has ended: you can carry on', 'wayfinder' ), $name );
				/* translators: %s: the cohort's name. */
				$body  = sprintf( __( '%s has ended, and you are still working towards graduating. That is fine: you can carry on at your own pace.', 'wayfinder' ), $name );
				$body .= ' ' . ( null !== $mentor
					/* translators: %s: the mentor's name. */
					? sprintf( __( 'Your mentorship with %s stays open, so you can go on working together.', 'wayfinder' ), $mentor->display_name )
					: __( 'A mentoring coordinator can help you find someone to work with.', 'wayfinder' ) );
				$left = null === $event->checklist ? '' : $event->checklist->left_sentence();
				if ( '' !== $left ) {
					/* translators: %s: what is left, e.g. "1 of 3 group sessions attended; Choose the team you want to join". */
					$body .= "\n\n" . sprintf( __( 'Still to do: %s.', 'wayfinder' ), $left );
				}
				$body .= "\n\n" . __( 'Once it is all done, your mentor confirms your graduation.', 'wayfinder' );
				break;
			case CohortOutcome::WITHDRAWN:
				/* translators: %s: the cohort's name. */
				$subject = sprintf( __( '%s has ended', 'wayfinder' ), $name );
				/* translators: %s: the cohort's name. */
				$body = sprintf( __( '%s has ended. You left it before the end, and that is all right: thank you for the time you gave it. The door stays open — you are welcome to ask for a mentor or apply to a later cohort whenever it suits you.', 'wayfinder' ), $name );
				break;
			default:
				/* translators: %s: the cohort's name. */
				$subject = sprintf( __( '%s has ended: how your mentees did', 'wayfinder' ), $name );
				$body    = self::summary( $name, $event->mentees );
		}
		Outbox::send( $person, $subject, $body, Links::my_mentorship() );
	}

	/** Where a graduate's hand-off to their team stands. */
	private static function handoff( ?Handoff $handoff ): string {
		if ( null === $handoff ) {
			return __( 'You did not choose a team to join. When you are ready, a mentoring coordinator can introduce you to one.', 'wayfinder' );
		}
		$team = TeamList::all()[ $handoff->team ]['name'] ?? $handoff->team;
		if ( Handoff::ACCEPTED === $handoff->status ) {
			/* translators: %s: a team's name. */
			return sprintf( __( 'The %s team has welcomed you, and your contact person there will go on supporting you.', 'wayfinder' ), $team );
		}
		/* translators: %s: a team's name. */
		return sprintf( __( 'Your introduction went to the %s team; one of its representatives will welcome you and name a contact person.', 'wayfinder' ), $team );
	}

	/**
	 * A mentor's summary.
	 *
	 * @param list<array{name: string, state: string, left: string}> $mentees
	 */
	private static function summary( string $cohort, array $mentees ): string {
		/* translators: %s: the cohort's name. */
		$body = sprintf( __( '%s has ended. Thank you for mentoring in it!', 'wayfinder' ), $cohort );
		if ( array() === $mentees ) {
			return $body;
		}
		$body .= "\n\n" . __( 'How it ended for your mentees:', 'wayfinder' );
		foreach ( $mentees as $mentee ) {
			if ( 'graduated' === $mentee['state'] ) {
				/* translators: %s: a mentee's name. */
				$line = sprintf( __( '%s graduated.', 'wayfinder' ), $mentee['name'] );
			} elseif ( 'ready' === $mentee['state'] ) {
				/* translators: %s: a mentee's name. */
				$line = sprintf( __( '%s has done everything the cohort asks: you can confirm their graduation on your mentorship page.', 'wayfinder' ), $mentee['name'] );
			} else {
				/* translators: 1: a mentee's name, 2: what is left. */
				$line = sprintf( __( '%1$s is still working (left: %2$s). Your mentorship with them stays open if you both want to carry on.', 'wayfinder' ), $mentee['name'], $mentee['left'] );
			}
			$body .= "\n- " . $line;
		}
		return $body;
	}
}
