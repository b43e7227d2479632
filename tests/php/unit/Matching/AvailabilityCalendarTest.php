<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Matching;

use PHPUnit\Framework\TestCase;
use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\Person;

final class AvailabilityCalendarTest extends TestCase {

	private static function person( string $timezone, int $day, string $from, string $to ): Person {
		$minutes = static fn ( string $t ): int => (int) substr( $t, 0, 2 ) * 60 + (int) substr( $t, 3, 2 );
		return new Person( $timezone, $timezone, array( 'en' ), array(), array( array( $day, $minutes( $from ), $minutes( $to ) ) ) );
	}

	/** @param list<array{0:int,1:int}> $intervals */
	private static function hours( array $intervals ): array {
		return array_map( static fn ( array $i ): string => gmdate( 'Y-m-d H:i', $i[0] ) . '–' . gmdate( 'H:i', $i[1] ), $intervals );
	}

	public function test_a_mentee_in_sydney_and_a_mentor_in_berlin_across_the_march_and_april_changes(): void {
		// Tuesday 18:00–20:00 in Berlin and Wednesday 04:00–06:00 in Sydney are the same hours until
		// Berlin springs forward (29 March) and Sydney falls back (5 April).
		$calendar = new AvailabilityCalendar( (int) strtotime( '2026-03-16T00:00:00Z' ) );
		$berlin   = $calendar->intervals( self::person( 'Europe/Berlin', 2, '18:00', '20:00' ) );
		$sydney   = $calendar->intervals( self::person( 'Australia/Sydney', 3, '04:00', '06:00' ) );

		$this->assertSame( array( '2026-03-17 17:00–19:00', '2026-03-24 17:00–19:00', '2026-03-31 16:00–18:00', '2026-04-07 16:00–18:00' ), self::hours( $berlin ) );
		$this->assertSame( array( '2026-03-17 17:00–19:00', '2026-03-24 17:00–19:00', '2026-03-31 17:00–19:00', '2026-04-07 18:00–20:00' ), self::hours( $sydney ) );
		$shared = AvailabilityCalendar::overlap( $berlin, $sydney );
		$this->assertSame( 5 * 3600, $shared );
		$this->assertSame( array( '2026-03-17 17:00–19:00', '2026-03-24 17:00–19:00', '2026-03-31 17:00–18:00' ), self::hours( AvailabilityCalendar::shared( $berlin, $sydney ) ), 'the shared hours themselves, as overlap() counts them' );
		$this->assertSame( 1.25, $calendar->hours_per_week( $shared ) );
	}

	public function test_the_same_pair_shares_their_full_two_hours_in_a_month_without_changes(): void {
		$calendar = new AvailabilityCalendar( (int) strtotime( '2026-06-01T00:00:00Z' ) );
		$berlin   = $calendar->intervals( self::person( 'Europe/Berlin', 2, '18:00', '20:00' ) );
		$sydney   = $calendar->intervals( self::person( 'Australia/Sydney', 3, '02:00', '04:00' ) );
		$this->assertSame( 2.0, $calendar->hours_per_week( AvailabilityCalendar::overlap( $berlin, $sydney ) ) );
	}

	public function test_half_and_three_quarter_hour_offsets_count_to_the_minute(): void {
		$calendar = new AvailabilityCalendar( (int) strtotime( '2026-06-01T00:00:00Z' ) );
		// Saturday 10:00–13:00 in Kolkata (UTC+5:30) is 04:30–07:30 UTC; 06:00–09:00 in Lagos (UTC+1) is 05:00–08:00.
		$kolkata = $calendar->intervals( self::person( 'Asia/Kolkata', 6, '10:00', '13:00' ) );
		$lagos   = $calendar->intervals( self::person( 'Africa/Lagos', 6, '06:00', '09:00' ) );
		$this->assertSame( 2.5, $calendar->hours_per_week( AvailabilityCalendar::overlap( $kolkata, $lagos ) ) );
		// Kathmandu is UTC+5:45: 10:00–11:00 there is 04:15–05:15 UTC, a quarter hour with Lagos.
		$kathmandu = $calendar->intervals( self::person( 'Asia/Kathmandu', 6, '10:00', '11:00' ) );
		$this->assertSame( 15 * 60 * 4, AvailabilityCalendar::overlap( $kathmandu, $lagos ) );
	}

	public function test_an_hour_that_a_spring_forward_skips_is_not_available(): void {
		// Sunday 02:00–03:00 does not exist in Berlin on 29 March 2026.
		$calendar  = new AvailabilityCalendar( (int) strtotime( '2026-03-23T00:00:00Z' ), 14 );
		$intervals = $calendar->intervals( self::person( 'Europe/Berlin', 7, '02:00', '03:00' ) );
		$this->assertSame( array( '2026-04-05 00:00–01:00' ), self::hours( $intervals ) );
	}

	public function test_windows_are_clipped_to_the_horizon_and_merged(): void {
		$start    = (int) strtotime( '2026-06-03T12:00:00Z' ); // A Wednesday noon.
		$calendar = new AvailabilityCalendar( $start, 7 );
		$person   = new Person( 'p', 'UTC', array( 'en' ), array(), array( array( 3, 600, 900 ), array( 3, 840, 960 ) ) );
		// Wednesday 10:00–15:00 and 14:00–16:00 merge; the first starts before the horizon, the last week's ends with it.
		$this->assertSame( array( '2026-06-03 12:00–16:00', '2026-06-10 10:00–12:00' ), self::hours( $calendar->intervals( $person ) ) );
	}

	public function test_a_person_whose_weeks_repeat_has_a_weekly_pattern_and_one_with_a_clock_change_has_none(): void {
		$calendar = new AvailabilityCalendar( (int) strtotime( '2026-03-16T00:00:00Z' ) );
		$tokyo    = $calendar->intervals( self::person( 'Asia/Tokyo', 2, '20:00', '22:00' ) );
		$this->assertSame( array( '2026-03-17 11:00–13:00' ), self::hours( (array) $calendar->weekly( $tokyo ) ) );
		$this->assertNull( $calendar->weekly( $calendar->intervals( self::person( 'Europe/Berlin', 2, '18:00', '20:00' ) ) ) );
		// A window across the week boundary is split there and still repeats.
		$sunday = $calendar->intervals( self::person( 'UTC', 7, '22:00', '24:00' ) );
		$monday = $calendar->intervals( self::person( 'UTC', 1, '00:00', '01:00' ) );
		$this->assertSame( array( '2026-03-16 00:00–01:00', '2026-03-22 22:00–00:00' ), self::hours( (array) $calendar->weekly( array_merge( $monday, $sunday ) ) ) );
	}

	public function test_week_patterns_group_the_weeks_that_look_alike(): void {
		$calendar = new AvailabilityCalendar( (int) strtotime( '2026-03-16T00:00:00Z' ) );
		// Berlin springs forward on Sunday 29 March: Tuesday 18:00 is 17:00 UTC twice, then 16:00 UTC twice.
		$berlin = $calendar->week_patterns( $calendar->intervals( self::person( 'Europe/Berlin', 2, '18:00', '20:00' ) ) );
		$this->assertSame(
			array( array( array( '2026-03-17 17:00–19:00' ), 2 ), array( array( '2026-03-17 16:00–18:00' ), 2 ) ),
			array_map( static fn ( array $p ): array => array( self::hours( $p[0] ), $p[1] ), (array) $berlin )
		);
		$tokyo = $calendar->week_patterns( $calendar->intervals( self::person( 'Asia/Tokyo', 2, '20:00', '22:00' ) ) );
		$this->assertSame( array( array( array( '2026-03-17 11:00–13:00' ), 4 ) ), array_map( static fn ( array $p ): array => array( self::hours( $p[0] ), $p[1] ), (array) $tokyo ) );
		// Nobody available: one empty week, four times.
		$this->assertSame( array( array( array(), 4 ) ), $calendar->week_patterns( array() ) );
		// A horizon that is not whole weeks has no weekly patterns.
		$this->assertNull( ( new AvailabilityCalendar( (int) strtotime( '2026-03-16T00:00:00Z' ), 10 ) )->week_patterns( $tokyo[0][0] ) );
	}

	public function test_the_repeating_week_worked_out_from_one_week_is_the_weekly_pattern_of_the_whole_horizon(): void {
		mt_srand( 1302 );
		$zones  = array( 'UTC', 'Asia/Tokyo', 'Asia/Kathmandu', 'Australia/Eucla', 'Europe/Berlin', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago', 'Africa/Casablanca' );
		$known  = 0;
		$change = 0;
		for ( $n = 0; $n < 400; $n++ ) {
			$calendar = new AvailabilityCalendar( (int) strtotime( '2026-01-01T00:00:00Z' ) + mt_rand( 0, 400 * 86400 ), 0 === $n % 4 ? 35 : 28 );
			$windows  = array();
			for ( $w = mt_rand( 0, 4 ); $w > 0; $w-- ) {
				$from      = mt_rand( 0, 1439 );
				$windows[] = array( mt_rand( 1, 7 ), $from, mt_rand( $from + 1, 1440 ) );
			}
			$person = new Person( 'p' . $n, $zones[ $n % count( $zones ) ], array( 'en' ), array(), $windows );
			$week   = $calendar->repeating_week( $person );
			if ( null === $week ) {
				++$change;
				continue;
			}
			++$known;
			$this->assertSame( $calendar->weekly( $calendar->intervals( $person ) ), $week, $person->timezone . ' from ' . gmdate( 'c', $calendar->start ) );
		}
		$this->assertGreaterThan( 150, $known, 'most people in most months keep one offset' );
		$this->assertGreaterThan( 20, $change, 'and some see a clock change' );
		$this->assertNull( ( new AvailabilityCalendar( 0, 10 ) )->repeating_week( self::person( 'UTC', 1, '10:00', '11:00' ) ), 'not whole weeks' );
	}
}
