<?php
/**
 * The page a feature's links lead to is the first published page holding its block (My mentorship,
 * the Survey, the verification page): found here, and kept until posts change.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class BlockPage {

	/** The ID of the first published page holding the block (e.g. "wayfinder/survey"); 0 when none does. */
	public static function find( string $block ): int {
		$key   = 'block_page:' . $block . ':' . wp_cache_get_last_changed( 'posts' );
		$found = wp_cache_get( $key, 'wayfinder' );
		if ( false === $found ) {
			$ids   = get_posts(
				array(
					'post_type'              => 'page',
					'post_status'            => 'publish',
					's'                      => '<!-- wp:' . $block,
					'sentence'               => true,
					'search_columns'         => array( 'post_content' ),
					'orderby'                => 'ID',
					'order'                  => 'ASC',
					'numberposts'            => 1,
					'fields'                 => 'ids',
					'no_found_rows'          => true,
					'update_post_meta_cache' => false,
					'update_post_term_cache' => false,
				)
			);
			$found = array() === $ids ? 0 : (int) $ids[0];
			wp_cache_set( $key, $found, 'wayfinder', HOUR_IN_SECONDS );
		}
		return (int) $found;
	}
}
