<?php
/**
 * Server rendering of the Cohort application block (see Applications\ApplicationBlock): the person's
 * application to a cohort, as forms that work without JavaScript. Escaped inside render().
 *
 * @package Wayfinder
 *
 * @var array<string, mixed> $attributes The block's attributes.
 * @var WP_Block             $block      The block, with the post it sits in as context.
 */

declare(strict_types=1);

use Wayfinder\Applications\ApplicationBlock;
use Wayfinder\Cohorts\CohortPostType;

$wayfinder_cohort_id = (int) ( $attributes['cohortId'] ?? 0 );
if ( $wayfinder_cohort_id <= 0 ) {
	// On a cohort's own page, that cohort.
	$wayfinder_post_id   = (int) ( $block->context['postId'] ?? get_the_ID() );
	$wayfinder_cohort_id = CohortPostType::POST_TYPE === get_post_type( $wayfinder_post_id ) ? $wayfinder_post_id : 0;
}
$wayfinder_html = ApplicationBlock::render( $wayfinder_cohort_id, get_current_user_id(), time(), (int) ( $attributes['headingLevel'] ?? 2 ) );
if ( '' !== $wayfinder_html ) {
	// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- WordPress escapes the wrapper's attributes; render() escapes every value.
	printf( '<div %s>%s</div>', get_block_wrapper_attributes( array( 'class' => 'wayfinder-application-block' ) ), $wayfinder_html );
}
