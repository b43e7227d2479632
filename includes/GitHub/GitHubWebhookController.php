<?php
/**
 * POST /wayfinder/v1/github/webhook: where GitHub delivers. Thin: the signature is checked first, in
 * the permission callback, over the raw body (WebhookReceiver::authenticate); then the delivery is
 * taken (WebhookReceiver::receive) and answered with counts only.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class GitHubWebhookController extends WP_REST_Controller {

	public function __construct( private readonly WebhookReceiver $receiver = new WebhookReceiver() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'github/webhook';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/github/webhook',
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'receive' ),
				'permission_callback' => array( $this, 'signed_check' ),
			)
		);
	}

	/**
	 * Only deliveries signed with a connected repository's secret (GitHub sends no WordPress login).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function signed_check( $request ) {
		$repo = $this->receiver->authenticate( (string) $request->get_body(), (string) $request->get_header( 'X-Hub-Signature-256' ) );
		return is_wp_error( $repo ) ? $repo : true;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function receive( $request ) {
		$body = (string) $request->get_body();
		$repo = $this->receiver->authenticate( $body, (string) $request->get_header( 'X-Hub-Signature-256' ) );
		if ( is_wp_error( $repo ) ) {
			return $repo;
		}
		$payload = json_decode( $body, true );
		$result  = $this->receiver->receive( $repo, (string) $request->get_header( 'X-GitHub-Event' ), (string) $request->get_header( 'X-GitHub-Delivery' ), is_array( $payload ) ? $payload : array(), time() );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		$status = $result['status'];
		unset( $result['status'] );
		$response = rest_ensure_response( $result );
		$response->set_status( $status );
		return $response;
	}
}
