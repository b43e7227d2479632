<?php
/**
 * How many mentors a filter matches — a narrowed directory, a filtered People list of mentors — kept
 * between requests: counting reads every mentor the filter could match (thousands on a large site),
 * while the page itself reads a dozen.
 *
 * A count holds for the quarter hour it was made in (whether someone takes mentees and the hours
 * they can meet depend on the date and on summer time) and until a mentor changes: a saved profile,
 * a count or status changed elsewhere, a change of who mentors (MentorDirectory::forget and
 * forget_listing drop them all). Callers never keep searches (what people type has no end); at most
 * LIMIT filters are kept.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

final class MentorCounts {

	public const OPTION = \Wayfinder\Platform\KeptValues::MENTOR_COUNTS;

	private const LIMIT = 200;

	/**
	 * The kept count for this filter at $now, else $count()'s, kept.
	 *
	 * @param string          $filter What is counted, the same string for the same filter.
	 * @param callable(): int $count  Counts in the database.
	 */
	public static function get( string $filter, int $now, callable $count ): int {
		$quarter = intdiv( $now, 900 );
		$kept    = get_option( self::OPTION );
		$counts  = is_array( $kept ) && ( $kept['quarter'] ?? null ) === $quarter && is_array( $kept['counts'] ?? null ) ? $kept['counts'] : array();
		if ( isset( $counts[ $filter ] ) ) {
			return (int) $counts[ $filter ];
		}
		$total = $count();
		// Only the present is worth keeping (a test or a report may ask about another moment).
		if ( intdiv( time(), 900 ) === $quarter ) {
			$counts = count( $counts ) < self::LIMIT ? $counts : array();
			update_option(
				self::OPTION,
				array(
					'quarter' => $quarter,
					'counts'  => array( $filter => $total ) + $counts,
				),
				true
			);
		}
		return $total;
	}

	public static function forget(): void {
		delete_option( self::OPTION );
	}
}
