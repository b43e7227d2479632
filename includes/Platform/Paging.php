<?php
/**
 * One way to page a collection route: the `page` and `per_page` arguments and the X-WP-Total /
 * X-WP-TotalPages headers, as WordPress's own collections do.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

final class Paging {

	/** The last page any collection serves: far past any real list, and small enough that (page − 1) × per_page stays an exact integer. */
	public const MAX_PAGE = 100000;

	/** @return array<string, array<string, mixed>> */
	public static function args(): array {
		return array(
			'page'     => array(
				'description'       => __( 'Page of the collection.', 'wayfinder' ),
				'type'              => 'integer',
				'default'           => 1,
				'minimum'           => 1,
				'maximum'           => self::MAX_PAGE,
				'validate_callback' => array( self::class, 'validate_page' ),
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

	/**
	 * The page number as the schema says, with a sentence a person can act on when it is out of range.
	 *
	 * @param mixed           $value   The page asked for.
	 * @param WP_REST_Request $request The request.
	 * @param string          $param   The parameter's name.
	 * @return true|WP_Error
	 */
	public static function validate_page( $value, WP_REST_Request $request, string $param ) {
		$valid = rest_validate_request_arg( $value, $request, $param );
		if ( true !== $valid && is_numeric( $value ) && (float) $value > self::MAX_PAGE ) {
			return new WP_Error(
				'wayfinder_page_out_of_range',
				/* translators: %s: the last page number, formatted. */
				sprintf( __( 'Pages are numbered from 1 to %s. Ask for a page in that range (the X-WP-TotalPages header says how many there are).', 'wayfinder' ), number_format_i18n( self::MAX_PAGE ) ),
				array( 'status' => 400 )
			);
		}
		return $valid;
	}

	/** The offset of a page's first item in SQL, never negative. */
	public static function offset( int $page, int $per_page ): int {
		return ( max( 1, min( self::MAX_PAGE, $page ) ) - 1 ) * max( 1, $per_page );
	}

	public static function add_headers( WP_REST_Response $response, int $total, int $per_page ): WP_REST_Response {
		$response->header( 'X-WP-Total', (string) $total );
		$response->header( 'X-WP-TotalPages', (string) max( 1, (int) ceil( $total / max( 1, $per_page ) ) ) );
		return $response;
	}
}
