<?php
/**
 * Check-ins: each cohort mentee's weekly check-in (routes, the hourly asking, the page form, their
 * part of My mentorship, what the table keeps about people, and a deleted cohort's check-ins). The
 * email is Notifications\CheckInNotices, listening to CheckInAsked.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\CheckIns;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class CheckInsModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( CheckInsController::class ), 'register_routes' ) );
		PageForms::add( new PageAction( 'checkin_answer', 'POST', 'checkins/%d/answer', fields: array( 'did', 'blocking' ), done: static fn (): string => __( 'Thank you. Your mentor can read your answers now.', 'wayfinder' ) ) );
		// Every week of a running cohort, each enrolled mentee is asked (a bounded batch a tick).
		add_action( Cron::HOURLY, static fn () => $services->get( CheckInService::class )->ask_due() );
		add_action(
			'wayfinder_my_cohort',
			static fn ( int $cohort_id, int $user_id, string $as, callable $form, string $region ) => $services->get( CheckInPart::class )->render( $cohort_id, $user_id, $as, $form, $region ),
			40,
			5
		);
		add_action(
			'deleted_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				if ( CohortPostType::POST_TYPE === $post->post_type ) {
					$services->get( CheckInRepository::class )->delete_cohort( $post_id );
				}
			},
			10,
			2
		);
		// The answers are the mentee's: exported, and erased with them.
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'checkins',
				__( 'Cohort check-ins', 'wayfinder' ),
				array( 'user_id' => ErasePolicy::DELETE_ROW ),
				array( 'did', 'blocking' ),
				array(
					'cohort_id'   => __( 'Cohort', 'wayfinder' ),
					'week'        => __( 'Week', 'wayfinder' ),
					'asked_at'    => __( 'Asked (UTC)', 'wayfinder' ),
					'answered_at' => __( 'Answered (UTC)', 'wayfinder' ),
					'did'         => __( 'What I did', 'wayfinder' ),
					'blocking'    => __( 'What was blocking me', 'wayfinder' ),
				),
				retention: array( 'cohort' => 'cohort_id' )
			)
		);
	}
}
