<?php
/**
 * /wayfinder/v1/matches: the matches between mentors and mentees.
 *
 * Coordinators see and start any match; mentors and mentees see their own. Either side, or a
 * coordinator, can end a match.
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

final class MatchesController extends WP_REST_Controller {

	public const END_REASONS = array( 'mentee_wants_other', 'mentee_stopped', 'mentor_quit', 'inactivity', 'completed', 'other' );

	public function __construct( private readonly MatchService $matches = new MatchService() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'matches';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/matches',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => array(
						'mentee' => array(
							'description' => __( 'The mentee’s user ID.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
						'mentor' => array(
							'description' => __( 'The mentor’s user ID.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/matches/(?P<id>[\d]+)/end',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'end_item' ),
					'permission_callback' => array( $this, 'end_item_permissions_check' ),
					'args'                => array(
						'reason' => array(
							'description' => __( 'Why the match ends.', 'wayfinder' ),
							'type'        => 'string',
							'enum'        => self::END_REASONS,
							'required'    => true,
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
	public function get_items_permissions_check( $request ) {
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to see matches.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		return true;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function create_item_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators assign mentors directly. Mentees and mentors can send a request instead.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function end_item_permissions_check( $request ) {
		$match = $this->matches->find( (int) $request['id'] );
		$me    = get_current_user_id();
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to end a match.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		if ( null === $match ) {
			return new WP_Error( 'wayfinder_match_not_found', __( 'There is no such match.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( Capabilities::can_coordinate() || (int) $match['mentee_id'] === $me || (int) $match['mentor_id'] === $me ) {
			return true;
		}
		return new WP_Error( 'wayfinder_match_not_found', __( 'There is no such match.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	/**
	 * Coordinators see every match; everyone else the matches they are part of.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function get_items( $request ): WP_REST_Response {
		$filters = array();
		foreach ( array( 'mentor', 'mentee', 'status' ) as $key ) {
			if ( isset( $request[ $key ] ) ) {
				$filters[ $key ] = $request[ $key ];
			}
		}
		if ( ! Capabilities::can_coordinate() ) {
			$me = get_current_user_id();
			// A mentor lists their mentees; anyone else their own matches as a mentee.
			if ( isset( $filters['mentor'] ) && $filters['mentor'] === $me ) {
				unset( $filters['mentee'] );
			} else {
				$filters['mentee'] = $me;
				unset( $filters['mentor'] );
			}
		}
		$page                 = (int) $request['page'];
		$per_page             = (int) $request['per_page'];
		list( $rows, $total ) = $this->matches->list( $filters, $page, $per_page );
		$items                = array_map( fn ( array $row ) => $this->prepare_response_for_collection( $this->prepare_item_for_response( $row, $request ) ), $rows );
		return Paging::add_headers( rest_ensure_response( $items ), $total, $per_page );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$id = $this->matches->start( (int) $request['mentee'], (int) $request['mentor'], 'coordinator', get_current_user_id() );
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		$response = $this->prepare_item_for_response( (array) $this->matches->find( $id ), $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function end_item( $request ) {
		$ended = $this->matches->end( (int) $request['id'], (string) $request['reason'], get_current_user_id() );
		if ( is_wp_error( $ended ) ) {
			return $ended;
		}
		return $this->prepare_item_for_response( (array) $this->matches->find( (int) $request['id'] ), $request );
	}

	/**
	 * @param array<string, mixed> $item    A match row.
	 * @param WP_REST_Request      $request Full details about the request.
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		$response = rest_ensure_response(
			array(
				'id'         => (int) $item['id'],
				'mentee'     => (int) $item['mentee_id'],
				'mentor'     => (int) $item['mentor_id'],
				'source'     => (string) $item['source'],
				'status'     => (string) $item['status'],
				'end_reason' => (string) $item['end_reason'],
				'created_at' => mysql_to_rfc3339( (string) $item['created_at'] ),
			)
		);
		$response->add_link( 'mentee', rest_url( RestNamespace::V1 . '/profiles/' . (int) $item['mentee_id'] ) );
		$response->add_link( 'mentor', rest_url( RestNamespace::V1 . '/profiles/' . (int) $item['mentor_id'] ), array( 'embeddable' => true ) );
		return $response;
	}

	/** @return array<string, mixed> */
	public function get_collection_params(): array {
		return Paging::args() + array(
			'mentor' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'mentee' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'status' => array(
				'type' => 'string',
				'enum' => array( 'proposed', 'active', 'completed', 'ended' ),
			),
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-match',
			'type'       => 'object',
			'properties' => array(
				'id'         => array(
					'type'     => 'integer',
					'readonly' => true,
				),
				'mentee'     => array( 'type' => 'integer' ),
				'mentor'     => array( 'type' => 'integer' ),
				'source'     => array(
					'type' => 'string',
					'enum' => MatchService::SOURCES,
				),
				'status'     => array(
					'type' => 'string',
					'enum' => array( 'proposed', 'active', 'completed', 'ended' ),
				),
				'end_reason' => array( 'type' => 'string' ),
				'created_at' => array(
					'type'   => 'string',
					'format' => 'date-time',
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
