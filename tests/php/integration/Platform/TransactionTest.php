<?php
/**
 * A transaction on a site whose database drop-in reads from replicas (LudicrousDB, HyperDB) sends the
 * request's reads to the primary, so its statements share one connection and read back what they wrote.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Platform\Transaction;
use Wayfinder\Tests\Integration\TestCase;

final class TransactionTest extends TestCase {

	public function test_a_transaction_sends_the_requests_reads_to_the_primary_with_ludicrousdb_and_hyperdb(): void {
		global $wpdb;
		$real      = $wpdb;
		$ludicrous = new class() {
			public bool $primary  = false;
			public bool $old_name = false;
			/** @var list<string> */
			public array $queries     = array();
			public string $last_error = '';
			public function send_reads_to_primaries(): void {
				$this->primary = true;
			}
			public function send_reads_to_masters(): void {
				$this->old_name = true; // Deprecated in LudicrousDB 5.2: never called when the new name exists.
			}
			public function query( string $sql ): int {
				$this->queries[] = $sql;
				return 0;
			}
		};
		$hyper     = new class() {
			public bool $primary = false;
			/** @var list<string> */
			public array $queries     = array();
			public string $last_error = '';
			public function send_reads_to_masters(): void {
				$this->primary = true;
			}
			public function query( string $sql ): int {
				$this->queries[] = $sql;
				return 0;
			}
		};
		try {
			foreach ( array( $ludicrous, $hyper ) as $replicated ) {
				$wpdb = $replicated; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- the drop-in's $wpdb for this test only.
				$this->assertSame( 'done', Transaction::run( static fn (): string => 'done' ) );
				$this->assertTrue( $replicated->primary, 'reads go to the primary from the first statement on' );
				$this->assertNotSame( array(), $replicated->queries, 'the transaction ran on this connection' );
			}
			$this->assertFalse( $ludicrous->old_name );
		} finally {
			$wpdb = $real; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- put back.
		}
	}
}
