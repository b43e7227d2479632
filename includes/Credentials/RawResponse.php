<?php
/**
 * A REST response whose body is sent as it is (a JWT, a PNG), not as JSON: CredentialsModule serves
 * it through rest_pre_serve_request with its own Content-Type.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

final class RawResponse extends \WP_REST_Response {

	/** @param string $filename When set, a download with this name. */
	public function __construct( string $body, string $content_type, string $filename = '', int $status = 200 ) {
		$headers = array(
			'Content-Type'           => $content_type,
			'X-Content-Type-Options' => 'nosniff',
		);
		if ( '' !== $filename ) {
			$headers['Content-Disposition'] = 'attachment; filename="' . $filename . '"';
			$headers['Cache-Control']       = 'private, no-store';
		}
		parent::__construct( $body, $status, $headers );
	}

	/**
	 * Sends a raw response's body as it is.
	 *
	 * @param bool  $served Whether the request was already served.
	 * @param mixed $result The response.
	 */
	public static function serve( $served, $result ): bool {
		if ( $served || ! $result instanceof self ) {
			return (bool) $served;
		}
		echo (string) $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a JWT or PNG, sent with its own Content-Type and nosniff, never as HTML.
		return true;
	}
}
