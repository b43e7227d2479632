<?php
/**
 * /wayfinder/v1/matches: the matches between mentors and mentees.
 *
 * Coordinators see every match and propose new ones; mentors and mentees see their own, and a backup
 * mentor the matches they cover. The mentor (or a coordinator) confirms or declines a proposal; either
 * side, or a coordinator, can end a match; the mentor or a coordinator names a backup mentor. Each
 * route's arguments come from its schema; the emails are sent by the notifications that listen to the
 * match events, never from here.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Paging;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class MatchesController extends WP_REST_Controller {

	/**
	 * The matches of the page being listed, by ID (only while get_items() prepares them).
	 *
	 * @var array<int, MatchRecord>
	 */
	private array $listed = array();

	public function __construct(
		private readonly MatchService $matches = new MatchService(),
		private readonly ProfileRepository $profiles = new ProfileRepository(),
	) {
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
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
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
					'args'                => $this->id_arg(),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		$actions = array(
			'confirm'  => array( 'confirm_item', 'answer_permissions_check' ),
			'decline'  => array( 'decline_item', 'answer_permissions_check' ),
			'backup'   => array( 'backup_item', 'answer_permissions_check' ),
			'reassign' => array( 'reassign_item', 'create_item_permissions_check' ),
			'end'      => array( 'end_item', 'end_item_permissions_check' ),
		);
		foreach ( $actions as $action => list( $callback, $permission ) ) {
			register_rest_route(
				RestNamespace::V1,
				'/matches/(?P<id>[\d]+)/' . $action,
				array(
					array(
						'methods'             => WP_REST_Server::CREATABLE,
						'callback'            => array( $this, $callback ),
						'permission_callback' => array( $this, $permission ),
						'args'                => $this->id_arg() + rest_get_endpoint_args_for_schema( $this->action_schema( $action ), WP_REST_Server::CREATABLE ),
					),
					'schema' => 'reassign' === $action ? fn (): array => $this->reassign_schema() : array( $this, 'get_public_item_schema' ),
				)
			);
		}
	}

	/** @return array<string, array<string, mixed>> */
	private function id_arg(): array {
		return array(
			'id' => array(
				'description' => __( 'The match’s ID.', 'wayfinder' ),
				'type'        => 'integer',
				'minimum'     => 1,
			),
		);
	}

	/**
	 * What each action on a match takes, as a JSON schema; the route's arguments are made from it.
	 *
	 * @return array<string, mixed>
	 */
	public function action_schema( string $action ): array {
		$mentor     = array(
			'description' => __( 'The new mentor’s user ID.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
			'required'    => true,
		);
		$reason     = array(
			'description' => __( 'Why the match ends. Required: there is no default reason.', 'wayfinder' ),
			'type'        => 'string',
			'enum'        => MatchEndings::REASONS,
			'required'    => true,
		);
		$properties = array(
			'confirm'  => array(),
			'decline'  => array(),
			'backup'   => array(
				'mentor' => array(
					'description' => __( 'The backup mentor’s user ID, or 0 to remove the backup.', 'wayfinder' ),
					'type'        => 'integer',
					'minimum'     => 0,
					'required'    => true,
				),
			),
			'reassign' => array(
				'mentor' => $mentor,
				'reason' => array( 'description' => __( 'Why the running match ends.', 'wayfinder' ) ) + $reason,
			),
			'end'      => array( 'reason' => $reason ),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-match-' . $action,
			'type'       => 'object',
			'properties' => $properties[ $action ],
		);
	}

	/** @return array<string, mixed> */
	private function reassign_schema(): array {
		return array(
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
		return $this->check_party( $request, true, __( 'Log in to see this match.', 'wayfinder' ) );
	}

	/**
	 * Either side, or a coordinator.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function end_item_permissions_check( $request ) {
		return $this->check_party( $request, false, __( 'Log in to end a match.', 'wayfinder' ) );
	}

	/**
	 * The match's mentor, or a coordinator: confirm or decline a proposal, name a backup.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function answer_permissions_check( $request ) {
		$allowed = $this->check_party( $request, true, __( 'Log in to answer for this match.', 'wayfinder' ) );
		if ( true !== $allowed || Capabilities::can_coordinate() || $this->matches->find( (int) $request['id'] )?->mentor_id === get_current_user_id() ) {
			return $allowed;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only the mentor of this match or a mentoring coordinator can do this.', 'wayfinder' ), array( 'status' => 403 ) );
	}

	/**
	 * Coordinators and the people of the match (with or without its backup mentor). Anyone else learns
	 * nothing, not even that the match exists.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	private function check_party( $request, bool $with_backup, string $log_in ) {
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( $log_in );
		}
		$match = $this->listed[ (int) $request['id'] ] ?? $this->matches->find( (int) $request['id'] );
		$me    = get_current_user_id();
		if ( null !== $match && ( Capabilities::can_coordinate() || in_array( $me, array( $match->mentee_id, $match->mentor_id ), true ) || ( $with_backup && $match->backup_mentor_id === $me ) ) ) {
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
		$per_page             = (int) $request['per_page'];
		list( $rows, $total ) = $this->matches->list( $filters, (int) $request['page'], $per_page );
		// The page's names and mentors' profiles in one query each, never a lookup per row.
		DisplayName::many( array_merge( ...array_map( static fn ( MatchRecord $match ): array => array( $match->mentee_id, $match->mentor_id, (int) $match->backup_mentor_id ), $rows ) ) );
		$this->profiles->find_many( array_map( static fn ( MatchRecord $match ): int => $match->mentor_id, $rows ) );
		// Each row's self link asks its permission check (the link's allowed methods): from the page, not the table.
		$this->listed = array_column( array_map( static fn ( MatchRecord $match ): array => array( $match->id, $match ), $rows ), 1, 0 );
		$items        = array_map( fn ( MatchRecord $match ) => $this->prepare_response_for_collection( $this->prepare_item_for_response( $match, $request ) ), $rows );
		$this->listed = array();
		return Paging::add_headers( rest_ensure_response( $items ), $total, $per_page );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		return $this->respond( $request, true );
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
		$request->set_param( 'id', $id );
		$response = $this->respond( $request, true );
		if ( $response instanceof WP_REST_Response ) {
			$response->set_status( 201 );
		}
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
	 * Declining a proposal ends it; automatic assignment looks after the mentee (see MatchEndings).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function decline_item( $request ) {
		return $this->respond( $request, ( new MatchEndings( $this->matches, $this->profiles ) )->decline( (int) $request['id'], get_current_user_id() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function backup_item( $request ) {
		return $this->respond( $request, $this->matches->set_backup( (int) $request['id'], (int) $request['mentor'], get_current_user_id() ) );
	}

	/**
	 * Either side ends with a reason of theirs (see MatchEndings); the response says what happens next
	 * for the mentee.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function end_item( $request ) {
		return $this->respond( $request, ( new MatchEndings( $this->matches, $this->profiles ) )->end( (int) $request['id'], (string) $request['reason'], get_current_user_id() ) );
	}

	/**
	 * A coordinator moves the mentee to another mentor (see MatchEndings::reassign).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function reassign_item( $request ) {
		$made = ( new MatchEndings( $this->matches, $this->profiles ) )->reassign( (int) $request['id'], (int) $request['mentor'], (string) $request['reason'], get_current_user_id() );
		if ( is_wp_error( $made ) ) {
			return $made;
		}
		$ended = $this->respond( $request, $made['ended'] );
		if ( is_wp_error( $ended ) ) {
			return $ended;
		}
		return rest_ensure_response(
			array(
				'ended'   => $ended->get_data(),
				'match'   => $made['match'] ?? null,
				'request' => $made['request'] ?? null,
			)
		);
	}

	/**
	 * The match as it is now, or the error that stopped the change; after an ending, with what
	 * happens next for the mentee.
	 *
	 * @param WP_REST_Request               $request Full details about the request.
	 * @param true|MatchEnded|WP_Error $result
	 * @return WP_REST_Response|WP_Error
	 */
	private function respond( $request, $result ) {
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$match = $this->matches->find( (int) $request['id'] );
		if ( null === $match ) {
			return new WP_Error( 'wayfinder_match_not_found', __( 'There is no such match.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$response = $this->prepare_item_for_response( $match, $request );
		if ( $result instanceof MatchEnded ) {
			$next = $result->next;
			$data = $response->get_data();
			assert( is_array( $data ) );
			$data['next'] = array(
				'status'      => $next->kind,
				'mentor'      => $next->mentor_id,
				'mentor_name' => null === $next->mentor_id ? null : DisplayName::of( $next->mentor_id ),
				'position'    => $next->position,
				'message'     => MatchEndings::next_sentence( $result ),
			);
			$response->set_data( $data );
		}
		return $response;
	}

	/**
	 * @param MatchRecord     $item    A match.
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		$mentor   = $this->profiles->find( $item->mentor_id );
		$away     = $item->is_open() && 'away' === $mentor->mentor_status && ! $mentor->available_now();
		$response = rest_ensure_response(
			array(
				'id'                => $item->id,
				'mentee'            => $item->mentee_id,
				'mentor'            => $item->mentor_id,
				'mentee_name'       => DisplayName::of( $item->mentee_id ),
				'mentor_name'       => DisplayName::of( $item->mentor_id ),
				'backup'            => $item->backup_mentor_id,
				'source'            => $item->source,
				'status'            => $item->status,
				'end_reason'        => $item->end_reason,
				'mentor_away'       => $away,
				'mentor_away_until' => $away ? $mentor->away_until : null,
				'covering_mentor'   => $away && null !== $item->backup_mentor_id ? DisplayName::of( $item->backup_mentor_id ) : null,
				'created_at'        => mysql_to_rfc3339( $item->created_at ),
				'updated_at'        => mysql_to_rfc3339( $item->updated_at ),
			)
		);
		$response->add_link( 'self', rest_url( RestNamespace::V1 . '/matches/' . $item->id ) );
		if ( Capabilities::can_coordinate() ) {
			$response->add_link( 'history', rest_url( RestNamespace::V1 . '/events?object_type=match&object_id=' . $item->id ) );
		}
		$response->add_link( 'mentee', rest_url( RestNamespace::V1 . '/profiles/' . $item->mentee_id ) );
		$response->add_link( 'mentor', rest_url( RestNamespace::V1 . '/profiles/' . $item->mentor_id ), array( 'embeddable' => true ) );
		return $response;
	}

	/** @return array<string, mixed> */
	public function get_collection_params(): array {
		$params = Paging::args();
		$schema = $this->get_item_schema()['properties'];
		$user   = array(
			'type'    => 'integer',
			'minimum' => 1,
		);
		return $params + array(
			'mentor' => array( 'description' => __( 'Only matches of this mentor.', 'wayfinder' ) ) + $user,
			'mentee' => array( 'description' => __( 'Only matches of this mentee.', 'wayfinder' ) ) + $user,
			'backup' => array( 'description' => __( 'Only matches this mentor covers as backup.', 'wayfinder' ) ) + $user,
			'status' => array_intersect_key( $schema['status'], array_flip( array( 'description', 'type', 'enum' ) ) ),
			'source' => array_intersect_key( $schema['source'], array_flip( array( 'description', 'type', 'enum' ) ) ),
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$read         = static fn ( array $field ): array => $field + array(
			'readonly' => true,
			'context'  => array( 'view', 'edit' ),
		);
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-match',
			'type'       => 'object',
			'properties' => array(
				'id'                => $read( array( 'type' => 'integer' ) ),
				'mentee'            => array(
					'description' => __( 'The mentee’s user ID.', 'wayfinder' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'required'    => true,
				),
				'mentor'            => array(
					'description' => __( 'The primary mentor’s user ID.', 'wayfinder' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'required'    => true,
				),
				'mentee_name'       => $read( array( 'type' => 'string' ) ),
				'mentor_name'       => $read( array( 'type' => 'string' ) ),
				'backup'            => $read(
					array(
						'description' => __( 'The backup mentor, who covers while the primary mentor is away.', 'wayfinder' ),
						'type'        => array( 'integer', 'null' ),
					)
				),
				'source'            => $read(
					array(
						'description' => __( 'How the match came about.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => MatchService::SOURCES,
					)
				),
				'status'            => $read(
					array(
						'description' => __( 'Proposed, active, completed or ended.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array( 'proposed', 'active', 'completed', 'ended' ),
					)
				),
				'end_reason'        => $read(
					array(
						'description' => __( 'Why the match ended: one of the end reasons, mentor_declined for a declined proposal, mentor_left when the mentor left the program, account_deleted.', 'wayfinder' ),
						'type'        => 'string',
					)
				),
				'mentor_away'       => $read(
					array(
						'description' => __( 'Whether the mentor of this running match is away now.', 'wayfinder' ),
						'type'        => 'boolean',
					)
				),
				'mentor_away_until' => $read(
					array(
						'description' => __( 'The last day the mentor is away; null when they are not away or gave no date.', 'wayfinder' ),
						'type'        => array( 'string', 'null' ),
						'format'      => 'date',
					)
				),
				'covering_mentor'   => $read(
					array(
						'description' => __( 'The name of the backup mentor who covers while the mentor is away; null when nobody covers.', 'wayfinder' ),
						'type'        => array( 'string', 'null' ),
					)
				),
				'next'              => $read(
					array(
						'description' => __( 'Only in the answer to ending, declining or moving a match: what happens next for the mentee.', 'wayfinder' ),
						'type'        => 'object',
						'properties'  => array(
							'status'      => array(
								'type' => 'string',
								'enum' => array( 'matched', 'proposed', 'requested', 'waiting', 'none' ),
							),
							'mentor'      => array( 'type' => array( 'integer', 'null' ) ),
							'mentor_name' => array( 'type' => array( 'string', 'null' ) ),
							'position'    => array( 'type' => array( 'integer', 'null' ) ),
							'message'     => array(
								'description' => __( 'What happens next, as a sentence, e.g. “Jonas will get a new mentor: they wait in the queue as number 2.”', 'wayfinder' ),
								'type'        => 'string',
							),
						),
					)
				),
				'created_at'        => $read(
					array(
						'type'   => 'string',
						'format' => 'date-time',
					)
				),
				'updated_at'        => $read(
					array(
						'type'   => 'string',
						'format' => 'date-time',
					)
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
