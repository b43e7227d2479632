<?php
/**
 * Server rendering of the Contributions block: a person's verified contributions, only when they chose
 * to show them on their profile — nothing at all otherwise. The person is the block's `userId`, or (0)
 * the author of the author archive or of the post being shown. Escaped in ContributionsBlock.
 *
 * @package Wayfinder
 *
 * @var array<string, mixed> $attributes The block's attributes.
 * @var WP_Block             $block      The block, with the post it sits in as context.
 */

declare(strict_types=1);

use Wayfinder\Contributions\ContributionsBlock;

$wayfinder_person = ContributionsBlock::person( (int) ( $attributes['userId'] ?? 0 ), (int) ( $block->context['postId'] ?? 0 ) );
$wayfinder_inner  = ContributionsBlock::render( $wayfinder_person, (int) ( $attributes['headingLevel'] ?? 2 ) );
if ( '' !== $wayfinder_inner ) {
	// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- WordPress escapes the wrapper's attributes; the inner HTML is escaped in ContributionsBlock.
	printf( '<div %s>%s</div>', get_block_wrapper_attributes( array( 'class' => 'wayfinder-contributions-block' ) ), $wayfinder_inner );
}
