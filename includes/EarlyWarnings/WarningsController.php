<?php
/**
 * GET /wayfinder/v1/cohorts/warnings: the mentees whose early warning needs a coordinator now (a
 * nudge that did not help, or a pairing said not to work), oldest first, for the Overview.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\EarlyWarnings;

use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\EarlyWarning;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class WarningsController {

	public function __construct( private readonly CohortMemberRepository $members = new CohortMemberRepository() ) {
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/warnings',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'permissions_check' ),
					'args'                => array(
						'per_page' => array(
							'description' => __( 'At most this many (1 to 100).', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'maximum'     => 100,
							'default'     => 10,
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
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators see the cohorts\' early warnings.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function get_items( $request ): WP_REST_Response {
		$labels               = EarlyWarning::labels();
		list( $rows, $total ) = $this->members->warned( gmdate( 'Y-m-d H:i:s', time() - EarlyWarning::NUDGE_GRACE ), EarlyWarning::FIT_CHECK, (int) $request['per_page'] );
		$response             = rest_ensure_response(
			array_map(
				static fn ( array $row ): array => array(
					'cohort'        => (int) $row['cohort_id'],
					'cohort_name'   => (string) $row['cohort_name'],
					'user'          => (int) $row['user_id'],
					'name'          => (string) $row['display_name'],
					'warning'       => (string) $row['warning'],
					'warning_label' => $labels[ $row['warning'] ] ?? '',
					'since'         => null === $row['warning_since'] ? null : gmdate( 'c', (int) strtotime( $row['warning_since'] . ' UTC' ) ),
				),
				$rows
			)
		);
		$response->header( 'X-WP-Total', (string) $total );
		return $response;
	}
}
