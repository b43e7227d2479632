<?php
/**
 * /wayfinder/v1/requests: ask, answer and cancel (see RequestService for who may do what).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Paging;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Profiles\DisplayName;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class RequestsController extends WP_REST_Controller {

	public const STATUSES = array( 'open', 'accepted', 'declined', 'cancelled', 'expired' );

	public function __construct( private readonly RequestService $requests = new RequestService() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'requests';
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
					'args'                => $this->get_collection_params(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => $logged_in,
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/requests/(?P<id>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => $logged_in,
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		foreach ( array( 'accept', 'decline', 'cancel' ) as $action ) {
			register_rest_route(
				RestNamespace::V1,
				'/requests/(?P<id>[\d]+)/' . $action,
				array(
					array(
						'methods'             => WP_REST_Server::CREATABLE,
						'callback'            => fn ( WP_REST_Request $request ) => $this->answer( $request, $action ),
						'permission_callback' => $logged_in,
						'args'                => rest_get_endpoint_args_for_schema( self::answer_schema(), WP_REST_Server::CREATABLE ),
					),
					'schema' => array( $this, 'get_public_item_schema' ),
				)
			);
		}
	}

	/**
	 * What an answer (accept, decline, cancel) takes: a reason no longer than the audit trail keeps.
	 *
	 * @return array<string, mixed>
	 */
	public static function answer_schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-request-answer',
			'type'       => 'object',
			'properties' => array(
				'reason' => array(
					/* translators: %d: the longest reason, in characters. */
					'description' => sprintf( __( 'Why, in a few words (at most %d characters): recorded in the audit trail and passed on to the others in the email.', 'wayfinder' ), RequestService::REASON_MAX ),
					'type'        => 'string',
					'maxLength'   => RequestService::REASON_MAX,
					'default'     => '',
				),
			),
		);
	}

	/** @return array<string, array<string, mixed>> */
	public function get_collection_params(): array {
		return Paging::args() + array(
			'status'     => array(
				'description' => __( 'Only requests with this status.', 'wayfinder' ),
				'type'        => 'string',
				'enum'        => self::STATUSES,
			),
			'type'       => array(
				'description' => __( 'Only requests of this type.', 'wayfinder' ),
				'type'        => 'string',
				'enum'        => RequestService::TYPES,
			),
			'team'       => array(
				'description' => __( 'Only requests within this team (its slug).', 'wayfinder' ),
				'type'        => 'string',
				'pattern'     => '^[a-z0-9-]{1,100}$',
			),
			'language'   => array(
				'description' => __( 'Only requests in this language (a code such as es or pt-BR).', 'wayfinder' ),
				'type'        => 'string',
				'pattern'     => '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$',
			),
			'older_than' => array(
				'description' => __( 'Only requests made at least this many days ago.', 'wayfinder' ),
				'type'        => 'integer',
				'minimum'     => 0,
				'maximum'     => 3650,
			),
			'person'     => array(
				'description' => __( 'Only requests in which this user is the mentee or the mentor.', 'wayfinder' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'order'      => array(
				'description' => __( 'desc: newest first (the default); asc: who has waited longest first.', 'wayfinder' ),
				'type'        => 'string',
				'enum'        => array( 'asc', 'desc' ),
				'default'     => 'desc',
			),
		);
	}

	/**
	 * Every route needs a logged-in person; RequestService decides per request what they may do.
	 *
	 * @return true|WP_Error
	 */
	public function logged_in() {
		if ( Capabilities::can_take_part() ) {
			return true;
		}
		return Capabilities::take_part_error( __( 'Log in to ask for or answer a mentoring request.', 'wayfinder' ) );
	}

	/** @param WP_REST_Request $request Full details about the request. */
	public function get_items( $request ): WP_REST_Response {
		$per_page             = (int) $request['per_page'];
		$filters              = array(
			'status'     => isset( $request['status'] ) ? (string) $request['status'] : null,
			'type'       => isset( $request['type'] ) ? (string) $request['type'] : null,
			'team'       => isset( $request['team'] ) ? (string) $request['team'] : null,
			'language'   => isset( $request['language'] ) ? (string) $request['language'] : null,
			'older_than' => isset( $request['older_than'] ) ? (int) $request['older_than'] : null,
			'person'     => isset( $request['person'] ) ? (int) $request['person'] : null,
		);
		list( $rows, $total ) = $this->requests->page_for( get_current_user_id(), $filters, (int) $request['page'], $per_page, 'asc' === $request['order'] );
		// The page's names in one query, never a lookup per row.
		DisplayName::many( array_merge( ...array_map( static fn ( RequestRecord $row ): array => array( $row->mentee_id, (int) $row->mentor_id ), $rows ) ) );
		$items = array_map( fn ( RequestRecord $row ) => $this->prepare_response_for_collection( $this->prepare_item_for_response( $row, $request ) ), $rows );
		return Paging::add_headers( rest_ensure_response( $items ), $total, $per_page );
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
		$made = $this->requests->find( $id );
		if ( null === $made ) {
			return self::not_found();
		}
		$response = $this->prepare_item_for_response( $made, $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * One request, for whoever may see it in the list (its people, coordinators, and mentors while it
	 * waits for any mentor); anyone else learns nothing, not even that it exists.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$item = $this->requests->find( (int) $request['id'] );
		if ( null === $item || ! $this->requests->visible( $item, get_current_user_id() ) ) {
			return self::not_found();
		}
		return $this->prepare_item_for_response( $item, $request );
	}

	private static function not_found(): WP_Error {
		return new WP_Error( 'wayfinder_request_not_found', __( 'There is no such request.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	/** @return WP_REST_Response|WP_Error */
	private function answer( WP_REST_Request $request, string $action ) {
		$id     = (int) $request['id'];
		$reason = sanitize_text_field( (string) $request['reason'] );
		$result = 'cancel' === $action
			? $this->requests->cancel( $id, get_current_user_id(), $reason )
			: $this->requests->decide( $id, 'accept' === $action, get_current_user_id(), $reason );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$answered = $this->requests->find( $id );
		return null === $answered ? self::not_found() : $this->prepare_item_for_response( $answered, $request );
	}

	/**
	 * @param RequestRecord   $item    A request.
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		$response = rest_ensure_response(
			array(
				'id'          => $item->id,
				'type'        => $item->type,
				'mentee'      => $item->mentee_id,
				'mentor'      => $item->mentor_id,
				'mentee_name' => DisplayName::of( $item->mentee_id ),
				'mentor_name' => null === $item->mentor_id ? null : DisplayName::of( $item->mentor_id ),
				'any_mentor'  => $item->for_any_mentor(),
				'team'        => $item->team,
				'language'    => $item->language,
				'message'     => $item->message,
				'status'      => $item->status,
				'match'       => $item->match_id,
				'created_by'  => $item->created_by,
				'expires_at'  => $item->expires() ? mysql_to_rfc3339( $item->expires_at ) : null,
				'created_at'  => mysql_to_rfc3339( $item->created_at ),
			)
		);
		$response->add_link( 'mentee', rest_url( RestNamespace::V1 . '/profiles/' . $item->mentee_id ) );
		if ( null !== $item->mentor_id ) {
			$response->add_link( 'mentor', rest_url( RestNamespace::V1 . '/profiles/' . $item->mentor_id ), array( 'embeddable' => true ) );
		}
		$response->add_link( 'self', rest_url( RestNamespace::V1 . '/requests/' . $item->id ) );
		if ( null !== $item->match_id ) {
			$response->add_link( 'match', rest_url( RestNamespace::V1 . '/matches/' . $item->match_id ) );
		}
		return $response;
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$id           = array(
			'type'     => 'integer',
			'readonly' => true,
		);
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-request',
			'type'       => 'object',
			'properties' => array(
				'id'          => $id,
				'type'        => array(
					'description' => __( 'Who asks whom: a mentee for a mentor, a coordinator for a mentor to take a mentee, a mentor offering to mentor.', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => RequestService::TYPES,
					'required'    => true,
				),
				'mentee'      => array(
					'description' => __( 'The mentee (by default, whoever asks for themselves).', 'wayfinder' ),
					'type'        => 'integer',
					'minimum'     => 1,
				),
				'mentor'      => array(
					'description' => __( 'The mentor asked, or null when a mentee asks for any mentor.', 'wayfinder' ),
					'type'        => array( 'integer', 'null' ),
					'minimum'     => 1,
				),
				'mentee_name' => array(
					'type'     => 'string',
					'readonly' => true,
				),
				'mentor_name' => array(
					'type'     => array( 'string', 'null' ),
					'readonly' => true,
				),
				'any_mentor'  => array(
					'description' => __( 'Whether the mentee asked for any mentor (true even once a mentor took the request, whose name `mentor_name` then gives).', 'wayfinder' ),
					'type'        => 'boolean',
					'readonly'    => true,
				),
				'team'        => array(
					'description' => __( 'The team the mentee wants a mentor in (its slug), or empty.', 'wayfinder' ),
					'type'        => 'string',
					'pattern'     => '^[a-z0-9-]{0,100}$',
				),
				'language'    => array(
					'description' => __( 'The language the mentee wants to be mentored in (a code such as es or pt-BR), or empty.', 'wayfinder' ),
					'type'        => 'string',
					'pattern'     => '^([a-z]{2,3}(-[A-Za-z0-9]{2,8})?)?$',
					'maxLength'   => 20,
				),
				'message'     => array(
					/* translators: %d: the longest message, in characters. */
					'description' => sprintf( __( 'A few words for whoever answers (at most %d characters).', 'wayfinder' ), RequestService::MESSAGE_MAX ),
					'type'        => 'string',
					'maxLength'   => RequestService::MESSAGE_MAX,
				),
				'status'      => array(
					'type'     => 'string',
					'enum'     => self::STATUSES,
					'readonly' => true,
				),
				'match'       => array(
					'description' => __( 'The match an accepted request started; null for any other request.', 'wayfinder' ),
					'type'        => array( 'integer', 'null' ),
					'readonly'    => true,
				),
				'created_by'  => $id,
				'expires_at'  => array(
					'description' => __( 'When an unanswered request expires; null for a request for any mentor, which never expires.', 'wayfinder' ),
					'type'        => array( 'string', 'null' ),
					'format'      => 'date-time',
					'readonly'    => true,
				),
				'created_at'  => array(
					'type'     => 'string',
					'format'   => 'date-time',
					'readonly' => true,
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
