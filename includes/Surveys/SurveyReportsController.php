<?php
/**
 * The survey reports' routes: GET /wayfinder/v1/surveys/<id>/report (coordinators; team
 * representatives for their own audience's surveys, in aggregate) and GET /wayfinder/v1/surveys/<id>/answers
 * (coordinators: the rows of the answers export), and GET /wayfinder/v1/survey-reports (coordinators: each
 * survey's newest version and number of responses, for the list).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class SurveyReportsController extends WP_REST_Controller {

	public function __construct(
		private readonly SurveyReports $reports = new SurveyReports(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'surveys';
	}

	public function register_routes(): void {
		$id     = array(
			'description' => __( 'The survey.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		$cohort = array(
			'description' => __( 'Only this cohort’s waves (0: the 1:1 mentorships outside cohorts); every cohort when left out.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 0,
		);
		register_rest_route(
			RestNamespace::V1,
			'/surveys/(?P<id>[\d]+)/report',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'report' ),
				'permission_callback' => array( $this, 'report_permissions_check' ),
				'args'                => array(
					'id'     => $id,
					'cohort' => $cohort,
					'before' => array(
						'description' => __( 'The earlier wave of the before/after pairs.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array_keys( SurveyReports::PAIRS ),
						'default'     => Wave::PRE,
					),
					'after'  => array(
						'description' => __( 'The later wave of the before/after pairs.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array( Wave::POST, Wave::FOLLOW_UP, Wave::COMPLETION ),
						'default'     => Wave::POST,
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/survey-reports',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'summaries' ),
				'permission_callback' => array( $this, 'answers_permissions_check' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/surveys/(?P<id>[\d]+)/answers',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'answers' ),
				'permission_callback' => array( $this, 'answers_permissions_check' ),
				'args'                => array(
					'id'     => $id,
					'cohort' => $cohort,
				),
			)
		);
	}

	/**
	 * Coordinators and team representatives (which surveys: the service's object check).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function report_permissions_check( $request ) {
		unset( $request );
		if ( Capabilities::can_coordinate() || Capabilities::can_represent_team() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators and team representatives can read survey reports.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * Coordinators only.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function answers_permissions_check( $request ) {
		unset( $request );
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can see the surveys’ answers.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function report( $request ) {
		$report = $this->reports->report( (int) $request['id'], self::cohort_of( $request ), (string) $request['before'], (string) $request['after'], get_current_user_id() );
		return is_wp_error( $report ) ? $report : rest_ensure_response( $report );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function answers( $request ) {
		$answers = $this->reports->answers( (int) $request['id'], self::cohort_of( $request ), get_current_user_id() );
		return is_wp_error( $answers ) ? $answers : rest_ensure_response( $answers );
	}

	/**
	 * Each survey's newest version and number of responses (coordinators).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function summaries( $request ): WP_REST_Response {
		unset( $request );
		return rest_ensure_response( $this->reports->summaries() );
	}

	/** The cohort asked for, or null for every cohort. */
	private static function cohort_of( WP_REST_Request $request ): ?int {
		return null === $request['cohort'] ? null : (int) $request['cohort'];
	}
}
