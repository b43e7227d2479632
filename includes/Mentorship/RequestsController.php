<?php
/**
 * /wayfinder/v1/requests: ask, answer and cancel (see RequestService for who may do what).
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

final class RequestsController {

	public function __construct( private readonly RequestService $requests = new RequestService() ) {
	}

	public function register_routes(): void {
		$logged_in = array( $this, 'logged_in' );
		register_rest_route(
			RestNamespace::V1,
			'/requests',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => $logged_in,
					'args'                => array(
						'status' => array(
							'type' => 'string',
							'enum' => array( 'open', 'accepted', 'declined', 'cancelled', 'expired' ),
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => $logged_in,
					'args'                => array(
						'type'     => array(
							'type'     => 'string',
							'enum'     => RequestService::TYPES,
							'required' => true,
						),
						'mentee'   => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
						'mentor'   => array(
							'type'    => 'integer',
							'minimum' => 1,
						),
						'team'     => array(
							'type'    => 'string',
							'pattern' => '^[a-z0-9-]{0,100}$',
						),
						'language' => array(
							'type'    => 'string',
							'pattern' => '^([a-z]{2,3}(-[A-Za-z0-9]{2,8})?)?$',
						),
						'message'  => array(
							'type'      => 'string',
							'maxLength' => 2000,
						),
					),
				),
			)
		);
		foreach ( array( 'accept', 'decline', 'cancel' ) as $action ) {
			register_rest_route(
				RestNamespace::V1,
				'/requests/(?P<id>[\d]+)/' . $action,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => fn ( WP_REST_Request $request ) => $this->answer( $request, $action ),
					'permission_callback' => $logged_in,
				)
			);
		}
	}

	/**
	 * Every route needs a logged-in person; RequestService decides per request what they may do.
	 *
	 * @return true|WP_Error
	 */
	public function logged_in() {
		if ( is_user_logged_in() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to ask for or answer a mentoring request.', 'wayfinder' ), array( 'status' => 401 ) );
	}

	/** @param WP_REST_Request $request Full details about the request. */
	public function get_items( $request ): WP_REST_Response {
		$rows = $this->requests->visible_to( get_current_user_id(), isset( $request['status'] ) ? (string) $request['status'] : null );
		return rest_ensure_response( array_map( array( self::class, 'to_response' ), $rows ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$ask = array( 'type' => (string) $request['type'] );
		foreach ( array( 'mentee', 'mentor' ) as $key ) {
			if ( isset( $request[ $key ] ) ) {
				$ask[ $key ] = (int) $request[ $key ];
			}
		}
		foreach ( array( 'team', 'language', 'message' ) as $key ) {
			if ( isset( $request[ $key ] ) ) {
				$ask[ $key ] = (string) $request[ $key ];
			}
		}
		$id = $this->requests->create( $ask, get_current_user_id() );
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		$response = rest_ensure_response( self::to_response( (array) $this->requests->find( $id ) ) );
		$response->set_status( 201 );
		return $response;
	}

	/** @return WP_REST_Response|WP_Error */
	private function answer( WP_REST_Request $request, string $action ) {
		$id     = (int) $request['id'];
		$result = 'cancel' === $action
			? $this->requests->cancel( $id, get_current_user_id() )
			: $this->requests->decide( $id, 'accept' === $action, get_current_user_id() );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return rest_ensure_response( self::to_response( (array) $this->requests->find( $id ) ) );
	}

	/**
	 * @param array<string, mixed> $row
	 * @return array<string, mixed>
	 */
	public static function to_response( array $row ): array {
		return array(
			'id'         => (int) $row['id'],
			'type'       => (string) $row['type'],
			'mentee'     => (int) $row['mentee_id'],
			'mentor'     => null === $row['mentor_id'] ? null : (int) $row['mentor_id'],
			'team'       => (string) $row['team'],
			'language'   => (string) $row['language'],
			'message'    => (string) $row['message'],
			'status'     => (string) $row['status'],
			'match'      => null === $row['match_id'] ? null : (int) $row['match_id'],
			'created_by' => (int) $row['created_by'],
			'expires_at' => mysql_to_rfc3339( (string) $row['expires_at'] ),
			'created_at' => mysql_to_rfc3339( (string) $row['created_at'] ),
		);
	}
}
