<?php
/**
 * The fit check's routes: POST /wayfinder/v1/fit-checks/<id> (the person asked answers, or changes
 * their answer) and POST /wayfinder/v1/cohorts/<id>/rematch (a coordinator finds a mentee another
 * mentor of the cohort).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\FitCheck;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class FitCheckController extends WP_REST_Controller {

	public function __construct(
		private readonly FitCheckService $service = new FitCheckService(),
		private readonly FitCheckRepository $checks = new FitCheckRepository(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'fit-checks';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/fit-checks/(?P<id>[\d]+)',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'answer' ),
				'permission_callback' => array( $this, 'answer_permissions_check' ),
				'args'                => array(
					'id'      => array(
						'description' => __( 'The fit check.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
					'working' => array(
						'description' => __( 'Whether the pairing is working.', 'wayfinder' ),
						'type'        => 'boolean',
						'required'    => true,
					),
					'note'    => array(
						'description' => __( 'Anything the coordinators should know (only they read it).', 'wayfinder' ),
						'type'        => 'string',
						'maxLength'   => FitCheck::NOTE_LENGTH,
						'default'     => '',
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/rematch',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'rematch' ),
				'permission_callback' => array( $this, 'rematch_permissions_check' ),
				'args'                => array(
					'cohort' => array(
						'description' => __( 'The cohort.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
					),
					'mentee' => array(
						'description' => __( 'The 1:1 mentee who gets another mentor of the cohort.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'required'    => true,
					),
				),
			)
		);
	}

	/**
	 * Members; and only the person asked answers their own fit check.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function answer_permissions_check( $request ) {
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( __( 'Log in to answer your fit check.', 'wayfinder' ) );
		}
		$check = $this->checks->find( (int) $request['id'] );
		if ( null !== $check && get_current_user_id() !== $check->user_id ) {
			return new WP_Error( 'wayfinder_fit_check_not_yours', __( 'Only the person asked can answer their fit check.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		return true;
	}

	/**
	 * Coordinators only.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function rematch_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can find a mentee another mentor.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function answer( $request ) {
		$working = (bool) $request['working'];
		$check   = $this->service->answer( (int) $request['id'], get_current_user_id(), $working, (string) $request['note'], time() );
		if ( is_wp_error( $check ) ) {
			return $check;
		}
		return rest_ensure_response(
			array(
				'id'          => $check->id,
				'cohort'      => $check->cohort_id,
				'match'       => $check->match_id,
				'side'        => $check->side,
				'working'     => $check->working,
				'note'        => $check->note,
				'answered_at' => mysql_to_rfc3339( (string) $check->answered_at ),
				'status'      => $working ? 'working' : 'not_working',
				'message'     => $working
					? __( 'Thank you! Glad to hear the pairing is working.', 'wayfinder' )
					: __( 'Thank you for telling us. A mentoring coordinator will look at it soon and may find another mentor; nobody else reads your note.', 'wayfinder' ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function rematch( $request ) {
		$made = $this->service->rematch( (int) $request['cohort'], (int) $request['mentee'], get_current_user_id(), time() );
		return is_wp_error( $made ) ? $made : rest_ensure_response( $made );
	}
}
