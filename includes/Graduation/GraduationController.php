<?php
/**
 * Graduation's routes: GET /wayfinder/v1/cohorts/<id>/graduation (coordinators: every mentee's
 * checklist, a page at a time, or the ones asked for with `include`), GET …/graduation/summary (the
 * cohort's counts and rule), GET …/graduation/<user> (the mentee, their cohort mentor, coordinators)
 * and POST …/graduation/<user> `{note}` (the mentor or a coordinator confirms).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Paging;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Teams\TeamList;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class GraduationController extends WP_REST_Controller {

	public function __construct(
		private readonly GraduationService $service = new GraduationService(),
		private readonly Checklists $checklists = new Checklists(),
		private readonly GraduationRepository $repository = new GraduationRepository(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'cohorts/(?P<cohort>[\d]+)/graduation';
	}

	public function register_routes(): void {
		$cohort = array(
			'description' => __( 'The cohort.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		$user   = array(
			'description' => __( 'The mentee.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		$note   = array(
			'description' => __( 'A note for the team the mentee joins (and, when a coordinator confirms an unmet rule, why).', 'wayfinder' ),
			'type'        => 'string',
			'maxLength'   => GraduationService::NOTE_LENGTH,
			'default'     => '',
		);
		register_rest_route(
			RestNamespace::V1,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'confirm' ),
					'permission_callback' => array( $this, 'members_check' ),
					'args'                => array(
						'cohort' => $cohort,
						'user'   => $user + array( 'required' => true ),
						'note'   => $note,
					),
				),
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'coordinators_check' ),
					'args'                => Paging::args() + array(
						'cohort'  => $cohort,
						'include' => array(
							'description' => __( 'Only these mentees (user IDs; at most 100), instead of a page of all.', 'wayfinder' ),
							'type'        => 'array',
							'items'       => array(
								'type'    => 'integer',
								'minimum' => 1,
							),
							'maxItems'    => 100,
							'default'     => array(),
						),
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/' . $this->rest_base . '/summary',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'summary' ),
				'permission_callback' => array( $this, 'coordinators_check' ),
				'args'                => array( 'cohort' => $cohort ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/' . $this->rest_base . '/(?P<user>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'members_check' ),
					'args'                => array(
						'cohort' => $cohort,
						'user'   => $user,
					),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'confirm' ),
					'permission_callback' => array( $this, 'members_check' ),
					'args'                => array(
						'cohort' => $cohort,
						'user'   => $user,
						'note'   => $note,
					),
				),
			)
		);
	}

	/**
	 * Coordinators only.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function coordinators_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators see the graduation of a whole cohort.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * Members; who may see or confirm which mentee is the service's to say.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function members_check( $request ) {
		if ( Capabilities::can_take_part() ) {
			return true;
		}
		return Capabilities::take_part_error( __( 'Log in to see your cohort.', 'wayfinder' ) );
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
		$include  = array_values( array_unique( array_map( 'intval', (array) $request['include'] ) ) );
		$per_page = (int) $request['per_page'];
		$rows     = array() !== $include
			? $this->repository->mentee_places( $cohort->id, $include )
			: $this->members->progress_page( $cohort->id, 'name', false, (int) $request['page'], $per_page );
		$items    = array();
		foreach ( $this->checklists->of_rows( $cohort, $rows ) as $user => $list ) {
			$items[] = array( 'name' => self::name_in( $rows, $user ) ) + $list->to_array();
		}
		$total = array() !== $include ? count( $items ) : $this->members->enrolled( $cohort->id )[ CohortMember::MENTEE ];
		return Paging::add_headers( rest_ensure_response( $items ), $total, array() !== $include ? max( 1, count( $items ) ) : $per_page );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function summary( $request ) {
		$cohort = CohortPostType::find( (int) $request['cohort'] );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		return rest_ensure_response(
			array(
				'cohort' => $cohort->id,
				'stage'  => $cohort->stage,
				'rule'   => GraduationRule::of( $cohort->id )->to_array(),
				'counts' => $this->checklists->counts( $cohort ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$list = $this->service->checklist( (int) $request['cohort'], (int) $request['user'], get_current_user_id() );
		if ( is_wp_error( $list ) ) {
			return $list;
		}
		return rest_ensure_response( array( 'name' => \Wayfinder\Profiles\DisplayName::of( $list->user_id ) ) + $list->to_array() );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function confirm( $request ) {
		$done = $this->service->confirm( (int) $request['cohort'], (int) $request['user'], (string) $request['note'], get_current_user_id(), time() );
		if ( is_wp_error( $done ) ) {
			return $done;
		}
		$name    = $done['member']->name;
		$handoff = $done['handoff'];
		$team    = null === $handoff ? '' : ( TeamList::all()[ $handoff->team ]['name'] ?? $handoff->team );
		$message = '' === $team
			/* translators: %s: the mentee's name. */
			? sprintf( __( '%s graduated. Congratulations!', 'wayfinder' ), $name )
			/* translators: 1: the mentee's name, 2: a team's name. */
			: sprintf( __( '%1$s graduated. Congratulations! Their introduction went to the %2$s team.', 'wayfinder' ), $name, $team );
		return rest_ensure_response(
			array(
				'name'       => $name,
				'status'     => 'graduated',
				'overridden' => $done['overridden'],
				'handoff'    => null === $handoff ? null : array(
					'id'     => $handoff->id,
					'team'   => $handoff->team,
					'status' => $handoff->status,
				),
				'message'    => $message,
			) + $done['checklist']->to_array()
		);
	}

	/** @param list<array<string, mixed>> $rows */
	private static function name_in( array $rows, int $user ): string {
		foreach ( $rows as $row ) {
			if ( (int) $row['user_id'] === $user ) {
				return (string) $row['display_name'];
			}
		}
		return '';
	}
}
