<?php
/**
 * A cohort's group sessions:
 * GET /wayfinder/v1/cohorts/<id>/sessions (coordinators, and the people who hold a place in it),
 * POST /wayfinder/v1/cohorts/<id>/sessions (coordinators: schedule one),
 * PUT /wayfinder/v1/sessions/<id> (change it), POST /wayfinder/v1/sessions/<id>/cancel,
 * GET /wayfinder/v1/sessions/<id>/invitation (its calendar invitation, text/calendar).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Paging;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class SessionsController extends WP_REST_Controller {

	public function __construct(
		private readonly SessionService $service = new SessionService(),
		private readonly SessionRepository $sessions = new SessionRepository(),
		private readonly Invitations $invitations = new Invitations(),
		private readonly CalendarFeed $feed = new CalendarFeed(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'sessions';
	}

	public function register_routes(): void {
		$id = array(
			'id' => array(
				'type'     => 'integer',
				'required' => true,
			),
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/sessions',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'read_permissions_check' ),
					'args'                => Paging::args(),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'write_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/sessions/(?P<id>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'write_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/sessions/(?P<id>[\d]+)/cancel',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'cancel' ),
				'permission_callback' => array( $this, 'write_permissions_check' ),
				'args'                => $id,
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/calendar/(?P<token>\d+-[a-z0-9]+)',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'feed' ),
				'permission_callback' => '__return_true', // The secret address is the permission: calendar apps send no cookies.
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/calendar/me/reset',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'reset_feed' ),
				'permission_callback' => array( $this, 'member_permissions_check' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/sessions/(?P<id>[\d]+)/invitation',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'invitation' ),
				'permission_callback' => array( $this, 'read_permissions_check' ),
				'args'                => $id,
			)
		);
	}

	/**
	 * A person's feed: public to whoever has its secret address (calendar apps send no cookies).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function feed( $request ) {
		$owner = $this->feed->owner( (string) $request['token'] );
		if ( null === $owner ) {
			return new WP_Error( 'wayfinder_calendar_not_found', __( 'This calendar address is not (or no longer) in use. Copy the current one from your My mentorship page.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		$response = new WP_REST_Response( $this->feed->ics( $owner ) );
		$response->header( 'Content-Type', 'text/calendar; charset=utf-8' );
		$response->header( 'Cache-Control', 'private, max-age=900' );
		return $response;
	}

	/**
	 * A new feed address for the person asking; the old one stops working.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response
	 */
	public function reset_feed( $request ): WP_REST_Response {
		$user_id = get_current_user_id();
		$this->feed->reset( $user_id );
		return rest_ensure_response( array( 'url' => $this->feed->url( $user_id ) ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function member_permissions_check( $request ) {
		return Capabilities::can_take_part() ? true : Capabilities::take_part_error( __( 'Log in to manage your calendar address.', 'wayfinder' ) );
	}

	/**
	 * Coordinators, and whoever holds a place in the session's cohort.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function read_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to see your cohort\'s sessions.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		$cohort = isset( $request['cohort'] ) ? (int) $request['cohort'] : (int) ( $this->sessions->find( (int) $request['id'] )->cohort_id ?? 0 );
		if ( $cohort > 0 && $this->service->takes_part( $cohort, get_current_user_id() ) ) {
			return true;
		}
		// Someone outside the cohort may not learn that the session exists.
		return new WP_Error( 'wayfinder_session_not_found', __( 'There is no such session, or you do not take part in its cohort.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function write_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators plan a cohort\'s group sessions.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
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
		$per_page = (int) $request['per_page'];
		$items    = array_map(
			fn ( Session $session ): array => (array) $this->prepare_response_for_collection( $this->prepare_item_for_response( $session, $request ) ),
			$this->sessions->of_cohort( $cohort->id, (int) $request['page'], $per_page )
		);
		return Paging::add_headers( rest_ensure_response( $items ), $this->sessions->count_of_cohort( $cohort->id ), $per_page );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$session = $this->service->schedule_group( (int) $request['cohort'], self::fields( $request ), get_current_user_id() );
		if ( is_wp_error( $session ) ) {
			return $session;
		}
		$response = $this->prepare_item_for_response( $session, $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * A change names every field it changes; the others stay as they are.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$saved = $this->sessions->find( (int) $request['id'] );
		if ( null === $saved ) {
			return Session::not_found();
		}
		$session = $this->service->change( $saved->id, self::fields( $request, $saved ), get_current_user_id() );
		return is_wp_error( $session ) ? $session : $this->prepare_item_for_response( $session, $request );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function cancel( $request ) {
		$session = $this->service->cancel( (int) $request['id'], get_current_user_id() );
		return is_wp_error( $session ) ? $session : $this->prepare_item_for_response( $session, $request );
	}

	/**
	 * The invitation as text/calendar (served as it is by serve_calendar()).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function invitation( $request ) {
		$session = $this->sessions->find( (int) $request['id'] );
		$cohort  = null === $session ? null : CohortPostType::find( $session->cohort_id );
		if ( null === $session || null === $cohort ) {
			return Session::not_found();
		}
		$response = new WP_REST_Response( $this->invitations->download( $session, $cohort ) );
		$response->header( 'Content-Type', 'text/calendar; charset=utf-8' );
		$response->header( 'Content-Disposition', sprintf( 'attachment; filename="session-%d.ics"', $session->id ) );
		return $response;
	}

	/**
	 * Sends the invitation's text as it is, instead of as a JSON string (hooked on rest_pre_serve_request).
	 *
	 * @param bool             $served  Whether the request was served already.
	 * @param mixed            $result  The response.
	 * @param WP_REST_Request  $request The request.
	 * @param \WP_REST_Server  $server  The server.
	 */
	public static function serve_calendar( $served, $result, $request, $server ): bool {
		if ( $served || ! $result instanceof WP_REST_Response || 200 !== $result->get_status() || 1 !== preg_match( '#^/' . preg_quote( RestNamespace::V1, '#' ) . '/(sessions/\d+/invitation|calendar/\d+-[a-z0-9]+)$#', (string) $request->get_route() ) ) {
			return (bool) $served;
		}
		$server->send_header( 'Content-Type', 'text/calendar; charset=utf-8' );
		echo (string) $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- iCalendar text, not HTML; ICalendar escapes its values.
		return true;
	}

	/**
	 * @param WP_REST_Request $request The request.
	 * @param Session|null    $saved   The session as saved, for the fields a change leaves out.
	 * @return array{starts: int, minutes: int, title: string, location: string, agenda: string}
	 */
	private static function fields( $request, ?Session $saved = null ): array {
		$starts = isset( $request['starts'] ) ? (int) strtotime( (string) $request['starts'] ) : ( $saved->starts ?? 0 );
		return array(
			'starts'   => $starts,
			'minutes'  => isset( $request['minutes'] ) ? (int) $request['minutes'] : ( $saved->minutes ?? 60 ),
			'title'    => isset( $request['title'] ) ? (string) $request['title'] : ( $saved->title ?? __( 'Group session', 'wayfinder' ) ),
			'location' => isset( $request['location'] ) ? (string) $request['location'] : ( $saved->location ?? '' ),
			'agenda'   => isset( $request['agenda'] ) ? (string) $request['agenda'] : ( $saved->agenda ?? '' ),
		);
	}

	/**
	 * @param Session         $item    The session.
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		return rest_ensure_response(
			array(
				'id'         => $item->id,
				'cohort'     => $item->cohort_id,
				'kind'       => $item->kind,
				'title'      => $item->title,
				'starts'     => gmdate( 'Y-m-d\TH:i:s\Z', $item->starts ),
				'minutes'    => $item->minutes,
				'location'   => $item->location,
				'agenda'     => $item->agenda,
				'status'     => $item->status,
				'sequence'   => $item->sequence,
				'invitation' => rest_url( RestNamespace::V1 . '/sessions/' . $item->id . '/invitation' ),
			)
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'wayfinder-session',
				'type'       => 'object',
				'properties' => array(
					'id'         => array(
						'description' => __( 'The session\'s ID.', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'cohort'     => array(
						'description' => __( 'The cohort (its post ID).', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'kind'       => array(
						'description' => __( 'group: the whole cohort.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array( Session::GROUP, Session::ONE_TO_ONE ),
						'readonly'    => true,
					),
					'title'      => array(
						'description' => __( 'What the session is about, e.g. "How the project works".', 'wayfinder' ),
						'type'        => 'string',
						'minLength'   => 1,
						'maxLength'   => 200,
						'default'     => __( 'Group session', 'wayfinder' ),
					),
					'starts'     => array(
						'description' => __( 'When it starts: a date and time with its offset, e.g. 2027-03-09T17:00:00Z (stored in UTC; everyone sees it in their own time zone).', 'wayfinder' ),
						'type'        => 'string',
						'format'      => 'date-time',
						'required'    => true,
					),
					'minutes'    => array(
						'description' => __( 'How long it lasts, in minutes.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => SessionService::SHORTEST,
						'maximum'     => SessionService::LONGEST,
						'default'     => 60,
					),
					'location'   => array(
						'description' => __( 'Where: a link to the call, or a place.', 'wayfinder' ),
						'type'        => 'string',
						'maxLength'   => 500,
						'default'     => '',
					),
					'agenda'     => array(
						'description' => __( 'What will happen, for everyone invited.', 'wayfinder' ),
						'type'        => 'string',
						'maxLength'   => 5000,
						'default'     => '',
					),
					'status'     => array(
						'description' => __( 'scheduled, or cancelled.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array( Session::SCHEDULED, Session::CANCELLED ),
						'readonly'    => true,
					),
					'sequence'   => array(
						'description' => __( 'How many times it changed (the invitation\'s SEQUENCE).', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'invitation' => array(
						'description' => __( 'Where to download its calendar invitation (.ics).', 'wayfinder' ),
						'type'        => 'string',
						'format'      => 'uri',
						'readonly'    => true,
					),
				),
			)
		);
	}
}
