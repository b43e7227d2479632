<?php
/**
 * Loaded into a real `wp` process with --require by CliTestCase: once WordPress is loaded it opens a
 * transaction, makes the test's fixture (a static method of the test class), puts the IDs it made
 * into the command's arguments ({name} placeholders), and catches mail; at shutdown — after the
 * command, whether it succeeded or called WP_CLI::error() — it runs the test's probe, writes what it
 * found to a JSON report and rolls everything back, so the test site is left as it was.
 *
 * Environment: WAYFINDER_CLI_CLASS, WAYFINDER_CLI_FIXTURE, WAYFINDER_CLI_PROBE (method names, may be
 * empty), WAYFINDER_CLI_REPORT (the report's path).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

// The dev copy of WP-CLI runs with mustache 2.13 (the Composer mirror has no 2.14), which calls trim()
// with null on PHP 8.1+: its deprecation is that library's, not ours, and would fill the debug log. So are
// core's own from its network code on a multisite install (PHP 8.2+, WordPress 7.1).
set_error_handler( // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler -- drops known deprecations of others' code, in tests only.
	static fn ( int $level, string $message, string $file ): bool => E_DEPRECATED === $level && ( str_contains( $file, '/mustache/mustache/' ) || 1 === preg_match( '#/wp-includes/ms-[a-z-]+\.php$#', $file ) )
);

spl_autoload_register(
	static function ( string $class_name ): void {
		$prefix = 'Wayfinder\\Tests\\';
		if ( str_starts_with( $class_name, $prefix ) ) {
			$file = dirname( __DIR__, 2 ) . '/' . lcfirst( str_replace( '\\', '/', substr( $class_name, strlen( $prefix ) ) ) ) . '.php';
			if ( is_readable( $file ) ) {
				require $file;
			}
		}
	}
);

WP_CLI::add_hook(
	'after_wp_load',
	static function (): void {
		global $wpdb;
		$class  = (string) getenv( 'WAYFINDER_CLI_CLASS' );
		$report = array(
			'given' => array(),
			'after' => array(),
			'mail'  => array(),
		);
		$wpdb->query( 'SET autocommit = 0' );
		\Wayfinder\Platform\Transaction::begin();
		add_filter(
			'pre_wp_mail',
			static function ( $short_circuit, array $atts ) use ( &$report ) {
				$report['mail'][] = array(
					'to'      => implode( ', ', (array) $atts['to'] ),
					'subject' => (string) $atts['subject'],
					'message' => (string) $atts['message'],
				);
				return true;
			},
			10,
			2
		);
		$fixture = (string) getenv( 'WAYFINDER_CLI_FIXTURE' );
		if ( '' !== $fixture ) {
			$report['given'] = $class::$fixture();
			$report['mail']  = array(); // What the fixture sent is not what the test is about.
		}
		wayfinder_cli_fill_placeholders( $report['given'] );
		register_shutdown_function(
			static function () use ( &$report, $class ): void {
				$probe = (string) getenv( 'WAYFINDER_CLI_PROBE' );
				if ( '' !== $probe ) {
					wp_cache_flush();
					$report['after'] = $class::$probe( $report['given'] );
				}
				\Wayfinder\Platform\Transaction::rollback();
				file_put_contents( (string) getenv( 'WAYFINDER_CLI_REPORT' ), (string) wp_json_encode( $report ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- the test's own temporary file.
			}
		);
	}
);

/**
 * Puts the fixture's values into the command's arguments where they say {name}: the runner has read
 * them already, and the IDs exist only now.
 *
 * @param array<string, mixed> $given What the fixture made.
 */
function wayfinder_cli_fill_placeholders( array $given ): void {
	$runner  = WP_CLI::get_runner();
	$fill    = static fn ( $value ) => is_string( $value ) ? (string) preg_replace_callback( '/\{(\w+)\}/', static fn ( array $m ): string => (string) ( $given[ $m[1] ] ?? $m[0] ), $value ) : $value;
	$mirror  = new ReflectionClass( $runner );
	$argv    = $mirror->getProperty( 'arguments' );
	$options = $mirror->getProperty( 'assoc_args' );
	$argv->setAccessible( true );
	$options->setAccessible( true );
	$argv->setValue( $runner, array_map( $fill, (array) $argv->getValue( $runner ) ) );
	$options->setValue( $runner, array_map( $fill, (array) $options->getValue( $runner ) ) );
}
