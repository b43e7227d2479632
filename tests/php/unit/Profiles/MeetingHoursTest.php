<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Profiles;

use PHPUnit\Framework\TestCase;
use Wayfinder\Profiles\MeetingHours;

final class MeetingHoursTest extends TestCase {

	/** @return list<int> The hours of the week a mask marks. */
	private static function hours( string $mask ): array {
		return array_keys( array_filter( str_split( $mask ), static fn ( string $hour ): bool => '1' === $hour ) );
	}

	public function test_a_window_marks_every_hour_it_touches_in_the_persons_own_week(): void {
		// Tuesday 18:00–20:00 and Saturday 09:30–10:15.
		$mask = MeetingHours::mask( array( array( 2, '18:00', '20:00' ), array( 6, '09:30', '10:15' ) ) );
		$this->assertSame( 168, strlen( $mask ) );
		$this->assertSame( array( 24 + 18, 24 + 19, 5 * 24 + 9, 5 * 24 + 10 ), self::hours( $mask ) );
	}

	public function test_a_window_to_midnight_ends_in_the_days_last_hour_and_malformed_windows_count_as_none(): void {
		$mask = MeetingHours::mask( array( array( 7, '23:00', '24:00' ), array( 8, '10:00', '11:00' ), array( 1, '12:00', '11:00' ), array( 1, '9am', '10am' ), 'nonsense' ) );
		$this->assertSame( array( 167 ), self::hours( $mask ) );
		$this->assertSame( str_repeat( '0', 168 ), MeetingHours::mask( array() ) );
	}

	public function test_a_choice_is_the_same_hours_on_each_of_its_days(): void {
		$evenings = MeetingHours::hours_of( 'weekday-evenings' );
		$this->assertCount( 5 * 5, $evenings );
		$this->assertSame( array( 18, 19, 20, 21, 22 ), array_slice( $evenings, 0, 5 ) );
		$this->assertSame( 4 * 24 + 22, end( $evenings ) );
		$this->assertSame( array(), MeetingHours::hours_of( 'midnight-feasts' ) );
	}

	public function test_hours_seen_from_a_clock_ahead_or_behind_shift_and_wrap_around_the_week(): void {
		// Monday 00:00–02:00 for a visitor is Sunday 22:00–24:00 for someone two hours behind.
		$this->assertSame( array( array( 166, 2 ) ), MeetingHours::shifted_ranges( array( 0, 1 ), -120 ) );
		// And Monday 03:00–05:00 for someone three hours ahead.
		$this->assertSame( array( array( 3, 2 ) ), MeetingHours::shifted_ranges( array( 0, 1 ), 180 ) );
		// Sunday 23:00 for a visitor is Monday 00:00 for someone an hour ahead.
		$this->assertSame( array( array( 0, 1 ) ), MeetingHours::shifted_ranges( array( 167 ), 60 ) );
	}

	public function test_a_half_hour_offset_counts_both_hours_it_overlaps(): void {
		// 18:00–19:00 for the visitor is 23:30–00:30 in Kolkata (5:30 ahead of UTC), seen from UTC.
		$this->assertSame( array( array( 23, 2 ) ), MeetingHours::shifted_ranges( array( 18 ), 330 ) );
	}

	public function test_time_zones_group_by_their_offset_at_a_given_moment(): void {
		$winter = (int) strtotime( '2026-01-15T12:00:00Z' );
		$summer = (int) strtotime( '2026-07-15T12:00:00Z' );
		$zones  = array( 'Europe/Berlin', 'Africa/Lagos', 'Europe/London', 'Asia/Kolkata', 'Mars/Olympus' );
		$this->assertSame(
			array(
				0   => array( 'Europe/London', 'Mars/Olympus' ),
				60  => array( 'Europe/Berlin', 'Africa/Lagos' ),
				330 => array( 'Asia/Kolkata' ),
			),
			MeetingHours::group_by_offset( $zones, $winter )
		);
		$summer_groups = MeetingHours::group_by_offset( $zones, $summer );
		$this->assertSame( array( 'Europe/Berlin' ), $summer_groups[120], 'Berlin is two hours ahead in summer' );
		$this->assertSame( array( 'Africa/Lagos', 'Europe/London' ), $summer_groups[60] );
	}
}
