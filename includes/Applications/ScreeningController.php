<?php
/**
 * Stage 1's routes, for screeners (Capabilities::can_screen(): screeners, coordinators, admins):
 * GET /screening/cohorts, GET /cohorts/<id>/screening (the queue), GET /applications/<id>/screening,
 * PUT /applications/<id>/redacted, POST /applications/<id>/redact-again, POST /applications/<id>/release.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class ScreeningController extends WP_REST_Controller {

	public function __construct(
		private readonly Screening $screening = new Screening(),
		private readonly ScreeningView $view = new ScreeningView(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'screening';
	}

	public function register_routes(): void {
		$id    = array(
			'description' => __( 'The application.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		$field = array(
			'description' => __( 'The question whose answer is meant (its key).', 'wayfinder' ),
			'type'        => 'string',
			'pattern'     => '^[a-z][a-z0-9_]{0,39}$',
		);
		$check = array( $this, 'permissions_check' );
		register_rest_route(
			RestNamespace::V1,
			'/screening/cohorts',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'cohorts' ),
				'permission_callback' => $check,
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/screening',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'queue' ),
				'permission_callback' => $check,
				'args'                => array(
					'cohort'   => array(
						'description' => __( 'The cohort.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
					'stage'    => array(
						'description' => __( 'Only applications at this stage (none: every submitted mentee application).', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array( '', Application::SCREENING, Application::REVIEW, Application::DECIDED ),
						'default'     => '',
					),
					'page'     => array(
						'description' => __( 'The page of the queue.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'default'     => 1,
					),
					'per_page' => array(
						'description' => __( 'Applications per page.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 100,
						'default'     => 50,
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/applications/(?P<id>[\d]+)/screening',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'show' ),
				'permission_callback' => $check,
				'args'                => array( 'id' => $id ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/applications/(?P<id>[\d]+)/redacted',
			array(
				'methods'             => 'PUT',
				'callback'            => array( $this, 'edit' ),
				'permission_callback' => $check,
				'args'                => array(
					'id'    => $id,
					'field' => $field + array( 'required' => true ),
					'text'  => array(
						'description' => __( 'The answer\'s redacted text, as reviewers will read it.', 'wayfinder' ),
						'type'        => 'string',
						'maxLength'   => Screening::TEXT_LENGTH,
						'required'    => true,
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/applications/(?P<id>[\d]+)/redact-again',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'redact_again' ),
				'permission_callback' => $check,
				'args'                => array(
					'id'    => $id,
					'field' => array(
						'description' => __( 'The question whose answer is redacted again from the original (none: every answer).', 'wayfinder' ),
						'type'        => 'string',
						'pattern'     => '^([a-z][a-z0-9_]{0,39})?$',
						'default'     => '',
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/applications/(?P<id>[\d]+)/release',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'release' ),
				'permission_callback' => $check,
				'args'                => array( 'id' => $id ),
			)
		);
	}

	/**
	 * Screeners only (coordinators and admins screen too); reviewers never — they must not see people.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function permissions_check( $request ) {
		unset( $request );
		if ( Capabilities::can_screen() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only application screeners and mentoring coordinators can screen applications.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response
	 */
	public function cohorts( $request ) {
		unset( $request );
		return rest_ensure_response( $this->view->cohorts() );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function queue( $request ) {
		$cohort = CohortPostType::find( (int) $request['cohort'] );
		if ( null === $cohort ) {
			return new WP_Error( 'wayfinder_cohort_not_found', __( 'There is no such cohort. It may have been deleted.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$per_page = (int) $request['per_page'];
		$queue    = $this->view->queue( $cohort->id, (string) $request['stage'], (int) $request['page'], $per_page, get_current_user_id() );
		$response = rest_ensure_response(
			array(
				'cohort'   => array(
					'id'    => $cohort->id,
					'title' => $cohort->name,
				),
				'progress' => $this->view->progress( $cohort->id ),
				'items'    => $queue['items'],
				'total'    => $queue['total'],
				'pages'    => (int) max( 1, ceil( $queue['total'] / $per_page ) ),
			)
		);
		$response->header( 'X-WP-Total', (string) $queue['total'] );
		$response->header( 'X-WP-TotalPages', (string) max( 1, (int) ceil( $queue['total'] / $per_page ) ) );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function show( $request ) {
		$application = $this->screening->screenable( (int) $request['id'], get_current_user_id() );
		return is_wp_error( $application ) ? $application : rest_ensure_response( $this->view->detail( $application ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function edit( $request ) {
		return $this->answer( $this->screening->edit( (int) $request['id'], (string) $request['field'], (string) $request['text'], get_current_user_id(), time() ), __( 'Edit saved.', 'wayfinder' ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function redact_again( $request ) {
		$field = (string) $request['field'];
		return $this->answer(
			$this->screening->redact_again( (int) $request['id'], $field, get_current_user_id(), time() ),
			'' === $field ? __( 'Every answer was redacted again from the original.', 'wayfinder' ) : __( 'The answer was redacted again from the original.', 'wayfinder' )
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function release( $request ) {
		$application = $this->screening->release( (int) $request['id'], get_current_user_id(), time() );
		if ( is_wp_error( $application ) ) {
			return $application;
		}
		/* translators: %s: an applicant's pseudonym, e.g. "Applicant 7F3K". */
		return $this->answer( $application, sprintf( __( '%s was released to reviewers.', 'wayfinder' ), $application->pseudonym_label() ) );
	}

	/**
	 * The application as the screener now sees it, with a sentence saying what happened.
	 *
	 * @param Application|WP_Error $application
	 * @return WP_REST_Response|WP_Error
	 */
	private function answer( $application, string $message ) {
		if ( is_wp_error( $application ) ) {
			return $application;
		}
		return rest_ensure_response( $this->view->detail( $application ) + array( 'message' => $message ) );
	}
}
