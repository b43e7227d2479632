<?php
/**
 * Sessions: a cohort's group sessions, 1:1s and project groups' sessions (routes, the calendar
 * invitation served as text/calendar), suggested times, attendance, the 1:1 part of My mentorship,
 * what the sessions and attendance tables keep about people, and a deleted cohort's sessions.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class SessionsModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( SessionsController::class ), 'register_routes' ) );
		add_action( 'rest_api_init', array( $services->get( SessionRecordsController::class ), 'register_routes' ) );
		// My mentorship: a mentor's 1:1s with each mentee, proposals and attendance; a mentee's 1:1s.
		add_action(
			'wayfinder_my_cohort',
			static function ( $cohort_id, $user_id, $as, $form, $region ) use ( $services ): void {
				if ( is_callable( $form ) ) {
					$services->get( MyCohortSessions::class )->render( (int) $cohort_id, (int) $user_id, (string) $as, $form, (string) $region );
				}
			},
			10,
			5
		);
		PageForms::add(
			new PageAction(
				'propose_one_to_one',
				'POST',
				'cohorts/%d/sessions',
				body: array( 'kind' => Session::ONE_TO_ONE ),
				fields: array( 'mentee', 'starts', 'local_starts', 'minutes', 'location', 'agenda' ),
				/* translators: %s: the mentee's name. */
				done: static fn ( string $name ): string => sprintf( __( 'The 1:1 with %s is planned. You both get an email with a calendar invitation.', 'wayfinder' ), $name ),
			)
		);
		PageForms::add(
			new PageAction(
				'record_attendance',
				'POST',
				'sessions/%d/attendance',
				fields: array( 'mentee', 'status' ),
				/* translators: %s: the mentee's name. */
				done: static fn ( string $name ): string => sprintf( __( 'Attendance of %s is saved.', 'wayfinder' ), $name ),
			)
		);
		PageForms::add(
			new PageAction(
				'confirm_attendance',
				'POST',
				'sessions/%d/attendance/me',
				done: static fn (): string => __( 'Thank you: your attendance is confirmed.', 'wayfinder' ),
			)
		);
		add_filter( 'rest_pre_serve_request', array( SessionsController::class, 'serve_calendar' ), 10, 4 );
		// A cohort pair that ended (re-matched, the mentor left, or ended by hand) keeps no 1:1 to come.
		add_action(
			MatchEnded::HOOK,
			static function ( MatchEnded $event ) use ( $services ): void {
				if ( null !== $event->match->cohort_id ) {
					$services->get( SessionService::class )->cancel_pair( $event->match->cohort_id, $event->match->mentor_id, $event->match->mentee_id, $event->actor_id );
				}
			}
		);
		// My mentorship's "Make a new address" for the calendar feed, with and without JavaScript.
		PageForms::add(
			new PageAction(
				'reset_calendar',
				'POST',
				'calendar/me/reset',
				done: static fn (): string => __( 'Your calendar has a new address, shown below: subscribe to it again in your calendar app. The old address no longer works.', 'wayfinder' ),
			)
		);
		// Uninstall with "delete all data": the feed addresses go with the sessions.
		add_action( Uninstaller::DELETE_DATA, static fn () => delete_metadata( 'user', 0, CalendarFeed::KEY, '', true ) );
		// The day before each session, everyone invited is reminded (a bounded batch a tick).
		add_action( Cron::HOURLY, static fn () => $services->get( SessionService::class )->send_reminders() );
		add_action(
			'deleted_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				if ( CohortPostType::POST_TYPE === $post->post_type ) {
					$services->get( AttendanceRepository::class )->delete_cohort( $post_id );
					$services->get( SessionRepository::class )->delete_cohort( $post_id );
				}
			},
			10,
			2
		);
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'sessions',
				__( 'Cohort sessions', 'wayfinder' ),
				array(
					'created_by' => ErasePolicy::KEEP_FACT,
					'mentor_id'  => ErasePolicy::KEEP_FACT,
					'mentee_id'  => ErasePolicy::KEEP_FACT,
				),
				array( 'notes' ),
				array(
					'cohort_id'  => __( 'Cohort', 'wayfinder' ),
					'title'      => __( 'Session', 'wayfinder' ),
					'starts_at'  => __( 'Starts (UTC)', 'wayfinder' ),
					'minutes'    => __( 'Minutes', 'wayfinder' ),
					'status'     => __( 'Status', 'wayfinder' ),
					'created_by' => __( 'Planned by', 'wayfinder' ),
				),
				'id',
				/* translators: %s: how many sessions. */
				static fn ( int $kept ): string => sprintf( _n( 'Kept %s session of a cohort (when it was, and who planned it), because the program\'s history needs it.', 'Kept %s sessions of cohorts (when they were, and who planned them), because the program\'s history needs them.', $kept, 'wayfinder' ), number_format_i18n( $kept ) ),
				retention: array( 'cohort' => 'cohort_id' )
			)
		);
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'session_attendance',
				__( 'Session attendance', 'wayfinder' ),
				array(
					'user_id'     => ErasePolicy::DELETE_ROW,
					'recorded_by' => ErasePolicy::ANONYMISE,
				),
				array(),
				array(
					'session_id'   => __( 'Session', 'wayfinder' ),
					'cohort_id'    => __( 'Cohort', 'wayfinder' ),
					'status'       => __( 'Attended or missed', 'wayfinder' ),
					'recorded_at'  => __( 'Recorded (UTC)', 'wayfinder' ),
					'confirmed_at' => __( 'Confirmed by you (UTC)', 'wayfinder' ),
				)
			)
		);
	}
}
