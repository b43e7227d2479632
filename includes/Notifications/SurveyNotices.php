<?php
/**
 * The e-mails of the surveys: the invitation (who asks and why it matters, how many questions and
 * about how long, the day it is due in the person's time zone and language, whether answers are
 * anonymous or kept with their name for a before-and-after comparison, and their personal link), sent
 * once — its sent_at is claimed first, so a second delivery of the event sends nothing — and the one
 * reminder (claimed by the tick or a coordinator before the event).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Surveys\Events\SurveyInvited;
use Wayfinder\Surveys\Events\SurveyReminderDue;
use Wayfinder\Surveys\Events\SurveyResent;
use Wayfinder\Surveys\Invitation;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\Question;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\SurveyPage;
use Wayfinder\Surveys\Wave;
use WP_User;

final class SurveyNotices {

	public function __construct( private readonly InvitationRepository $invitations = new InvitationRepository() ) {
	}

	/** The invitation, once. */
	public function invited( SurveyInvited $event ): void {
		if ( ! $this->invitations->claim_sent( $event->invitation->id, time() ) ) {
			return;
		}
		$person = Outbox::person( $event->invitation->user_id );
		if ( $person ) {
			$this->send( $person, $event->invitation, $event->wave, $event->survey, false );
		}
	}

	/** The one reminder (already claimed). */
	public function reminder( SurveyReminderDue $event ): void {
		$person = Outbox::person( $event->invitation->user_id );
		if ( $person && ! $event->invitation->is_answered() ) {
			$this->send( $person, $event->invitation, $event->wave, $event->survey, true );
		}
	}

	/** The invitation again, by hand (Surveys\Resending checked it can still be answered). */
	public function resent( SurveyResent $event ): void {
		$person = Outbox::person( $event->invitation->user_id );
		if ( $person ) {
			$this->send( $person, $event->invitation, $event->wave, $event->survey, false );
		}
	}

	/** About how many minutes the questions take: a few seconds for a scale or a choice, more for writing. */
	public static function minutes( Survey $survey ): int {
		$seconds = 0;
		foreach ( $survey->questions as $question ) {
			$seconds += match ( $question->type ) {
				Question::LONG  => 90,
				Question::SHORT => 30,
				default         => 12,
			};
		}
		return max( 1, (int) ceil( $seconds / 60 ) );
	}

	private function send( WP_User $person, Invitation $invitation, Wave $wave, Survey $survey, bool $reminder ): void {
		$switched = switch_to_user_locale( $person->ID );
		$zone     = self::zone( ( new ProfileRepository() )->find( $person->ID )->timezone );
		$due      = (int) strtotime( $invitation->due_at . ' UTC' );
		$count    = count( $survey->questions );
		$minutes  = self::minutes( $survey );
		$what     = self::what( $wave );
		$lines    = array(
			$reminder
				/* translators: %s: what the survey is about, e.g. "your cohort Spring cohort". */
				? sprintf( __( 'A reminder: your answers about %s are still missing, and the survey closes soon.', 'wayfinder' ), $what )
				/* translators: 1: the site's name, 2: what the survey is about, e.g. "your cohort Spring cohort". */
				: sprintf( __( 'The mentoring coordinators of %1$s ask you a few questions about %2$s.', 'wayfinder' ), get_bloginfo( 'name' ), $what ),
			__( 'Your answers tell us whether the program really helps people contribute, and what to change for the next people who join.', 'wayfinder' ),
			/* translators: 1: the number of questions, 2: minutes. */
			sprintf( _n( 'It is %1$d question and takes about %2$d minutes.', 'It is %1$d questions and takes about %2$d minutes.', $count, 'wayfinder' ), $count, $minutes ),
			/* translators: 1: a date and time in the reader's time zone, 2: the time zone. */
			sprintf( __( 'Please answer by %1$s (%2$s).', 'wayfinder' ), wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $due, $zone ), str_replace( '_', ' ', $zone->getName() ) ),
			$survey->anonymous
				? __( 'Your answers are anonymous: they are kept without your name, and nobody can tell which answers are yours.', 'wayfinder' )
				: __( 'Your answers are kept with your name, so your answers before and after can be compared. Reports show only groups of several people, and only the coordinators read written answers.', 'wayfinder' ),
			__( 'Answer with your personal link (it works without signing in; keep it to yourself):', 'wayfinder' ),
		);
		$subject  = $reminder
			/* translators: %s: the survey's title. */
			? sprintf( __( 'Reminder: %s', 'wayfinder' ), $survey->title )
			/* translators: %s: the survey's title. */
			: sprintf( __( 'A few questions: %s', 'wayfinder' ), $survey->title );
		if ( $switched ) {
			restore_previous_locale();
		}
		Outbox::send( $person, $subject, implode( "\n\n", $lines ), SurveyPage::link( $invitation ) );
	}

	/** What the survey is about, as the person knows it. */
	private static function what( Wave $wave ): string {
		$cohort = $wave->cohort_id > 0 ? CohortPostType::find( $wave->cohort_id ) : null;
		if ( null === $cohort ) {
			return match ( $wave->kind ) {
				Wave::START => __( 'the mentorship you are starting', 'wayfinder' ),
				default     => __( 'your mentorship', 'wayfinder' ),
			};
		}
		return match ( $wave->kind ) {
			/* translators: %s: the cohort's name. */
			Wave::PRE       => sprintf( __( 'where you stand before %s', 'wayfinder' ), $cohort->name ),
			/* translators: %s: the cohort's name. */
			Wave::FOLLOW_UP => sprintf( __( 'the three months since %s ended', 'wayfinder' ), $cohort->name ),
			/* translators: %s: the cohort's name. */
			default         => sprintf( __( 'your time in %s', 'wayfinder' ), $cohort->name ),
		};
	}

	private static function zone( string $name ): \DateTimeZone {
		try {
			return new \DateTimeZone( '' !== $name ? $name : wp_timezone_string() );
		} catch ( \Exception $e ) {
			return wp_timezone();
		}
	}
}
