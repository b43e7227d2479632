<?php
/**
 * GET /wayfinder/v1/people: the coordinator's list of mentors or mentees, paged, sorted and filtered
 * in the database (see PeopleDirectory). Names only: never an email address.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Matching\Mentor;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Paging;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class PeopleController extends WP_REST_Controller {

	public function __construct( private readonly PeopleDirectory $people = new PeopleDirectory() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'people';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/' . $this->rest_base,
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
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can list the program’s people. Ask a site admin for the Mentoring coordinator role.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$query   = new PeopleQuery(
			(string) $request['role'],
			isset( $request['status'] ) ? (string) $request['status'] : null,
			isset( $request['load'] ) ? (string) $request['load'] : null,
			trim( (string) $request['search'] ),
			(string) $request['orderby'],
			(string) $request['order']
		);
		$invalid = self::check_combination( $query );
		if ( $invalid ) {
			return $invalid;
		}
		$per_page             = (int) $request['per_page'];
		list( $rows, $total ) = $this->people->page( $query, (int) $request['page'], $per_page );
		$items                = array_map( fn ( PersonRow $row ) => $this->prepare_response_for_collection( $this->prepare_item_for_response( $row, $request ) ), $rows );
		return Paging::add_headers( rest_ensure_response( $items ), $total, $per_page );
	}

	/** Statuses and sort orders belong to one side: a mentor is never "waiting", a mentee has no load. */
	private static function check_combination( PeopleQuery $query ): ?WP_Error {
		$mentors  = $query->mentors();
		$statuses = $mentors ? PeopleDirectory::MENTOR_STATUSES : PeopleDirectory::MENTEE_STATUSES;
		$orders   = $mentors ? PeopleDirectory::MENTOR_ORDERS : PeopleDirectory::MENTEE_ORDERS;
		if ( null !== $query->status && ! in_array( $query->status, $statuses, true ) ) {
			return new WP_Error(
				'wayfinder_invalid_filter',
				/* translators: 1: the status sent, 2: the statuses of the people listed. */
				sprintf( __( '“%1$s” is not a status of the people in this list. Use one of: %2$s.', 'wayfinder' ), $query->status, implode( ', ', $statuses ) ),
				array( 'status' => 400 )
			);
		}
		if ( ! $mentors && null !== $query->load ) {
			return new WP_Error( 'wayfinder_invalid_filter', __( 'Only mentors have a load. Leave out “load” when listing mentees.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( ! in_array( $query->orderby, $orders, true ) ) {
			return new WP_Error(
				'wayfinder_invalid_filter',
				/* translators: 1: the sort order sent, 2: the sort orders of the people listed. */
				sprintf( __( 'This list cannot be sorted by “%1$s”. Use one of: %2$s.', 'wayfinder' ), $query->orderby, implode( ', ', $orders ) ),
				array( 'status' => 400 )
			);
		}
		return null;
	}

	/**
	 * @param PersonRow       $item    A person from PeopleDirectory.
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		$id      = $item->id;
		$mentor  = $item->mentor;
		$matched = ! $mentor && null !== $item->match_id;
		$date    = static fn ( ?string $value ): ?string => null === $value ? null : mysql_to_rfc3339( $value );
		$data    = array(
			'id'            => $id,
			'name'          => $item->name,
			'role'          => $mentor ? 'mentor' : 'mentee',
			'status'        => $mentor ? self::mentor_status( $item ) : self::mentee_status( $item ),
			'capacity'      => $mentor ? $item->capacity : null,
			'load'          => $mentor ? $item->load : null,
			'weight'        => $mentor ? $item->weight : null,
			'away_until'    => null,
			'mentor'        => ! $mentor ? $item->mentor_id : null,
			'mentor_name'   => ! $mentor && null !== $item->mentor_id ? (string) $item->mentor_name : null,
			'match'         => $matched ? $item->match_id : null,
			'match_status'  => $matched ? $item->match_status : null,
			'source'        => $matched ? $item->source : null,
			'waiting_since' => $mentor ? null : $date( $item->waiting_since ),
			'last_activity' => $date( self::latest( array( $item->updated_at, $item->acted_at, $item->match_event_at, $item->request_event_at ) ) ),
		);
		if ( 'away' === $data['status'] && null !== $item->away_until ) {
			$data['away_until'] = $item->away_until;
		}
		$response = rest_ensure_response( $data );
		$response->add_link( 'self', rest_url( RestNamespace::V1 . '/profiles/' . $id ) );
		$response->add_link( 'matches', rest_url( RestNamespace::V1 . '/matches?' . ( $mentor ? 'mentor=' : 'mentee=' ) . $id ) );
		$response->add_link( 'history', rest_url( RestNamespace::V1 . '/events?person=' . $id ) );
		if ( null !== $data['mentor'] ) {
			$response->add_link( 'mentor', rest_url( RestNamespace::V1 . '/profiles/' . $data['mentor'] ), array( 'embeddable' => true ) );
		}
		return $response;
	}

	/**
	 * Away through the absence's last day in the mentor's time zone, available after it (the one
	 * rule, Matching\Absence; the hourly job that ends past absences may not have run yet).
	 */
	private static function mentor_status( PersonRow $item ): string {
		if ( 'away' === $item->mentor_status && \Wayfinder\Matching\Absence::takes_mentees( $item->mentor_status, $item->away_until, $item->timezone, time() ) ) {
			return 'available';
		}
		return $item->mentor_status;
	}

	private static function mentee_status( PersonRow $item ): string {
		if ( null !== $item->match_id ) {
			return 'matched';
		}
		return null === $item->waiting_since ? 'none' : 'waiting';
	}

	/**
	 * The newest of some MySQL UTC datetimes ("Y-m-d H:i:s" sorts as text), or null.
	 *
	 * @param list<string|null> $times
	 */
	private static function latest( array $times ): ?string {
		$times = array_filter( $times, static fn ( ?string $time ): bool => null !== $time && '' !== $time );
		return array() === $times ? null : max( $times );
	}

	/**
	 * The list's parameters, from the query's schema (whose status is the item schema's own).
	 *
	 * @return array<string, mixed>
	 */
	public function get_collection_params(): array {
		return Paging::args() + rest_get_endpoint_args_for_schema( $this->get_query_schema(), WP_REST_Server::CREATABLE );
	}

	/**
	 * What a People query may say, as a JSON schema: the route's arguments come from it.
	 *
	 * @return array<string, mixed>
	 */
	public function get_query_schema(): array {
		$status = $this->get_item_schema()['properties']['status'];
		unset( $status['readonly'] );
		return array(
			'$schema'              => 'http://json-schema.org/draft-04/schema#',
			'title'                => 'wayfinder-people-query',
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'role'    => array(
					'description' => __( 'Whom to list: mentors (people with the mentor capability) or mentees (everyone else with a mentoring profile, and anyone who sought, asked for or had a mentor).', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => PeopleDirectory::ROLES,
					'default'     => 'mentors',
				),
				'status'  => array( 'description' => __( 'Mentors: available, away or retired. Mentees: waiting, matched or none.', 'wayfinder' ) ) + $status,
				'load'    => array(
					'description' => __( 'Mentors only, as the Overview counts them: free (no mentee yet), some (room left), full, away (away or stopped).', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => PeopleDirectory::LOADS,
				),
				'search'  => array(
					'description' => __( 'Only people whose display name contains this text.', 'wayfinder' ),
					'type'        => 'string',
					'maxLength'   => 100,
					'default'     => '',
					'arg_options' => array(
						// A sanitize_callback replaces WordPress's schema check, so the check is named again.
						'validate_callback' => 'rest_validate_request_arg',
						'sanitize_callback' => 'sanitize_text_field',
					),
				),
				'orderby' => array(
					'description' => __( 'Sort by name (both), load (mentors) or waiting_since (mentees; people not waiting come last).', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => array_values( array_unique( array_merge( PeopleDirectory::MENTOR_ORDERS, PeopleDirectory::MENTEE_ORDERS ) ) ),
					'default'     => 'name',
				),
				'order'   => array(
					'description' => __( 'Ascending or descending.', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => array( 'asc', 'desc' ),
					'default'     => 'asc',
				),
			),
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$nullable     = static fn ( string $type, string $description, array $more = array() ): array => array(
			'description' => $description,
			'type'        => array( $type, 'null' ),
			'readonly'    => true,
		) + $more;
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-person',
			'type'       => 'object',
			'properties' => array(
				'id'            => array(
					'description' => __( 'The user’s ID.', 'wayfinder' ),
					'type'        => 'integer',
					'readonly'    => true,
				),
				'name'          => array(
					'description' => __( 'Display name.', 'wayfinder' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'role'          => array(
					'type'     => 'string',
					'enum'     => array( 'mentor', 'mentee' ),
					'readonly' => true,
				),
				'status'        => array(
					'description' => __( 'Mentors: available, away (through the end date of the absence; available the day after) or retired. Mentees: matched (a proposed or active match), waiting (an open request and no match) or none.', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => array_merge( PeopleDirectory::MENTOR_STATUSES, PeopleDirectory::MENTEE_STATUSES ),
					'readonly'    => true,
				),
				'capacity'      => $nullable( 'integer', __( 'Mentors: how many mentees they take at once.', 'wayfinder' ) ),
				'load'          => $nullable( 'integer', __( 'Mentors: their proposed and active matches now.', 'wayfinder' ) ),
				'weight'        => $nullable( 'string', __( 'Mentors: how strongly the matching engine prefers them.', 'wayfinder' ), array( 'enum' => array_merge( Mentor::WEIGHTS, array( null ) ) ) ),
				'away_until'    => $nullable( 'string', __( 'Mentors who are away: the date their absence ends, if they gave one.', 'wayfinder' ), array( 'format' => 'date' ) ),
				'mentor'        => $nullable( 'integer', __( 'Mentees: the user ID of their current mentor.', 'wayfinder' ) ),
				'mentor_name'   => $nullable( 'string', __( 'Mentees: their current mentor’s display name.', 'wayfinder' ) ),
				'match'         => $nullable( 'integer', __( 'Mentees: their current match.', 'wayfinder' ) ),
				'match_status'  => $nullable( 'string', __( 'Mentees: proposed or active.', 'wayfinder' ), array( 'enum' => array( 'proposed', 'active', null ) ) ),
				'source'        => $nullable( 'string', __( 'Mentees: how their current match started.', 'wayfinder' ), array( 'enum' => array_merge( MatchService::SOURCES, array( null ) ) ) ),
				'waiting_since' => $nullable( 'string', __( 'Waiting mentees: when their oldest open request was made.', 'wayfinder' ), array( 'format' => 'date-time' ) ),
				'last_activity' => $nullable( 'string', __( 'The latest of their profile’s last change and the newest audit event by them or about their matches and requests.', 'wayfinder' ), array( 'format' => 'date-time' ) ),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
