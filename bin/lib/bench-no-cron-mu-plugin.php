<?php
/**
 * Plugin Name: Wayfinder bench site: no WP-Cron during a run
 * Description: Copied into the bench sites of `npm run bench:scale` only (never part of the plugin):
 * page loads do not start WP-Cron, whose jobs (core's update checks, Wayfinder's hourly tick over
 * thousands of people) would otherwise run beside the timed requests at random moments and skew them.
 * Cron is not what the bench measures; the hourly tick has its own tests and figures.
 *
 * @package Wayfinder
 */

if ( ! defined( 'DISABLE_WP_CRON' ) ) {
	define( 'DISABLE_WP_CRON', true ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedConstantFound -- WordPress's own switch.
}
