<?php
/**
 * A fixed-window rate limit per client for the quiz's public endpoint: at most `limit` results per
 * `window` seconds (default 30 per 60 s), changed with the `wayfinder_quiz_rate_limit` filter
 * (a limit of 0 switches it off). The client is a keyed hash of REMOTE_ADDR (the
 * `wayfinder_quiz_client_ip` filter may return another address, e.g. from a trusted proxy's
 * header), so no address is stored; the counter lives in the object cache or, without one, in a
 * transient that expires with its window.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class RateLimiter {

	public const DEFAULT_LIMIT  = 30;
	public const DEFAULT_WINDOW = 60;
	private const GROUP         = 'wayfinder_quiz_rate';

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
		$key    = 'wayfinder_quiz_' . substr( hash_hmac( 'sha256', self::client() . '|' . $start, wp_salt( 'nonce' ) ), 0, 32 );
		$expire = $start + $settings['window'] - $now;
		if ( wp_using_ext_object_cache() ) {
			// Atomic across web servers: add() creates the counter once, incr() counts.
			wp_cache_add( $key, 0, self::GROUP, $expire + 1 );
			$count = (int) wp_cache_incr( $key, 1, self::GROUP );
		} else {
			$count = (int) get_transient( $key ) + 1;
			set_transient( $key, $count, $expire + 1 );
		}
		return $count > $settings['limit'] ? max( 1, $expire ) : 0;
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
