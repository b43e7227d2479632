<?php
/**
 * The list routes that show names (matches, requests, the audit trail) read a page's names at once:
 * a page of 5 rows and a page of 40 cost the same number of queries, and the names are right.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class ListNamesTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'zz-names-coordinator' );
		$mentors           = array();
		for ( $m = 0; $m < 10; $m++ ) {
			$mentors[] = $this->named( 'wayfinder_mentor', "Mentor {$m}" );
			$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $mentors[ $m ], 'UTC', array( 'en' ), array(), array(), array(), '', 5 ) ) );
		}
		for ( $i = 0; $i < 40; $i++ ) {
			$this->assertIsInt( ( new MatchService() )->start( $this->named( 'subscriber', "Matched {$i}" ), $mentors[ $i % 10 ], 'coordinator', $this->coordinator ) );
			$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $this->named( 'subscriber', "Asking {$i}" ) ) );
		}
	}

	private function named( string $role, string $name ): int {
		$id = $this->make_user( $role, 'ln-' . sanitize_title( $name ) );
		wp_update_user(
			array(
				'ID'           => $id,
				'display_name' => $name,
			)
		);
		return $id;
	}

	/** Queries of one page of a route on a cold cache, after a warm-up request of the same route. */
	private function cost( string $route, int $per_page ): int {
		global $wpdb;
		wp_cache_flush();
		$this->rest( 'GET', $route, array( 'per_page' => 1 ), $this->coordinator );
		wp_cache_flush();
		$before   = $wpdb->num_queries;
		$response = $this->rest( 'GET', $route, array( 'per_page' => $per_page ), $this->coordinator );
		$this->assertSame( 200, $response->get_status() );
		$this->assertCount( $per_page, $response->get_data() );
		return $wpdb->num_queries - $before;
	}

	public function test_5_rows_and_40_rows_cost_the_same_queries(): void {
		foreach ( array( '/wayfinder/v1/matches', '/wayfinder/v1/requests', '/wayfinder/v1/events' ) as $route ) {
			$this->assertSame( $this->cost( $route, 5 ), $this->cost( $route, 40 ), $route );
		}
	}

	public function test_the_names_are_each_rows_own(): void {
		foreach ( $this->rest( 'GET', '/wayfinder/v1/matches', array( 'per_page' => 40 ), $this->coordinator )->get_data() as $match ) {
			$this->assertSame( get_userdata( $match['mentee'] )->display_name, $match['mentee_name'] );
			$this->assertSame( get_userdata( $match['mentor'] )->display_name, $match['mentor_name'] );
		}
		foreach ( $this->rest( 'GET', '/wayfinder/v1/requests', array( 'per_page' => 40 ), $this->coordinator )->get_data() as $request ) {
			$this->assertSame( get_userdata( $request['mentee'] )->display_name, $request['mentee_name'] );
		}
		$events = $this->rest( 'GET', '/wayfinder/v1/events', array( 'per_page' => 40 ), $this->coordinator )->get_data();
		foreach ( $events as $event ) {
			$this->assertSame( get_userdata( $event['actor'] )->display_name, $event['actor_name'] );
		}
		$this->assertMatchesRegularExpression( '/^Matched \d+ and Mentor \d+ were matched/', (string) current( array_filter( array_column( $events, 'summary' ), static fn ( string $s ): bool => str_contains( $s, 'were matched' ) ) ) );
		// A renamed account shows its new name in the same request (nothing stale is kept).
		$first = $events[0]['actor'];
		wp_update_user(
			array(
				'ID'           => $first,
				'display_name' => 'Renamed',
			)
		);
		$this->assertSame( 'Renamed', $this->rest( 'GET', '/wayfinder/v1/events', array( 'per_page' => 5 ), $this->coordinator )->get_data()[0]['actor_name'] );
	}
}
