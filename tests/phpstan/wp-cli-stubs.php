<?php
/**
 * The part of WP-CLI's API that Wayfinder uses, for static analysis only (php-stubs/wp-cli-stubs is
 * not on this machine's Composer mirror).
 *
 * @package Wayfinder
 */

// phpcs:disable
class WP_CLI {
	/**
	 * @param class-string|callable|object $callable
	 * @param array<string, mixed>          $args
	 */
	public static function add_command( string $name, $callable, array $args = array() ): bool {}
	public static function success( string $message ): void {}
	public static function warning( string $message ): void {}
	/** @return never */
	public static function error( string $message ): void {}
}
