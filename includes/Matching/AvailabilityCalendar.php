<?php
/**
 * Turns weekly local-time windows into UTC intervals over a horizon (default the coming four weeks),
 * so that daylight-saving changes in either person's timezone count, and measures shared time.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class AvailabilityCalendar {

	private const DAY = 86400;

	/** @var array<string, list<array{0:int,1:int}>> Timezone => [ [ from UTC second, offset ], … ]. */
	private array $periods = array();

	public function __construct( public readonly int $start, public readonly int $days = 28 ) {
	}

	public function end(): int {
		return $this->start + $this->days * self::DAY;
	}

	/**
	 * The person's availability as sorted, non-overlapping [ start, end ) UTC second intervals.
	 *
	 * @return list<array{0:int,1:int}>
	 */
	public function intervals( Person $person ): array {
		return $this->intervals_for( $person, $this->days );
	}

	/**
	 * What weekly( intervals( $person ) ) is, worked out from one week when the person's time zone
	 * keeps one offset over the horizon (then every week is the first: a fifth of the work); null
	 * when it does not, and weekly() must look at every week.
	 *
	 * @return list<array{0:int,1:int}>|null
	 */
	public function repeating_week( Person $person ): ?array {
		if ( 0 !== $this->days % 7 || 1 !== count( $this->periods_of( $person->timezone ) ) ) {
			return null;
		}
		return $this->intervals_for( $person, 7 );
	}

	/**
	 * The person's intervals over the first $days days of the horizon.
	 *
	 * @return list<array{0:int,1:int}>
	 */
	private function intervals_for( Person $person, int $days ): array {
		if ( array() === $person->windows ) {
			return array();
		}
		$periods  = $this->periods_of( $person->timezone );
		$local_d0 = intdiv( $this->start + $this->offset_at( $periods, $this->start ), self::DAY ) * self::DAY;
		$end      = $this->start + $days * self::DAY;
		$by_day   = array();
		foreach ( $person->windows as list( $window_day, $from, $to ) ) {
			$by_day[ $window_day ][] = array( $from, $to );
		}
		$raw = array();
		for ( $d = -1; $d <= $days; $d++ ) {
			$day     = $local_d0 + $d * self::DAY;
			$weekday = ( intdiv( $day, self::DAY ) + 3 ) % 7 + 1;
			foreach ( $by_day[ $weekday ] ?? array() as list( $from, $to ) ) {
				$utc_from = max( $this->start, $this->to_utc( $periods, $day + $from * 60 ) );
				$utc_to   = min( $end, $this->to_utc( $periods, $day + $to * 60 ) );
				if ( $utc_to > $utc_from ) {
					$raw[] = array( $utc_from, $utc_to );
				}
			}
		}
		return self::merge( $raw );
	}

	/**
	 * The first week's intervals when every week of the horizon repeats it exactly (no clock change
	 * for this person in the horizon), else null. Two such people share four times what their first
	 * weeks share, which saves the matcher three quarters of the work.
	 *
	 * @param list<array{0:int,1:int}> $intervals This person's intervals over the horizon.
	 * @return list<array{0:int,1:int}>|null
	 */
	public function weekly( array $intervals ): ?array {
		$patterns = $this->week_patterns( $intervals );
		return null !== $patterns && 1 === count( $patterns ) ? $patterns[0][0] : null;
	}

	/**
	 * Each distinct week of the horizon shifted onto the first, with how many weeks look like it; null
	 * when the horizon is not whole weeks. Someone whose clock changes once has two or three distinct
	 * weeks, so their time shared with people whose weeks repeat is measured on those, not on all four.
	 *
	 * @param list<array{0:int,1:int}> $intervals This person's intervals over the horizon.
	 * @return list<array{0:list<array{0:int,1:int}>,1:int}>|null [ intervals within the first week, weeks ].
	 */
	public function week_patterns( array $intervals ): ?array {
		$week = 7 * self::DAY;
		if ( 0 !== $this->days % 7 ) {
			return null;
		}
		$weeks = array_fill( 0, intdiv( $this->days, 7 ), array() );
		foreach ( $intervals as list( $from, $to ) ) {
			// Split at week boundaries, and file each piece under its week, shifted onto the first.
			while ( $from < $to ) {
				$w             = intdiv( $from - $this->start, $week );
				$cut           = min( $to, $this->start + ( $w + 1 ) * $week );
				$weeks[ $w ][] = array( $from - $w * $week, $cut - $w * $week );
				$from          = $cut;
			}
		}
		$patterns = array();
		foreach ( $weeks as $pieces ) {
			foreach ( $patterns as $n => list( $pattern ) ) {
				if ( $pattern === $pieces ) {
					++$patterns[ $n ][1];
					continue 2;
				}
			}
			$patterns[] = array( $pieces, 1 );
		}
		return $patterns;
	}

	/**
	 * What both lists of sorted, non-overlapping intervals share, as intervals (overlap() counts the
	 * same without making them: it runs for every pair the engine scores).
	 *
	 * @param list<array{0:int,1:int}> $a
	 * @param list<array{0:int,1:int}> $b
	 * @return list<array{0:int,1:int}>
	 */
	public static function shared( array $a, array $b ): array {
		$both = array();
		$i    = 0;
		$j    = 0;
		$na   = count( $a );
		$nb   = count( $b );
		while ( $i < $na && $j < $nb ) {
			$from = max( $a[ $i ][0], $b[ $j ][0] );
			$to   = min( $a[ $i ][1], $b[ $j ][1] );
			if ( $to > $from ) {
				$both[] = array( $from, $to );
			}
			if ( $a[ $i ][1] < $b[ $j ][1] ) {
				++$i;
			} else {
				++$j;
			}
		}
		return $both;
	}

	/**
	 * Seconds both lists of intervals share.
	 *
	 * @param list<array{0:int,1:int}> $a
	 * @param list<array{0:int,1:int}> $b
	 */
	public static function overlap( array $a, array $b ): int {
		$total = 0;
		$i     = 0;
		$j     = 0;
		$na    = count( $a );
		$nb    = count( $b );
		while ( $i < $na && $j < $nb ) {
			$from = max( $a[ $i ][0], $b[ $j ][0] );
			$to   = min( $a[ $i ][1], $b[ $j ][1] );
			if ( $to > $from ) {
				$total += $to - $from;
			}
			if ( $a[ $i ][1] < $b[ $j ][1] ) {
				++$i;
			} else {
				++$j;
			}
		}
		return $total;
	}

	/** Shared seconds over the horizon as hours per week. */
	public function hours_per_week( int $seconds ): float {
		return $seconds / 3600 / ( $this->days / 7 );
	}

	/**
	 * @param list<array{0:int,1:int}> $intervals
	 * @return list<array{0:int,1:int}>
	 */
	private static function merge( array $intervals ): array {
		sort( $intervals );
		$merged = array();
		foreach ( $intervals as $interval ) {
			$last = count( $merged ) - 1;
			if ( $last >= 0 && $interval[0] <= $merged[ $last ][1] ) {
				$merged[ $last ][1] = max( $merged[ $last ][1], $interval[1] );
			} else {
				$merged[] = $interval;
			}
		}
		return $merged;
	}

	/** @return list<array{0:int,1:int}> */
	private function periods_of( string $timezone ): array {
		if ( ! isset( $this->periods[ $timezone ] ) ) {
			$periods = array();
			foreach ( ( new \DateTimeZone( $timezone ) )->getTransitions( $this->start - 3 * self::DAY, $this->end() + 3 * self::DAY ) as $transition ) {
				$periods[] = array( (int) $transition['ts'], (int) $transition['offset'] );
			}
			$this->periods[ $timezone ] = $periods;
		}
		return $this->periods[ $timezone ];
	}

	/** @param list<array{0:int,1:int}> $periods */
	private function offset_at( array $periods, int $utc ): int {
		$offset = $periods[0][1];
		foreach ( $periods as list( $from, $period_offset ) ) {
			if ( $from > $utc ) {
				break;
			}
			$offset = $period_offset;
		}
		return $offset;
	}

	/**
	 * The UTC second of a local wall-clock time. A time that a spring-forward skips maps to the same
	 * wall-clock time after the change; a time that a fall-back repeats maps to its first occurrence.
	 *
	 * @param list<array{0:int,1:int}> $periods
	 */
	private function to_utc( array $periods, int $local ): int {
		$count = count( $periods );
		for ( $i = 0; $i < $count; $i++ ) {
			$utc = $local - $periods[ $i ][1];
			if ( $i > 0 && $utc < $periods[ $i ][0] ) {
				// Skipped by a spring-forward: keep the offset before the change.
				return $local - $periods[ $i - 1 ][1];
			}
			if ( $utc < ( $periods[ $i + 1 ][0] ?? PHP_INT_MAX ) ) {
				return $utc;
			}
		}
		return $local - $periods[ $count - 1 ][1];
	}
}
