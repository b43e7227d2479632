<?php
/**
 * PHPUnit bootstrap. Unit tests need only the autoloaders; integration tests also load the
 * WordPress site named by WAYFINDER_TEST_SITE (made by bin/test-integration.sh).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

spl_autoload_register(
	static function ( string $class_name ): void {
		$prefix = 'Wayfinder\\Tests\\';
		if ( str_starts_with( $class_name, $prefix ) ) {
			$relative = str_replace( '\\', '/', substr( $class_name, strlen( $prefix ) ) );
			// Test folders are lower case (unit/, integration/); class names start upper case.
			$relative = lcfirst( $relative );
			$file     = __DIR__ . '/' . $relative . '.php';
			if ( is_readable( $file ) ) {
				require $file;
			}
		}
	}
);

$wayfinder_test_site = getenv( 'WAYFINDER_TEST_SITE' );
if ( $wayfinder_test_site ) {
	require __DIR__ . '/integration/bootstrap-wordpress.php';
} else {
	require dirname( __DIR__, 2 ) . '/includes/autoload.php';
}
