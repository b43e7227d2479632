<?php
/**
 * Server rendering of the Verify a certificate block: a form that works without JavaScript (posting
 * to this page), opened on ?credential=<uuid>, and the checks as a list. Escaped in VerifyBlock.
 *
 * @package Wayfinder
 *
 * @var array<string, mixed> $attributes The block's attributes.
 */

declare(strict_types=1);

use Wayfinder\Credentials\VerifyBlock;

$wayfinder_inner = VerifyBlock::render( (int) ( $attributes['headingLevel'] ?? 2 ) );
// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- WordPress escapes the wrapper's attributes; the inner HTML is escaped in VerifyBlock.
echo '<div ' . get_block_wrapper_attributes( array( 'class' => 'wayfinder-verify-block' ) ) . '>' . $wayfinder_inner . '</div>';
