<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit;

use PHPUnit\Framework\TestCase;

final class AutoloadTest extends TestCase {

	public function test_every_file_under_includes_declares_the_class_its_path_names(): void {
		$root  = dirname( __DIR__, 3 ) . '/includes';
		$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $root, \FilesystemIterator::SKIP_DOTS ) );
		$names = array();
		foreach ( $files as $file ) {
			$relative = substr( $file->getPathname(), strlen( $root ) + 1 );
			if ( 'autoload.php' === $relative || ! str_ends_with( $relative, '.php' ) ) {
				continue;
			}
			$names[] = 'Wayfinder\\' . str_replace( '/', '\\', substr( $relative, 0, -4 ) );
		}
		$this->assertNotEmpty( $names );
		foreach ( $names as $name ) {
			// Read, not loaded: most classes extend WordPress ones that unit tests do not have.
			$source = (string) file_get_contents( $root . '/' . str_replace( '\\', '/', substr( $name, 10 ) ) . '.php' );
			$short  = substr( (string) strrchr( $name, '\\' ), 1 );
			$this->assertMatchesRegularExpression( '/\b(class|interface|trait|enum)\s+' . $short . '\b/', $source, $name );
			$this->assertStringContainsString( 'namespace ' . substr( $name, 0, (int) strrpos( $name, '\\' ) ) . ';', $source, $name );
		}
	}
}
