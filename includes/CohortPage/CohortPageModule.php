<?php
/**
 * The public cohort page: a cohort's own page shows the `wayfinder/cohort` block under its
 * description, unless the description holds the block already; and under it the
 * `wayfinder/application` block while the cohort takes applications (or for someone who applied, to
 * see where their application stands), unless the description holds that one.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\CohortPage;

use Wayfinder\Applications\ApplicationBlock;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Applications\ApplicationSettings;
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
		if ( ! $post instanceof \WP_Post || CohortPostType::POST_TYPE !== $post->post_type || ! is_singular( CohortPostType::POST_TYPE ) || get_queried_object_id() !== $post->ID ) {
			return $content;
		}
		if ( ! has_block( self::BLOCK, $post ) ) {
			$content .= self::block( self::BLOCK, $post->ID );
		}
		if ( ! has_block( ApplicationBlock::BLOCK, $post ) && self::shows_application( $post->ID ) ) {
			$content .= self::block( ApplicationBlock::BLOCK, $post->ID );
		}
		return $content;
	}

	/** While the cohort takes applications, or for someone who applied to it. */
	private static function shows_application( int $cohort_id ): bool {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return false;
		}
		if ( ApplicationSettings::of( $cohort_id )->accepts_at( time(), $cohort->stage ) ) {
			return true;
		}
		$user = get_current_user_id();
		return $user > 0 && null !== ( new ApplicationRepository() )->find_for( $cohort_id, $user );
	}

	private static function block( string $name, int $cohort_id ): string {
		return render_block(
			array(
				'blockName'    => $name,
				'attrs'        => array( 'cohortId' => $cohort_id ),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}
}
