<?php
/**
 * Post meta checked against its registered REST schema before a post is saved: WordPress's posts
 * controller saves the post first and its meta after, so a refused field would leave a half-saved
 * post. Post types call this from their `rest_pre_insert_<type>` filter.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use WP_Error;

final class MetaSchema {

	/**
	 * The first field of $meta registered for the post type whose value its schema refuses (a 400
	 * with WordPress's own code and message, e.g. "meta.wayfinder_seats must be between 1 (inclusive)
	 * and 1000 (inclusive)."), or null when every field passes.
	 *
	 * @param array<string, mixed> $meta The request's meta.
	 */
	public static function refusal( array $meta, string $post_type ): ?WP_Error {
		$registered = get_registered_meta_keys( 'post', $post_type );
		foreach ( $meta as $key => $value ) {
			if ( ! isset( $registered[ $key ] ) ) {
				continue;
			}
			$schema = array_merge( array( 'type' => $registered[ $key ]['type'] ), $registered[ $key ]['show_in_rest']['schema'] ?? array() );
			$valid  = rest_validate_value_from_schema( $value, $schema, 'meta.' . $key );
			if ( is_wp_error( $valid ) ) {
				$valid->add_data( array( 'status' => 400 ) );
				return $valid;
			}
		}
		return null;
	}
}
