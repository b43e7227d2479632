<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Platform\Blocks;
use Wayfinder\Tests\Integration\TestCase;

final class BlocksTest extends TestCase {

	protected function tearDown(): void {
		if ( \WP_Block_Type_Registry::get_instance()->is_registered( 'wayfinder-test/sample-block' ) ) {
			unregister_block_type( 'wayfinder-test/sample-block' );
		}
		parent::tearDown();
	}

	public function test_blocks_in_a_build_manifest_are_registered_and_render_on_the_server(): void {
		Blocks::register_collection( __DIR__ . '/fixtures/build' );

		$this->assertTrue( \WP_Block_Type_Registry::get_instance()->is_registered( 'wayfinder-test/sample-block' ) );
		$html = do_blocks( '<!-- wp:wayfinder-test/sample-block /-->' );
		$this->assertStringContainsString( 'class="wp-block-wayfinder-test-sample-block"', $html );
		$this->assertStringContainsString( 'rendered on the server', $html );
	}

	public function test_a_missing_manifest_registers_nothing_and_raises_nothing(): void {
		$before = count( \WP_Block_Type_Registry::get_instance()->get_all_registered() );
		Blocks::register_collection( __DIR__ . '/fixtures/no-such-build' );
		$this->assertSame( $before, count( \WP_Block_Type_Registry::get_instance()->get_all_registered() ) );
	}
}
