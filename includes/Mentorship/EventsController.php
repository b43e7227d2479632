<?php
/**
 * GET /wayfinder/v1/events: the audit trail, for mentoring coordinators.
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

final class EventsController extends WP_REST_Controller {

	public function __construct( private readonly AuditTrail $audit = new AuditTrail() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'events';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/events',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'get_items_permissions_check' ),
					'args'                => $this->get_collection_params(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function get_items_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can read the audit trail.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * The filters and paging, from the item schema's own fields.
	 *
	 * @return array<string, mixed>
	 */
	public function get_collection_params(): array {
		$params = Paging::args();
		$schema = $this->get_item_schema()['properties'];
		return $params + array(
			'object_type' => array_intersect_key( $schema['object_type'], array_flip( array( 'description', 'type', 'enum' ) ) ),
			'object_id'   => array(
				'description' => __( 'Only events about this match or request.', 'wayfinder' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
			'person'      => array(
				'description' => __( 'Only events by this user or about their matches and requests.', 'wayfinder' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
	}

	/** @param WP_REST_Request $request Full details about the request. */
	public function get_items( $request ): WP_REST_Response {
		$per_page               = (int) $request['per_page'];
		list( $events, $total ) = $this->audit->list(
			isset( $request['object_type'] ) ? (string) $request['object_type'] : null,
			isset( $request['object_id'] ) ? (int) $request['object_id'] : null,
			(int) $request['page'],
			$per_page,
			isset( $request['person'] ) ? (int) $request['person'] : null
		);
		$items                  = array();
		// The page's names (who acted, whom the summaries name) in one query, never a lookup per row.
		DisplayName::many( array_merge( ...array_map( static fn ( AuditEvent $event ): array => array_merge( array( $event->actor_id ), AuditTrail::named( $event ) ), $events ) ) );
		foreach ( $events as $event ) {
			$response = rest_ensure_response(
				array(
					'id'          => $event->id,
					'object_type' => $event->object_type,
					'object_id'   => $event->object_id,
					'action'      => $event->action,
					'summary'     => $this->audit->summary( $event ),
					'actor'       => $event->actor_id,
					'actor_name'  => DisplayName::of( $event->actor_id ),
					'reason'      => $event->reason,
					'details'     => $event->details,
					'created_at'  => mysql_to_rfc3339( $event->created_at ),
				)
			);
			// The match or request the event is about.
			$response->add_link( 'about', rest_url( RestNamespace::V1 . '/' . ( 'match' === $event->object_type ? 'matches' : 'requests' ) . '/' . $event->object_id ) );
			$items[] = $this->prepare_response_for_collection( $response );
		}
		return Paging::add_headers( rest_ensure_response( $items ), $total, $per_page );
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'wayfinder-event',
				'type'       => 'object',
				'properties' => array(
					'id'          => array( 'type' => 'integer' ),
					'object_type' => array(
						'description' => __( 'What the event is about: a match or a request.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array( 'match', 'request' ),
					),
					'object_id'   => array( 'type' => 'integer' ),
					'action'      => array(
						'description' => __( 'What happened, as a code for programs: proposed, started, confirmed, ended, backup_set, backup_removed, mentor_away, mentor_back; created, accepted, declined, cancelled, expired.', 'wayfinder' ),
						'type'        => 'string',
					),
					'summary'     => array(
						'description' => __( 'What happened, as a translated sentence for people to read (names, not IDs or codes).', 'wayfinder' ),
						'type'        => 'string',
					),
					'actor'       => array(
						'description' => __( 'Who did it; 0 for the site itself (automatic assignment, expiry, reassignment).', 'wayfinder' ),
						'type'        => 'integer',
					),
					'actor_name'  => array( 'type' => 'string' ),
					'reason'      => array( 'type' => 'string' ),
					'details'     => array( 'type' => array( 'object', 'array', 'null' ) ),
					'created_at'  => array(
						'type'   => 'string',
						'format' => 'date-time',
					),
				),
			)
		);
	}
}
