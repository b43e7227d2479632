<?php
/**
 * The people of a cohort, for mentoring coordinators:
 * GET /wayfinder/v1/cohorts/<id>/members (a page, mentors first, then by name; X-WP-Total),
 * POST /wayfinder/v1/cohorts/<id>/members (enrol someone: user, role, mode),
 * PUT /wayfinder/v1/cohorts/<id>/members/<user> (put a project-group mentee in a mentor's group: leader),
 * DELETE /wayfinder/v1/cohorts/<id>/members/<user> (withdraw them; the place is free again).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Paging;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class CohortMembersController extends WP_REST_Controller {

	public function __construct(
		private readonly Enrolment $enrolment = new Enrolment(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly CohortPairing $pairing = new CohortPairing(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'cohorts/(?P<cohort>[\d]+)/members';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'permissions_check' ),
					'args'                => Paging::args() + array(
						'role' => array(
							'description' => __( 'Only mentees, or only mentors.', 'wayfinder' ),
							'type'        => 'string',
							'enum'        => CohortMember::ROLES,
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/' . $this->rest_base . '/(?P<user>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'permissions_check' ),
					'args'                => array(
						'leader' => array(
							'description' => __( 'The mentor whose project group the mentee joins; 0 takes them out of any group.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 0,
							'maximum'     => PHP_INT_MAX,
							'required'    => true,
						),
					),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => array( $this, 'permissions_check' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators see and change who takes part in a cohort.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
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
		$role     = (string) ( $request['role'] ?? '' );
		$per_page = (int) $request['per_page'];
		$taken    = $this->members->enrolled( $cohort->id );
		$total    = '' === $role ? array_sum( $taken ) : $taken[ $role ];
		$items    = array_map(
			fn ( CohortMember $member ): array => (array) $this->prepare_response_for_collection( $this->prepare_item_for_response( $member, $request ) ),
			$this->members->page( $cohort->id, $role, (int) $request['page'], $per_page )
		);
		return Paging::add_headers( rest_ensure_response( $items ), $total, $per_page );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$role   = (string) $request['role'];
		$member = $this->enrolment->enrol( (int) $request['cohort'], (int) $request['user'], $role, (string) ( $request['mode'] ?? Cohort::ONE_TO_ONE ), get_current_user_id() );
		if ( is_wp_error( $member ) ) {
			return $member;
		}
		$response = $this->prepare_item_for_response( $member, $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$member = $this->pairing->group( (int) $request['cohort'], (int) $request['user'], (int) $request['leader'] );
		return is_wp_error( $member ) ? $member : $this->prepare_item_for_response( $member, $request );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$member = $this->enrolment->withdraw( (int) $request['cohort'], (int) $request['user'], get_current_user_id() );
		return is_wp_error( $member ) ? $member : $this->prepare_item_for_response( $member, $request );
	}

	/**
	 * @param CohortMember    $item    A place in the cohort.
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		$modes = Cohort::mode_labels();
		return rest_ensure_response(
			array(
				'id'          => $item->id,
				'cohort'      => $item->cohort_id,
				'user'        => $item->user_id,
				'name'        => $item->name,
				'role'        => $item->role,
				'mode'        => $item->mode,
				'mode_label'  => $modes[ $item->mode ] ?? '',
				'status'      => $item->status,
				'leader'      => $item->leader_id,
				'enrolled_at' => mysql_to_rfc3339( $item->enrolled_at ),
			)
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'wayfinder-cohort-member',
				'type'       => 'object',
				'properties' => array(
					'id'          => array(
						'description' => __( 'The place\'s ID.', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'cohort'      => array(
						'description' => __( 'The cohort (its post ID).', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'user'        => array(
						'description' => __( 'The person (a user ID).', 'wayfinder' ),
						'type'        => 'integer',
						'minimum'     => 1,
						'maximum'     => PHP_INT_MAX,
						'required'    => true,
					),
					'name'        => array(
						'description' => __( 'The person\'s display name.', 'wayfinder' ),
						'type'        => 'string',
						'readonly'    => true,
					),
					'role'        => array(
						'description' => __( 'Whether they take part as a mentee or a mentor.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => CohortMember::ROLES,
						'required'    => true,
					),
					'mode'        => array(
						'description' => __( 'How a mentee takes part (one_to_one, project_group, group_only); empty for a mentor.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array_merge( Cohort::MODES, array( '' ) ),
						'default'     => Cohort::ONE_TO_ONE,
					),
					'mode_label'  => array(
						'description' => __( 'How a mentee takes part, in words.', 'wayfinder' ),
						'type'        => 'string',
						'readonly'    => true,
					),
					'leader'      => array(
						'description' => __( 'For a project-group mentee, the mentor whose group they are in (0: none yet).', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'status'      => array(
						'description' => __( 'enrolled, or withdrawn.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => array( CohortMember::ENROLLED, CohortMember::WITHDRAWN ),
						'readonly'    => true,
					),
					'enrolled_at' => array(
						'description' => __( 'When they took the place (UTC).', 'wayfinder' ),
						'type'        => 'string',
						'format'      => 'date-time',
						'readonly'    => true,
					),
				),
			)
		);
	}
}
