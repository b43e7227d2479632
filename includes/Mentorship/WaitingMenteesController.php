<?php
/**
 * GET /wayfinder/v1/mentees/waiting: behind "Find more mentees" — the people waiting for any mentor
 * whom this mentor could take, a page at a time, longest waiting first, each with the engine's score
 * and reasons and the request to accept. POST /wayfinder/v1/mentees/waiting/<mentee>/pass: the mentor passes on a waiting
 * mentee, who is not shown to them again.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Paging;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class WaitingMenteesController extends WP_REST_Controller {

	public function __construct( private readonly WaitingMentees $waiting = new WaitingMentees() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'mentees/waiting';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/mentees/waiting',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => Paging::args(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/mentees/waiting/(?P<mentee>[\d]+)/pass',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'pass' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => rest_get_endpoint_args_for_schema( self::pass_schema(), WP_REST_Server::CREATABLE ),
				),
				'schema' => array( self::class, 'pass_schema' ),
			)
		);
	}

	/** @return array<string, mixed> A pass: the mentee passed on. */
	public static function pass_schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-waiting-pass',
			'type'       => 'object',
			'properties' => array(
				'mentee' => array(
					'description' => __( 'The waiting mentee passed on (a user ID).', 'wayfinder' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'maximum'     => PHP_INT_MAX,
					'required'    => true,
				),
				'passed' => array(
					'description' => __( 'True: the mentee is not shown to this mentor again.', 'wayfinder' ),
					'type'        => 'boolean',
					'readonly'    => true,
				),
			),
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function pass( $request ) {
		$mentee = (int) $request['mentee'];
		$passed = $this->waiting->pass( get_current_user_id(), $mentee );
		if ( is_wp_error( $passed ) ) {
			return $passed;
		}
		return rest_ensure_response(
			array(
				'mentee' => $mentee,
				'passed' => true,
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		if ( Capabilities::can_mentor() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentors see who is waiting for a mentor. Ask a mentoring coordinator to make you one.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		// A mentor who is away, stopped or full could take nobody: say why instead of listing people.
		$per_page = (int) $request['per_page'];
		$found    = $this->waiting->for_mentor( get_current_user_id(), (int) $request['page'], $per_page );
		if ( is_wp_error( $found ) ) {
			return $found;
		}
		$items = array_map(
			function ( array $row ): array {
				$response = rest_ensure_response( $row );
				$response->add_link( 'mentee', rest_url( RestNamespace::V1 . '/profiles/' . $row['mentee'] ) );
				$response->add_link( 'accept', rest_url( RestNamespace::V1 . '/requests/' . $row['request'] . '/accept' ) );
				$response->add_link( 'pass', rest_url( RestNamespace::V1 . '/mentees/waiting/' . $row['mentee'] . '/pass' ) );
				return (array) $this->prepare_response_for_collection( $response );
			},
			$found['rows']
		);
		return Paging::add_headers( rest_ensure_response( $items ), $found['total'], $per_page );
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'wayfinder-waiting-mentee',
				'type'       => 'object',
				'properties' => array(
					'request' => array(
						'description' => __( 'The mentee’s open request; accept it to become their mentor.', 'wayfinder' ),
						'type'        => 'integer',
					),
					'mentee'  => array( 'type' => 'integer' ),
					'name'    => array( 'type' => 'string' ),
					'waiting' => array(
						'description' => __( 'Since when the mentee has waited.', 'wayfinder' ),
						'type'        => 'string',
						'format'      => 'date-time',
					),
					'score'   => array(
						'description' => __( 'How well this mentor fits the mentee, 0–100 (plus a bonus when the mentee asked for them).', 'wayfinder' ),
						'type'        => 'number',
					),
					'reasons' => array(
						'description' => __( 'Why: one sentence per criterion.', 'wayfinder' ),
						'type'        => 'object',
					),
				),
			)
		);
	}
}
