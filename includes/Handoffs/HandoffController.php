<?php
/**
 * The hand-off routes under /wayfinder/v1: a person's hand-off and the teams they may choose
 * (GET/PUT cohorts/<id>/handoff; cohort 0 is a one-to-one mentorship), the coordinators' list
 * (GET handoffs), accepting and naming a contact (POST handoffs/<id>/accept, GET handoffs/<id>/contacts)
 * and a team's newcomers (GET teams/newcomers). No e-mail address leaves through them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Teams\Representatives;
use Wayfinder\Teams\TeamList;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class HandoffController extends WP_REST_Controller {

	public function __construct(
		private readonly HandoffService $service = new HandoffService(),
		private readonly HandoffRepository $handoffs = new HandoffRepository(),
		private readonly Representatives $representatives = new Representatives(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'handoffs';
	}

	public function register_routes(): void {
		$cohort = array(
			'description' => __( 'The cohort (0: a one-to-one mentorship outside cohorts).', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 0,
		);
		$mentee = array(
			'description' => __( 'The mentee (default: you).', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 0,
			'default'     => 0,
		);
		$id     = array(
			'description' => __( 'The hand-off.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/handoff',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_handoff' ),
					'permission_callback' => array( $this, 'member_permissions_check' ),
					'args'                => array(
						'cohort' => $cohort,
						'mentee' => $mentee,
					),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'choose' ),
					'permission_callback' => array( $this, 'member_permissions_check' ),
					'args'                => array(
						'cohort' => $cohort,
						'mentee' => $mentee,
						'team'   => array(
							'description' => __( 'The team (a slug) to be handed off to.', 'wayfinder' ),
							'type'        => 'string',
							'required'    => true,
							'minLength'   => 1,
							'maxLength'   => 100,
						),
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/handoffs',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'list_handoffs' ),
				'permission_callback' => array( $this, 'coordinator_permissions_check' ),
				'args'                => array(
					'status'   => array(
						'description' => __( 'Only hand-offs in this status: waiting (default), chosen, accepted, or all.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array( Handoff::WAITING, Handoff::CHOSEN, Handoff::ACCEPTED, 'all' ),
						'default'     => Handoff::WAITING,
					),
					'page'     => array(
						'type'    => 'integer',
						'minimum' => 1,
						'default' => 1,
					),
					'per_page' => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => 100,
						'default' => 20,
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/handoffs/(?P<id>[\d]+)/accept',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'accept' ),
				'permission_callback' => array( $this, 'team_permissions_check' ),
				'args'                => array(
					'id'         => $id,
					'contact_id' => array(
						'description' => __( 'The person in the team who will go on supporting the graduate (see contacts).', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'required'    => true,
					),
					'welcome'    => array(
						'description' => __( 'A welcome message for the graduate (optional).', 'wayfinder' ),
						'type'        => 'string',
						'maxLength'   => Handoff::TEXT_LENGTH,
						'default'     => '',
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/handoffs/(?P<id>[\d]+)/contacts',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'contacts' ),
				'permission_callback' => array( $this, 'team_permissions_check' ),
				'args'                => array( 'id' => $id ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/teams/newcomers',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'newcomers' ),
				'permission_callback' => array( $this, 'team_permissions_check' ),
				'args'                => array(
					'team' => array(
						'description' => __( 'One team (a slug); default: the teams you represent (coordinators: every team).', 'wayfinder' ),
						'type'        => 'string',
						'maxLength'   => 100,
						'default'     => '',
					),
				),
			)
		);
	}

	/**
	 * Members; the service decides whose hand-off they reach.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function member_permissions_check( $request ) {
		unset( $request );
		return Capabilities::can_take_part() ? true : Capabilities::take_part_error( __( 'Log in to choose your team.', 'wayfinder' ) );
	}

	/**
	 * Coordinators only.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function coordinator_permissions_check( $request ) {
		unset( $request );
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators can see every hand-off to a team.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * Team representatives and coordinators; the service checks the team.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function team_permissions_check( $request ) {
		unset( $request );
		// A team site's editors represent its team on a network without holding the capability (Representatives).
		if ( Capabilities::can_represent_team() || Capabilities::can_coordinate() || array() !== ( new Representatives() )->teams_of( get_current_user_id() ) ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only team representatives and mentoring coordinators can see and accept newcomers for a team.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_handoff( $request ) {
		$view = $this->service->view( $this->mentee_of( $request ), (int) $request['cohort'], get_current_user_id() );
		return is_wp_error( $view ) ? $view : rest_ensure_response( $view );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function choose( $request ) {
		$mentee = $this->mentee_of( $request );
		$cohort = (int) $request['cohort'];
		$chosen = $this->service->choose( $mentee, $cohort, sanitize_key( (string) $request['team'] ), get_current_user_id(), time() );
		if ( is_wp_error( $chosen ) ) {
			return $chosen;
		}
		$view = $this->service->view( $mentee, $cohort, get_current_user_id() );
		if ( is_wp_error( $view ) ) {
			return $view;
		}
		$view['message'] = sprintf(
			/* translators: %s: the team's name. */
			__( '%s it is. When you graduate, your introduction goes to its representatives; until then you can change the team.', 'wayfinder' ),
			TeamOptions::name( $chosen->team )
		);
		return rest_ensure_response( $view );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response
	 */
	public function list_handoffs( $request ) {
		$status             = (string) $request['status'];
		$page               = (int) $request['page'];
		$per_page           = (int) $request['per_page'];
		list( $rows, $all ) = $this->handoffs->page( 'all' === $status ? '' : $status, $page, $per_page );
		$now                = time();
		$names              = DisplayName::many( array_values( array_unique( array_merge( array_map( static fn ( Handoff $h ): int => $h->user_id, $rows ), array_map( static fn ( Handoff $h ): int => $h->mentor_id, $rows ) ) ) ) );
		$items              = array();
		foreach ( $rows as $handoff ) {
			$items[] = HandoffService::describe( $handoff ) + array(
				'user'            => $handoff->user_id,
				'name'            => $names[ $handoff->user_id ] ?? '',
				'cohort'          => $handoff->cohort_id,
				'cohort_name'     => HandoffService::cohort_name( $handoff->cohort_id ),
				'mentor_name'     => $handoff->mentor_id > 0 ? ( $names[ $handoff->mentor_id ] ?? '' ) : '',
				'days_waiting'    => Handoff::WAITING === $handoff->status ? Newcomers::days_waiting( $handoff, $now ) : 0,
				'overdue'         => Newcomers::overdue( $handoff, $now ),
				'representatives' => array_values( DisplayName::many( $this->representatives->of_team( $handoff->team ) ) ),
			);
		}
		$response = rest_ensure_response( $items );
		$response->header( 'X-WP-Total', (string) $all );
		$response->header( 'X-WP-TotalPages', (string) max( 1, (int) ceil( $all / $per_page ) ) );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function accept( $request ) {
		$accepted = $this->service->accept( (int) $request['id'], (int) $request['contact_id'], (string) $request['welcome'], get_current_user_id(), time() );
		if ( is_wp_error( $accepted ) ) {
			return $accepted;
		}
		return rest_ensure_response(
			HandoffService::describe( $accepted ) + array(
				'user'    => $accepted->user_id,
				'name'    => DisplayName::of( $accepted->user_id ),
				'message' => sprintf(
					/* translators: 1: the graduate's name, 2: the contact person's name. */
					__( 'Accepted. %1$s and their mentor are told by email that %2$s is their contact in the team.', 'wayfinder' ),
					DisplayName::of( $accepted->user_id ),
					DisplayName::of( $accepted->contact_id )
				),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function contacts( $request ) {
		$people = $this->service->contacts( (int) $request['id'], get_current_user_id() );
		return is_wp_error( $people ) ? $people : rest_ensure_response( $people );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function newcomers( $request ) {
		$user  = get_current_user_id();
		$team  = sanitize_key( (string) $request['team'] );
		$own   = $this->representatives->teams_of( $user );
		$coord = Capabilities::can_coordinate( $user );
		if ( '' !== $team ) {
			if ( ! in_array( $team, $own, true ) && ! $coord ) {
				return new WP_Error(
					'wayfinder_not_your_team',
					/* translators: %s: the team's name. */
					sprintf( __( 'You do not represent %s, so its newcomers are not yours to see. Ask a mentoring coordinator to add you to the team.', 'wayfinder' ), TeamOptions::name( $team ) ),
					array( 'status' => 403 )
				);
			}
			$teams = array( $team );
		} else {
			$teams = $coord && array() === $own ? array_map( 'strval', array_keys( TeamList::all() ) ) : $own;
		}
		$listed = array();
		foreach ( $teams as $slug ) {
			$listed[] = array(
				'team' => $slug,
				'name' => TeamOptions::name( $slug ),
			);
		}
		return rest_ensure_response(
			array(
				'teams' => $listed,
				'items' => ( new Newcomers() )->of_teams( $teams, time() ),
			)
		);
	}

	/** The mentee asked about: the parameter, or the person asking. */
	private function mentee_of( WP_REST_Request $request ): int {
		$mentee = (int) $request['mentee'];
		return $mentee > 0 ? $mentee : get_current_user_id();
	}
}
