<?php
/**
 * A narrowed directory's count is kept between requests and dropped whenever a listed mentor changes,
 * so a page never shows a stale total.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Directory\DirectoryCounts;
use Wayfinder\Directory\DirectoryFilters;
use Wayfinder\Directory\MentorDirectory;
use Wayfinder\Tests\Integration\TestCase;

final class DirectoryCountsTest extends TestCase {

	use DirectoryFixtures;

	/**
	 * The total a page of one mentor says, and how many times the database counted for it.
	 *
	 * @return array{0: int, 1: int}
	 */
	private static function total( DirectoryFilters $filters, int $now ): array {
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
		$this->assertSame( 3, get_option( DirectoryCounts::OPTION )['counts']['core|||1|'] ?? null );

		// Anna's one place is taken: she has no room now, and the kept count is gone with it.
		$this->give_mentees( $first, 1 );
		$this->assertSame( array( 2, 1 ), self::total( $room, $now ) );

		// A new mentor in the team saves a profile.
		$this->person( 'Omar Haddad' );
		$this->assertSame( array( 3, 1 ), self::total( $room, $now ) );

		// Whether someone takes mentees depends on the date: the next quarter hour counts again.
		$this->assertSame( array( 3, 1 ), self::total( $room, $now + 900 ), 'another quarter hour' );

		// What people type is never kept.
		$search = new DirectoryFilters( team: 'core', search: 'a', per_page: 1 );
		$this->assertSame( 1, self::total( $search, $now )[1] );
		$this->assertSame( 1, self::total( $search, $now )[1], 'counted again' );
	}
}
