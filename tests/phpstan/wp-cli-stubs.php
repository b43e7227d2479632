<?php
/**
 * The part of WP-CLI's API that Wayfinder uses, for static analysis only (php-stubs/wp-cli-stubs is
 * not on this machine's Composer mirror).
 *
 * @package Wayfinder
 */

// phpcs:disable
namespace {
	class WP_CLI {
		/**
		 * @param class-string|callable|object $callable
		 * @param array<string, mixed>          $args
		 */
		public static function add_command( string $name, $callable, array $args = array() ): bool {}
		public static function success( string $message ): void {}
		public static function log( string $message ): void {}
		public static function line( string $message = '' ): void {}
		/** @param array<string, mixed> $assoc_args With `yes`, it does not ask. */
		public static function confirm( string $question, array $assoc_args = array() ): void {}
		public static function warning( string $message ): void {}
		/** @return never */
		public static function error( string $message ): void {}
	}
}

namespace WP_CLI\Utils {
	/**
	 * @param string                     $format table, csv, json or yaml.
	 * @param list<array<string, mixed>> $items
	 * @param list<string>|string        $fields
	 */
	function format_items( string $format, array $items, $fields ): void {}
}
