<?php
/**
 * Counts kept between requests in one autoloaded option: counting may read thousands of rows while
 * the page it totals reads a dozen. A count holds for the quarter hour it was made in (what some
 * counts mean depends on the date and on summer time; for the others it bounds how long a change
 * nobody announced could go unseen) and until its owner forgets them all on a change it listens to.
 * At most LIMIT counts are kept; callers never keep searches (what people type has no end).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class KeptCounts {

	private const LIMIT = 200;

	/**
	 * The kept count of $key in option $option at $now, else $count()'s, kept.
	 *
	 * @param string          $option One of KeptValues' names.
	 * @param string          $key    What is counted, the same string for the same question.
	 * @param callable(): int $count  Counts in the database.
	 */
	public static function get( string $option, string $key, int $now, callable $count ): int {
		$quarter = intdiv( $now, 900 );
		$kept    = KeptValues::option( $option );
		$counts  = is_array( $kept ) && ( $kept['quarter'] ?? null ) === $quarter && is_array( $kept['counts'] ?? null ) ? $kept['counts'] : array();
		if ( isset( $counts[ $key ] ) ) {
			return (int) $counts[ $key ];
		}
		$total = $count();
		// Only the present is worth keeping (a test or a report may ask about another moment).
		if ( intdiv( time(), 900 ) === $quarter ) {
			$counts = count( $counts ) < self::LIMIT ? $counts : array();
			update_option(
				$option,
				array(
					'quarter' => $quarter,
					'counts'  => array( $key => $total ) + $counts,
				),
				true
			);
		}
		return $total;
	}
}
