<?php
/**
 * GET /wayfinder/v1/status: what the program overview shows before anything else loads: the
 * versions, people per role, the program's figures and team coverage, and the setup checklist.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Admin;

use Wayfinder\Mentorship\ProgramFigures;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;
use const Wayfinder\VERSION;

final class StatusController extends WP_REST_Controller {

	public function __construct(
		private readonly ProgramFigures $figures = new ProgramFigures(),
		private readonly SetupChecklist $setup = new SetupChecklist(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'status';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/' . $this->rest_base,
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					'permission_callback' => array( $this, 'get_item_permissions_check' ),
					'args'                => array( 'context' => $this->get_context_param( array( 'default' => 'view' ) ) ),
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
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error(
			'wayfinder_forbidden',
			__( 'Only mentoring coordinators can see the program status. Ask a site admin for the Mentoring coordinator role.', 'wayfinder' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function get_item( $request ): WP_REST_Response {
		global $wp_version;
		$people = array();
		foreach ( Capabilities::roles() as $role => list( $label ) ) {
			$people[] = array(
				'role'  => $role,
				'label' => $label,
				'count' => self::count_role( $role ),
			);
		}
		$program = $this->figures->all();
		$status  = array(
			'version'           => VERSION,
			'wordpress_version' => (string) $wp_version,
			'php_version'       => PHP_VERSION,
			'database'          => defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE ? 'sqlite' : 'mysql',
			'people'            => $people,
			'program'           => $program,
			'setup'             => $this->setup->steps( $program['teams'] ),
		);
		return rest_ensure_response( $this->filter_response_by_context( $status, 'view' ) );
	}

	private static function count_role( string $role ): int {
		$query = new \WP_User_Query(
			array(
				'role'        => $role,
				'fields'      => 'ID',
				'number'      => 1,
				'count_total' => true,
			)
		);
		return $query->get_total();
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-status',
			'type'       => 'object',
			'properties' => array(
				'version'           => array(
					'description' => __( 'Wayfinder version.', 'wayfinder' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'wordpress_version' => array(
					'description' => __( 'WordPress version.', 'wayfinder' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'php_version'       => array(
					'description' => __( 'PHP version.', 'wayfinder' ),
					'type'        => 'string',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'database'          => array(
					'description' => __( 'Database engine: mysql (MySQL or MariaDB) or sqlite.', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => array( 'mysql', 'sqlite' ),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'people'            => array(
					'description' => __( 'Number of people with each Wayfinder role.', 'wayfinder' ),
					'type'        => 'array',
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'role'  => array( 'type' => 'string' ),
							'label' => array( 'type' => 'string' ),
							'count' => array( 'type' => 'integer' ),
						),
					),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'program'           => array(
					'description' => __( 'The program at a glance: waiting mentees and the longest wait, open requests, active matches by the ways a match starts today, proposals, mentor load, each team’s coverage and the people waiting in no team.', 'wayfinder' ),
					'type'        => 'object',
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
				'setup'             => array(
					'description' => __( 'The setup checklist: a page with the My mentorship block, whether newcomers can register, the coordinators, teams with mentors.', 'wayfinder' ),
					'type'        => 'array',
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'id'         => array(
								'type' => 'string',
								'enum' => array( 'pages', 'registration', 'coordinators', 'teams' ),
							),
							'done'       => array( 'type' => 'boolean' ),
							'title'      => array( 'type' => 'string' ),
							'detail'     => array( 'type' => 'string' ),
							'link'       => array(
								'type'   => array( 'string', 'null' ),
								'format' => 'uri',
							),
							'link_label' => array( 'type' => array( 'string', 'null' ) ),
						),
					),
					'context'     => array( 'view' ),
					'readonly'    => true,
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}
}
