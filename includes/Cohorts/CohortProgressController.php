<?php
/**
 * A cohort's mentees with their mentor and progress, for mentoring coordinators:
 * GET /wayfinder/v1/cohorts/<id>/progress (a page, sorted on the server; X-WP-Total). One query a
 * page: the figures are kept on each place by the features that change them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Paging;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class CohortProgressController extends WP_REST_Controller {

	public function __construct( private readonly CohortProgress $progress = new CohortProgress() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'cohorts/(?P<cohort>[\d]+)/progress';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'permissions_check' ),
					'args'                => Paging::args() + array(
						'orderby' => array(
							'description' => __( 'Sort by: name, mentor, sessions, training, plan, checkins, last_activity or warning.', 'wayfinder' ),
							'type'        => 'string',
							'enum'        => array_keys( CohortMemberRepository::PROGRESS_ORDER ),
							'default'     => 'name',
						),
						'order'   => array(
							'description' => __( 'asc or desc.', 'wayfinder' ),
							'type'        => 'string',
							'enum'        => array( 'asc', 'desc' ),
							'default'     => 'asc',
						),
					),
				),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators see how a cohort\'s mentees are doing.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
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
		$per_page             = (int) $request['per_page'];
		list( $rows, $total ) = $this->progress->page( $cohort, (string) $request['orderby'], 'desc' === $request['order'], (int) $request['page'], $per_page );
		return Paging::add_headers( rest_ensure_response( $rows ), $total, $per_page );
	}
}
