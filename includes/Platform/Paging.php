<?php
/**
 * One way to page a collection route: the `page` and `per_page` arguments and the X-WP-Total /
 * X-WP-TotalPages headers, as WordPress's own collections do.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use WP_REST_Response;

final class Paging {

	/** @return array<string, array<string, mixed>> */
	public static function args(): array {
		return array(
			'page'     => array(
				'description' => __( 'Page of the collection.', 'wayfinder' ),
				'type'        => 'integer',
				'default'     => 1,
				'minimum'     => 1,
			),
			'per_page' => array(
				'description' => __( 'Items per page (at most 100).', 'wayfinder' ),
				'type'        => 'integer',
				'default'     => 20,
				'minimum'     => 1,
				'maximum'     => 100,
			),
		);
	}

	public static function add_headers( WP_REST_Response $response, int $total, int $per_page ): WP_REST_Response {
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) max( 1, (int) ceil( $total / max( 1, $per_page ) ) ) );
		return $response;
	}
}
