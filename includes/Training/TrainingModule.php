<?php
/**
 * Training: a cohort mentee's marks on the cohort's training items and their mentor's confirmations
 * (routes, the page forms, their part of My mentorship, what the table keeps about people, and a
 * deleted cohort's marks).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Training;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class TrainingModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( TrainingController::class ), 'register_routes' ) );
		PageForms::add( new PageAction( 'training_done', 'POST', 'cohorts/%d/training/done', fields: array( 'item' ), done: static fn (): string => __( 'Marked done. Your mentor can now confirm it.', 'wayfinder' ) ) );
		PageForms::add( new PageAction( 'training_undo', 'POST', 'cohorts/%d/training/undo', fields: array( 'item' ), done: static fn (): string => __( 'The item is marked not done again.', 'wayfinder' ) ) );
		PageForms::add( new PageAction( 'training_confirm', 'POST', 'cohorts/%d/training/confirm', fields: array( 'item', 'mentee' ), done: static fn (): string => __( 'Confirmed.', 'wayfinder' ) ) );
		add_action(
			'wayfinder_my_cohort',
			static fn ( int $cohort_id, int $user_id, string $as, callable $form, string $region ) => $services->get( TrainingPart::class )->render( $cohort_id, $user_id, $as, $form, $region ),
			20,
			5
		);
		add_action(
			'deleted_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				if ( CohortPostType::POST_TYPE === $post->post_type ) {
					$services->get( TrainingRepository::class )->delete_cohort( $post_id );
				}
			},
			10,
			2
		);
		// A mentee's marks are theirs: exported, and erased with them; a confirmation only names the mentor.
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'training_progress',
				__( 'Cohort training', 'wayfinder' ),
				array(
					'user_id'      => ErasePolicy::DELETE_ROW,
					'confirmed_by' => ErasePolicy::ANONYMISE,
				),
				array(),
				array(
					'cohort_id'    => __( 'Cohort', 'wayfinder' ),
					'item_key'     => __( 'Training item', 'wayfinder' ),
					'done_at'      => __( 'Done on (UTC)', 'wayfinder' ),
					'confirmed_at' => __( 'Confirmed on (UTC)', 'wayfinder' ),
				)
			)
		);
	}
}
