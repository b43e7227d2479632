<?php
/**
 * Applications to a cohort and their blind selection: the cohort's application fields, what the
 * tables keep about people, and a deleted cohort's applications.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Applications\Events\ApplicationReleased;
use Wayfinder\Applications\Events\ApplicationSubmitted;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class ApplicationsModule implements Module {

	/** User meta: the person has applied to a cohort (My mentorship asks nothing more of the others). */
	public const APPLIED = 'wayfinder_applied';

	public function register( Container $services ): void {
		// After the cohort post type (CohortsModule, priority 10).
		add_action( 'init', array( ApplicationSettings::class, 'register_meta' ), 11 );
		add_action( Installer::INSTALL, array( ApplicationSettings::class, 'register_meta' ), 11 );
		// Stage 2: a released application gets its reviewers (blind review: Reviewing, ReviewsController).
		add_action( 'rest_api_init', array( $services->get( ReviewsController::class ), 'register_routes' ) );
		add_action( ApplicationReleased::HOOK, array( $services->get( Reviewing::class ), 'released' ) );
		add_action(
			'deleted_post',
			static function ( int $post_id, \WP_Post $post ) use ( $services ): void {
				if ( CohortPostType::POST_TYPE === $post->post_type ) {
					$services->get( ApplicationRepository::class )->delete_cohort( $post_id );
				}
			},
			10,
			2
		);
		// Stage 1: the automatic pass on a mentee's submitted application, and the screeners' routes.
		add_action( ApplicationSubmitted::HOOK, static fn ( ApplicationSubmitted $event ) => $services->get( Screening::class )->on_submitted( $event ) );
		add_action( 'rest_api_init', array( $services->get( ScreeningController::class ), 'register_routes' ) );
		// The selection: propose, override, lock, reveal, and the public report.
		add_action( 'rest_api_init', array( $services->get( Selection\SelectionController::class ), 'register_routes' ) );
		self::declare_personal_data( $services->get( PersonalData::class ) );
		add_action( 'rest_api_init', array( $services->get( ApplyingController::class ), 'register_routes' ) );
		ApplicationBlock::register_actions();
		// After the cohort's own fields are checked (CohortPostType, priority 10): the application settings together.
		add_filter( 'rest_pre_insert_' . CohortPostType::POST_TYPE, array( SettingsRules::class, 'validate_before_save' ), 11, 2 );
		add_action( 'wayfinder_my_sections', array( ApplicationsSection::class, 'render' ), 10, 2 );
		add_action( Uninstaller::DELETE_DATA, static fn () => delete_metadata( 'user', 0, self::APPLIED, '', true ) );
	}

	/**
	 * An application is the applicant's own words: exported and deleted with them, with every edit a
	 * screener made to it. Who released or decided it is anonymised; a reviewer's scores are the
	 * program's history (kept, their notes emptied).
	 */
	private static function declare_personal_data( PersonalData $registry ): void {
		$registry->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'applications',
				__( 'Applications to cohorts', 'wayfinder' ),
				array(
					'user_id'     => ErasePolicy::DELETE_ROW,
					'released_by' => ErasePolicy::ANONYMISE,
					'decided_by'  => ErasePolicy::ANONYMISE,
				),
				// Emptied by retention; erasure deletes the whole row.
				array( 'answers', 'redacted', 'sponsor' ),
				array(
					'cohort_id'    => __( 'Cohort', 'wayfinder' ),
					'role'         => __( 'Applied as', 'wayfinder' ),
					'status'       => __( 'Status', 'wayfinder' ),
					'stage'        => __( 'Stage', 'wayfinder' ),
					'pseudonym'    => __( 'Pseudonym in blind review', 'wayfinder' ),
					'answers'      => __( 'Answers', 'wayfinder' ),
					'mode'         => __( 'How you wanted to take part', 'wayfinder' ),
					'teams'        => __( 'Teams of interest', 'wayfinder' ),
					'languages'    => __( 'Languages', 'wayfinder' ),
					'sponsored'    => __( 'Sponsored (1: yes)', 'wayfinder' ),
					'sponsor'      => __( 'Sponsor', 'wayfinder' ),
					'capacity'     => __( 'Mentees you could mentor', 'wayfinder' ),
					'consented_at' => __( 'Agreed to the terms (UTC)', 'wayfinder' ),
					'submitted_at' => __( 'Submitted (UTC)', 'wayfinder' ),
					'decision'     => __( 'Decision', 'wayfinder' ),
					'told_at'      => __( 'Told (UTC)', 'wayfinder' ),
				),
				'id',
				null,
				// With their applications gone, so goes the mark that they ever applied.
				static function ( int $user_id ): void {
					delete_user_meta( $user_id, self::APPLIED );
				},
				retention: array(
					'cohort'      => 'cohort_id',
					'application' => 'id',
				)
			)
		);
		$registry->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'application_edits',
				__( 'Edits to applications in screening', 'wayfinder' ),
				array(
					'user_id'   => ErasePolicy::DELETE_ROW,
					'editor_id' => ErasePolicy::ANONYMISE,
				),
				array( 'before_text', 'after_text' ),
				array(
					'application_id' => __( 'Application', 'wayfinder' ),
					'field'          => __( 'Answer', 'wayfinder' ),
					'before_text'    => __( 'Before', 'wayfinder' ),
					'after_text'     => __( 'After', 'wayfinder' ),
					'edited_at'      => __( 'Edited (UTC)', 'wayfinder' ),
				),
				retention: array(
					'cohort'      => 'cohort_id',
					'application' => 'application_id',
				)
			)
		);
		$registry->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'reviews',
				__( 'Reviews of applications', 'wayfinder' ),
				array( 'reviewer_id' => ErasePolicy::KEEP_FACT ),
				array( 'notes', 'conflict_note' ),
				// Blind: a reviewer's export names the cohort, never the application (its ID would lead to the applicant).
				array(
					'cohort_id'    => __( 'Cohort', 'wayfinder' ),
					'status'       => __( 'Status', 'wayfinder' ),
					'scores'       => __( 'Scores', 'wayfinder' ),
					'notes'        => __( 'Notes', 'wayfinder' ),
					'total'        => __( 'Weighted score', 'wayfinder' ),
					'submitted_at' => __( 'Submitted (UTC)', 'wayfinder' ),
				),
				'id',
				/* translators: %s: how many reviews. */
				static fn ( int $kept ): string => sprintf( _n( 'Kept %s review you made (its scores, without your notes), because the cohort\'s selection needs it.', 'Kept %s reviews you made (their scores, without your notes), because the cohorts\' selections need them.', $kept, 'wayfinder' ), number_format_i18n( $kept ) ),
				retention: array(
					'cohort'      => 'cohort_id',
					'application' => 'application_id',
				)
			)
		);
		$registry->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'selections',
				__( 'Cohort selections', 'wayfinder' ),
				array(
					'locked_by'   => ErasePolicy::ANONYMISE,
					'revealed_by' => ErasePolicy::ANONYMISE,
				),
				array(),
				array(
					'cohort_id'   => __( 'Cohort', 'wayfinder' ),
					'status'      => __( 'Status', 'wayfinder' ),
					'locked_at'   => __( 'Locked (UTC)', 'wayfinder' ),
					'revealed_at' => __( 'Revealed (UTC)', 'wayfinder' ),
				),
				'cohort_id'
			)
		);
	}
}
