<?php
/**
 * How many listed mentors a narrowed directory shows, kept between requests: counting a filter reads
 * every mentor it could match (thousands on a large site), while the page itself reads a dozen.
 *
 * A count holds for the quarter hour it was made in (whether someone takes mentees and the hours
 * they can meet depend on the date and on summer time) and until a listed mentor changes: a saved
 * profile, a count or status changed elsewhere, a change of who is listed (MentorDirectory::forget
 * drops them all). Searches are never kept (what people type has no end); at most LIMIT filters are.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

final class DirectoryCounts {

	public const OPTION = 'wayfinder_directory_counts';

	private const LIMIT = 200;

	/**
	 * The kept count for these filters at $now, else $count()'s, kept.
	 *
	 * @param callable(): int $count Counts in the database.
	 */
	public static function get( DirectoryFilters $filters, int $now, callable $count ): int {
		if ( '' !== $filters->search ) {
			return $count();
		}
		$quarter = intdiv( $now, 900 );
		$key     = implode( '|', array( $filters->team, $filters->language, $filters->meets, $filters->room ? '1' : '0', '' !== $filters->meets ? $filters->timezone : '' ) );
		$kept    = get_option( self::OPTION );
		$counts  = is_array( $kept ) && ( $kept['quarter'] ?? null ) === $quarter && is_array( $kept['counts'] ?? null ) ? $kept['counts'] : array();
		if ( isset( $counts[ $key ] ) ) {
			return (int) $counts[ $key ];
		}
		$total = $count();
		// Only the present is worth keeping (a test or a report may ask about another moment).
		if ( intdiv( time(), 900 ) === $quarter ) {
			$counts = count( $counts ) < self::LIMIT ? $counts : array();
			update_option(
				self::OPTION,
				array(
					'quarter' => $quarter,
					'counts'  => array( $key => $total ) + $counts,
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
