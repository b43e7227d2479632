<?php
/**
 * The quiz's rate limit counts in the database with one conditional statement, so it lets exactly
 * `limit` results through per client and window, also when many processes ask at once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Orientation;

use Wayfinder\Orientation\RateLimiter;
use Wayfinder\Orientation\RateLimitRepository;
use Wayfinder\Platform\Schema;
use Wayfinder\Tests\Integration\TestCase;

final class RateLimitTest extends TestCase {

	protected function tearDown(): void {
		remove_all_filters( 'wayfinder_quiz_rate_limit' );
		unset( $_SERVER['REMOTE_ADDR'] );
		parent::tearDown();
	}

	private function limit( int $limit ): void {
		add_filter(
			'wayfinder_quiz_rate_limit',
			static fn (): array => array(
				'limit'  => $limit,
				'window' => 60,
			)
		);
	}

	public function test_many_hits_in_one_window_let_exactly_the_limit_through(): void {
		$this->limit( 30 );
		$_SERVER['REMOTE_ADDR'] = '192.0.2.10';
		$now                    = 1_700_000_000;
		$allowed                = 0;
		for ( $i = 0; $i < 100; $i++ ) {
			$allowed += 0 === ( new RateLimiter() )->hit( $now ) ? 1 : 0;
		}
		$this->assertSame( 30, $allowed );
		$this->assertSame( 0, ( new RateLimiter() )->hit( $now + 60 ), 'the next window starts again' );
	}

	public function test_a_full_bucket_is_left_unchanged_by_one_conditional_statement(): void {
		$counters = new RateLimitRepository();
		$bucket   = str_repeat( 'ab', 16 );
		$this->assertTrue( $counters->take( $bucket, 1_700_000_060, 2 ) );
		$this->assertTrue( $counters->take( $bucket, 1_700_000_060, 2 ) );
		$this->assertFalse( $counters->take( $bucket, 1_700_000_060, 2 ) );
		$this->assertFalse( $counters->take( $bucket, 1_700_000_060, 2 ) );
		$this->assertSame( 2, $counters->hits( $bucket ), 'refused hits are not counted' );
	}

	public function test_the_counters_keep_no_address_and_past_windows_are_deleted(): void {
		$this->limit( 5 );
		$_SERVER['REMOTE_ADDR'] = '203.0.113.99';
		( new RateLimiter() )->hit( 1_700_000_040 );
		global $wpdb;
		$table = Schema::rate_limits_table();
		$this->assertSame( '1', $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE expires_at = 1700000100" ) ); // phpcs:ignore WordPress.DB
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE bucket LIKE %s", '%203.0.113%' ) ) ); // phpcs:ignore WordPress.DB

		do_action( \Wayfinder\Platform\Cron::HOURLY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…

		$this->assertSame( '0', $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE expires_at = 1700000100" ), 'the hourly tick deletes ended windows' ); // phpcs:ignore WordPress.DB
	}

	/**
	 * Eight PHP processes, each its own WordPress and database connection, ask for 10 results each at
	 * the same moment as one client: exactly the limit gets through (the read-then-write counter let
	 * about twice as many through).
	 */
	public function test_simultaneous_requests_from_many_processes_let_exactly_the_limit_through(): void {
		$site = (string) getenv( 'WAYFINDER_TEST_SITE' );
		$this->assertFileExists( $site . '/wp-load.php' );
		$client  = __DIR__ . '/fixtures/rate-limit-client.php';
		$address = '198.51.100.' . wp_rand( 1, 254 );
		// A window long past, so the hourly purge (and the one below) deletes what the processes commit.
		$now   = time() - DAY_IN_SECONDS - wp_rand( 0, 100000 ) * 60;
		$start = microtime( true ) + 1.5;
		$procs = array();
		$pipes = array();
		for ( $i = 0; $i < 8; $i++ ) {
			$command     = array( PHP_BINARY, $client, $site, $address, (string) $now, '30', '10', sprintf( '%.3f', $start ) );
			$procs[ $i ] = proc_open(
				$command,
				array(
					1 => array( 'pipe', 'w' ),
					2 => array(
						'pipe',
						'w',
					),
				),
				$pipes[ $i ]
			);
			$this->assertIsResource( $procs[ $i ] );
		}
		$allowed = 0;
		$errors  = '';
		foreach ( $procs as $i => $proc ) {
			$out     = (string) stream_get_contents( $pipes[ $i ][1] );
			$errors .= (string) stream_get_contents( $pipes[ $i ][2] );
			fclose( $pipes[ $i ][1] );
			fclose( $pipes[ $i ][2] );
			$this->assertSame( 0, proc_close( $proc ), $errors );
			$this->assertMatchesRegularExpression( '/^\d+$/', $out, $errors );
			$allowed += (int) $out;
		}
		$purge = proc_open( array( PHP_BINARY, $client, $site, 'purge' ), array( 1 => array( 'pipe', 'w' ) ), $purge_pipes );
		$this->assertIsResource( $purge );
		stream_get_contents( $purge_pipes[1] );
		fclose( $purge_pipes[1] );
		proc_close( $purge );

		$this->assertSame( 30, $allowed, '80 simultaneous hits against a limit of 30' );
	}
}
