<?php
/**
 * A fixed-window rate limit per client for the quiz's public endpoint: at most `limit` results per
 * `window` seconds (default 30 per 60 s), changed with the `wayfinder_quiz_rate_limit` filter
 * (a limit of 0 switches it off). The client is a keyed hash of REMOTE_ADDR (the
 * `wayfinder_quiz_client_ip` filter may return another address, e.g. from a trusted proxy's
 * header) and the window, so no address is stored. The counter is a database row that a hit counts
 * in only while it is under the limit (`RateLimitRepository::take()`, one conditional statement), so
 * the limit holds exactly with any number of simultaneous requests and web servers; the hourly tick
 * deletes the rows of past windows.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class RateLimiter {

	public const DEFAULT_LIMIT  = 30;
	public const DEFAULT_WINDOW = 60;

	public function __construct(
		private readonly RateLimitRepository $counters = new RateLimitRepository(),
	) {}

	/** @return array{limit: int, window: int} */
	public static function settings(): array {
		/**
		 * How many quiz results one client may ask for per window, and the window in seconds.
		 *
		 * @param array{limit: int, window: int} $settings A limit of 0 switches the rate limit off.
		 */
		$settings = apply_filters(
			'wayfinder_quiz_rate_limit',
			array(
				'limit'  => self::DEFAULT_LIMIT,
				'window' => self::DEFAULT_WINDOW,
			)
		);
		return array(
			'limit'  => max( 0, (int) ( $settings['limit'] ?? self::DEFAULT_LIMIT ) ),
			'window' => max( 1, (int) ( $settings['window'] ?? self::DEFAULT_WINDOW ) ),
		);
	}

	/**
	 * Counts one hit for the current client.
	 *
	 * @return int 0 when allowed; otherwise the seconds until the window ends (for Retry-After).
	 */
	public function hit( ?int $now = null ): int {
		$settings = self::settings();
		if ( 0 === $settings['limit'] ) {
			return 0;
		}
		$now    = $now ?? time();
		$start  = $now - $now % $settings['window'];
		$end    = $start + $settings['window'];
		$bucket = substr( hash_hmac( 'sha256', self::client() . '|' . $start, wp_salt( 'nonce' ) ), 0, 32 );
		if ( $this->counters->take( $bucket, $end, $settings['limit'] ) ) {
			return 0;
		}
		return max( 1, $end - $now );
	}

	/** Deletes the counters of windows that are over (on the hourly tick). */
	public function forget_past_windows(): void {
		$this->counters->delete_expired( time() );
	}

	private static function client(): string {
		$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		/**
		 * The address that identifies a client for the rate limit (default: REMOTE_ADDR).
		 *
		 * @param string $address The address.
		 */
		return (string) apply_filters( 'wayfinder_quiz_client_ip', $address );
	}
}
