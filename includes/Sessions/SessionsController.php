<?php
/**
 * A cohort's sessions:
 * GET /wayfinder/v1/cohorts/<id>/sessions (coordinators: all; the people who hold a place in it: the
 * sessions they are invited to),
 * POST /wayfinder/v1/cohorts/<id>/sessions (kind group: coordinators; kind one_to_one with a mentee:
 * their mentor in the cohort or a coordinator; kind project_group: the group's leader or a coordinator),
 * PUT /wayfinder/v1/sessions/<id> (change it), POST /wayfinder/v1/sessions/<id>/cancel (coordinators,
 * and the mentor of their own 1:1 or project group's session),
 * GET /wayfinder/v1/sessions/<id>/invitation (its calendar invitation, text/calendar: whoever is invited).
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
		private readonly MentorSessions $mentor_sessions = new MentorSessions(),
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
					'permission_callback' => array( $this, 'create_permissions_check' ),
					'args'                => $this->create_args(),
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
					'permission_callback' => array( $this, 'manage_permissions_check' ),
					'args'                => array_diff_key( $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ), array( 'kind' => true ) ),
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
				'permission_callback' => array( $this, 'manage_permissions_check' ),
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
		if ( isset( $request['cohort'] ) ) {
			if ( $this->service->takes_part( (int) $request['cohort'], get_current_user_id() ) ) {
				return true;
			}
		} else {
			// A session: whoever is invited to it (a 1:1 is its two people's alone).
			$session = $this->sessions->find( (int) $request['id'] );
			if ( null !== $session && $this->service->is_invited( $session, get_current_user_id() ) ) {
				return true;
			}
		}
		// Someone outside the cohort may not learn that the session exists.
		return new WP_Error( 'wayfinder_session_not_found', __( 'There is no such session, or you do not take part in its cohort.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	/**
	 * Group sessions: coordinators. A 1:1: the mentee's mentor in the cohort, or a coordinator. A project
	 * group's session: its leader, or a coordinator.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function create_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		$kind = (string) ( $request['kind'] ?? Session::GROUP );
		$me   = get_current_user_id();
		if ( Session::GROUP === $kind || 0 === $me ) {
			return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators plan a cohort\'s group sessions.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
		}
		if ( Session::ONE_TO_ONE === $kind ) {
			return $this->mentor_sessions->may_propose_one_to_one( (int) $request['cohort'], (int) ( $request['mentee'] ?? 0 ), $me )
				? true
				: new WP_Error( 'wayfinder_not_their_mentor', __( 'Only the mentee\'s mentor in this cohort, or a coordinator, plans their 1:1 sessions.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		return $this->mentor_sessions->may_propose_for_group( (int) ( $request['leader'] ?? $me ), $me )
			? true
			: new WP_Error( 'wayfinder_not_the_leader', __( 'Only the mentor who leads a project group, or a coordinator, plans its sessions.', 'wayfinder' ), array( 'status' => 403 ) );
	}

	/**
	 * Coordinators; and the mentor of their own 1:1 or project group's session.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function manage_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		$session = is_user_logged_in() ? $this->sessions->find( (int) $request['id'] ) : null;
		if ( null !== $session && $this->service->may_manage( $session, get_current_user_id() ) ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators, and the mentor of their own 1:1 or project group, change or cancel a session.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * The creation's arguments: the schema's, where `starts` may be left empty for `local_starts` (a
	 * page form's own date and time, in the proposer's time zone).
	 *
	 * @return array<string, mixed>
	 */
	private function create_args(): array {
		$args                                = $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE );
		$args['starts']['required']          = false;
		$args['starts']['type']              = array( 'string', 'null' );
		$args['starts']['validate_callback'] = static fn ( $value ): bool => null === $value || '' === $value || ( is_string( $value ) && false !== rest_parse_date( $value ) );
		unset( $args['starts']['format'] );
		$args['local_starts']                = array(
			'description' => __( 'When it starts as a date and time on your own clock (your profile\'s time zone), e.g. 2027-03-29T11:00; used when starts is empty.', 'wayfinder' ),
			'type'        => array( 'string', 'null' ),
			'pattern'     => '^(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?)?$',
		);
		$args['mentee']                      = array(
			'description' => __( 'For a 1:1: the mentee (user ID).', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		$args['leader']                      = array(
			'description' => __( 'For a project group\'s session: the mentor who leads the group (user ID; default: you).', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		return $args;
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
		$me       = get_current_user_id();
		// Coordinators see every session; a member, those they are invited to (never another pair's 1:1).
		$all   = Capabilities::can_coordinate();
		$items = array_map(
			fn ( Session $session ): array => (array) $this->prepare_response_for_collection( $this->prepare_item_for_response( $session, $request ) ),
			$all ? $this->sessions->of_cohort( $cohort->id, (int) $request['page'], $per_page ) : $this->service->visible_to( $cohort->id, $me, (int) $request['page'], $per_page )
		);
		return Paging::add_headers( rest_ensure_response( $items ), $all ? $this->sessions->count_of_cohort( $cohort->id ) : $this->service->count_visible_to( $cohort->id, $me ), $per_page );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$fields = self::fields( $request );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$me      = get_current_user_id();
		$session = match ( (string) ( $request['kind'] ?? Session::GROUP ) ) {
			Session::ONE_TO_ONE    => isset( $request['mentee'] )
				? $this->mentor_sessions->propose_one_to_one( (int) $request['cohort'], (int) $request['mentee'], $fields, $me )
				: new WP_Error( 'wayfinder_mentee_missing', __( 'Say whom the 1:1 is with: choose the mentee.', 'wayfinder' ), array( 'status' => 400 ) ),
			Session::PROJECT_GROUP => $this->mentor_sessions->schedule_for_group( (int) $request['cohort'], (int) ( $request['leader'] ?? $me ), $fields, $me ),
			default                => $this->service->schedule_group( (int) $request['cohort'], $fields, $me ),
		};
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
		$fields = self::fields( $request, $saved );
		if ( is_wp_error( $fields ) ) {
			return $fields;
		}
		$session = $this->service->change( $saved->id, $fields, get_current_user_id() );
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
	 * @return array{starts: int, minutes: int, title: string, location: string, agenda: string}|WP_Error
	 */
	private static function fields( $request, ?Session $saved = null ) {
		if ( '' !== (string) ( $request['starts'] ?? '' ) ) {
			$starts = (int) strtotime( (string) $request['starts'] );
		} elseif ( '' !== (string) ( $request['local_starts'] ?? '' ) ) {
			// A page form's date and time, on the proposer's own clock.
			$zone   = SuggestedTimes::zone( ( new \Wayfinder\Profiles\ProfileRepository() )->find( get_current_user_id() )->timezone );
			$local  = date_create_immutable( (string) $request['local_starts'], $zone );
			$starts = false === $local ? 0 : $local->getTimestamp();
		} elseif ( null !== $saved ) {
			$starts = $saved->starts;
		} else {
			return new WP_Error( 'wayfinder_session_time_missing', __( 'Choose when the session starts: one of the suggested times, or a date and time of your own.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$group = Session::GROUP === (string) ( $saved->kind ?? $request['kind'] ?? Session::GROUP );
		$title = isset( $request['title'] ) ? (string) $request['title'] : ( $saved->title ?? '' );
		// A blank title on a change keeps the one it had (a new mentor's session is named below).
		$title = '' === trim( $title ) && null !== $saved ? $saved->title : $title;
		return array(
			'starts'   => $starts,
			'minutes'  => isset( $request['minutes'] ) ? (int) $request['minutes'] : ( $saved->minutes ?? 60 ),
			// A mentor's session without a title gets one naming its people (MentorSessions).
			'title'    => '' === trim( $title ) && $group ? __( 'Group session', 'wayfinder' ) : $title,
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
				'mentor'     => $item->mentor_id,
				'mentee'     => $item->mentee_id,
				'title'      => $item->title,
				'starts'     => gmdate( 'Y-m-d\TH:i:s\Z', $item->starts ),
				'minutes'    => $item->minutes,
				'location'   => $item->location,
				'agenda'     => $item->agenda,
				'status'     => $item->status,
				'sequence'   => $item->sequence,
				'notes'      => $item->notes,
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
						'description' => __( 'group: the whole cohort; one_to_one: a mentor and their mentee; project_group: a project group and its leader. Set when the session is planned.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => Session::KINDS,
						'default'     => Session::GROUP,
					),
					'mentor'     => array(
						'description' => __( 'The mentor of a 1:1, or the leader of a project group (0 for a group session).', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'mentee'     => array(
						'description' => __( 'The mentee of a 1:1 (null otherwise).', 'wayfinder' ),
						'type'        => array( 'integer', 'null' ),
						'readonly'    => true,
					),
					'notes'      => array(
						'description' => __( 'Notes kept after the session by its mentor or a coordinator (PUT /sessions/<id>/notes).', 'wayfinder' ),
						'type'        => 'string',
						'readonly'    => true,
					),
					'title'      => array(
						'description' => __( 'What the session is about, e.g. "How the project works".', 'wayfinder' ),
						'type'        => 'string',
						'maxLength'   => 200,
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
