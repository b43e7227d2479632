<?php
/**
 * The week-one fit check: its routes, the hourly asking, the answer in My mentorship (with and
 * without JavaScript), what its table keeps about people, and a deleted cohort's fit checks.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\FitCheck;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class FitCheckModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( FitCheckController::class ), 'register_routes' ) );
		// At the end of each running cohort's first week, both sides of each 1:1 pair are asked (a bounded batch a tick).
		add_action( Cron::HOURLY, static fn () => $services->get( FitCheckService::class )->ask_due( time() ) );
		add_action( 'wayfinder_my_cohort', array( FitCheckSection::class, 'render' ), 15, 5 );
		PageForms::add(
			new PageAction(
				FitCheckSection::ACTION,
				'POST',
				'fit-checks/%d',
				fields: array( 'working', 'note' ),
				check: static fn ( array $post ): string => isset( $post['working'] ) && in_array( $post['working'], array( '0', '1' ), true ) ? '' : __( 'Choose whether the pairing is working.', 'wayfinder' ),
			)
		);
		add_action(
			'deleted_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				if ( CohortPostType::POST_TYPE === $post->post_type ) {
					$services->get( FitCheckRepository::class )->delete_cohort( $post_id );
				}
			},
			10,
			2
		);
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'fit_checks',
				__( 'Cohort fit checks', 'wayfinder' ),
				array( 'user_id' => ErasePolicy::DELETE_ROW ),
				array( 'note' ),
				array(
					'cohort_id'   => __( 'Cohort', 'wayfinder' ),
					'side'        => __( 'Asked as', 'wayfinder' ),
					'asked_at'    => __( 'Asked (UTC)', 'wayfinder' ),
					'answered_at' => __( 'Answered (UTC)', 'wayfinder' ),
					'working'     => __( 'The pairing is working (1: yes, 0: no)', 'wayfinder' ),
					'note'        => __( 'Note to the coordinators', 'wayfinder' ),
				),
				retention: array( 'cohort' => 'cohort_id' )
			)
		);
	}
}
