<?php
/**
 * A cohort mentee's weekly check-ins:
 * GET  /wayfinder/v1/cohorts/<id>/checkins?mentee=<user> (the mentee, their cohort mentor, coordinators; mentee defaults to the caller),
 * POST /wayfinder/v1/checkins/<id>/answer {did, blocking} (the mentee, while it is open).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\CheckIns;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class CheckInsController extends WP_REST_Controller {

	public function __construct(
		private readonly CheckInService $service = new CheckInService(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'checkins';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/cohorts/(?P<cohort>[\d]+)/checkins',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_items' ),
					'permission_callback' => array( $this, 'read_permissions_check' ),
					'args'                => array(
						'mentee' => array(
							'description' => __( 'The mentee (a user ID); the caller when left out.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 0,
							'default'     => 0,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/checkins/(?P<id>[\d]+)/answer',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'answer' ),
					'permission_callback' => array( $this, 'answer_permissions_check' ),
					'args'                => array(
						'did'      => array(
							'description' => __( 'What the mentee did this week.', 'wayfinder' ),
							'type'        => 'string',
							'default'     => '',
						),
						'blocking' => array(
							'description' => __( 'What is blocking them.', 'wayfinder' ),
							'type'        => 'string',
							'default'     => '',
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
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
			return Capabilities::take_part_error( __( 'Log in to see your check-ins.', 'wayfinder' ) );
		}
		$checkins = $this->service->of_mentee( (int) $request['cohort'], self::mentee( $request ), get_current_user_id() );
		return is_wp_error( $checkins ) ? $checkins : true;
	}

	/**
	 * The mentee whose check-in it is.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function answer_permissions_check( $request ) {
		if ( ! Capabilities::can_take_part() ) {
			return Capabilities::take_part_error( __( 'Log in to answer your check-in.', 'wayfinder' ) );
		}
		$checkin = $this->service->answerable_by( (int) $request['id'], get_current_user_id() );
		return is_wp_error( $checkin ) ? $checkin : true;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_items( $request ) {
		$checkins = $this->service->of_mentee( (int) $request['cohort'], self::mentee( $request ), get_current_user_id() );
		if ( is_wp_error( $checkins ) ) {
			return $checkins;
		}
		return rest_ensure_response( array_map( fn ( CheckIn $checkin ): array => (array) $this->prepare_item_for_response( $checkin, $request )->get_data(), $checkins ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function answer( $request ) {
		$checkin = $this->service->answer( (int) $request['id'], (string) $request['did'], (string) $request['blocking'], get_current_user_id() );
		return is_wp_error( $checkin ) ? $checkin : $this->prepare_item_for_response( $checkin, $request );
	}

	/**
	 * @param CheckIn         $item    The check-in.
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function prepare_item_for_response( $item, $request ): WP_REST_Response {
		return rest_ensure_response(
			array(
				'id'          => $item->id,
				'cohort'      => $item->cohort_id,
				'mentee'      => $item->user_id,
				'week'        => $item->week,
				'asked_at'    => mysql_to_rfc3339( $item->asked_at ),
				'answered_at' => $item->answered() ? mysql_to_rfc3339( $item->answered_at ) : null,
				'open'        => $item->answerable( time() ),
				'did'         => $item->did,
				'blocking'    => $item->blocking,
			)
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		$field = static fn ( string $description, string $type ): array => array(
			'description' => $description,
			'type'        => $type,
			'readonly'    => true,
		);
		return $this->add_additional_fields_schema(
			array(
				'$schema'    => 'http://json-schema.org/draft-04/schema#',
				'title'      => 'wayfinder-checkin',
				'type'       => 'object',
				'properties' => array(
					'id'          => $field( __( 'The check-in\'s ID.', 'wayfinder' ), 'integer' ),
					'cohort'      => $field( __( 'The cohort (its post ID).', 'wayfinder' ), 'integer' ),
					'mentee'      => $field( __( 'The mentee asked.', 'wayfinder' ), 'integer' ),
					'week'        => $field( __( 'The cohort\'s week it asks about (1 for the first).', 'wayfinder' ), 'integer' ),
					'asked_at'    => $field( __( 'When it was asked (UTC).', 'wayfinder' ), 'string' ),
					'answered_at' => $field( __( 'When it was answered last (UTC); null while unanswered.', 'wayfinder' ), 'string' ),
					'open'        => $field( __( 'Whether it can still be answered (for 14 days after it was asked).', 'wayfinder' ), 'boolean' ),
					'did'         => array(
						'description' => __( 'What the mentee did this week (up to 2000 characters).', 'wayfinder' ),
						'type'        => 'string',
					),
					'blocking'    => array(
						'description' => __( 'What is blocking them (up to 2000 characters).', 'wayfinder' ),
						'type'        => 'string',
					),
				),
			)
		);
	}
}
