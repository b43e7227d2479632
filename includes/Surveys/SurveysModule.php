<?php
/**
 * Surveys: the post type with its checks before a save and its versions kept in step, the default
 * surveys, answering (routes, the Survey block and its no-JavaScript form, "Surveys waiting for you" in
 * My mentorship), and what the survey tables keep about people (with an export of linked answers).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Cohorts\Events\CohortEnrolled;
use Wayfinder\Cohorts\Events\CohortFinished;
use Wayfinder\Mentorship\Events\MatchCompleted;
use Wayfinder\Mentorship\Events\MatchConfirmed;
use Wayfinder\Mentorship\Events\MatchStarted;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class SurveysModule implements Module {

	public function register( Container $services ): void {
		add_action( 'init', array( SurveyPostType::class, 'register' ) );
		add_action( Installer::INSTALL, array( SurveyPostType::class, 'register' ) );
		add_filter( 'rest_pre_insert_' . SurveyPostType::POST_TYPE, array( SurveyPostType::class, 'validate_before_save' ), 10, 2 );
		add_filter( Capabilities::COORDINATOR_CAPABILITIES, static fn ( array $caps ): array => array_merge( $caps, SurveyPostType::CAPABILITIES ) );
		// Versions follow the questions on every save, through REST or PHP (the meta's own hooks catch both).
		$saved = static function ( $meta_id, $post_id, $meta_key ) use ( $services ): void {
			if ( SurveyPostType::QUESTIONS === $meta_key ) {
				$services->get( SurveyVersions::class )->saved( (int) $post_id );
			}
		};
		add_action( 'added_post_meta', $saved, 10, 3 );
		add_action( 'updated_post_meta', $saved, 10, 3 );
		add_action( Installer::INSTALL, array( DefaultSurveys::class, 'seed_once' ), 11 );
		add_action( Uninstaller::DELETE_DATA, array( DefaultSurveys::class, 'delete_all' ) );
		add_action( 'rest_api_init', array( $services->get( AnsweringController::class ), 'register_routes' ) );
		SurveyBlock::register_action();
		add_action( 'wayfinder_my_sections', array( SurveysSection::class, 'render' ), 5, 2 );
		add_filter( 'pre_render_block', array( SurveysSection::class, 'in_my_mentorship' ), 10, 2 );
		add_filter( 'wp_privacy_personal_data_exporters', array( SurveyAnswersExport::class, 'register' ) );
		// Reports: the report and answers routes, and the team representatives' figures in My mentorship.
		add_action( 'rest_api_init', array( $services->get( SurveyReportsController::class ), 'register_routes' ) );
		add_action( 'wayfinder_my_sections', static fn ( int $user_id, string $region = 'wayfinder' ) => $services->get( RepresentativesSection::class )->render( $user_id, $region ), 40, 2 );
		self::declare_personal_data( $services );
		self::plan_waves( $services );
	}

	/**
	 * Waves and invitations: opened on the program's events (an enrolment, a cohort finishing, a 1:1
	 * mentorship starting or completed) and on the hourly tick (catch-up, follow-ups, reminders; a
	 * bounded batch), and the coordinators' schedule routes.
	 */
	private static function plan_waves( Container $services ): void {
		$planner = static fn (): WavePlanner => $services->get( WavePlanner::class );
		add_action( CohortEnrolled::HOOK, static fn ( CohortEnrolled $event ) => $planner()->enrolled( $event ), 20 );
		add_action( CohortFinished::HOOK, static fn ( CohortFinished $event ) => $planner()->finished( $event ), 20 );
		add_action( MatchStarted::HOOK, static fn ( MatchStarted $event ) => $planner()->match_started( $event ), 20 );
		add_action( MatchConfirmed::HOOK, static fn ( MatchConfirmed $event ) => $planner()->match_started( $event ), 20 );
		add_action( MatchCompleted::HOOK, static fn ( MatchCompleted $event ) => $planner()->match_completed( $event ), 20 );
		add_action( Cron::HOURLY, static fn () => $planner()->tick( time() ) );
		add_action( 'rest_api_init', array( $services->get( SurveyWavesController::class ), 'register_routes' ) );
	}

	/**
	 * Versions and waves name nobody. Being asked and a linked response are the person's: exported,
	 * and deleted on erasure with the answers of the deleted responses. Anonymous responses have no
	 * person to export or erase.
	 */
	private static function declare_personal_data( Container $services ): void {
		$registry = $services->get( PersonalData::class );
		$registry->table( static fn (): TableDeclaration => new TableDeclaration( 'survey_versions', __( 'Survey versions', 'wayfinder' ) ) );
		$registry->table( static fn (): TableDeclaration => new TableDeclaration( 'survey_waves', __( 'Survey waves', 'wayfinder' ) ) );
		// Answers name nobody themselves (their response may); retention empties the text ones.
		$registry->table( static fn (): TableDeclaration => new TableDeclaration( 'survey_answers', __( 'Survey answers', 'wayfinder' ), text: array( 'value_text' ), key: 'response_id,question,choice', retention: array( 'survey_response' => 'response_id' ) ) );
		$registry->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'survey_invitations',
				__( 'Survey invitations', 'wayfinder' ),
				array( 'user_id' => ErasePolicy::DELETE_ROW ),
				array(),
				array(
					'wave_id'     => __( 'Survey wave', 'wayfinder' ),
					'invited_at'  => __( 'Asked (UTC)', 'wayfinder' ),
					'due_at'      => __( 'Due (UTC)', 'wayfinder' ),
					'answered_at' => __( 'Answered (UTC)', 'wayfinder' ),
				)
			)
		);
		$registry->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'survey_responses',
				__( 'Survey responses', 'wayfinder' ),
				array( 'user_id' => ErasePolicy::DELETE_ROW ),
				array(),
				array(
					'wave_id'      => __( 'Survey wave', 'wayfinder' ),
					'version_id'   => __( 'Survey version', 'wayfinder' ),
					'submitted_on' => __( 'Answered on', 'wayfinder' ),
				),
				after_erase: static fn ( int $user_id ) => $services->get( ResponseRepository::class )->delete_orphan_answers()
			)
		);
	}
}
