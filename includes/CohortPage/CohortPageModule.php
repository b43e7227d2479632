<?php
/**
 * The public cohort page: a cohort's own page shows the `wayfinder/cohort` block under its
 * description, unless the description holds the block already.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\CohortPage;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class CohortPageModule implements Module {

	public const BLOCK = 'wayfinder/cohort';

	public function register( Container $services ): void {
		unset( $services );
		// After the blocks, paragraphs and shortcodes of the description (priorities 9 to 11).
		add_filter( 'the_content', array( self::class, 'append_block' ), 20 );
	}

	/** Adds the cohort block under the description of the cohort being viewed. */
	public static function append_block( string $content ): string {
		$post = get_post();
		if ( ! $post instanceof \WP_Post || CohortPostType::POST_TYPE !== $post->post_type || ! is_singular( CohortPostType::POST_TYPE ) || get_queried_object_id() !== $post->ID || has_block( self::BLOCK, $post ) ) {
			return $content;
		}
		return $content . render_block(
			array(
				'blockName'    => self::BLOCK,
				'attrs'        => array( 'cohortId' => $post->ID ),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}
}
