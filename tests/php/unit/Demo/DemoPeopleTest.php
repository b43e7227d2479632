<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Demo;

use PHPUnit\Framework\TestCase;
use Wayfinder\Demo\DemoPeople;

final class DemoPeopleTest extends TestCase {

	public function test_logins_are_unique(): void {
		$logins = array_column( DemoPeople::all(), 'login' );
		$this->assertSame( $logins, array_unique( $logins ) );
	}

	public function test_every_timezone_is_a_real_iana_zone(): void {
		foreach ( DemoPeople::all() as $person ) {
			$this->assertContains( $person['timezone'], \DateTimeZone::listIdentifiers(), $person['login'] );
		}
	}

	public function test_availability_windows_are_well_formed(): void {
		foreach ( DemoPeople::all() as $person ) {
			$this->assertNotEmpty( $person['availability'], $person['login'] );
			foreach ( $person['availability'] as list( $day, $start, $end ) ) {
				$this->assertGreaterThanOrEqual( 1, $day );
				$this->assertLessThanOrEqual( 7, $day );
				$this->assertMatchesRegularExpression( '/^([01]\d|2[0-3]):[0-5]\d$/', $start );
				$this->assertMatchesRegularExpression( '/^([01]\d|2[0-3]):[0-5]\d$/', $end );
				$this->assertLessThan( $end, $start, "{$person['login']}: a window ends after it starts" );
			}
		}
	}

	public function test_the_program_spans_timezones_languages_and_teams(): void {
		$people  = DemoPeople::all();
		$mentors = array_filter( $people, static fn ( array $p ): bool => 'wayfinder_mentor' === $p['role'] );
		$mentees = array_filter( $people, static fn ( array $p ): bool => 'subscriber' === $p['role'] );

		$this->assertGreaterThanOrEqual( 5, count( $mentors ) );
		$this->assertGreaterThanOrEqual( 8, count( $mentees ) );
		$this->assertGreaterThanOrEqual( 8, count( array_unique( array_column( $people, 'timezone' ) ) ) );
		$this->assertGreaterThanOrEqual( 8, count( array_unique( array_merge( ...array_column( $people, 'languages' ) ) ) ) );
		$this->assertGreaterThanOrEqual( 8, count( array_unique( array_merge( ...array_column( $people, 'teams' ) ) ) ) );
		foreach ( $mentors as $mentor ) {
			$this->assertGreaterThan( 0, $mentor['capacity'] ?? 0, $mentor['login'] . ' has capacity' );
		}
	}
}
