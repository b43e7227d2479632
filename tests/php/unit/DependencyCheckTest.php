<?php
/**
 * The dependency check (bin/check-dependencies.php): the direction of dependencies between the folders of includes/, and
 * where SQL and mail may live.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit;

use PHPUnit\Framework\TestCase;

final class DependencyCheckTest extends TestCase {

	private string $tree = '';

	protected function tearDown(): void {
		if ( '' !== $this->tree && is_dir( $this->tree ) ) {
			$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $this->tree, \FilesystemIterator::SKIP_DOTS ), \RecursiveIteratorIterator::CHILD_FIRST );
			foreach ( $files as $file ) {
				$file->isDir() ? rmdir( $file->getPathname() ) : unlink( $file->getPathname() );
			}
			rmdir( $this->tree );
		}
		parent::tearDown();
	}

	/**
	 * A tiny includes/ tree.
	 *
	 * @param array<string, string> $files Relative path => the code after `<?php`.
	 */
	private function tree( array $files ): string {
		$this->tree = sys_get_temp_dir() . '/wayfinder-deps-' . bin2hex( random_bytes( 4 ) );
		foreach ( $files as $path => $code ) {
			$file = $this->tree . '/' . $path;
			if ( ! is_dir( dirname( $file ) ) ) {
				mkdir( dirname( $file ), 0777, true );
			}
			file_put_contents( $file, "<?php\n" . $code );
		}
		return $this->tree;
	}

	/** @return array{0: int, 1: string} The exit code and the report. */
	private function check( string ...$args ): array {
		$command = array_merge( array( PHP_BINARY, dirname( __DIR__, 3 ) . '/bin/check-dependencies.php' ), $args );
		$process = proc_open(
			$command,
			array(
				1 => array( 'pipe', 'w' ),
				2 => array(
					'pipe',
					'w',
				),
			),
			$pipes
		);
		$this->assertIsResource( $process );
		$out = (string) stream_get_contents( $pipes[1] ) . (string) stream_get_contents( $pipes[2] );
		fclose( $pipes[1] );
		fclose( $pipes[2] );
		return array( proc_close( $process ), $out );
	}

	public function test_a_cycle_between_two_feature_folders_is_caught_with_the_lines_that_make_it(): void {
		$root                  = $this->tree(
			array(
				'Platform/Base.php' => "namespace Wayfinder\\Platform;\nfinal class Base {}",
				'Alpha/One.php'     => "namespace Wayfinder\\Alpha;\nuse Wayfinder\\Platform\\Base;\nuse Wayfinder\\Beta\\Two;\nfinal class One {}",
				'Beta/Two.php'      => "namespace Wayfinder\\Beta;\nfinal class Two { public function f(): void { \\Wayfinder\\Alpha\\One::class; } }",
				'Gamma/Three.php'   => "namespace Wayfinder\\Gamma;\nuse Wayfinder\\Alpha\\{One, Other};\nfinal class Three {}",
			)
		);
		list( $code, $report ) = $this->check( $root );
		$this->assertSame( 1, $code, $report );
		$this->assertStringContainsString( 'cycle between Alpha, Beta', $report );
		$this->assertStringContainsString( 'Alpha → Beta: Alpha/One.php:4 uses Wayfinder\\Beta\\Two', $report );
		$this->assertStringContainsString( 'Beta → Alpha: Beta/Two.php:3 uses Wayfinder\\Alpha\\One', $report );
		$this->assertMatchesRegularExpression( '/Gamma\s+→ Alpha\n/', $report, 'a group import counts; one-way edges are fine' );
	}

	public function test_a_cycle_through_three_folders_and_relative_names_is_caught(): void {
		$root                  = $this->tree(
			array(
				'Alpha/One.php'   => "namespace Wayfinder\\Alpha;\nuse Wayfinder\\Beta;\nfinal class One { public function f(): void { new Beta\\Two(); } }",
				'Beta/Two.php'    => "namespace Wayfinder\\Beta;\nuse Wayfinder\\Gamma\\Three as Third;\nfinal class Two {}",
				'Gamma/Three.php' => "namespace Wayfinder;\nfinal class Three { public function f(): void { new Alpha\\One(); } }",
			)
		);
		list( $code, $report ) = $this->check( $root );
		$this->assertSame( 1, $code, $report );
		$this->assertStringContainsString( 'cycle between Alpha, Beta, Gamma', $report );
	}

	public function test_platform_using_a_feature_fails_but_using_the_pure_engine_does_not(): void {
		$root                  = $this->tree(
			array(
				'Platform/Installer.php' => "namespace Wayfinder\\Platform;\nuse Wayfinder\\Matching\\Criteria;\nuse const Wayfinder\\VERSION;\nfinal class Installer { public function f(): void { \\Wayfinder\\Teams\\Seeder::seed(); } }",
				'Matching/Criteria.php'  => "namespace Wayfinder\\Matching;\nfinal class Criteria {}",
				'Teams/Seeder.php'       => "namespace Wayfinder\\Teams;\nuse Wayfinder\\Platform\\Installer;\nfinal class Seeder {}",
			)
		);
		list( $code, $report ) = $this->check( $root );
		$this->assertSame( 1, $code, $report );
		$this->assertStringContainsString( 'Platform uses a feature: Platform → Teams: Platform/Installer.php:5 uses Wayfinder\\Teams\\Seeder', $report );
		$this->assertStringNotContainsString( 'Platform → Matching:', $report );
	}

	public function test_comments_strings_closures_and_traits_are_not_dependencies(): void {
		$root                  = $this->tree(
			array(
				'Platform/Base.php' => "namespace Wayfinder\\Platform;\n/** @see \\Wayfinder\\Teams\\Seeder */\nfinal class Base {\n\tuse Helper;\n\tpublic function f(): string { \$x = 1; \$g = function () use ( \$x ) { return \$x; }; return 'Wayfinder\\\\Teams\\\\Seeder'; }\n}",
				'Teams/Seeder.php'  => "namespace Wayfinder\\Teams;\nuse Wayfinder\\Platform\\Base;\nfinal class Seeder {}",
			)
		);
		list( $code, $report ) = $this->check( $root );
		$this->assertSame( 0, $code, $report );
		$this->assertStringContainsString( 'one way (no cycles; Platform uses no feature)', $report );
	}

	public function test_sql_and_mail_in_the_wrong_place_are_listed_and_fail_only_when_strict(): void {
		$root                  = $this->tree(
			array(
				'Platform/Schema.php'            => "namespace Wayfinder\\Platform;\nfinal class Schema { public function f(): void { global \$wpdb; } }",
				'Alpha/AlphaRepository.php'      => "namespace Wayfinder\\Alpha;\nfinal class AlphaRepository { public function f(): void { global \$wpdb; } }",
				'Alpha/AlphaService.php'         => "namespace Wayfinder\\Alpha;\nfinal class AlphaService {\n\tpublic function f(): void {\n\t\tglobal \$wpdb;\n\t\twp_mail( 'a@example.org', 's', 'b' );\n\t}\n}",
				'Notifications/AlphaNotices.php' => "namespace Wayfinder\\Notifications;\nfinal class AlphaNotices { public function f(): void { wp_mail( 'a@example.org', 's', 'b' ); } }",
			)
		);
		list( $code, $report ) = $this->check( $root );
		$this->assertSame( 0, $code, $report );
		$this->assertStringContainsString( "outside repositories, Platform/Schema.php and Platform/Transaction.php: 1 file(s)\n  Alpha/AlphaService.php:5\n", $report );
		$this->assertStringContainsString( "wp_mail( outside Notifications/: 1 file(s)\n  Alpha/AlphaService.php:6\n", $report );

		list( $strict ) = $this->check( '--strict', $root );
		$this->assertSame( 1, $strict );
	}

	public function test_on_the_real_tree_platform_and_the_engine_use_no_feature_and_no_folder_calls_the_composition_root(): void {
		list( , $report ) = $this->check();
		$this->assertStringContainsString( 'Folders of includes/ and the folders they use:', $report );
		$this->assertMatchesRegularExpression( '/\n  Platform\s+→ (Matching|\(nothing\))\n/', $report );
		$this->assertMatchesRegularExpression( '/\n  Matching\s+→ \(nothing\)\n/', $report );
		$this->assertStringNotContainsString( 'Platform uses a feature', $report );
		$this->assertStringNotContainsString( 'composition root:', $report );
	}

	public function test_on_the_real_tree_dependencies_point_one_way_sql_stays_in_repositories_and_mail_in_notifications(): void {
		list( $code, $report ) = $this->check( '--strict' );
		$this->assertSame( 0, $code, $report );
	}
}
