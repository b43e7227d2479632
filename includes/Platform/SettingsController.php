<?php
/**
 * GET/POST /wayfinder/v1/settings: the program's settings for whoever runs the program (the
 * `wayfinder_manage_settings` capability: mentoring coordinators and administrators). Core's
 * /wp/v2/settings needs `manage_options`, which would open every site option; this route reads and
 * saves exactly the settings of Settings::program_options() and nothing else, with the same
 * registered schemas, and refuses a value with a sentence that names the field and what it takes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use WP_Error;
use WP_REST_Request;
use WP_REST_Settings_Controller;

final class SettingsController extends WP_REST_Settings_Controller {

	public function __construct() {
		parent::__construct();
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'settings';
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
			__( 'Only the people who run the mentorship program can see and change its settings. Ask a site admin for the Mentoring coordinator role.', 'wayfinder' ),
			array( 'status' => rest_authorization_required_code() )
		);
	}

	/**
	 * Core's list of settings shown in REST, narrowed to the program's own.
	 *
	 * @return array<string, array<string, mixed>>
	 */
	protected function get_registered_options() {
		$program = Settings::program_options();
		return array_filter(
			parent::get_registered_options(),
			static fn ( array $args ): bool => in_array( $args['option_name'], $program, true )
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema() {
		$schema = parent::get_item_schema();
		foreach ( array_keys( $schema['properties'] ) as $name ) {
			$schema['properties'][ $name ]['arg_options'] = array(
				'validate_callback' => array( $this, 'validate_setting' ),
				'sanitize_callback' => array( $this, 'sanitize_callback' ),
			);
		}
		$schema['title'] = 'wayfinder-settings';
		return $schema;
	}

	/**
	 * The registered schema's check, refusing with a sentence a person can act on.
	 *
	 * @param mixed           $value   The value sent.
	 * @param WP_REST_Request $request The request.
	 * @param string          $param   The setting's name.
	 * @return true|WP_Error
	 */
	public function validate_setting( $value, $request, $param ) {
		unset( $request );
		$options = $this->get_registered_options();
		if ( null === $value || ! isset( $options[ $param ] ) ) {
			return true;
		}
		$problem = Settings::problem( $value, (array) $options[ $param ]['schema'], (string) $options[ $param ]['option_name'] );
		return null === $problem ? true : new WP_Error( 'rest_invalid_param', $problem, array( 'status' => 400 ) );
	}

	/**
	 * WordPress answers a refused parameter with "Invalid parameter(s): name"; on this route the
	 * answer's message is the sentences themselves (the per-field details stay in `params`).
	 *
	 * @param mixed           $response The response so far.
	 * @param mixed           $handler  The route handler.
	 * @param WP_REST_Request $request  The request.
	 * @return mixed
	 */
	public static function explain_refusal( $response, $handler, $request ) {
		unset( $handler );
		if ( ! $response instanceof WP_Error || 'rest_invalid_param' !== $response->get_error_code() || '/' . RestNamespace::V1 . '/settings' !== $request->get_route() ) {
			return $response;
		}
		$data     = (array) $response->get_error_data();
		$messages = array_values( array_map( 'strval', (array) ( $data['params'] ?? array() ) ) );
		return array() === $messages ? $response : new WP_Error( 'rest_invalid_param', implode( ' ', $messages ), $data );
	}
}
