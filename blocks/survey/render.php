<?php
/**
 * Server rendering of the Survey block (see Surveys\SurveyBlock): the survey the address names, for
 * the person signed in or anyone with its key, or the signed-in person's surveys waiting. Escaped in
 * SurveyBlock.
 *
 * @package Wayfinder
 *
 * @var array<string, mixed> $attributes The block's attributes.
 */

declare(strict_types=1);

use Wayfinder\Surveys\SurveyBlock;

$wayfinder_inner = SurveyBlock::render( get_current_user_id(), time(), (int) ( $attributes['headingLevel'] ?? 2 ) );
// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- WordPress escapes the wrapper's attributes; the inner HTML is escaped in SurveyBlock.
printf( '<div %s>%s</div>', get_block_wrapper_attributes( array( 'class' => 'wayfinder-survey-block' ) ), $wayfinder_inner );
