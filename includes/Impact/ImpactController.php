<?php
/**
 * GET /wayfinder/v1/impact: the program's Impact figures for coordinators; with `team`, one team's
 * figures, also for that team's representatives (and no one else).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Impact;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Teams\Representatives;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Server;

final class ImpactController extends WP_REST_Controller {

	public function __construct(
		private readonly ImpactFigures $figures = new ImpactFigures(),
		private readonly Representatives $representatives = new Representatives(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'impact';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/impact',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_item' ),
				'permission_callback' => array( $this, 'get_item_permissions_check' ),
				'args'                => array(
					'team' => array(
						'description' => __( 'Only this team’s figures (its slug).', 'wayfinder' ),
						'type'        => 'string',
						'pattern'     => '^[a-z0-9-]{0,100}$',
						'default'     => '',
					),
				),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		$team = (string) $request['team'];
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'wayfinder_forbidden', __( 'Log in to see the program’s impact figures.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		if ( '' !== $team && $this->representatives->represents( get_current_user_id(), $team ) ) {
			return true;
		}
		return new WP_Error(
			'wayfinder_forbidden',
			'' === $team
				? __( 'Only mentoring coordinators can see the program’s impact figures.', 'wayfinder' )
				: __( 'Only the team’s representatives and mentoring coordinators can see this team’s figures.', 'wayfinder' ),
			array( 'status' => 403 )
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function get_item( $request ): \WP_REST_Response {
		return rest_ensure_response( $this->figures->get( (string) $request['team'], time() ) );
	}
}
