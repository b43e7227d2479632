<?php
/**
 * The one availability rule: `away_until` is the last day away, inclusive, in the mentor's time zone.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Matching;

use PHPUnit\Framework\TestCase;
use Wayfinder\Matching\Absence;
use Wayfinder\Matching\Mentor;

final class AbsenceTest extends TestCase {

	private static function utc( string $utc ): int {
		return (int) strtotime( $utc );
	}

	public function test_a_mentor_is_away_from_the_first_to_the_last_day_and_back_the_day_after(): void {
		$this->assertTrue( Absence::is_away( 'away', '2026-03-10', 'UTC', self::utc( '2026-03-01T00:00:00Z' ) ), 'the first day' );
		$this->assertTrue( Absence::is_away( 'away', '2026-03-10', 'UTC', self::utc( '2026-03-10T00:00:00Z' ) ), 'the last day begins' );
		$this->assertTrue( Absence::is_away( 'away', '2026-03-10', 'UTC', self::utc( '2026-03-10T23:59:59Z' ) ), 'the last day ends' );
		$this->assertFalse( Absence::is_away( 'away', '2026-03-10', 'UTC', self::utc( '2026-03-11T00:00:00Z' ) ), 'the day after' );
		$this->assertTrue( Absence::takes_mentees( 'away', '2026-03-10', 'UTC', self::utc( '2026-03-11T00:00:00Z' ) ) );
	}

	public function test_east_of_utc_the_absence_ends_before_midnight_utc(): void {
		// Auckland is UTC+13 in March: 11:00 UTC on the 10th is already the 11th there.
		$this->assertTrue( Absence::is_away( 'away', '2026-03-10', 'Pacific/Auckland', self::utc( '2026-03-10T10:59:00Z' ) ), 'still the 10th in Auckland' );
		$this->assertFalse( Absence::is_away( 'away', '2026-03-10', 'Pacific/Auckland', self::utc( '2026-03-10T11:00:00Z' ) ), 'the 11th in Auckland' );
		$this->assertTrue( Absence::is_away( 'away', '2026-03-10', 'Pacific/Auckland', self::utc( '2026-03-09T11:00:00Z' ) ), 'the first of the last day in Auckland' );
	}

	public function test_west_of_utc_the_absence_ends_after_midnight_utc(): void {
		// Los Angeles is UTC−7 in March (summer time from 8 March 2026): the 11th there starts at 07:00 UTC.
		$this->assertTrue( Absence::is_away( 'away', '2026-03-10', 'America/Los_Angeles', self::utc( '2026-03-11T06:59:00Z' ) ), 'still the 10th in Los Angeles' );
		$this->assertFalse( Absence::is_away( 'away', '2026-03-10', 'America/Los_Angeles', self::utc( '2026-03-11T07:00:00Z' ) ), 'the 11th in Los Angeles' );
	}

	public function test_an_absence_without_a_real_end_date_lasts_until_the_mentor_says_otherwise(): void {
		$now = self::utc( '2030-01-01T00:00:00Z' );
		$this->assertTrue( Absence::is_away( 'away', null, 'UTC', $now ) );
		$this->assertTrue( Absence::is_away( 'away', '0000-00-00', 'UTC', $now ), 'a zero date never makes an away mentor available' );
		$this->assertTrue( Absence::is_away( 'away', '2027-02-30', 'UTC', $now ), 'nor an impossible one' );
		$this->assertFalse( Absence::takes_mentees( 'retired', null, 'UTC', $now ) );
		$this->assertFalse( Absence::is_away( 'retired', null, 'UTC', $now ), 'retired is not away' );
		$this->assertNull( Absence::date( '2027-02-30' ) );
		$this->assertSame( '2027-02-28', Absence::date( '2027-02-28' ) );
	}

	public function test_the_engine_reads_away_by_the_same_rule_at_its_now(): void {
		$mentor = static fn ( string $now ): Mentor => Mentor::from_array(
			array(
				'id'         => 'm',
				'timezone'   => 'America/Los_Angeles',
				'languages'  => array( 'en' ),
				'status'     => 'away',
				'away_until' => '2026-03-10',
			),
			self::utc( $now )
		);
		$this->assertTrue( $mentor( '2026-03-11T06:00:00Z' )->away, 'the last day in Los Angeles' );
		$this->assertFalse( $mentor( '2026-03-11T08:00:00Z' )->away );
	}
}
