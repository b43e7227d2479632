<?php
/**
 * GET /wayfinder/v1/mentoring-state/me: the logged-in person's mentoring state (see MentoringState).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class MentoringStateController {

	public function __construct( private readonly MentoringState $state = new MentoringState() ) {
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/mentoring-state/me/find-mentor',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'find_mentor' ),
				'permission_callback' => array( $this, 'get_item_permissions_check' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/mentoring-state/me',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_item' ),
				'permission_callback' => array( $this, 'get_item_permissions_check' ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		if ( is_user_logged_in() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to see where you stand in the mentorship program.', 'wayfinder' ), array( 'status' => 401 ) );
	}

	/**
	 * "Find me a mentor": the best available mentor now, or a place in the queue with the reason.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function find_mentor( $request ): WP_REST_Response {
		return rest_ensure_response( ( new AutoAssigner() )->assign( get_current_user_id() ) );
	}

	/** @param WP_REST_Request $request Full details about the request. */
	public function get_item( $request ): WP_REST_Response {
		return rest_ensure_response( $this->state->of( get_current_user_id() ) );
	}
}
