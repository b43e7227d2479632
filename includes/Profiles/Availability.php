<?php
/**
 * Whether a mentor takes new mentees now, as PHP and as SQL: the one rule (Matching\Absence —
 * `away_until` is the last day away, inclusive, in the mentor's time zone) for a profile, and the
 * same rule as a WHERE fragment for every query over the profiles table (the directory, its room
 * filter and sort, team coverage, the coordinator's people list). The engine gets the answer
 * precomputed (EnginePeople), never a rule of its own.
 *
 * The SQL cannot ask the database for "today in this row's time zone" (no time zone tables under
 * MariaDB by default, none under SQLite), so PHP works out the date in every time zone at $now —
 * at most three dates, yesterday, today and tomorrow in UTC — and the fragment picks a row's date by
 * its zone: `CASE WHEN p.timezone IN (…) THEN … ELSE <UTC date> END`.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Matching\Absence;

final class Availability {

	/** Takes new mentees now as far as status and absence go (room is counted separately). */
	public static function takes_mentees( Profile $profile, ?int $now = null ): bool {
		return Absence::takes_mentees( $profile->mentor_status, $profile->away_until, $profile->timezone, $now ?? time() );
	}

	/** Away now: status away and the absence's last day not yet over where the mentor lives. */
	public static function is_away( Profile $profile, ?int $now = null ): bool {
		return Absence::is_away( $profile->mentor_status, $profile->away_until, $profile->timezone, $now ?? time() );
	}

	/**
	 * SQL that is true for a profile row that takes new mentees now (as takes_mentees()).
	 *
	 * @param string $alias The profiles table's alias in the query.
	 * @return array{0: string, 1: list<string>} The fragment with %s placeholders, and their values in order.
	 */
	public static function sql_takes_mentees( string $alias = 'p', ?int $now = null ): array {
		list( $today, $args ) = self::sql_local_today( $alias, $now ?? time() );
		// A zero or missing end date never makes an away mentor available.
		return array( "( {$alias}.mentor_status = 'available' OR ( {$alias}.mentor_status = 'away' AND {$alias}.away_until IS NOT NULL AND {$alias}.away_until >= '1000-01-01' AND {$alias}.away_until < {$today} ) )", $args );
	}

	/**
	 * SQL that is true for a profile row that is away now (as is_away()).
	 *
	 * @return array{0: string, 1: list<string>}
	 */
	public static function sql_away( string $alias = 'p', ?int $now = null ): array {
		list( $today, $args ) = self::sql_local_today( $alias, $now ?? time() );
		return array( "( {$alias}.mentor_status = 'away' AND ( {$alias}.away_until IS NULL OR {$alias}.away_until < '1000-01-01' OR {$alias}.away_until >= {$today} ) )", $args );
	}

	/**
	 * An SQL expression for today's date in the row's time zone.
	 *
	 * @return array{0: string, 1: list<string>}
	 */
	private static function sql_local_today( string $alias, int $now ): array {
		list( $utc, $others ) = self::local_dates( $now );
		if ( array() === $others ) {
			return array( '%s', array( $utc ) );
		}
		static $built = array();
		$key          = $alias . '|' . $now;
		if ( ! isset( $built[ $key ] ) ) {
			// Escaped once, here, not as placeholders: a page repeats this list of hundreds of zones in several parts of one query.
			$quote = static function ( string $value ): string {
				$escaped = esc_sql( $value );
				return "'" . ( is_string( $escaped ) ? $escaped : '' ) . "'";
			};
			$sql   = 'CASE';
			foreach ( $others as $date => $zones ) {
				$sql .= " WHEN {$alias}.timezone IN (" . implode( ',', array_map( $quote, $zones ) ) . ') THEN ' . $quote( (string) $date );
			}
			$built = array( $key => $sql . ' ELSE %s END' );
		}
		return array( $built[ $key ], array( $utc ) );
	}

	/**
	 * The UTC date at $now, and the time zones whose date differs from it, by their date.
	 *
	 * @return array{0: string, 1: array<string, list<string>>}
	 */
	public static function local_dates( int $now ): array {
		$utc     = gmdate( 'Y-m-d', $now );
		$others  = array();
		$date_of = array(); // Some forty offsets among four hundred zones: each date worked out once.
		foreach ( ZoneOffsets::at( $now ) as $zone => $minutes ) {
			$date = $date_of[ $minutes ] ??= gmdate( 'Y-m-d', $now + $minutes * 60 );
			if ( $date !== $utc ) {
				$others[ $date ][] = (string) $zone;
			}
		}
		return array( $utc, $others );
	}
}
