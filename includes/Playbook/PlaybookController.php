<?php
/**
 * /wayfinder/v1/playbook: the mentor playbook. Mentors and coordinators read it (GET); coordinators
 * change it (PUT, every step checked before anything is kept) and put the default back
 * (POST /playbook/reset).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Playbook;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class PlaybookController extends WP_REST_Controller {

	public function __construct() {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'playbook';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/playbook',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
				),
				array(
					'methods'             => WP_REST_Server::EDITABLE,
					'callback'            => array( $this, 'update_item' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
					'args'                => array(
						'steps' => array(
							'description' => __( 'The steps, in order (3 to 12).', 'wayfinder' ),
							'type'        => 'array',
							'items'       => array( 'type' => 'object' ),
							'required'    => true,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/playbook/reset',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'reset' ),
					'permission_callback' => array( $this, 'update_item_permissions_check' ),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request The request.
	 * @return true|WP_Error
	 */
	public function get_item_permissions_check( $request ) {
		unset( $request );
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to read the mentor playbook.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		if ( Capabilities::can_mentor() || Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'The mentor playbook is for mentors and mentoring coordinators. Your cohort page says what the program expects of you each week.', 'wayfinder' ), array( 'status' => 403 ) );
	}

	/**
	 * @param WP_REST_Request $request The request.
	 * @return true|WP_Error
	 */
	public function update_item_permissions_check( $request ) {
		unset( $request );
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error(
			'wayfinder_forbidden',
			__( 'Only mentoring coordinators can change the mentor playbook. Tell a coordinator what you would change.', 'wayfinder' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * @param WP_REST_Request $request The request.
	 */
	public function get_item( $request ): WP_REST_Response {
		unset( $request );
		return $this->answer( Playbook::steps() );
	}

	/**
	 * @param WP_REST_Request $request The request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function update_item( $request ) {
		$saved = Playbook::save( $request->get_param( 'steps' ) );
		return $saved instanceof WP_Error ? $saved : $this->answer( $saved );
	}

	/**
	 * @param WP_REST_Request $request The request.
	 */
	public function reset( $request ): WP_REST_Response {
		unset( $request );
		Playbook::reset();
		return $this->answer( Playbook::steps() );
	}

	/** @param list<array<string, mixed>> $steps */
	private function answer( array $steps ): WP_REST_Response {
		return new WP_REST_Response(
			array(
				'steps'  => $steps,
				'custom' => Playbook::is_custom(),
				'limits' => array(
					'min_steps'     => Playbook::MIN_STEPS,
					'max_steps'     => Playbook::MAX_STEPS,
					'title'         => Playbook::MAX_TITLE,
					'text'          => Playbook::MAX_TEXT,
					'line'          => Playbook::MAX_LINE,
					'max_questions' => Playbook::MAX_QUESTIONS,
				),
			)
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema() {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$text         = array( 'type' => 'string' );
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-playbook',
			'type'       => 'object',
			'properties' => array(
				'steps'  => array(
					'description' => __( 'The steps of a cohort, in order.', 'wayfinder' ),
					'type'        => 'array',
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'title'      => $text + array( 'description' => __( 'The step’s title.', 'wayfinder' ) ),
							'what_to_do' => $text + array( 'description' => __( 'What the mentor does (limited HTML).', 'wayfinder' ) ),
							'questions'  => array(
								'description' => __( 'Questions to ask.', 'wayfinder' ),
								'type'        => 'array',
								'items'       => $text,
							),
							'drop_offs'  => $text + array( 'description' => __( 'How to handle drop-offs (limited HTML).', 'wayfinder' ) ),
							'mentee'     => $text + array( 'description' => __( 'What the program expects of mentees that week, in one line.', 'wayfinder' ) ),
						),
					),
				),
				'custom' => array(
					'description' => __( 'Whether coordinators changed the playbook (false: the default).', 'wayfinder' ),
					'type'        => 'boolean',
					'readonly'    => true,
				),
				'limits' => array(
					'description' => __( 'The limits a playbook is checked against.', 'wayfinder' ),
					'type'        => 'object',
					'readonly'    => true,
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
