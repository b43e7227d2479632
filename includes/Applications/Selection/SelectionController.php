<?php
/**
 * The selection's routes. Coordinators only: GET /wayfinder/v1/cohorts/<id>/applications (the
 * pipeline, the places and the ranked list — names only once locked), POST
 * /cohorts/<id>/selection/propose, PUT /applications/<id>/decision, POST /cohorts/<id>/selection/lock,
 * POST /cohorts/<id>/selection/reveal. Public: GET /cohorts/<id>/selection-report once revealed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Selection;

use Wayfinder\Applications\Application;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class SelectionController extends WP_REST_Controller {

	public function __construct(
		private readonly SelectionService $service = new SelectionService(),
		private readonly SelectionView $view = new SelectionView(),
		private readonly SelectionReport $report = new SelectionReport(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'cohorts';
	}

	public function register_routes(): void {
		$cohort       = array(
			'cohort' => array(
				'description' => __( 'The cohort.', 'wayfinder' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
		$coordinators = array( $this, 'permissions_check' );
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/applications',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_items' ),
				'permission_callback' => $coordinators,
				'args'                => $cohort,
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/selection/propose',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'propose' ),
				'permission_callback' => $coordinators,
				'args'                => $cohort + array(
					'waitlist' => array(
						'description' => __( 'How many applicants go on the waitlist (the rest are declined); as many as the seats when left out.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 0,
						'maximum'     => 1000,
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/applications/(?P<id>[\d]+)/decision',
			array(
				'methods'             => WP_REST_Server::EDITABLE,
				'callback'            => array( $this, 'decide' ),
				'permission_callback' => $coordinators,
				'args'                => array(
					'id'       => array(
						'description' => __( 'The application.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
					'decision' => array(
						'description' => __( 'The decision: accepted, waitlisted or declined.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => Application::DECISIONS,
						'required'    => true,
					),
				),
			)
		);
		foreach ( array( 'lock', 'reveal' ) as $step ) {
			register_rest_route(
				RestNamespace::V1,
				'/cohorts/(?P<cohort>[\d]+)/selection/' . $step,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, $step ),
					'permission_callback' => $coordinators,
					'args'                => $cohort,
				)
			);
		}
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/selection-report',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'public_report' ),
				'permission_callback' => '__return_true', // Public by design: counts only, once revealed (the callback refuses before).
				'args'                => $cohort,
			)
		);
	}

	/**
	 * Coordinators only.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can see and make the selection of applicants.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$cohort = CohortPostType::find( (int) $request['cohort'] );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		return $this->respond( $cohort );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function propose( $request ) {
		$waitlist = $request->has_param( 'waitlist' ) && null !== $request['waitlist'] && '' !== $request['waitlist'] ? (int) $request['waitlist'] : null;
		$done     = $this->service->propose( (int) $request['cohort'], $waitlist, get_current_user_id(), time() );
		return is_wp_error( $done ) ? $done : $this->respond_for( (int) $request['cohort'] );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function decide( $request ) {
		$decided = $this->service->decide( (int) $request['id'], (string) $request['decision'], get_current_user_id(), time() );
		return is_wp_error( $decided ) ? $decided : $this->respond_for( $decided->cohort_id );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function lock( $request ) {
		$locked = $this->service->lock( (int) $request['cohort'], get_current_user_id(), time() );
		return is_wp_error( $locked ) ? $locked : $this->respond_for( (int) $request['cohort'] );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function reveal( $request ) {
		$revealed = $this->service->reveal( (int) $request['cohort'], get_current_user_id(), time() );
		return is_wp_error( $revealed ) ? $revealed : $this->respond_for( (int) $request['cohort'] );
	}

	/**
	 * The public report: a published cohort's, once its selection is revealed.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function public_report( $request ) {
		$cohort = CohortPostType::find( (int) $request['cohort'] );
		if ( null === $cohort || 'publish' !== get_post_status( $cohort->id ) || Cohort::DRAFT === $cohort->stage ) {
			return CohortPostType::not_found();
		}
		$report = $this->report->build( $cohort );
		if ( null === $report ) {
			return new WP_Error(
				'wayfinder_selection_not_revealed',
				/* translators: %s: the cohort's name. */
				sprintf( __( 'The selection for %s has not been revealed yet. Its report is published once the decisions are revealed.', 'wayfinder' ), $cohort->name ),
				array( 'status' => 404 )
			);
		}
		return rest_ensure_response(
			array(
				'cohort' => array(
					'id'   => $cohort->id,
					'name' => $cohort->name,
				),
			) + $report
		);
	}

	/** @return WP_REST_Response|WP_Error */
	private function respond_for( int $cohort_id ) {
		$cohort = CohortPostType::find( $cohort_id );
		return null === $cohort ? CohortPostType::not_found() : $this->respond( $cohort );
	}

	private function respond( Cohort $cohort ): WP_REST_Response {
		$response = rest_ensure_response( $this->view->build( $cohort, time() ) );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}
}
