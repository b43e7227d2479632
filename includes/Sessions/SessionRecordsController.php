<?php
/**
 * What happened at a session, and when the next can be:
 * GET /wayfinder/v1/sessions/<id>/attendance (its mentees and what is recorded: coordinators and the session's mentor),
 * POST /wayfinder/v1/sessions/<id>/attendance (record that a mentee attended or missed it: see Attendance),
 * POST /wayfinder/v1/sessions/<id>/attendance/me (a mentee: "I was there"),
 * PUT /wayfinder/v1/sessions/<id>/notes (its mentor or a coordinator),
 * GET /wayfinder/v1/cohorts/<id>/sessions/suggestions?mentee=<id>&minutes=60 (times both people are
 * free: the mentee's mentor in the cohort, or a coordinator).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class SessionRecordsController {

	public function __construct(
		private readonly Attendance $attendance = new Attendance(),
		private readonly AttendanceRepository $records = new AttendanceRepository(),
		private readonly SessionService $service = new SessionService(),
		private readonly SessionRepository $sessions = new SessionRepository(),
		private readonly SuggestedTimes $suggestions = new SuggestedTimes(),
		private readonly CohortPairs $pairs = new CohortPairs(),
	) {
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
			'/sessions/(?P<id>[\d]+)/attendance',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'list_attendance' ),
					'permission_callback' => array( $this, 'manage_permissions_check' ),
					'args'                => $id,
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'record' ),
					'permission_callback' => array( $this, 'record_permissions_check' ),
					'args'                => $id + array(
						'mentee' => array(
							'description' => __( 'The mentee (user ID).', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
							'required'    => true,
						),
						'status' => array(
							'description' => __( 'attended, or missed.', 'wayfinder' ),
							'type'        => 'string',
							'enum'        => Attendance::STATUSES,
							'required'    => true,
						),
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/sessions/(?P<id>[\d]+)/attendance/me',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'confirm' ),
				'permission_callback' => array( $this, 'member_permissions_check' ),
				'args'                => $id,
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/sessions/(?P<id>[\d]+)/notes',
			array(
				'methods'             => WP_REST_Server::EDITABLE,
				'callback'            => array( $this, 'notes' ),
				'permission_callback' => array( $this, 'manage_permissions_check' ),
				'args'                => $id + array(
					'notes' => array(
						'description' => __( 'Notes of the session, for its mentor, mentees and coordinators.', 'wayfinder' ),
						'type'        => 'string',
						'maxLength'   => 10000,
						'required'    => true,
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/sessions/suggestions',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'suggest' ),
				'permission_callback' => array( $this, 'suggest_permissions_check' ),
				'args'                => array(
					'mentee'  => array(
						'description' => __( 'The mentee (user ID); the other person is their mentor in the cohort.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'required'    => true,
					),
					'minutes' => array(
						'description' => __( 'How long the session lasts, in minutes.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => SessionService::SHORTEST,
						'maximum'     => SessionService::LONGEST,
						'default'     => 60,
					),
					'count'   => array(
						'description' => __( 'How many times to suggest at most.', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => 20,
						'default'     => 5,
					),
				),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function member_permissions_check( $request ) {
		return Capabilities::can_take_part() ? true : Capabilities::take_part_error( __( 'Log in to confirm that you were at a session.', 'wayfinder' ) );
	}

	/**
	 * Coordinators, and the mentor of their own 1:1 or project group's session.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function manage_permissions_check( $request ) {
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to see your sessions.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		$session = $this->sessions->find( (int) $request['id'] );
		if ( null === $session ) {
			return Session::not_found();
		}
		return $this->service->may_manage( $session, get_current_user_id() )
			? true
			: new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators, and the mentor of their own 1:1 or project group, keep a session\'s notes and attendance.', 'wayfinder' ), array( 'status' => 403 ) );
	}

	/**
	 * The session's mentor (1:1, project group), the mentee's mentor (a whole-cohort session), or a coordinator.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function record_permissions_check( $request ) {
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to record who attended.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		$session = $this->sessions->find( (int) $request['id'] );
		if ( null === $session ) {
			return Session::not_found();
		}
		return $this->attendance->may_record( $session, (int) $request['mentee'], get_current_user_id() )
			? true
			: new WP_Error( 'wayfinder_not_your_session', __( 'Only the session\'s mentor, the mentee\'s mentor or a coordinator records who attended.', 'wayfinder' ), array( 'status' => 403 ) );
	}

	/**
	 * The mentee's mentor in the cohort, or a coordinator.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function suggest_permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to plan a session.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		return $this->pairs->mentors( (int) $request['cohort'], get_current_user_id(), (int) $request['mentee'] )
			? true
			: new WP_Error( 'wayfinder_not_their_mentor', __( 'Only the mentee\'s mentor in this cohort, or a coordinator, plans their 1:1 sessions.', 'wayfinder' ), array( 'status' => 403 ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function list_attendance( $request ) {
		$session = $this->sessions->find( (int) $request['id'] );
		if ( null === $session ) {
			return Session::not_found();
		}
		$recorded = $this->records->of_session( $session->id );
		$people   = array();
		foreach ( $this->attendance->mentees( $session ) as $user_id ) {
			$people[] = self::shape( $user_id, $recorded[ $user_id ] ?? null );
		}
		return rest_ensure_response( $people );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function record( $request ) {
		$row = $this->attendance->record( (int) $request['id'], (int) $request['mentee'], (string) $request['status'], get_current_user_id() );
		return is_wp_error( $row ) ? $row : rest_ensure_response( self::shape( $row['user_id'], $row ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function confirm( $request ) {
		$row = $this->attendance->confirm( (int) $request['id'], get_current_user_id() );
		return is_wp_error( $row ) ? $row : rest_ensure_response( self::shape( $row['user_id'], $row ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function notes( $request ) {
		$session = $this->service->keep_notes( (int) $request['id'], sanitize_textarea_field( (string) $request['notes'] ) );
		return is_wp_error( $session ) ? $session : rest_ensure_response(
			array(
				'id'    => $session->id,
				'notes' => $session->notes,
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function suggest( $request ) {
		$cohort = CohortPostType::find( (int) $request['cohort'] );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$mentee = (int) $request['mentee'];
		$mentor = $this->pairs->mentor_of( $cohort->id, $mentee );
		if ( 0 === $mentor ) {
			return new WP_Error( 'wayfinder_no_cohort_mentor', __( 'That mentee has no mentor in this cohort yet, so there is no pair to suggest times for.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$zone      = ( new ProfileRepository() )->find( get_current_user_id() )->timezone;
		$suggested = $this->suggestions->for_pair( $cohort, $mentor, $mentee, (int) $request['minutes'], $zone, (int) $request['count'] );
		return rest_ensure_response(
			$suggested + array(
				'mentor' => $mentor,
				'mentee' => $mentee,
				'zone'   => SuggestedTimes::zone( $zone )->getName(),
			)
		);
	}

	/**
	 * @param array{status: string, recorded_by: int, recorded_at: string, confirmed_at: string|null}|null $row
	 * @return array<string, mixed>
	 */
	private static function shape( int $user_id, ?array $row ): array {
		$user = get_userdata( $user_id );
		return array(
			'mentee'      => $user_id,
			'name'        => $user ? $user->display_name : '',
			'status'      => $row['status'] ?? null,
			'recorded_by' => $row['recorded_by'] ?? null,
			'recorded_at' => null === $row ? null : gmdate( 'Y-m-d\TH:i:s\Z', (int) strtotime( $row['recorded_at'] . ' UTC' ) ),
			'confirmed'   => null !== $row && null !== $row['confirmed_at'],
		);
	}
}
