<?php
/**
 * The address of the page a block is rendered on, for its links and forms: the requested path and
 * query on the site's own host (never the Host header). In the editor's server-side preview (a REST
 * request) it is the edited post's permalink.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

final class PageUrl {

	public static function current(): string {
		if ( wp_is_serving_rest_request() ) {
			$post = get_post();
			return $post ? (string) get_permalink( $post ) : home_url( '/' );
		}
		$home = wp_parse_url( home_url( '/' ) );
		$uri  = isset( $_SERVER['REQUEST_URI'] ) ? wp_unslash( $_SERVER['REQUEST_URI'] ) : '/'; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- a URL, escaped where printed.
		$uri  = is_string( $uri ) && str_starts_with( $uri, '/' ) ? $uri : '/';
		$port = isset( $home['port'] ) ? ':' . $home['port'] : '';
		return ( $home['scheme'] ?? 'http' ) . '://' . ( $home['host'] ?? 'localhost' ) . $port . $uri;
	}

	/** $url without the directory's and the request form's query arguments. */
	public static function without_block_args( string $url ): string {
		return remove_query_arg( DirectoryFilters::arg_names(), $url );
	}
}
