<?php
/**
 * Where the one TypeScript client connects in wp-admin (the coordinator app and the block editor).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Platform\RestConnection;
use Wayfinder\Tests\Integration\TestCase;

final class RestConnectionTest extends TestCase {

	public function test_wp_admin_tells_the_client_the_rest_root_and_the_persons_nonce_before_any_script(): void {
		wp_set_current_user( $this->make_user( 'administrator' ) );
		$this->assertSame( 1, has_action( 'admin_print_scripts', array( RestConnection::class, 'print' ) ), 'before the head’s scripts (priority 20)' );

		ob_start();
		RestConnection::print();
		$printed = (string) ob_get_clean();

		$this->assertSame( 1, preg_match( '#window\.wayfinderRest = (\{.*\});#', $printed, $json ) );
		$settings = json_decode( $json[1], true );
		$this->assertSame( rest_url(), $settings['root'] );
		$this->assertSame( 1, wp_verify_nonce( $settings['nonce'], 'wp_rest' ) );
		$this->assertStringContainsString( 'could not be reached', $settings['unreachable'] );
	}
}
