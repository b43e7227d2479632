<?php
/**
 * GET /wayfinder/v1/retention: when retention last ran and what it removed, in sentences, for the
 * people who manage the program's settings (who also set how long data is kept).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Retention;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class RetentionController extends WP_REST_Controller {

	public function __construct( private readonly RetentionLog $log = new RetentionLog() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'retention';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/retention',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array(),
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
		if ( Capabilities::can_manage_settings() ) {
			return true;
		}
		return new WP_Error(
			'wayfinder_forbidden',
			__( 'Only the people who run the mentorship program can see what data retention removed. Ask a site admin for the Mentoring coordinator role.', 'wayfinder' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function get_item( $request ): WP_REST_Response {
		return rest_ensure_response( $this->log->describe() );
	}

	/** @return array<string, mixed> */
	public function get_item_schema() {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$sentences    = array(
			'type'  => 'array',
			'items' => array( 'type' => 'string' ),
		);
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-retention',
			'type'       => 'object',
			'properties' => array(
				'last_run' => array(
					'description' => __( 'When retention last ran (ISO 8601, UTC), or null before its first run.', 'wayfinder' ),
					'type'        => array( 'string', 'null' ),
					'format'      => 'date-time',
				),
				'summary'  => array(
					'description' => __( 'When it last ran, in a sentence.', 'wayfinder' ),
					'type'        => 'string',
				),
				'removed'  => array_merge( $sentences, array( 'description' => __( 'What the last run removed, a sentence for each kind of data.', 'wayfinder' ) ) ),
				'recent'   => array(
					'description' => __( 'The last runs that removed something, newest first.', 'wayfinder' ),
					'type'        => 'array',
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'at'      => array(
								'type'   => 'string',
								'format' => 'date-time',
							),
							'when'    => array( 'type' => 'string' ),
							'removed' => $sentences,
						),
					),
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
