<?php
/**
 * The applicant's emails about applying: the confirmation of a submitted application (the first
 * submission only — an edit while it is screened is told to nobody), with what happens next, the
 * last day in their own time zone and where to see the status; and a mentor's decision (mentees'
 * decisions are told by DecisionNotices, with the reveal).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Applications\ApplicantView;
use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Applications\Events\ApplicationDecided;
use Wayfinder\Applications\Events\ApplicationSubmitted;
use Wayfinder\Profiles\ProfileRepository;
use WP_User;

final class ApplicationNotices {

	public function submitted( ApplicationSubmitted $event ): void {
		if ( $event->again ) {
			return;
		}
		$person = get_userdata( $event->application->user_id );
		if ( ! $person instanceof WP_User ) {
			return;
		}
		$cohort   = $event->cohort;
		$deadline = ApplicantView::deadline_text( ApplicationSettings::of( $cohort->id ), ( new ProfileRepository() )->find( $person->ID )->timezone );
		if ( Application::MENTOR === $event->application->role ) {
			/* translators: %s: the cohort's name. */
			$subject = sprintf( __( 'Your application to mentor %s', 'wayfinder' ), $cohort->name );
			/* translators: %s: the cohort's name. */
			$body = sprintf( __( 'Thank you for offering to mentor in %s. Your application is submitted: the mentoring coordinators will review it and you will get an email when they decide.', 'wayfinder' ), $cohort->name );
		} else {
			/* translators: %s: the cohort's name. */
			$subject = sprintf( __( 'We received your application to %s', 'wayfinder' ), $cohort->name );
			$body    = implode(
				"\n\n",
				array(
					/* translators: %s: the cohort's name. */
					sprintf( __( 'Thank you for applying to %s. Your application is submitted.', 'wayfinder' ), $cohort->name ),
					__( 'What happens next: your answers are checked and anything that says who you are is taken out; then reviewers read them without knowing whose they are. When the selection is made, you will get an email with the decision.', 'wayfinder' ),
					__( 'You can still change your application on the cohort\'s page while it is being screened, until applications close.', 'wayfinder' ),
				)
			);
		}
		if ( '' !== $deadline ) {
			$body .= "\n\n" . $deadline;
		}
		$body .= "\n\n" . __( 'See where your application stands:', 'wayfinder' );
		Outbox::send( $person, $subject, $body, self::status_link( $cohort->id ) );
	}

	/** A mentor's application was decided by the coordinators (mentees hear with the reveal, from DecisionNotices). */
	public function decided( ApplicationDecided $event ): void {
		if ( Application::MENTOR !== $event->application->role ) {
			return;
		}
		$person = get_userdata( $event->application->user_id );
		if ( ! $person instanceof WP_User ) {
			return;
		}
		$cohort = $event->cohort;
		if ( Application::ACCEPTED === $event->application->decision ) {
			/* translators: %s: the cohort's name. */
			$subject = sprintf( __( 'You are a mentor of %s', 'wayfinder' ), $cohort->name );
			$body    = '' === $cohort->start_date
				/* translators: %s: the cohort's name. */
				? sprintf( __( 'Your application to mentor %s is accepted: you are one of its mentors. Your cohort appears on your My mentorship page.', 'wayfinder' ), $cohort->name )
				/* translators: 1: the cohort's name, 2: its first day. */
				: sprintf( __( 'Your application to mentor %1$s is accepted: you are one of its mentors. The cohort starts on %2$s; your cohort and its sessions appear on your My mentorship page.', 'wayfinder' ), $cohort->name, \Wayfinder\Applications\Applying::day( $cohort->start_date ) );
			$link = Links::my_mentorship();
		} else {
			/* translators: %s: the cohort's name. */
			$subject = sprintf( __( 'About your application to mentor %s', 'wayfinder' ), $cohort->name );
			/* translators: %s: the cohort's name. */
			$body = sprintf( __( 'Thank you for offering to mentor in %s. The coordinators have the mentors the cohort needs this time, so your application is not accepted. Mentees outside the cohorts still look for mentors: you can offer to mentor them on your My mentorship page.', 'wayfinder' ), $cohort->name );
			$link = Links::my_mentorship();
		}
		Outbox::send( $person, $subject, $body, $link );
	}

	/** The cohort's page, where the application block shows its status. */
	private static function status_link( int $cohort_id ): string {
		$url = get_permalink( $cohort_id );
		return ( false === $url ? Links::my_mentorship() : $url ) . '#' . \Wayfinder\Applications\ApplicationBlock::anchor( $cohort_id );
	}
}
