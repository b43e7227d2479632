<?php
/**
 * Answering surveys: GET /wayfinder/v1/survey-invitations/<id> (the form), POST
 * /wayfinder/v1/survey-invitations/<id>/answers (the answers), and GET /wayfinder/v1/me/surveys (the
 * signed-in person's surveys waiting for an answer). An invitation is reached by the invited person
 * signed in, or by anyone with its key (the personal link, also signed out); everyone else hears
 * "not found" (404), so nobody learns that it exists.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class AnsweringController extends WP_REST_Controller {

	/** The most characters of a key (an HMAC in hex is 64). */
	private const KEY_LENGTH = 128;

	public function __construct( private readonly Answering $answering = new Answering() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'survey-invitations';
	}

	public function register_routes(): void {
		$id  = array(
			'description' => __( 'The invitation.', 'wayfinder' ),
			'type'        => 'integer',
			'minimum'     => 1,
		);
		$key = array(
			'description' => __( 'The key of the personal link, to answer without logging in.', 'wayfinder' ),
			'type'        => 'string',
			'maxLength'   => self::KEY_LENGTH,
			'default'     => '',
		);
		register_rest_route(
			RestNamespace::V1,
			'/survey-invitations/(?P<id>[\d]+)',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_form' ),
				'permission_callback' => array( $this, 'reach_permissions_check' ),
				'args'                => array(
					'id'  => $id,
					'key' => $key,
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/survey-invitations/(?P<id>[\d]+)/answers',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'answer' ),
				'permission_callback' => array( $this, 'reach_permissions_check' ),
				'args'                => array(
					'id'      => $id,
					'key'     => $key,
					'answers' => array(
						'description' => __( 'The answers keyed by question key: a number (agreement 1 to 5, would recommend 0 to 10), a text or one option, or a list of options (several choices).', 'wayfinder' ),
						'type'        => 'object',
						'default'     => array(),
					),
				),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/me/surveys',
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => array( $this, 'mine' ),
				'permission_callback' => array( $this, 'mine_permissions_check' ),
			)
		);
	}

	/**
	 * The invited person signed in, or whoever holds the key; everyone else: not found.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function reach_permissions_check( $request ) {
		return null === $this->invitation( $request ) ? Answering::not_found() : true;
	}

	/**
	 * Members of the site.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function mine_permissions_check( $request ) {
		unset( $request );
		return Capabilities::can_take_part() ? true : Capabilities::take_part_error( __( 'Log in to see the surveys waiting for you.', 'wayfinder' ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_form( $request ) {
		$invitation = $this->invitation( $request );
		if ( null === $invitation ) {
			return Answering::not_found();
		}
		$form = $this->answering->form( $invitation, time() );
		return is_wp_error( $form ) ? $form : rest_ensure_response( $form );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function answer( $request ) {
		$invitation = $this->invitation( $request );
		if ( null === $invitation ) {
			return Answering::not_found();
		}
		$done = $this->answering->answer( $invitation, $request['answers'], time() );
		if ( is_wp_error( $done ) ) {
			return $done;
		}
		$response = rest_ensure_response( $done );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function mine( $request ): WP_REST_Response {
		unset( $request );
		return rest_ensure_response( $this->answering->open_for( get_current_user_id(), time() ) );
	}

	private function invitation( WP_REST_Request $request ): ?Invitation {
		return $this->answering->reachable( (int) $request['id'], get_current_user_id(), is_string( $request['key'] ) ? $request['key'] : '' );
	}
}
