<?php
/**
 * Surveys: the post type with its checks before a save, and what the survey tables keep about people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class SurveysModule implements Module {

	public function register( Container $services ): void {
		add_action( 'init', array( SurveyPostType::class, 'register' ) );
		add_action( Installer::INSTALL, array( SurveyPostType::class, 'register' ) );
		add_filter( 'rest_pre_insert_' . SurveyPostType::POST_TYPE, array( SurveyPostType::class, 'validate_before_save' ), 10, 2 );
		add_filter( Capabilities::COORDINATOR_CAPABILITIES, static fn ( array $caps ): array => array_merge( $caps, SurveyPostType::CAPABILITIES ) );
		// Reports: the report and answers routes, and the team representatives' figures in My mentorship.
		add_action( 'rest_api_init', array( $services->get( SurveyReportsController::class ), 'register_routes' ) );
		add_action( 'wayfinder_my_sections', static fn ( int $user_id, string $region = 'wayfinder' ) => $services->get( RepresentativesSection::class )->render( $user_id, $region ), 40, 2 );
		self::declare_personal_data( $services );
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
		$registry->table( static fn (): TableDeclaration => new TableDeclaration( 'survey_answers', __( 'Survey answers', 'wayfinder' ), key: 'response_id,question,choice' ) );
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
