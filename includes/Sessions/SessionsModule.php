<?php
/**
 * Sessions: a cohort's group sessions (routes, the calendar invitation served as text/calendar),
 * what the sessions table keeps about people, and a deleted cohort's sessions.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\CohortPostType;
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
		add_filter( 'rest_pre_serve_request', array( SessionsController::class, 'serve_calendar' ), 10, 4 );
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
				array(),
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
				static fn ( int $kept ): string => sprintf( _n( 'Kept %s session of a cohort (when it was, and who planned it), because the program\'s history needs it.', 'Kept %s sessions of cohorts (when they were, and who planned them), because the program\'s history needs them.', $kept, 'wayfinder' ), number_format_i18n( $kept ) )
			)
		);
	}
}
