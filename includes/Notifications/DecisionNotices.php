<?php
/**
 * Telling every mentee applicant the decision on their application, once the cohort's selection is
 * revealed — kindly, with what to do next: accepted (the dates, and what happens next: pairing, a
 * project group or the group sessions), waitlisted (they are told if a seat frees; the group sessions
 * and the quiz meanwhile), declined (thanks; the group sessions, the quiz, the next cohort).
 * Mentors' applications are told elsewhere.
 *
 * Never a hundred emails in one request: the reveal's request tells at most BATCH (as each
 * `ApplicationDecided` arrives), the hourly tick the next BATCH. Each applicant is claimed in the
 * database before the email (SelectionRepository::claim, a conditional UPDATE of told_at), so two
 * workers never tell one twice; an email that could not be handed over is released for the next
 * tick, and a claim whose worker died is taken again after SelectionRepository::CLAIM_SECONDS.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\Events\ApplicationDecided;
use Wayfinder\Applications\Selection\SelectionRepository;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;

final class DecisionNotices {

	/** The most applicants told in one request or tick. */
	public const BATCH = 50;

	/**
	 * Cohort ID => how many of its applicants this request has told (the reveal's first batch).
	 *
	 * @var array<int, int>
	 */
	private array $told_now = array();

	public function __construct(
		private readonly SelectionRepository $selections = new SelectionRepository(),
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
	) {
	}

	/** Right after the reveal: the first BATCH mentee applicants are told in the same request. */
	public function decided( ApplicationDecided $event ): void {
		$cohort_id = $event->cohort->id;
		if ( Application::MENTEE !== $event->application->role || ( $this->told_now[ $cohort_id ] ?? 0 ) >= self::BATCH ) {
			return;
		}
		$this->told_now[ $cohort_id ] = ( $this->told_now[ $cohort_id ] ?? 0 ) + 1;
		$this->tell( $event->application->id, time() );
	}

	/**
	 * The hourly tick: the next BATCH applicants not told yet.
	 *
	 * @return int How many were told.
	 */
	public function tick( ?int $now = null ): int {
		$now  = $now ?? time();
		$told = 0;
		foreach ( $this->selections->untold( self::BATCH, $now ) as $id ) {
			$told += $this->tell( $id, $now ) ? 1 : 0;
		}
		return $told;
	}

	private function tell( int $application_id, int $now ): bool {
		if ( ! $this->selections->claim( $application_id, $now ) ) {
			return false; // Told already, or another worker is telling them.
		}
		$application = $this->applications->find( $application_id );
		$cohort      = null === $application ? null : CohortPostType::find( $application->cohort_id );
		$user        = null === $application ? false : get_userdata( $application->user_id );
		if ( null === $application || null === $cohort || ! $user ) {
			$this->selections->told( $application_id, $now ); // Nobody left to tell.
			return false;
		}
		[ $subject, $body ] = self::message( $application, $cohort, $user->display_name );
		if ( ! wp_mail( $user->user_email, $subject, $body ) ) {
			$this->selections->unclaim( $application_id );
			return false;
		}
		$this->selections->told( $application_id, $now );
		return true;
	}

	/**
	 * The email for the decision.
	 *
	 * @return array{0: string, 1: string} Subject and body.
	 */
	public static function message( Application $application, Cohort $cohort, string $name ): array {
		$page = (string) get_permalink( $cohort->id );
		/* translators: %s: the person's name. */
		$hello = sprintf( __( 'Hello %s,', 'wayfinder' ), $name );
		/* translators: %s: the cohort's name. */
		$thanks = sprintf( __( 'Thank you for applying to %s.', 'wayfinder' ), $cohort->name );
		$quiz   = __( 'If you have not taken it yet, the "Get involved" quiz on this site shows which contributor teams suit you and how to start with them.', 'wayfinder' );
		/* translators: %s: the cohort's page. */
		$sessions = sprintf( __( 'The cohort\'s group sessions are open to everyone, and you are welcome to join them: their schedule is on the cohort\'s page, %s', 'wayfinder' ), $page );
		if ( Application::ACCEPTED === $application->decision ) {
			$modes = Cohort::mode_labels();
			$next  = array(
				Cohort::ONE_TO_ONE    => __( 'What happens next: a mentoring coordinator pairs you with one of the cohort\'s mentors, and you get an email introducing them. You then agree together when you meet.', 'wayfinder' ),
				Cohort::PROJECT_GROUP => __( 'What happens next: a mentoring coordinator puts you in a small project group led by one of the cohort\'s mentors, and you hear from them by email.', 'wayfinder' ),
				Cohort::GROUP_ONLY    => __( 'What happens next: you join the group sessions with the whole cohort. Their schedule and links reach you by email.', 'wayfinder' ),
			);
			$body  = array(
				$hello,
				/* translators: 1: the cohort's name, 2: how they take part, e.g. "Paired with a mentor (1:1)". */
				$thanks . ' ' . sprintf( __( 'We are glad to tell you that you have a place in %1$s: %2$s.', 'wayfinder' ), $cohort->name, $modes[ $application->mode ] ?? $application->mode ),
				self::dates( $cohort ),
				$next[ $application->mode ] ?? $next[ Cohort::GROUP_ONLY ],
				/* translators: %s: the My mentorship page. */
				sprintf( __( 'You can follow everything on your mentorship page: %s', 'wayfinder' ), Links::my_mentorship() ),
			);
			/* translators: %s: the cohort's name. */
			return array( sprintf( __( 'You have a place in %s', 'wayfinder' ), $cohort->name ), implode( "\n\n", array_filter( $body ) ) );
		}
		if ( Application::WAITLISTED === $application->decision ) {
			$body = array(
				$hello,
				$thanks . ' ' . ( null !== $application->position
					/* translators: %d: their place on the waitlist. */
					? sprintf( __( 'We had more applicants than seats, and you are on the waitlist, number %d.', 'wayfinder' ), $application->position )
					: __( 'We had more applicants than seats, and you are on the waitlist.', 'wayfinder' ) ),
				__( 'If a seat frees up, we tell you by email straight away: you need not do anything now.', 'wayfinder' ),
				$sessions,
				$quiz,
			);
			/* translators: %s: the cohort's name. */
			return array( sprintf( __( 'Your application to %s: you are on the waitlist', 'wayfinder' ), $cohort->name ), implode( "\n\n", $body ) );
		}
		$body = array(
			$hello,
			$thanks . ' ' . __( 'Thank you too for the time and care you put into your answers. We had many more applicants than seats, and we cannot offer you a place this time. This says nothing about what you can give to the project.', 'wayfinder' ),
			$sessions,
			$quiz,
			__( 'And you are very welcome to apply to the next cohort: it is announced on this site.', 'wayfinder' ),
		);
		/* translators: %s: the cohort's name. */
		return array( sprintf( __( 'Your application to %s', 'wayfinder' ), $cohort->name ), implode( "\n\n", $body ) );
	}

	private static function dates( Cohort $cohort ): string {
		if ( '' === $cohort->start_date ) {
			return '';
		}
		$format = (string) get_option( 'date_format' );
		$day    = static fn ( string $date ): string => (string) wp_date( $format, (int) strtotime( $date . ' 12:00:00 UTC' ), new \DateTimeZone( 'UTC' ) );
		return '' === $cohort->end_date
			/* translators: %s: the first day. */
			? sprintf( __( 'The cohort starts on %s.', 'wayfinder' ), $day( $cohort->start_date ) )
			/* translators: 1: the first day, 2: the last day. */
			: sprintf( __( 'The cohort runs from %1$s to %2$s.', 'wayfinder' ), $day( $cohort->start_date ), $day( $cohort->end_date ) );
	}
}
