<?php
/**
 * /wayfinder/v1/matches: the matches between mentors and mentees.
 *
 * Coordinators see every match and propose new ones; mentors and mentees see their own, and a backup
 * mentor the matches they cover. The mentor (or a coordinator) confirms or declines a proposal; either
 * side, or a coordinator, can end a match; the mentor or a coordinator names a backup mentor.
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

final class MatchesController extends WP_REST_Controller {

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
			'/matches/(?P<id>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		foreach ( array( 'confirm', 'decline' ) as $answer ) {
			register_rest_route(
				RestNamespace::V1,
				'/matches/(?P<id>[\d]+)/' . $answer,
				array(
					array(
						'methods'             => WP_REST_Server::CREATABLE,
						'callback'            => array( $this, $answer . '_item' ),
						'permission_callback' => array( $this, 'answer_permissions_check' ),
					),
					'schema' => array( $this, 'get_public_item_schema' ),
				)
			);
		}
		register_rest_route(
			RestNamespace::V1,
			'/matches/(?P<id>[\d]+)/backup',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'backup_item' ),
					'permission_callback' => array( $this, 'answer_permissions_check' ),
					'args'                => array(
						'mentor' => array(
							'description' => __( 'The backup mentor’s user ID, or 0 to remove the backup.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 0,
							'required'    => true,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/matches/(?P<id>[\d]+)/reassign',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'reassign_item' ),
					'permission_callback' => array( $this, 'create_item_permissions_check' ),
					'args'                => array(
						'mentor' => array(
							'description' => __( 'The new mentor’s user ID.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
						'reason' => array(
							'description' => __( 'Why the running match ends.', 'wayfinder' ),
							'type'        => 'string',
							'enum'        => MatchEndings::REASONS,
							'required'    => true,
						),
					),
				),
				'schema' => fn (): array => array(
					'$schema'    => 'http://json-schema.org/draft-04/schema#',
					'title'      => 'wayfinder-reassignment',
					'type'       => 'object',
					'properties' => array(
						'ended'   => $this->get_item_schema(),
						'match'   => array(
							'description' => __( 'The proposed match with the new mentor, in proposal mode.', 'wayfinder' ),
							'type'        => array( 'integer', 'null' ),
						),
						'request' => array(
							'description' => __( 'The request to the new mentor, in request mode.', 'wayfinder' ),
							'type'        => array( 'integer', 'null' ),
						),
					),
				),
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
							'enum'        => MatchEndings::REASONS,
							'required'    => true,
						),
					),
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
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( __( 'Log in to see matches.', 'wayfinder' ) );
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
	 * The mentee, the mentor and the backup mentor of a match, and coordinators.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		return $this->check_party( $request, array( 'mentee_id', 'mentor_id', 'backup_mentor_id' ), __( 'Log in to see this match.', 'wayfinder' ) );
	}

	/**
	 * Either side, or a coordinator.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function end_item_permissions_check( $request ) {
		return $this->check_party( $request, array( 'mentee_id', 'mentor_id' ), __( 'Log in to end a match.', 'wayfinder' ) );
	}

	/**
	 * The match's mentor, or a coordinator: confirm or decline a proposal, name a backup.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function answer_permissions_check( $request ) {
		$allowed = $this->check_party( $request, array( 'mentee_id', 'mentor_id', 'backup_mentor_id' ), __( 'Log in to answer for this match.', 'wayfinder' ) );
		if ( true !== $allowed || Capabilities::can_coordinate() || (int) ( $this->matches->find( (int) $request['id'] )['mentor_id'] ?? 0 ) === get_current_user_id() ) {
			return $allowed;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only the mentor of this match or a mentoring coordinator can do this.', 'wayfinder' ), array( 'status' => 403 ) );
	}

	/**
	 * Coordinators and the people named in the given columns of the match. Anyone else learns nothing,
	 * not even that the match exists.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @param list<string>    $columns
	 * @return true|WP_Error
	 */
	private function check_party( $request, array $columns, string $log_in ) {
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( $log_in );
		}
		$match = $this->matches->find( (int) $request['id'] );
		$me    = get_current_user_id();
		if ( null !== $match && ( Capabilities::can_coordinate() || in_array( $me, array_map( 'intval', array_intersect_key( $match, array_flip( $columns ) ) ), true ) ) ) {
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
		foreach ( array( 'mentor', 'mentee', 'backup', 'status', 'source' ) as $key ) {
			if ( isset( $request[ $key ] ) ) {
				$filters[ $key ] = $request[ $key ];
			}
		}
		if ( ! Capabilities::can_coordinate() ) {
			$me = get_current_user_id();
			// A mentor lists their mentees or the matches they cover; anyone else their own as a mentee.
			if ( isset( $filters['mentor'] ) && $filters['mentor'] === $me ) {
				unset( $filters['mentee'], $filters['backup'] );
			} elseif ( isset( $filters['backup'] ) && $filters['backup'] === $me ) {
				unset( $filters['mentee'], $filters['mentor'] );
			} else {
				$filters['mentee'] = $me;
				unset( $filters['mentor'], $filters['backup'] );
			}
		}
		$page                 = (int) $request['page'];
		$per_page             = (int) $request['per_page'];
		list( $rows, $total ) = $this->matches->list( $filters, $page, $per_page );
		$items                = array_map( fn ( array $row ) => $this->prepare_response_for_collection( $this->prepare_item_for_response( $row, $request ) ), $rows );
		return Paging::add_headers( rest_ensure_response( $items ), $total, $per_page );
	}

	/** @param WP_REST_Request $request Full details about the request. */
	public function get_item( $request ): WP_REST_Response {
		return $this->prepare_item_for_response( (array) $this->matches->find( (int) $request['id'] ), $request );
	}

	/**
	 * A coordinator's choice is a proposal: it holds the mentor's place at once, and the mentor
	 * confirms or declines it (silence confirms it when the request expiry time has passed).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$id = $this->matches->start( (int) $request['mentee'], (int) $request['mentor'], 'coordinator', get_current_user_id(), 'proposed' );
		if ( is_wp_error( $id ) ) {
			return $id;
		}
		$match = (array) $this->matches->find( $id );
		MatchNotices::proposed( $match );
		$response = $this->prepare_item_for_response( $match, $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function confirm_item( $request ) {
		return $this->respond( $request, $this->matches->confirm( (int) $request['id'], get_current_user_id() ) );
	}

	/**
	 * Declining a proposal ends it, and the mentee is never left alone: automatic assignment picks
	 * another mentor (never this one), or they wait in the queue.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function decline_item( $request ) {
		$match = (array) $this->matches->find( (int) $request['id'] );
		if ( 'proposed' !== $match['status'] ) {
			return new WP_Error( 'wayfinder_match_not_proposed', __( 'Only a proposed match can be declined. To stop an active match, end it.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$ended = $this->matches->end( (int) $request['id'], 'mentor_declined', get_current_user_id() );
		if ( true === $ended ) {
			MatchNotices::declined( $match, ( new AutoAssigner() )->assign( (int) $match['mentee_id'] ) );
		}
		return $this->respond( $request, $ended );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function backup_item( $request ) {
		$set = $this->matches->set_backup( (int) $request['id'], (int) $request['mentor'], get_current_user_id() );
		if ( true === $set && 0 !== (int) $request['mentor'] ) {
			MatchNotices::backup_named( (array) $this->matches->find( (int) $request['id'] ) );
		}
		return $this->respond( $request, $set );
	}

	/**
	 * Either side ends with a reason of theirs (see MatchEndings); the other side is told, and a mentee
	 * who still wants a mentor gets the next one or a place in the queue.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function end_item( $request ) {
		return $this->respond( $request, ( new MatchEndings( $this->matches ) )->end( (int) $request['id'], (string) $request['reason'], get_current_user_id() ) );
	}

	/**
	 * A coordinator moves the mentee to another mentor (see MatchEndings::reassign).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function reassign_item( $request ) {
		$made = ( new MatchEndings( $this->matches ) )->reassign( (int) $request['id'], (int) $request['mentor'], (string) $request['reason'], get_current_user_id() );
		if ( is_wp_error( $made ) ) {
			return $made;
		}
		return rest_ensure_response(
			array(
				'ended'   => $this->prepare_item_for_response( (array) $this->matches->find( (int) $request['id'] ), $request )->get_data(),
				'match'   => $made['match'] ?? null,
				'request' => $made['request'] ?? null,
			)
		);
	}

	/**
	 * The match as it is now, or the error that stopped the change.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @param true|WP_Error   $result
	 * @return WP_REST_Response|WP_Error
	 */
	private function respond( $request, $result ) {
		if ( is_wp_error( $result ) ) {
			return $result;
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
				'id'          => (int) $item['id'],
				'mentee'      => (int) $item['mentee_id'],
				'mentor'      => (int) $item['mentor_id'],
				'mentee_name' => DisplayName::of( (int) $item['mentee_id'] ),
				'mentor_name' => DisplayName::of( (int) $item['mentor_id'] ),
				'backup'      => null === $item['backup_mentor_id'] ? null : (int) $item['backup_mentor_id'],
				'source'      => (string) $item['source'],
				'status'      => (string) $item['status'],
				'end_reason'  => (string) $item['end_reason'],
				'created_at'  => mysql_to_rfc3339( (string) $item['created_at'] ),
				'updated_at'  => mysql_to_rfc3339( (string) $item['updated_at'] ),
			)
		);
		$response->add_link( 'self', rest_url( RestNamespace::V1 . '/matches/' . (int) $item['id'] ) );
		if ( Capabilities::can_coordinate() ) {
			$response->add_link( 'history', rest_url( RestNamespace::V1 . '/events?object_type=match&object_id=' . (int) $item['id'] ) );
		}
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
			'backup' => array(
				'type'    => 'integer',
				'minimum' => 1,
			),
			'status' => array(
				'type' => 'string',
				'enum' => array( 'proposed', 'active', 'completed', 'ended' ),
			),
			'source' => array(
				'type' => 'string',
				'enum' => MatchService::SOURCES,
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
				'id'          => array(
					'type'     => 'integer',
					'readonly' => true,
				),
				'mentee'      => array(
					'description' => __( 'The mentee’s user ID.', 'wayfinder' ),
					'type'        => 'integer',
				),
				'mentor'      => array(
					'description' => __( 'The primary mentor’s user ID.', 'wayfinder' ),
					'type'        => 'integer',
				),
				'mentee_name' => array( 'type' => 'string' ),
				'mentor_name' => array( 'type' => 'string' ),
				'backup'      => array(
					'description' => __( 'The backup mentor, who covers while the primary mentor is away.', 'wayfinder' ),
					'type'        => array( 'integer', 'null' ),
				),
				'source'      => array(
					'type' => 'string',
					'enum' => MatchService::SOURCES,
				),
				'status'      => array(
					'type' => 'string',
					'enum' => array( 'proposed', 'active', 'completed', 'ended' ),
				),
				'end_reason'  => array(
					'description' => __( 'Why the match ended: one of the end reasons, or mentor_declined for a declined proposal.', 'wayfinder' ),
					'type'        => 'string',
				),
				'created_at'  => array(
					'type'   => 'string',
					'format' => 'date-time',
				),
				'updated_at'  => array(
					'type'   => 'string',
					'format' => 'date-time',
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
