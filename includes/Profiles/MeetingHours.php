<?php
/**
 * When a mentor can meet, as the directory filters on it: the hours of a week a person's windows
 * touch, in their own time (168 characters, "1" for an hour they are available in at least part of,
 * "0" otherwise; Monday 00:00 is the first). Stored beside the windows (profiles.meet_hours), so a
 * filter such as "weekday evenings, my time" is one indexed-free string test per row in SQL.
 *
 * The filter is asked in the visitor's time zone. Hours are kept in each person's local time and
 * shifted by the difference between the two time zones' offsets now, so a daylight-saving change on
 * either side never leaves a stored value stale. Half-hour and quarter-hour offsets count an hour
 * that overlaps at all.
 *
 * Pure PHP: no WordPress.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

final class MeetingHours {

	public const WEEK = 168;

	/**
	 * The choices a visitor picks from: key => [ weekdays (ISO, Monday = 1), first hour, hour after the last ].
	 *
	 * @var array<string, array{0: list<int>, 1: int, 2: int}>
	 */
	public const CHOICES = array(
		'weekday-mornings'   => array( array( 1, 2, 3, 4, 5 ), 6, 12 ),
		'weekday-afternoons' => array( array( 1, 2, 3, 4, 5 ), 12, 18 ),
		'weekday-evenings'   => array( array( 1, 2, 3, 4, 5 ), 18, 23 ),
		'weekends'           => array( array( 6, 7 ), 8, 22 ),
	);

	/**
	 * The hours of the week that weekly windows [ weekday, "HH:MM", "HH:MM" ] touch; malformed
	 * windows are skipped.
	 *
	 * @param array<mixed> $windows
	 */
	public static function mask( array $windows ): string {
		$hours = array_fill( 0, self::WEEK, '0' );
		foreach ( $windows as $window ) {
			if ( ! is_array( $window ) || 3 !== count( $window ) ) {
				continue;
			}
			list( $day, $from, $to ) = array_values( $window );
			$start                   = self::minutes( $from );
			$end                     = self::minutes( $to );
			if ( ! is_int( $day ) || $day < 1 || $day > 7 || null === $start || null === $end || $end <= $start ) {
				continue;
			}
			$last = intdiv( $end - 1, 60 );
			for ( $hour = intdiv( $start, 60 ); $hour <= $last; $hour++ ) {
				$hours[ ( $day - 1 ) * 24 + $hour ] = '1';
			}
		}
		return implode( '', $hours );
	}

	/**
	 * The hours of the week (0–167, in the visitor's own time) of a choice.
	 *
	 * @return list<int>
	 */
	public static function hours_of( string $choice ): array {
		if ( ! isset( self::CHOICES[ $choice ] ) ) {
			return array();
		}
		list( $days, $from, $to ) = self::CHOICES[ $choice ];
		$hours                    = array();
		foreach ( $days as $day ) {
			for ( $hour = $from; $hour < $to; $hour++ ) {
				$hours[] = ( $day - 1 ) * 24 + $hour;
			}
		}
		return $hours;
	}

	/**
	 * The same hours seen from another time zone, as [ first hour (0–167), how many ] ranges: a
	 * person whose clock is $shift_minutes ahead of the visitor's. An hour partly covered counts.
	 *
	 * @param list<int> $hours
	 * @return list<array{0: int, 1: int}>
	 */
	public static function shifted_ranges( array $hours, int $shift_minutes ): array {
		$week    = self::WEEK * 60;
		$covered = array();
		foreach ( $hours as $hour ) {
			$start = ( ( $hour * 60 + $shift_minutes ) % $week + $week ) % $week;
			$first = intdiv( $start, 60 );
			$last  = intdiv( $start + 59, 60 );
			for ( $h = $first; $h <= $last; $h++ ) {
				$covered[ $h % self::WEEK ] = true;
			}
		}
		ksort( $covered );
		$ranges = array();
		foreach ( array_keys( $covered ) as $hour ) {
			$count = count( $ranges );
			$last  = $count > 0 ? $ranges[ $count - 1 ] : null;
			if ( null !== $last && $last[0] + $last[1] === $hour ) {
				$ranges[ $count - 1 ] = array( $last[0], $last[1] + 1 );
			} else {
				$ranges[] = array( (int) $hour, 1 );
			}
		}
		return $ranges;
	}

	/**
	 * Time zones grouped by their offset from UTC at $now, in minutes (names PHP does not know count
	 * as UTC).
	 *
	 * @param list<string>       $zones
	 * @param array<string, int> $known Offsets already worked out (zone => minutes); the others are read.
	 * @return array<int, list<string>>
	 */
	public static function group_by_offset( array $zones, int $now, array $known = array() ): array {
		$groups = array();
		foreach ( $zones as $zone ) {
			$groups[ $known[ $zone ] ?? self::offset_minutes( $zone, $now ) ][] = $zone;
		}
		ksort( $groups );
		return $groups;
	}

	/** A time zone's offset from UTC at $now, in minutes; UTC for a name PHP does not know. */
	public static function offset_minutes( string $timezone, int $now ): int {
		try {
			$zone = new \DateTimeZone( $timezone );
		} catch ( \Exception $e ) {
			return 0;
		}
		return intdiv( $zone->getOffset( ( new \DateTimeImmutable() )->setTimestamp( $now ) ), 60 );
	}

	/** @param mixed $time "HH:MM" up to "24:00". */
	private static function minutes( $time ): ?int {
		if ( ! is_string( $time ) || ! preg_match( '/^(\d{2}):(\d{2})$/', $time, $m ) || (int) $m[2] > 59 ) {
			return null;
		}
		$minutes = (int) $m[1] * 60 + (int) $m[2];
		return $minutes <= 1440 ? $minutes : null;
	}
}
