<?php
/**
 * Hand-offs to a team: the routes, the hourly escalation of hand-offs waiting too long, the parts of
 * My mentorship (with their page forms), a deleted cohort's hand-offs, and what the handoffs table
 * keeps about people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class HandoffsModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( HandoffController::class ), 'register_routes' ) );
		// Hand-offs waiting longer than the setting are told to the coordinators, once (a bounded batch a tick).
		add_action( Cron::HOURLY, static fn () => $services->get( HandoffService::class )->escalate_due( time() ) );
		add_action( 'wayfinder_my_cohort', array( HandoffSection::class, 'cohort_part' ), 30, 5 );
		add_action( 'wayfinder_my_sections', array( HandoffSection::class, 'sections' ), 20, 2 );
		PageForms::add(
			new PageAction(
				HandoffSection::CHOOSE,
				'PUT',
				'cohorts/%d/handoff',
				fields: array( 'team' ),
				check: static fn ( array $post ): string => isset( $post['team'] ) && is_string( $post['team'] ) && '' !== $post['team'] ? '' : __( 'Choose a team first.', 'wayfinder' ),
			)
		);
		PageForms::add(
			new PageAction(
				HandoffSection::ACCEPT,
				'POST',
				'handoffs/%d/accept',
				fields: array( 'contact_id', 'welcome' ),
				check: static fn ( array $post ): string => isset( $post['contact_id'] ) && is_string( $post['contact_id'] ) && ctype_digit( $post['contact_id'] ) ? '' : __( 'Choose the contact person in your team first.', 'wayfinder' ),
			)
		);
		add_action(
			'deleted_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				if ( CohortPostType::POST_TYPE === $post->post_type ) {
					$services->get( HandoffRepository::class )->delete_cohort( $post_id );
				}
			},
			10,
			2
		);
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'handoffs',
				__( 'Hand-offs to a team', 'wayfinder' ),
				array(
					'user_id'     => ErasePolicy::DELETE_ROW,
					'mentor_id'   => ErasePolicy::ANONYMISE,
					'accepted_by' => ErasePolicy::ANONYMISE,
					'contact_id'  => ErasePolicy::ANONYMISE,
				),
				array( 'mentor_note', 'welcome' ),
				array(
					'cohort_id'   => __( 'Cohort', 'wayfinder' ),
					'team'        => __( 'Team', 'wayfinder' ),
					'status'      => __( 'Status', 'wayfinder' ),
					'mentor_id'   => __( 'Mentor', 'wayfinder' ),
					'mentor_note' => __( 'The mentor\'s note', 'wayfinder' ),
					'sent_at'     => __( 'Sent to the team (UTC)', 'wayfinder' ),
					'accepted_by' => __( 'Accepted by', 'wayfinder' ),
					'contact_id'  => __( 'Contact person in the team', 'wayfinder' ),
					'welcome'     => __( 'Welcome message', 'wayfinder' ),
					'accepted_at' => __( 'Accepted (UTC)', 'wayfinder' ),
				),
				retention: array( 'cohort' => 'cohort_id' )
			)
		);
	}
}
