<?php
/**
 * Reading many people at once: the same profiles, names and past mentors as one at a time, in a
 * number of queries that does not grow with how many are read.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Profiles;

use Wayfinder\Mentorship\EnginePeople;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\MentorRow;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class ProfileBatchTest extends TestCase {

	/** @return list<int> Six people: four with a profile (two of them mentors), two without. */
	private function people(): array {
		$repository = new ProfileRepository();
		$ids        = array();
		foreach ( array( 'wayfinder_mentor', 'wayfinder_mentor', 'subscriber', 'subscriber', 'subscriber', 'subscriber' ) as $i => $role ) {
			$id    = $this->make_user( $role );
			$ids[] = $id;
			if ( $i < 4 ) {
				$this->assertTrue( $repository->save( new Profile( $id, 'Europe/Berlin', array( 'de', 'en' ), array( 'core' ), array(), array( array( 1, '18:00', '20:00' ) ), 'Hi ' . $i, 2 + $i ) ) );
			}
		}
		return $ids;
	}

	/** Queries $read makes once $first has run. */
	private function queries_after( callable $first, callable $read ): int {
		global $wpdb;
		$first();
		$before = $wpdb->num_queries;
		$read();
		return $wpdb->num_queries - $before;
	}

	/** Queries $read makes on a cold cache (past what every request reads first). */
	private function queries( callable $read ): int {
		global $wpdb;
		wp_cache_flush();
		// What any request has read by then (options, settings): counted apart from the read itself.
		( new ProfileRepository() )->find_many( array( PHP_INT_MAX ) );
		DisplayName::many( array( PHP_INT_MAX ) );
		$before = $wpdb->num_queries;
		$read();
		return $wpdb->num_queries - $before;
	}

	public function test_find_many_reads_what_find_reads_in_one_query(): void {
		$ids        = $this->people();
		$repository = new ProfileRepository();
		$many       = array();
		$this->assertSame(
			1,
			$this->queries(
				function () use ( $repository, $ids, &$many ) {
					$many = $repository->find_many( $ids );
				}
			)
		);
		$this->assertSame( $ids, array_keys( $many ), 'in the order asked' );
		wp_cache_flush();
		foreach ( $ids as $id ) {
			$this->assertEquals( $repository->find( $id ), $many[ $id ] );
		}
		$this->assertSame( 'Hi 3', $many[ $ids[3] ]->intro );
		$this->assertSame( '', $many[ $ids[5] ]->intro, 'someone without a profile gets the empty one' );
		// Once read, nothing is read again, and find() uses the same cache.
		$this->assertSame(
			0,
			$this->queries_after(
				static fn () => $repository->find_many( $ids ),
				static function () use ( $repository, $ids ): void {
					$repository->find_many( $ids );
					$repository->find( $ids[0] );
				}
			)
		);
	}

	public function test_listed_mentors_are_the_mentors_with_a_profile_in_one_query(): void {
		$ids  = $this->people();
		$read = array();
		$this->assertSame(
			1,
			$this->queries(
				function () use ( &$read ) {
					$read = ( new ProfileRepository() )->listed_mentors();
				}
			)
		);
		$this->assertSame( array( $ids[0], $ids[1] ), array_map( static fn ( MentorRow $p ): int => $p->user_id, $read ) );
		$this->assertSame( array( 'de', 'en' ), $read[0]->languages );
		$this->assertSame( 3, $read[1]->mentor_capacity );
	}

	public function test_names_and_past_mentors_for_many_in_one_query_each(): void {
		$ids = $this->people();
		wp_update_user(
			array(
				'ID'           => $ids[2],
				'display_name' => 'Chidi A.',
			)
		);
		$names = array();
		$this->assertSame(
			1,
			$this->queries(
				function () use ( $ids, &$names ) {
					$names = DisplayName::many( array_merge( $ids, array( 999999 ) ) );
				}
			)
		);
		$this->assertSame( 'Chidi A.', $names[ $ids[2] ] );
		$this->assertSame( '', $names[999999], 'an account that is gone has no name' );
		foreach ( $ids as $id ) {
			$this->assertSame( DisplayName::of( $id ), $names[ $id ] );
		}

		$mentee = $ids[2];
		$this->assertTrue( is_int( $this->start_and_end( $mentee, $ids[0], 'mentee_wants_other' ) ) );
		$this->assertTrue( is_int( $this->start_and_end( $mentee, $ids[1], 'completed' ) ) );
		$matches = new MatchRepository();
		$many    = $matches->mentors_not_again_many( array( $mentee, $ids[3] ) );
		$this->assertSame( array( $ids[0] ), $many[ $mentee ], 'a mentee who wanted another mentor is not matched with them again; a completed match does not count' );
		$this->assertSame( array(), $many[ $ids[3] ] );
		$this->assertSame( $many[ $mentee ], $matches->mentors_not_again( $mentee ) );
		$profiles = ( new ProfileRepository() )->find_many( array( $mentee, $ids[3] ) );
		$people   = new EnginePeople();
		$this->assertEquals( $people->mentee( $profiles[ $mentee ] ), $people->mentees( $profiles )[ $mentee ] );
	}

	public function test_forgetting_every_profile_needs_no_group_flush_from_the_object_cache(): void {
		global $wpdb;
		$ids        = $this->people();
		$repository = new ProfileRepository();
		$this->assertSame( 'Hi 0', $repository->find( $ids[0] )->intro );
		$this->assertSame( 'Hi 1', $repository->find_many( array( $ids[1] ) )[ $ids[1] ]->intro );
		// Rows changed behind the repository's back, as a bulk statement or a rolled-back transaction leaves them.
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . \Wayfinder\Platform\Schema::profiles_table() . " SET intro = 'Changed' WHERE user_id IN (%d, %d)", $ids[0], $ids[1] ) ); // phpcs:ignore WordPress.DB -- the test's own change.
		$this->assertSame( 'Hi 0', $repository->find( $ids[0] )->intro, 'still the cached copy' );
		$repository->forget_all();
		$this->assertSame( 'Changed', $repository->find( $ids[0] )->intro );
		$this->assertSame( 'Changed', $repository->find_many( array( $ids[1] ) )[ $ids[1] ]->intro );
	}

	private function start_and_end( int $mentee, int $mentor, string $reason ): int {
		$service = new \Wayfinder\Mentorship\MatchService();
		$match   = $service->start( $mentee, $mentor, 'coordinator', 0 );
		$this->assertIsInt( $match );
		$this->assertTrue( $service->end( $match, $reason, 0 ) );
		return $match;
	}
}
