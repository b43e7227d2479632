<?php
/**
 * A narrowed directory's count is kept between requests and dropped whenever a listed mentor changes,
 * so a page never shows a stale total.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Directory\MentorCounts;
use Wayfinder\Directory\DirectoryFilters;
use Wayfinder\Directory\MentorDirectory;
use Wayfinder\Tests\Integration\TestCase;

final class MentorCountsTest extends TestCase {

	use DirectoryFixtures;

	/**
	 * The total a page of one mentor says, and how many times the database counted for it.
	 *
	 * @return array{0: int, 1: int}
	 */
	private static function total( DirectoryFilters $filters, int $now ): array {
		( new MentorDirectory() )->languages(); // What the filters offer (with its own count of everyone listed) is kept apart.
		$counted = 0;
		$watch   = static function ( string $sql ) use ( &$counted ): string {
			if ( str_starts_with( ltrim( $sql ), 'SELECT COUNT(*)' ) ) {
				++$counted;
			}
			return $sql;
		};
		add_filter( 'query', $watch );
		$total = ( new MentorDirectory() )->page( $filters, $now )[1];
		remove_filter( 'query', $watch );
		return array( $total, $counted );
	}

	public function test_a_count_is_kept_until_a_listed_mentor_changes_or_the_quarter_hour_ends(): void {
		$now   = time();
		$room  = new DirectoryFilters( team: 'core', room: true, per_page: 1 );
		$first = $this->person( 'Anna Schmidt', array( 'capacity' => 1 ) );
		$this->person( 'Priya Raman' );
		$this->person( 'Lucía Fernández', array( 'teams' => array( 'docs' ) ) );
		$this->person( 'Kenji Watanabe' );

		$this->assertSame( array( 3, 1 ), self::total( $room, $now ), 'counted in the database' );
		$this->assertSame( array( 3, 0 ), self::total( $room, $now ), 'kept for the next request' );
		$this->assertSame( 3, get_option( MentorCounts::OPTION )['counts']['directory|core|||1|'] ?? null );

		// Anna's one place is taken: she has no room now, and the kept count is gone with it.
		$this->give_mentees( $first, 1 );
		$this->assertSame( array( 2, 1 ), self::total( $room, $now ) );

		// A new mentor in the team saves a profile.
		$this->person( 'Omar Haddad' );
		$this->assertSame( array( 3, 1 ), self::total( $room, $now ) );

		// Whether someone takes mentees depends on the date: the next quarter hour counts again.
		$this->assertSame( array( 3, 1 ), self::total( $room, $now + 900 ), 'another quarter hour' );

		// The People list of mentors keeps its counts the same way, dropped by the same changes.
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$available   = fn (): int => (int) $this->rest(
			'GET',
			'/wayfinder/v1/people',
			array(
				'role'   => 'mentors',
				'status' => 'available',
			),
			$coordinator
		)->get_headers()['X-WP-Total'];
		$before      = $available();
		$this->assertGreaterThanOrEqual( 5, $before );
		$this->assertSame( $before, get_option( MentorCounts::OPTION )['counts']['people|available|'] ?? null, 'kept' );
		$this->person( 'Chidi Okafor', array( 'status' => 'away' ) );
		$this->assertSame( $before, $available(), 'an away mentor is not available' );
		$this->make_user( 'wayfinder_mentor' );
		$this->assertSame( $before + 1, $available(), 'a new mentor without a profile is' );
		$this->give_mentees( $this->person( 'Grace Miller', array( 'capacity' => 1 ) ), 1 );
		$full  = fn (): int => (int) $this->rest(
			'GET',
			'/wayfinder/v1/people',
			array(
				'role' => 'mentors',
				'load' => 'full',
			),
			$coordinator
		)->get_headers()['X-WP-Total'];
		$this->assertSame( 2, $full(), 'Anna and Grace' );
		$sofia = $this->person( 'Sofia Rossi', array( 'capacity' => 1 ) );
		$this->assertSame( 2, $full(), 'counted again after her profile, and kept' );
		$this->give_mentees( $sofia, 1 );
		$this->assertSame( 3, $full(), 'the kept count went with the new match' );

		// Erasing a mentor's profile (their personal data) drops the kept counts too.
		$this->assertSame( 3, $full() );
		( new \Wayfinder\Profiles\ProfileRepository() )->delete( $sofia );
		$kept = get_option( MentorCounts::OPTION );
		$this->assertFalse( is_array( $kept ) && isset( $kept['counts']['people||full'] ), 'dropped' );

		// What people type is never kept.
		$search = new DirectoryFilters( team: 'core', search: 'a', per_page: 1 );
		$this->assertSame( 1, self::total( $search, $now )[1] );
		$this->assertSame( 1, self::total( $search, $now )[1], 'counted again' );
	}
}
