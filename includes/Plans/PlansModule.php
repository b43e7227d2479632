<?php
/**
 * Plans: each cohort mentee's three-month contribution and learning plan (routes, the page forms,
 * their part of My mentorship, what the table keeps about people, and a deleted cohort's plans).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Plans;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class PlansModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( PlansController::class ), 'register_routes' ) );
		PageForms::add( new PageAction( 'plan_add', 'POST', 'cohorts/%d/plan', fields: array( 'mentee', 'what', 'team', 'due' ), done: static fn (): string => __( 'The goal is in the plan.', 'wayfinder' ) ) );
		PageForms::add( new PageAction( 'plan_edit', 'PUT', 'plan-goals/%d', fields: array( 'what', 'team', 'due' ), done: static fn (): string => __( 'The goal is saved.', 'wayfinder' ) ) );
		PageForms::add( new PageAction( 'plan_progress', 'PUT', 'plan-goals/%d', fields: array( 'progress' ), done: static fn (): string => __( 'The progress is saved.', 'wayfinder' ) ) );
		PageForms::add(
			new PageAction(
				'plan_remove',
				'DELETE',
				'plan-goals/%d',
				done: static fn (): string => __( 'The goal is removed from the plan.', 'wayfinder' ),
				check: static fn ( array $fields ): string => empty( $fields['confirm'] ) ? __( 'Nothing was removed. Tick the box to confirm that the goal should go, then press the button again.', 'wayfinder' ) : '',
			)
		);
		add_action(
			'wayfinder_my_cohort',
			static fn ( int $cohort_id, int $user_id, string $as, callable $form, string $region ) => $services->get( PlanPart::class )->render( $cohort_id, $user_id, $as, $form, $region ),
			30,
			5
		);
		add_action(
			'deleted_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				if ( CohortPostType::POST_TYPE === $post->post_type ) {
					$services->get( PlanRepository::class )->delete_cohort( $post_id );
				}
			},
			10,
			2
		);
		// The goals are the mentee's: exported, and erased with them; who wrote or changed one is only named.
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'plan_goals',
				__( 'Cohort plan goals', 'wayfinder' ),
				array(
					'user_id'    => ErasePolicy::DELETE_ROW,
					'created_by' => ErasePolicy::ANONYMISE,
					'updated_by' => ErasePolicy::ANONYMISE,
				),
				array( 'what' ),
				array(
					'cohort_id'  => __( 'Cohort', 'wayfinder' ),
					'what'       => __( 'Goal', 'wayfinder' ),
					'team'       => __( 'Team', 'wayfinder' ),
					'due_on'     => __( 'By', 'wayfinder' ),
					'progress'   => __( 'Progress', 'wayfinder' ),
					'updated_at' => __( 'Last changed (UTC)', 'wayfinder' ),
				),
				retention: array( 'cohort' => 'cohort_id' )
			)
		);
	}
}
