<?php
/**
 * A cohort mentee's three-month plan:
 * GET    /wayfinder/v1/cohorts/<id>/plan?mentee=<user> (the mentee, their cohort mentor, coordinators; mentee defaults to the caller),
 * POST   /wayfinder/v1/cohorts/<id>/plan {mentee, what, team, due, progress} (the mentee or their cohort mentor: add a goal),
 * PUT    /wayfinder/v1/plan-goals/<id> {what, team, due, progress} (the same two: change what is given),
 * DELETE /wayfinder/v1/plan-goals/<id> (the same two: remove it).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Plans;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Teams\TeamList;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class PlansController extends WP_REST_Controller {

	public function __construct(
		private readonly PlanService $service = new PlanService(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'plan-goals';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/plan',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'read_permissions_check' ),
					'args'                => array( 'mentee' => self::mentee_arg() ),
				),
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'create_item' ),
					'permission_callback' => array( $this, 'create_permissions_check' ),
					'args'                => array( 'mentee' => self::mentee_arg() ) + $this->get_endpoint_args_for_item_schema( WP_REST_Server::CREATABLE ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/plan-goals/(?P<id>[\d]+)',
			array(
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'goal_permissions_check' ),
					'args'                => $this->get_endpoint_args_for_item_schema( WP_REST_Server::EDITABLE ),
				),
				array(
					'methods'             => WP_REST_Server::DELETABLE,
					'callback'            => array( $this, 'delete_item' ),
					'permission_callback' => array( $this, 'goal_permissions_check' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/** @return array<string, mixed> */
	private static function mentee_arg(): array {
		return array(
			'description' => __( 'The mentee whose plan it is (a user ID); the caller when left out.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 0,
			'default'     => 0,
		);
	}

	private static function mentee( WP_REST_Request $request ): int {
		$mentee = (int) $request['mentee'];
		return $mentee > 0 ? $mentee : get_current_user_id();
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function read_permissions_check( $request ) {
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( __( 'Log in to see your plan.', 'wayfinder' ) );
		}
		$goals = $this->service->goals_of( (int) $request['cohort'], self::mentee( $request ), get_current_user_id() );
		return is_wp_error( $goals ) ? $goals : true;
	}

	/**
	 * The mentee, or their cohort mentor.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function create_permissions_check( $request ) {
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( __( 'Log in to write your plan.', 'wayfinder' ) );
		}
		return $this->service->writer_refusal( (int) $request['cohort'], self::mentee( $request ), get_current_user_id() ) ?? true;
	}

	/**
	 * The goal's mentee, or their cohort mentor.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function goal_permissions_check( $request ) {
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( __( 'Log in to write your plan.', 'wayfinder' ) );
		}
		$goal = $this->service->writable( (int) $request['id'], get_current_user_id() );
		return is_wp_error( $goal ) ? $goal : true;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$goals = $this->service->goals_of( (int) $request['cohort'], self::mentee( $request ), get_current_user_id() );
		if ( is_wp_error( $goals ) ) {
			return $goals;
		}
		return rest_ensure_response( array_map( fn ( PlanGoal $goal ): array => (array) $this->prepare_item_for_response( $goal, $request )->get_data(), $goals ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function create_item( $request ) {
		$goal = $this->service->add( (int) $request['cohort'], self::mentee( $request ), self::fields( $request ), get_current_user_id() );
		if ( is_wp_error( $goal ) ) {
			return $goal;
		}
		$response = $this->prepare_item_for_response( $goal, $request );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$goal = $this->service->change( (int) $request['id'], self::fields( $request ), get_current_user_id() );
		return is_wp_error( $goal ) ? $goal : $this->prepare_item_for_response( $goal, $request );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function delete_item( $request ) {
		$goal = $this->service->remove( (int) $request['id'], get_current_user_id() );
		if ( is_wp_error( $goal ) ) {
			return $goal;
		}
		return rest_ensure_response(
			array(
				'deleted'  => true,
				'previous' => $this->prepare_item_for_response( $goal, $request )->get_data(),
			)
		);
	}

	/**
	 * The fields the request gives (a form's empty team means none).
	 *
	 * @return array{what?: string, team?: string, due?: string, progress?: string}
	 */
	private static function fields( WP_REST_Request $request ): array {
		$fields = array();
		foreach ( array( 'what', 'team', 'due', 'progress' ) as $name ) {
			if ( null !== $request->get_param( $name ) ) {
				$fields[ $name ] = (string) $request->get_param( $name );
			}
		}
		return $fields;
	}

	/**
	 * @param PlanGoal        $item    The goal.
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		$teams = TeamList::all();
		return rest_ensure_response(
			array(
				'id'              => $item->id,
				'cohort'          => $item->cohort_id,
				'mentee'          => $item->user_id,
				'what'            => $item->what,
				'team'            => $item->team,
				'team_name'       => '' === $item->team ? '' : ( $teams[ $item->team ]['name'] ?? $item->team ),
				'due'             => $item->due_on,
				'progress'        => $item->progress,
				'updated_by'      => $item->updated_by,
				'updated_by_name' => 0 === $item->updated_by ? '' : (string) ( get_userdata( $item->updated_by )->display_name ?? '' ),
				'updated_at'      => mysql_to_rfc3339( $item->updated_at ),
			)
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'wayfinder-plan-goal',
				'type'       => 'object',
				'properties' => array(
					'id'              => array(
						'description' => __( 'The goal\'s ID.', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'cohort'          => array(
						'description' => __( 'The cohort (its post ID).', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'mentee'          => array(
						'description' => __( 'The mentee whose plan it is.', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'what'            => array(
						'description' => __( 'What the goal is: up to 500 characters.', 'wayfinder' ),
						'type'        => 'string',
						'required'    => true,
					),
					'team'            => array(
						'description' => __( 'The team it is for (a team\'s slug), or empty for none.', 'wayfinder' ),
						'type'        => 'string',
						'default'     => '',
					),
					'team_name'       => array(
						'description' => __( 'The team\'s name.', 'wayfinder' ),
						'type'        => 'string',
						'readonly'    => true,
					),
					'due'             => array(
						'description' => __( 'By when (YYYY-MM-DD): from the cohort\'s start to about three months after its end.', 'wayfinder' ),
						'type'        => 'string',
						'required'    => true,
					),
					'progress'        => array(
						'description' => __( 'How far it has come: not_started, under_way or done.', 'wayfinder' ),
						'type'        => 'string',
						'enum'        => PlanGoal::PROGRESS,
						'default'     => PlanGoal::NOT_STARTED,
					),
					'updated_by'      => array(
						'description' => __( 'Who changed it last (a user ID; 0 once that account was erased).', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'updated_by_name' => array(
						'description' => __( 'Their name.', 'wayfinder' ),
						'type'        => 'string',
						'readonly'    => true,
					),
					'updated_at'      => array(
						'description' => __( 'When it changed last (UTC).', 'wayfinder' ),
						'type'        => 'string',
						'readonly'    => true,
					),
				),
			)
		);
	}
}
