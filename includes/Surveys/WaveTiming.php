<?php
/**
 * When waves open and answers are due, in the site's time zone (days start at local midnight, so a
 * change to or from daylight saving time moves the UTC hour, never the day): the one place these
 * rules are written, for the planner that opens waves and the screens that show what is planned.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class WaveTiming {

	/** Days after a cohort's first day that the "before" survey can still be asked and answered. */
	public const PRE_GRACE_DAYS = 7;

	/** The last moment of a local day (Y-m-d), as a Unix time. */
	public static function end_of_day( string $day ): int {
		return self::local( $day )->setTime( 23, 59, 59 )->getTimestamp();
	}

	/** Local midnight of a day (Y-m-d), as a Unix time. */
	public static function start_of_day( string $day ): int {
		return self::local( $day )->setTime( 0, 0, 0 )->getTimestamp();
	}

	/** The local day (Y-m-d) of a Unix time. */
	public static function day_of( int $time ): string {
		return ( new \DateTimeImmutable( '@' . $time ) )->setTimezone( wp_timezone() )->format( 'Y-m-d' );
	}

	/** The day $months after $day; a day the month lacks becomes its last (30 November + 3 months = 28 or 29 February). */
	public static function add_months( string $day, int $months ): string {
		$date  = self::local( $day );
		$first = $date->modify( 'first day of this month' )->modify( sprintf( '+%d months', $months ) );
		$last  = (int) $first->format( 't' );
		return $first->setDate( (int) $first->format( 'Y' ), (int) $first->format( 'm' ), min( (int) $date->format( 'd' ), $last ) )->format( 'Y-m-d' );
	}

	/** Answers asked at $invited are due at the end of the local day $days later. */
	public static function due( int $invited, int $days ): int {
		$day = self::local( self::day_of( $invited ) )->modify( sprintf( '+%d days', max( 1, $days ) ) )->format( 'Y-m-d' );
		return self::end_of_day( $day );
	}

	/** The last moment the "before" survey of a cohort starting on $start can be answered: the end of its first week. */
	public static function pre_closes( string $start ): int {
		return self::end_of_day( self::local( $start )->modify( sprintf( '+%d days', self::PRE_GRACE_DAYS - 1 ) )->format( 'Y-m-d' ) );
	}

	/** When someone asked "before" at $invited must answer: their days to answer, but not after the cohort's first week. */
	public static function pre_due( string $start, int $invited, int $days ): int {
		return min( self::due( $invited, $days ), self::pre_closes( $start ) );
	}

	/** The follow-up of a cohort that ended on $ended_on opens at local midnight three months later. */
	public static function follow_up_opens( string $ended_on ): int {
		return self::start_of_day( self::add_months( $ended_on, Wave::FOLLOW_UP_MONTHS ) );
	}

	/**
	 * When the "after" survey of a cohort ending on $end_date is planned to open: local midnight of the
	 * next day, when the hourly tick finishes the cohort (a coordinator finishing it early opens it then).
	 */
	public static function post_opens( string $end_date ): int {
		return self::start_of_day( self::local( $end_date )->modify( '+1 day' )->format( 'Y-m-d' ) );
	}

	private static function local( string $day ): \DateTimeImmutable {
		$date = \DateTimeImmutable::createFromFormat( '!Y-m-d', $day, wp_timezone() );
		if ( false === $date ) {
			throw new \InvalidArgumentException( 'Not a day (Y-m-d): ' . esc_html( $day ) );
		}
		return $date;
	}
}
