<?php
/**
 * The Badges block (wayfinder/badges): one person's public badges — on an author archive the author,
 * elsewhere the block's chosen person or the post's author — with an empty state. On an author
 * archive of a block theme that does not place the block itself, it follows the archive's title
 * (see in_author_archive()), so every profile page shows its person's badges.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Recognition;

use Wayfinder\Profiles\DisplayName;

final class BadgesBlock {

	public const NAME = 'wayfinder/badges';

	private static bool $added = false;

	public function __construct( private readonly PublicBadges $badges ) {
	}

	/**
	 * Whose badges the block shows: its userId, else the author of the author archive being shown,
	 * else the post's author; 0 for nobody.
	 *
	 * @param array<string, mixed> $attributes
	 */
	public static function person( array $attributes, int $post_id = 0 ): int {
		$chosen = (int) ( $attributes['userId'] ?? 0 );
		if ( $chosen > 0 ) {
			return false === get_userdata( $chosen ) ? 0 : $chosen;
		}
		if ( is_author() ) {
			return (int) get_queried_object_id();
		}
		$post = get_post( $post_id > 0 ? $post_id : (int) get_the_ID() );
		return $post instanceof \WP_Post ? (int) $post->post_author : 0;
	}

	/**
	 * The block's inside, escaped: a heading, the list or the empty state.
	 *
	 * @param array<string, mixed> $attributes
	 */
	public function inner( array $attributes, int $post_id = 0 ): string {
		$user_id = self::person( $attributes, $post_id );
		if ( $user_id <= 0 ) {
			return current_user_can( 'edit_posts' ) ? '<p class="wayfinder-badges-block__empty">' . esc_html__( 'Choose whose badges to show in the block settings, or place the block on an author page or a post with an author.', 'wayfinder' ) . '</p>' : '';
		}
		$level   = in_array( (int) ( $attributes['headingLevel'] ?? 2 ), array( 2, 3, 4 ), true ) ? (int) $attributes['headingLevel'] : 2;
		$heading = 'wayfinder-badges-' . $user_id . '-' . wp_unique_id();
		$name    = DisplayName::of( $user_id );
		$views   = $this->badges->of( $user_id, true );
		BadgeList::enqueue_style();
		/* translators: %s: a person's name. */
		$html = sprintf( '<h%1$d id="%2$s" class="wayfinder-badges-block__heading">%3$s</h%1$d>', $level, esc_attr( $heading ), esc_html( sprintf( __( 'Badges of %s', 'wayfinder' ), $name ) ) );
		if ( array() === $views ) {
			/* translators: %s: a person's name. */
			return $html . '<p class="wayfinder-badges-block__empty">' . esc_html( sprintf( __( '%s has no badges to show yet.', 'wayfinder' ), $name ) ) . '</p>';
		}
		return $html . BadgeList::full( $views, $heading );
	}

	/**
	 * After the archive's title on an author archive of a block theme (the `core/query-title` block),
	 * the Badges block for the author — unless the template places the Badges block itself. Once a page.
	 *
	 * @param string               $content The rendered title.
	 * @param array<string, mixed> $block   The parsed block.
	 */
	public static function in_author_archive( string $content, array $block ): string {
		global $_wp_current_template_content;
		if ( self::$added || ! is_author() || 'archive' !== ( $block['attrs']['type'] ?? '' ) || '' === trim( $content ) ) {
			return $content;
		}
		if ( is_string( $_wp_current_template_content ) && str_contains( $_wp_current_template_content, '<!-- wp:' . self::NAME ) ) {
			return $content;
		}
		self::$added = true;
		return $content . render_block(
			array(
				'blockName'    => self::NAME,
				'attrs'        => array(
					'userId'       => (int) get_queried_object_id(),
					'headingLevel' => 2,
				),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}

	/** A new page (tests render several in one request). */
	public static function reset(): void {
		self::$added = false;
	}
}
