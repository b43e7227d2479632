<?php
/**
 * A cohort mentee's training:
 * GET  /wayfinder/v1/cohorts/<id>/training?mentee=<user> (the mentee, their cohort mentor, coordinators; mentee defaults to the caller),
 * POST /wayfinder/v1/cohorts/<id>/training/done {item} and …/undo {item} (the mentee, their own),
 * POST /wayfinder/v1/cohorts/<id>/training/confirm {mentee, item} (their cohort mentor, coordinators).
 * Each answers with the mentee's list as it is now.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Training;

use Wayfinder\Cohorts\CohortAccess;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class TrainingController extends WP_REST_Controller {

	public function __construct(
		private readonly TrainingService $service = new TrainingService(),
		private readonly CohortAccess $access = new CohortAccess(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'training';
	}

	public function register_routes(): void {
		$item   = array(
			'description' => __( 'The item\'s key (its "key" in the list).', 'wayfinder' ),
			'type'        => 'string',
			'pattern'     => '^[0-9a-f]{12}$',
			'required'    => true,
		);
		$mentee = array(
			'description' => __( 'The mentee (a user ID); the caller when left out.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 0,
			'default'     => 0,
		);
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/training',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_items' ),
				'permission_callback' => array( $this, 'read_permissions_check' ),
				'args'                => array( 'mentee' => $mentee ),
				'schema'              => array( $this, 'get_public_item_schema' ),
			)
		);
		foreach ( array( 'done', 'undo' ) as $change ) {
			register_rest_route(
				RestNamespace::V1,
				'/cohorts/(?P<cohort>[\d]+)/training/' . $change,
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, $change ),
					'permission_callback' => array( $this, 'mark_permissions_check' ),
					'args'                => array( 'item' => $item ),
					'schema'              => array( $this, 'get_public_item_schema' ),
				)
			);
		}
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/training/confirm',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'confirm' ),
				'permission_callback' => array( $this, 'confirm_permissions_check' ),
				'args'                => array(
					'item'   => $item,
					'mentee' => array( 'required' => true ) + $mentee,
				),
				'schema'              => array( $this, 'get_public_item_schema' ),
			)
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
			return Capabilities::take_part_error( __( 'Log in to see your cohort\'s training.', 'wayfinder' ) );
		}
		$cohort = (int) $request['cohort'];
		return '' !== $this->access->role( $cohort, self::mentee( $request ), get_current_user_id() ) ? true : $this->access->refusal( $cohort, self::mentee( $request ), get_current_user_id() );
	}

	/**
	 * Only a mentee of the cohort marks items, their own.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function mark_permissions_check( $request ) {
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( __( 'Log in to mark your training done.', 'wayfinder' ) );
		}
		if ( $this->access->is_mentee( (int) $request['cohort'], get_current_user_id() ) ) {
			return true;
		}
		return new WP_Error( 'wayfinder_training_not_yours', __( 'Only the cohort\'s mentees mark their training done, each their own.', 'wayfinder' ), array( 'status' => 403 ) );
	}

	/**
	 * The mentee's cohort mentor, or a coordinator.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function confirm_permissions_check( $request ) {
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( __( 'Log in to confirm your mentee\'s training.', 'wayfinder' ) );
		}
		$cohort = (int) $request['cohort'];
		$role   = $this->access->role( $cohort, (int) $request['mentee'], get_current_user_id() );
		if ( CohortAccess::MENTOR === $role || CohortAccess::COORDINATOR === $role ) {
			return true;
		}
		if ( CohortAccess::MENTEE === $role ) {
			return new WP_Error( 'wayfinder_training_own_confirmation', __( 'Your mentor confirms your training; you mark it done.', 'wayfinder' ), array( 'status' => 403 ) );
		}
		return $this->access->refusal( $cohort, (int) $request['mentee'], get_current_user_id() );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$mentee = self::mentee( $request );
		return $this->answer( (int) $request['cohort'], $mentee, $this->service->progress_of( (int) $request['cohort'], $mentee, get_current_user_id() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function done( $request ) {
		return $this->answer( (int) $request['cohort'], get_current_user_id(), $this->service->mark_done( (int) $request['cohort'], (string) $request['item'], get_current_user_id() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function undo( $request ) {
		return $this->answer( (int) $request['cohort'], get_current_user_id(), $this->service->undo( (int) $request['cohort'], (string) $request['item'], get_current_user_id() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function confirm( $request ) {
		return $this->answer( (int) $request['cohort'], (int) $request['mentee'], $this->service->confirm( (int) $request['cohort'], (string) $request['item'], (int) $request['mentee'], get_current_user_id() ) );
	}

	/**
	 * @param list<array{item: TrainingItem, record: TrainingRecord|null}>|WP_Error $listed
	 * @return WP_REST_Response|WP_Error
	 */
	private function answer( int $cohort, int $mentee, $listed ) {
		if ( is_wp_error( $listed ) ) {
			return $listed;
		}
		$items = array();
		foreach ( $listed as $each ) {
			$record  = $each['record'];
			$items[] = array(
				'key'               => $each['item']->key,
				'title'             => $each['item']->title,
				'url'               => $each['item']->url,
				'team'              => $each['item']->team,
				'done'              => null !== $record,
				'done_at'           => null === $record ? null : mysql_to_rfc3339( $record->done_at ),
				'confirmed'         => null !== $record && '' !== $record->confirmed_at,
				'confirmed_by_name' => null === $record || 0 === $record->confirmed_by ? '' : (string) ( get_userdata( $record->confirmed_by )->display_name ?? '' ),
				'confirmed_at'      => null === $record || '' === $record->confirmed_at ? null : mysql_to_rfc3339( $record->confirmed_at ),
			);
		}
		return rest_ensure_response(
			array(
				'cohort' => $cohort,
				'mentee' => $mentee,
				'done'   => count( array_filter( $items, static fn ( array $item ): bool => $item['done'] ) ),
				'total'  => count( $items ),
				'items'  => $items,
			)
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'wayfinder-training',
				'type'       => 'object',
				'properties' => array(
					'cohort' => array(
						'description' => __( 'The cohort (its post ID).', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'mentee' => array(
						'description' => __( 'The mentee (a user ID).', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'done'   => array(
						'description' => __( 'How many items the mentee marked done.', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'total'  => array(
						'description' => __( 'How many items the cohort has.', 'wayfinder' ),
						'type'        => 'integer',
						'readonly'    => true,
					),
					'items'  => array(
						'description' => __( 'The cohort\'s training list, then each taking-part team\'s handbook, with the mentee\'s marks.', 'wayfinder' ),
						'type'        => 'array',
						'readonly'    => true,
						'items'       => array(
							'type'       => 'object',
							'properties' => array(
								'key'               => array( 'type' => 'string' ),
								'title'             => array( 'type' => 'string' ),
								'url'               => array(
									'type'   => 'string',
									'format' => 'uri',
								),
								'team'              => array( 'type' => 'string' ),
								'done'              => array( 'type' => 'boolean' ),
								'done_at'           => array( 'type' => array( 'string', 'null' ) ),
								'confirmed'         => array( 'type' => 'boolean' ),
								'confirmed_by_name' => array( 'type' => 'string' ),
								'confirmed_at'      => array( 'type' => array( 'string', 'null' ) ),
							),
						),
					),
				),
			)
		);
	}
}
