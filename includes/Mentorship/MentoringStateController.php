<?php
/**
 * /wayfinder/v1/mentoring-state/me: the logged-in person's mentoring state (see MentoringState), and
 * "find me a mentor" (see AutoAssigner).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class MentoringStateController extends WP_REST_Controller {

	public function __construct( private readonly MentoringState $state = new MentoringState() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'mentoring-state';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/mentoring-state/me/find-mentor',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'find_mentor' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
				),
				'schema' => array( $this, 'get_find_mentor_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/mentoring-state/me',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		if ( Capabilities::can_take_part() ) {
			return true;
		}
		return Capabilities::take_part_error( __( 'Log in to see where you stand in the mentorship program.', 'wayfinder' ) );
	}

	/**
	 * "Find me a mentor": the best available mentor now, or a place in the queue with the reason.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function find_mentor( $request ): WP_REST_Response {
		return rest_ensure_response( ( new AutoAssigner() )->assign( get_current_user_id() ) );
	}

	/** @param WP_REST_Request $request Full details about the request. */
	public function get_item( $request ): WP_REST_Response {
		return rest_ensure_response( $this->state->of( get_current_user_id() ) );
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$person       = array(
			'type'       => array( 'object', 'null' ),
			'properties' => array(
				'id'   => array( 'type' => 'integer' ),
				'name' => array( 'type' => 'string' ),
			),
		);
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-mentoring-state',
			'type'       => 'object',
			'properties' => array(
				'mentor' => array(
					'description' => __( 'The person as a mentor: whether they can mentor, the button to show or why none.', 'wayfinder' ),
					'type'        => 'object',
					'properties'  => array(
						'can_mentor'     => array( 'type' => 'boolean' ),
						'button'         => array(
							'type'       => array( 'object', 'null' ),
							'properties' => array( 'label' => array( 'type' => 'string' ) ),
						),
						'reason'         => array( 'type' => array( 'string', 'null' ) ),
						'status'         => array(
							'type' => 'string',
							'enum' => array( 'available', 'away', 'retired' ),
						),
						'away_until'     => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'date',
						),
						'capacity'       => array( 'type' => 'integer' ),
						'active_mentees' => array( 'type' => 'integer' ),
					),
				),
				'mentee' => array(
					'description' => __( 'The person as a mentee: their mentor, since when, by which path; or that they have none.', 'wayfinder' ),
					'type'        => 'object',
					'properties'  => array(
						'has_mentor'        => array( 'type' => 'boolean' ),
						'mentor'            => $person,
						'match'             => array( 'type' => array( 'integer', 'null' ) ),
						'status'            => array(
							'type' => array( 'string', 'null' ),
							'enum' => array( 'proposed', 'active', null ),
						),
						'since'             => array(
							'type'   => array( 'string', 'null' ),
							'format' => 'date-time',
						),
						'source'            => array( 'type' => array( 'string', 'null' ) ),
						'backup'            => array(
							'type'       => array( 'object', 'null' ),
							'properties' => $person['properties'] + array( 'covering' => array( 'type' => 'boolean' ) ),
						),
						'mentor_away'       => array(
							'description' => __( 'Whether the mentor is away (or retired) now.', 'wayfinder' ),
							'type'        => 'boolean',
						),
						'mentor_away_until' => array(
							'description' => __( 'The last day the mentor is away; null when they are not away or gave no date.', 'wayfinder' ),
							'type'        => array( 'string', 'null' ),
							'format'      => 'date',
						),
						'covering_mentor'   => array(
							'description' => __( 'The name of the backup mentor who covers while the mentor is away; null when nobody covers.', 'wayfinder' ),
							'type'        => array( 'string', 'null' ),
						),
						'seeking'           => array( 'type' => 'boolean' ),
						'queue'             => array(
							'description' => __( 'Place in the queue for any mentor, from 1; null when not waiting.', 'wayfinder' ),
							'type'        => array( 'integer', 'null' ),
						),
					),
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}

	/** @return array<string, mixed> */
	public function get_find_mentor_schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-find-mentor',
			'type'       => 'object',
			'properties' => array(
				'status'   => array(
					'description' => __( 'matched: a mentor now; waiting: in the queue.', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => array( 'matched', 'waiting' ),
				),
				'match'    => array( 'type' => 'integer' ),
				'mentor'   => array( 'type' => 'integer' ),
				'reasons'  => array(
					'description' => __( 'Why this mentor: one sentence per criterion.', 'wayfinder' ),
					'type'        => 'object',
				),
				'reason'   => array(
					'description' => __( 'Why no mentor is available now.', 'wayfinder' ),
					'type'        => 'string',
				),
				'position' => array(
					'description' => __( 'Place in the queue, from 1.', 'wayfinder' ),
					'type'        => 'integer',
				),
			),
		);
	}
}
