<?php
/**
 * The directory at community scale: a page and its count cost the same queries whatever the number
 * of mentors, for each filter, and the facet rows that make team and language filters index lookups
 * follow every path that changes who is listed, and are made again when they drift.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Directory\DirectoryFilters;
use Wayfinder\Directory\DirectoryRepository;
use Wayfinder\Directory\MentorDirectory;
use Wayfinder\Directory\MentorListing;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\FacetRepository;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class DirectoryScaleTest extends TestCase {

	use DirectoryFixtures;

	/** Mentor $i of a cohort: every filter below leaves at least three of any twenty. */
	private function mentor( int $i ): int {
		return $this->person(
			sprintf( 'Mentor %03d', $i ),
			array(
				'teams'        => array( 0 === $i % 2 ? 'core' : 'polyglots', 'test' ),
				'languages'    => array( 'en', 0 === $i % 3 ? 'es' : 'de' ),
				'timezone'     => 0 === $i % 4 ? 'America/New_York' : 'Europe/Berlin',
				'availability' => array( array( 1 + $i % 5, '18:00', '21:00' ) ),
				'status'       => 0 === $i % 7 ? 'away' : 'available',
				'away_until'   => 0 === $i % 7 ? '2099-01-01' : null,
			)
		);
	}

	/** @return array<string, DirectoryFilters> Each filter, on a page that does not hold every match, so its count runs. */
	private static function filters(): array {
		return array(
			'everyone, page 2'       => new DirectoryFilters( page: 2, per_page: 2 ),
			'team'                   => new DirectoryFilters( team: 'core', per_page: 2 ),
			'language'               => new DirectoryFilters( language: 'es', per_page: 2 ),
			'team and language'      => new DirectoryFilters( team: 'core', language: 'es', per_page: 2 ),
			'has room'               => new DirectoryFilters( room: true, per_page: 2 ),
			'can meet'               => new DirectoryFilters( meets: 'weekday-evenings', timezone: 'Europe/Berlin', per_page: 2 ),
			'all filters, page 2'    => new DirectoryFilters( team: 'polyglots', language: 'de', meets: 'weekday-evenings', room: true, timezone: 'Europe/Berlin', page: 2, per_page: 1 ),
			'team, language, page 2' => new DirectoryFilters( team: 'core', language: 'en', page: 2, per_page: 2 ),
		);
	}

	/**
	 * Queries each filter's page and count make (after a warm-up read of the same page: the kept
	 * facets and the time zones' dates are read once per request).
	 *
	 * @return array<string, int>
	 */
	private function queries_per_filter(): array {
		global $wpdb;
		$counts = array();
		foreach ( self::filters() as $name => $filters ) {
			( new MentorDirectory() )->page( $filters );
			$before                   = $wpdb->num_queries;
			list( $listings, $total ) = ( new MentorDirectory() )->page( $filters );
			$counts[ $name ]          = $wpdb->num_queries - $before;
			$this->assertNotEmpty( $listings, "{$name}: nobody shown" );
			$this->assertGreaterThan( count( $listings ), $total, "{$name}: the page holds every match, so no count ran" );
		}
		return $counts;
	}

	public function test_a_page_and_its_count_cost_the_same_queries_for_20_and_200_mentors_with_each_filter(): void {
		for ( $i = 0; $i < 20; $i++ ) {
			$this->mentor( $i );
		}
		$few = $this->queries_per_filter();
		for ( $i = 20; $i < 200; $i++ ) {
			$this->mentor( $i );
		}
		$many = $this->queries_per_filter();
		$this->assertSame( $few, $many );
		foreach ( $many as $name => $queries ) {
			$this->assertLessThanOrEqual( 2, $queries, "{$name}: a page and its count are two statements" );
		}
	}

	/** @return list<string> The names a filter shows, all pages. */
	private static function names( DirectoryFilters $filters ): array {
		list( $listings ) = ( new MentorDirectory() )->page( $filters );
		return array_map( static fn ( MentorListing $listing ): string => $listing->name, $listings );
	}

	public function test_team_and_language_rows_follow_saves_retirements_roles_and_are_rebuilt_when_they_drift(): void {
		$anna = $this->person(
			'Anna',
			array(
				'teams'     => array( 'core' ),
				'languages' => array( 'es' ),
			)
		);
		$ben  = $this->person(
			'Ben',
			array(
				'teams'     => array( 'docs' ),
				'languages' => array( 'de' ),
			)
		);
		$core = new DirectoryFilters( team: 'core', language: 'es', per_page: 10 );
		$docs = new DirectoryFilters( team: 'docs', per_page: 10 );
		$this->assertSame( array( 'Anna' ), self::names( $core ) );

		// A saved profile moves the mentor to their new team.
		$profiles       = new ProfileRepository();
		$profile        = $profiles->find( $anna );
		$profile->teams = array( 'docs' );
		$this->assertTrue( $profiles->save( $profile ) );
		$this->assertSame( array(), self::names( $core ) );
		$this->assertSame( array( 'Anna', 'Ben' ), self::names( $docs ) );

		// Losing the mentor role takes them out; getting it back puts them in again.
		get_userdata( $ben )->set_role( 'subscriber' );
		$this->assertSame( array( 'Anna' ), self::names( $docs ) );
		get_userdata( $ben )->set_role( 'wayfinder_mentor' );
		$this->assertSame( array( 'Anna', 'Ben' ), self::names( $docs ) );

		// A retired mentor keeps no rows (the team filter's choices are the teams with listed mentors).
		$profile                = $profiles->find( $ben );
		$profile->mentor_status = 'retired';
		$this->assertTrue( $profiles->save( $profile ) );
		$this->assertSame( array( 'docs' ), ( new FacetRepository() )->teams() );
		$this->assertSame( array( 'Anna' ), self::names( $docs ) );

		// Rows lost behind the repository's back are made again from the profiles.
		global $wpdb;
		$wpdb->query( 'DELETE FROM ' . Schema::facets_table() ); // phpcs:ignore WordPress.DB -- the test's own drift.
		$this->assertSame( array(), self::names( $docs ) );
		$this->assertTrue( ( new FacetRepository() )->rebuild() );
		$this->assertSame( array( 'Anna' ), self::names( $docs ) );
		$this->assertSame( array( 'docs' ), ( new FacetRepository() )->teams() );

		// A deleted profile leaves no rows.
		$profiles->delete( $anna );
		$this->assertSame( array(), ( new FacetRepository() )->teams() );
	}

	public function test_the_kept_rank_follows_places_taken_and_freed_absences_and_is_repaired_when_it_drifts(): void {
		$ada   = $this->person( 'Ada', array( 'capacity' => 1 ) );
		$bo    = $this->person( 'Bo', array( 'capacity' => 2 ) );
		$cy    = $this->person(
			'Cy',
			array(
				'status'     => 'away',
				'away_until' => '2020-01-31',
			)
		);
		$dee   = $this->person(
			'Dee',
			array(
				'status'     => 'away',
				'away_until' => '2099-01-31',
			)
		);
		$all   = new DirectoryFilters( per_page: 10 );
		$first = new DirectoryFilters( per_page: 1, page: 3 );
		// An absence over by the date ranks with room before the hourly tick marks it back.
		$this->assertSame( array( 'Ada', 'Bo', 'Cy', 'Dee' ), self::names( $all ) );

		// Ada's one place taken: she is full, after everyone with room and before those away.
		$mentee  = $this->make_user( 'subscriber' );
		$matches = new \Wayfinder\Mentorship\MatchService();
		$match   = $matches->start( $mentee, $ada, 'coordinator', 0 );
		$this->assertIsInt( $match );
		$this->assertSame( array( 'Bo', 'Cy', 'Ada', 'Dee' ), self::names( $all ) );
		$this->assertSame( array( 'Ada' ), self::names( $first ) );

		// Freed again: back in front.
		$this->assertTrue( $matches->end( $match, 'other', 0 ) );
		$this->assertSame( array( 'Ada', 'Bo', 'Cy', 'Dee' ), self::names( $all ) );

		// The tick ends Cy's absence: the same place.
		( new ProfileRepository() )->end_past_absences();
		$this->assertSame( array( 'Ada', 'Bo', 'Cy', 'Dee' ), self::names( $all ) );

		// A rank written behind the repository's back is made again from the row.
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::profiles_table() . ' SET directory_rank = 1 WHERE user_id = %d', $ada ) ); // phpcs:ignore WordPress.DB -- the test's own drift.
		$this->assertSame( array( 'Bo', 'Cy', 'Ada', 'Dee' ), self::names( $all ) );
		$this->assertTrue( ( new ProfileRepository() )->relist() );
		$this->assertSame( array( 'Ada', 'Bo', 'Cy', 'Dee' ), self::names( $all ) );
		unset( $bo, $dee );
	}

	public function test_a_page_reads_the_absences_that_are_over_only_when_the_kept_first_end_says_one_may_be(): void {
		global $wpdb;
		$ada   = $this->person( 'Ada' );
		$bo    = $this->person(
			'Bo',
			array(
				'status'     => 'away',
				'away_until' => '2099-01-31',
			)
		);
		$first = new DirectoryFilters( per_page: 1 ); // Filled by those with room: nobody away is read for it.
		self::names( $first ); // The facets are kept from here on.
		$before = $wpdb->num_queries;
		$this->assertSame( array( 'Ada' ), self::names( $first ) );
		$this->assertSame( 1, $wpdb->num_queries - $before, 'nobody is away past their last day: the page alone' );

		// Bo's absence, saved as over, is read at once (the save drops the kept first end).
		$profile             = ( new ProfileRepository() )->find( $bo );
		$profile->away_until = gmdate( 'Y-m-d', strtotime( '-3 days' ) );
		$this->assertTrue( ( new ProfileRepository() )->save( $profile ) );
		$this->assertSame( array( 'Ada', 'Bo' ), self::names( new DirectoryFilters( room: true, per_page: 10 ) ), 'back by the date: listed with room' );

		// The tick marks Bo back without dropping the kept first end: a check too many, the same page.
		( new ProfileRepository() )->end_past_absences();
		$this->assertSame( array( 'Ada', 'Bo' ), self::names( new DirectoryFilters( room: true, per_page: 10 ) ) );
		unset( $ada );
	}

	public function test_every_page_in_turn_lists_each_mentor_once_in_the_order_of_room_then_mentees_then_id(): void {
		mt_srand( 1202 );
		$zones = array( 'Pacific/Auckland', 'America/Los_Angeles', 'Europe/Berlin', 'UTC' );
		$dates = array( null, gmdate( 'Y-m-d', strtotime( '-2 days' ) ), gmdate( 'Y-m-d', strtotime( '-1 day' ) ), gmdate( 'Y-m-d' ), gmdate( 'Y-m-d', strtotime( '+1 day' ) ), '2099-01-01' );
		$ids   = array();
		for ( $i = 0; $i < 36; $i++ ) {
			$status   = array( 'available', 'available', 'away', 'away', 'retired' )[ mt_rand( 0, 4 ) ];
			$capacity = mt_rand( 1, 3 );
			$ids[]    = $this->person(
				sprintf( 'Mentor %03d', $i ),
				array(
					'teams'     => array( 0 === mt_rand( 0, 1 ) ? 'core' : 'polyglots' ),
					'languages' => 0 === mt_rand( 0, 2 ) ? array( 'es' ) : array( 'en', 'es' ),
					'timezone'  => $zones[ array_rand( $zones ) ],
					'capacity'  => $capacity,
				)
			);
			// Mentees first: an away or retired mentor takes none.
			$this->give_mentees( $ids[ $i ], mt_rand( 0, $capacity ) );
			$profile                = ( new ProfileRepository() )->find( $ids[ $i ] );
			$profile->mentor_status = $status;
			$profile->away_until    = 'away' === $status ? $dates[ array_rand( $dates ) ] : null;
			$this->assertTrue( ( new ProfileRepository() )->save( $profile ) );
		}
		$directory = new MentorDirectory();
		$rank      = array(
			MentorListing::AVAILABLE => 0,
			MentorListing::FULL      => 1,
			MentorListing::AWAY      => 2,
		);
		foreach ( array( array( '', '', false ), array( 'core', '', false ), array( '', 'en', false ), array( 'polyglots', 'es', false ), array( '', '', true ), array( 'core', 'es', true ) ) as list( $team, $language, $room ) ) {
			MentorDirectory::forget();
			$expected = array();
			foreach ( $ids as $id ) {
				$listing = $directory->find( $id );
				if ( MentorListing::RETIRED === $listing->state() || ( $room && MentorListing::AVAILABLE !== $listing->state() ) || ( '' !== $team && ! in_array( $team, $listing->teams, true ) ) || ( '' !== $language && ! in_array( $language, $listing->languages, true ) ) ) {
					continue;
				}
				$expected[ $id ] = array( $rank[ $listing->state() ], $listing->active_mentees, $id );
			}
			asort( $expected );
			$listed = array();
			for ( $page = 1; $page <= 8; $page++ ) {
				list( $listings ) = $directory->page( new DirectoryFilters( team: $team, language: $language, room: $room, page: $page, per_page: 5 ) );
				$listed           = array_merge( $listed, array_map( static fn ( MentorListing $listing ): int => $listing->id, $listings ) );
			}
			$this->assertGreaterThan( 5, count( $expected ), 'more than a page' );
			$this->assertSame( array_keys( $expected ), $listed, "team {$team}, language {$language}, room " . (int) $room );
			// Both ways of reading a filtered page: walking the directory (sizes unknown) and starting from the filter's rows (a rare team and language).
			foreach ( array(
				'walking'                 => array(),
				'from the filter\'s rows' => array(
					''                     => 1000,
					"team:{$team}"         => 1,
					"language:{$language}" => 1,
				),
			) as $way => $sizes ) {
				$listed = array();
				for ( $page = 1; $page <= 8; $page++ ) {
					$listings = ( new DirectoryRepository() )->page( new DirectoryFilters( team: $team, language: $language, room: $room, page: $page, per_page: 5 ), time(), array(), $sizes );
					$listed   = array_merge( $listed, array_map( static fn ( MentorListing $listing ): int => $listing->id, $listings ) );
				}
				$this->assertSame( array_keys( $expected ), $listed, "team {$team}, language {$language}, {$way}" );
			}
		}
	}
}
