<?php
/**
 * Server rendering of the Badges block: one person's badges that they chose to show (see
 * Recognition\BadgesBlock), escaped there.
 *
 * @package Wayfinder
 *
 * @var array<string, mixed> $attributes The block's attributes.
 * @var WP_Block|null        $block      The block, with its context.
 */

declare(strict_types=1);

use Wayfinder\Recognition\BadgesBlock;
use Wayfinder\Recognition\PublicBadges;

$wayfinder_post  = isset( $block ) && $block instanceof WP_Block ? (int) ( $block->context['postId'] ?? 0 ) : 0;
$wayfinder_inner = ( new BadgesBlock( new PublicBadges() ) )->inner( $attributes, $wayfinder_post );
if ( '' === $wayfinder_inner ) {
	return;
}
?>
<div <?php echo get_block_wrapper_attributes( array( 'class' => 'wayfinder-badges-block' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?>>
	<?php echo $wayfinder_inner; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped inside. ?>
</div>
