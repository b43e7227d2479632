<?php
/**
 * The People list read through kept marks (schema 11): the same people as the rule over every
 * account's capabilities, matches and requests says, kept in step through role changes, saves,
 * requests, matches and deleted accounts; filled in for a site upgraded from schema 10; and a page
 * costs the same number of queries for 20 people as for 200.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Directory\DirectoryIndex;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\PeopleMarks;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class PeopleMarksTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'zz-marks-coordinator' );
	}

	private function person( string $role, string $name ): int {
		$id = $this->make_user( $role, 'qm-' . sanitize_title( $name ) );
		wp_update_user(
			array(
				'ID'           => $id,
				'display_name' => 'qm ' . $name,
			)
		);
		return $id;
	}

	private function save( int $id, bool $seeking = false, int $capacity = 3 ): void {
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $id, 'UTC', array( 'en' ), array( 'core' ), array(), array(), '', $capacity, 'normal', 'available', null, $seeking ) ) );
	}

	/**
	 * Every name the list shows for a role, all pages.
	 *
	 * @param array<string, mixed> $params
	 * @return list<string>
	 */
	private function listed( string $role, array $params = array() ): array {
		$names = array();
		for ( $page = 1; ; $page++ ) {
			$response = $this->rest(
				'GET',
				'/wayfinder/v1/people',
				$params + array(
					'role'     => $role,
					'search'   => 'qm ',
					'per_page' => 100,
					'page'     => $page,
				),
				$this->coordinator
			);
			$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
			foreach ( $response->get_data() as $item ) {
				$names[] = substr( $item['name'], 3 );
			}
			if ( $page >= (int) $response->get_headers()['X-WP-TotalPages'] ) {
				break;
			}
		}
		sort( $names );
		return $names;
	}

	/**
	 * The rule as it was before the marks, worked out from every account: mentors hold the mentor
	 * capability; mentees seek a mentor or saved a profile without being a mentor, or were named as
	 * mentee by a match or a request.
	 *
	 * @return array{mentors: list<string>, mentees: list<string>}
	 */
	private function by_the_rule(): array {
		global $wpdb;
		$profiles = Schema::profiles_table();
		$matches  = Schema::matches_table();
		$requests = Schema::requests_table();
		// phpcs:disable WordPress.DB -- the tests' own ground truth, from the tables themselves.
		$saved = array_map( 'intval', $wpdb->get_col( "SELECT user_id FROM {$profiles} WHERE placeholder = 0" ) );
		$seek  = array_map( 'intval', $wpdb->get_col( "SELECT user_id FROM {$profiles} WHERE placeholder = 0 AND seeking = 1" ) );
		$stood = array_map( 'intval', $wpdb->get_col( "SELECT mentee_id FROM {$matches} UNION SELECT mentee_id FROM {$requests}" ) );
		// phpcs:enable
		$rule = array(
			'mentors' => array(),
			'mentees' => array(),
		);
		foreach ( get_users( array( 'search' => 'qm *' ) ) as $user ) {
			$id     = (int) $user->ID;
			$mentor = Capabilities::can_mentor( $id );
			$name   = substr( $user->display_name, 3 );
			if ( $mentor ) {
				$rule['mentors'][] = $name;
			}
			if ( in_array( $id, $stood, true ) || in_array( $id, $seek, true ) || ( ! $mentor && in_array( $id, $saved, true ) ) ) {
				$rule['mentees'][] = $name;
			}
		}
		sort( $rule['mentors'] );
		sort( $rule['mentees'] );
		return $rule;
	}

	private function assert_lists_follow_the_rule( string $when ): void {
		$rule = $this->by_the_rule();
		$this->assertSame( $rule['mentors'], $this->listed( 'mentors' ), "mentors, {$when}" );
		$this->assertSame( $rule['mentees'], $this->listed( 'mentees' ), "mentees, {$when}" );
	}

	/** @return array<string, int> Name => user ID: one person of each kind the rule tells apart. */
	private function program(): array {
		$people = array(
			'Mentor saved'        => $this->person( 'wayfinder_mentor', 'Mentor saved' ),
			'Mentor unsaved'      => $this->person( 'wayfinder_mentor', 'Mentor unsaved' ),
			'Mentor seeking'      => $this->person( 'wayfinder_mentor', 'Mentor seeking' ),
			'Mentor by cap'       => $this->person( 'subscriber', 'Mentor by cap' ),
			'Former unsaved'      => $this->person( 'wayfinder_mentor', 'Former unsaved' ),
			'Former saved'        => $this->person( 'wayfinder_mentor', 'Former saved' ),
			'Member saved'        => $this->person( 'subscriber', 'Member saved' ),
			'Member asking'       => $this->person( 'subscriber', 'Member asking' ),
			'Member matched'      => $this->person( 'subscriber', 'Member matched' ),
			'Member idle'         => $this->person( 'subscriber', 'Member idle' ),
			'Mentor as mentee'    => $this->person( 'wayfinder_mentor', 'Mentor as mentee' ),
			'Member gone'         => $this->person( 'subscriber', 'Member gone' ),
			'Coordinator unsaved' => $this->person( 'wayfinder_coordinator', 'Coordinator unsaved' ),
		);
		$this->save( $people['Mentor saved'] );
		$this->save( $people['Mentor seeking'], true );
		$this->save( $people['Former saved'] );
		$this->save( $people['Member saved'] );
		$this->save( $people['Member gone'] );
		get_userdata( $people['Mentor by cap'] )->add_cap( Capabilities::MENTOR );
		get_userdata( $people['Former unsaved'] )->set_role( 'subscriber' );
		get_userdata( $people['Former saved'] )->set_role( 'subscriber' );
		$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $people['Member asking'] ) );
		$this->assertIsInt( ( new MatchService() )->start( $people['Member matched'], $people['Mentor saved'], 'coordinator', $this->coordinator ) );
		$this->assertIsInt( ( new MatchService() )->start( $people['Mentor as mentee'], $people['Mentor saved'], 'coordinator', $this->coordinator, 'proposed' ) );
		require_once ABSPATH . 'wp-admin/includes/user.php';
		if ( is_multisite() ) {
			require_once ABSPATH . 'wp-admin/includes/ms.php';
			wpmu_delete_user( $people['Member gone'] ); // The account itself goes, not only its place on this site.
		} else {
			wp_delete_user( $people['Member gone'] );
		}
		return $people;
	}

	public function test_the_lists_show_exactly_whom_the_rule_names_through_every_change(): void {
		$people = $this->program();
		$this->assert_lists_follow_the_rule( 'as made' );
		$this->assertSame(
			array( 'Coordinator unsaved', 'Mentor as mentee', 'Mentor by cap', 'Mentor saved', 'Mentor seeking', 'Mentor unsaved' ),
			$this->listed( 'mentors' ),
			'every mentor, with a profile or not'
		);
		$this->assertSame( array( 'Former saved', 'Member asking', 'Member matched', 'Member saved', 'Mentor as mentee', 'Mentor seeking' ), $this->listed( 'mentees' ) );

		// A mentor who never saved a profile shows the defaults, as before.
		$items = $this->rest( 'GET', '/wayfinder/v1/people', array( 'search' => 'qm Mentor unsaved' ), $this->coordinator )->get_data();
		$this->assertSame( array( Settings::default_capacity(), 'available', 0, 'normal' ), array( $items[0]['capacity'], $items[0]['status'], $items[0]['load'], $items[0]['weight'] ) );

		// Roles come and go; a role gains the capability; profiles are saved; people are asked for.
		get_userdata( $people['Member idle'] )->set_role( 'wayfinder_mentor' );
		get_userdata( $people['Mentor unsaved'] )->set_role( 'subscriber' );
		get_userdata( $people['Former saved'] )->set_role( 'wayfinder_mentor' );
		$this->save( $people['Member idle'] );
		$this->save( $people['Mentor seeking'], false );
		get_role( 'editor' )->add_cap( Capabilities::MENTOR );
		$editor = $this->person( 'editor', 'Editor' );
		DirectoryIndex::resync_pending();
		$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $people['Former unsaved'] ) );
		$this->assert_lists_follow_the_rule( 'after the changes' );
		$this->assertContains( 'Editor', $this->listed( 'mentors' ), 'a role that now carries the capability' );
		$this->assertContains( 'Former unsaved', $this->listed( 'mentees' ), 'asked for a mentor without a profile' );
		$this->assertNotContains( 'Mentor unsaved', $this->listed( 'mentees' ), 'a former mentor who never saved a profile is nobody’s mentee' );
		get_role( 'editor' )->remove_cap( Capabilities::MENTOR );
		DirectoryIndex::resync_pending();
		$this->assertNotContains( 'Editor', $this->listed( 'mentors' ) );
		unset( $editor );
	}

	public function test_every_filter_and_sort_lists_the_same_people_as_the_rule(): void {
		$this->program();
		$rule = $this->by_the_rule();
		foreach ( array( 'available', 'away', 'retired' ) as $status ) {
			$names = $this->listed( 'mentors', array( 'status' => $status ) );
			$this->assertSame( array(), array_diff( $names, $rule['mentors'] ), "mentors {$status}" );
		}
		$this->assertSame( $rule['mentors'], $this->listed( 'mentors', array( 'status' => 'available' ) ), 'nobody is away here' );
		$by_load = array();
		foreach ( array( 'away', 'full', 'some', 'free' ) as $load ) {
			$by_load = array_merge( $by_load, $this->listed( 'mentors', array( 'load' => $load ) ) );
		}
		sort( $by_load );
		$this->assertSame( $rule['mentors'], $by_load, 'the load buckets share the mentors out' );
		$by_status = array();
		foreach ( array( 'waiting', 'matched', 'none' ) as $status ) {
			$by_status = array_merge( $by_status, $this->listed( 'mentees', array( 'status' => $status ) ) );
		}
		sort( $by_status );
		$this->assertSame( $rule['mentees'], $by_status, 'the mentee statuses share the mentees out' );
		$this->assertSame( array( 'Member asking' ), $this->listed( 'mentees', array( 'status' => 'waiting' ) ) );
		$this->assertSame( array( 'Member matched', 'Mentor as mentee' ), $this->listed( 'mentees', array( 'status' => 'matched' ) ) );
		foreach ( array( 'name', 'waiting_since' ) as $orderby ) {
			$this->assertSame( $rule['mentees'], $this->listed( 'mentees', array( 'orderby' => $orderby ) ), "mentees by {$orderby}" );
		}
		$this->assertSame( $rule['mentors'], $this->listed( 'mentors', array( 'orderby' => 'load' ) ) );
	}

	public function test_a_site_from_schema_10_gets_its_marks_filled_in_and_twice_is_safe(): void {
		global $wpdb;
		$this->program();
		$before   = array( $this->listed( 'mentors' ), $this->listed( 'mentees' ) );
		$profiles = Schema::profiles_table();
		// phpcs:disable WordPress.DB -- the schema-10 site: no placeholders, no marks, no names to sort by.
		$wpdb->query( "DELETE FROM {$profiles} WHERE placeholder = 1" );
		$wpdb->query( "UPDATE {$profiles} SET mentee_side = 0, mentee_listed = 0, sort_name = '', mentor_listed = 0" );
		// phpcs:enable
		( new ProfileRepository() )->forget_all();
		update_option( Schema::VERSION_OPTION, 10 );
		$this->assertNotSame( $before, array( $this->listed( 'mentors' ), $this->listed( 'mentees' ) ), 'without marks the lists are wrong' );

		$this->assertTrue( Schema::migrate() );
		$this->assertFalse( get_option( PeopleMarks::CURSOR_OPTION ), 'the backfill finished' );
		$this->assertSame( $before, array( $this->listed( 'mentors' ), $this->listed( 'mentees' ) ) );
		// phpcs:ignore WordPress.DB -- our table.
		$this->assertSame( '0', $wpdb->get_var( "SELECT COUNT(*) FROM {$profiles} WHERE sort_name = '' AND user_id IN ( SELECT ID FROM {$wpdb->users} )" ), 'every row has its name to sort by' );

		update_option( Schema::VERSION_OPTION, 10 );
		$rows = $wpdb->get_results( "SELECT * FROM {$profiles} ORDER BY user_id", ARRAY_A ); // phpcs:ignore WordPress.DB
		$this->assertTrue( Schema::migrate() );
		$this->assertSame( $rows, $wpdb->get_results( "SELECT * FROM {$profiles} ORDER BY user_id", ARRAY_A ), 'a second run changes nothing' ); // phpcs:ignore WordPress.DB
	}

	public function test_a_backfill_cut_short_resumes_on_the_hourly_tick(): void {
		global $wpdb;
		$people   = $this->program();
		$profiles = Schema::profiles_table();
		$wpdb->query( "UPDATE {$profiles} SET mentee_side = 0, mentee_listed = 0" ); // phpcs:ignore WordPress.DB -- marks lost, as on an older site.
		$asking = $people['Member asking'];
		update_option( PeopleMarks::CURSOR_OPTION, $asking - 1, false );
		( new PeopleMarks() )->resume( 1 );
		$this->assertContains( 'Member asking', $this->listed( 'mentees' ), 'the step covered the next thousand accounts' );
		( new PeopleMarks() )->resume();
		$this->assertFalse( get_option( PeopleMarks::CURSOR_OPTION ) );
	}

	public function test_erasing_someone_keeps_them_where_the_kept_history_puts_them(): void {
		$people = $this->program();
		foreach ( array( 'Member matched', 'Mentor saved', 'Member asking' ) as $name ) {
			$this->erase_personal_data( $people[ $name ] );
		}
		$this->assert_lists_follow_the_rule( 'after erasure' );
		$this->assertContains( 'Member matched', $this->listed( 'mentees' ), 'the mentorship is kept, so is its mentee' );
		$this->assertContains( 'Mentor saved', $this->listed( 'mentors' ), 'a mentor without a profile now' );
		$this->assertNotContains( 'Member asking', $this->listed( 'mentees' ), 'the request went with the erasure' );
	}

	public function test_the_public_directory_lists_no_placeholder(): void {
		$unsaved = $this->person( 'wayfinder_mentor', 'Unlisted' );
		$saved   = $this->person( 'wayfinder_mentor', 'Listed' );
		$this->save( $saved );
		$names = static fn ( array $items ): array => array_map( static fn ( array $item ): string => (string) $item['name'], $items );
		$found = $names( $this->rest( 'GET', '/wayfinder/v1/mentors', array( 'per_page' => 50 ) )->get_data() );
		$this->assertContains( 'qm Listed', $found );
		$this->assertNotContains( 'qm Unlisted', $found, 'a mentor without a profile is not in the directory' );
		$this->assertFalse( ( new ProfileRepository() )->exists( $unsaved ), 'a placeholder is no profile' );
		$this->assertContains( 'Unlisted', $this->listed( 'mentors' ), 'but is among the coordinator’s mentors' );
		$this->save( $unsaved );
		$this->assertContains( 'qm Unlisted', $names( $this->rest( 'GET', '/wayfinder/v1/mentors', array( 'per_page' => 50 ) )->get_data() ), 'once saved' );
	}

	/**
	 * Queries of one People request on a cold cache, after a warm-up request of the same route.
	 *
	 * @param array<string, mixed> $params
	 */
	private function cost( array $params ): int {
		global $wpdb;
		wp_cache_flush();
		$this->rest( 'GET', '/wayfinder/v1/people', array( 'search' => 'nobody-at-all' ), $this->coordinator );
		// Kept once a quarter hour: a moment when it is worked out again is not a page's cost.
		\Wayfinder\Profiles\Availability::local_dates( time() );
		$before   = $wpdb->num_queries;
		$response = $this->rest( 'GET', '/wayfinder/v1/people', $params + array( 'per_page' => 50 ), $this->coordinator );
		$this->assertSame( 200, $response->get_status() );
		return $wpdb->num_queries - $before;
	}

	/** @return list<array<string, mixed>> Every sort and filter of both lists. */
	private static function variants(): array {
		$variants = array();
		foreach ( array( 'name', 'load' ) as $orderby ) {
			foreach ( array( 'asc', 'desc' ) as $order ) {
				$variants[] = array(
					'role'    => 'mentors',
					'orderby' => $orderby,
					'order'   => $order,
				);
			}
		}
		foreach ( array( 'available', 'away', 'retired' ) as $status ) {
			$variants[] = array(
				'role'   => 'mentors',
				'status' => $status,
			);
		}
		foreach ( array( 'away', 'full', 'some', 'free' ) as $load ) {
			$variants[] = array(
				'role' => 'mentors',
				'load' => $load,
			);
		}
		foreach ( array( 'name', 'waiting_since' ) as $orderby ) {
			foreach ( array( 'asc', 'desc' ) as $order ) {
				$variants[] = array(
					'role'    => 'mentees',
					'orderby' => $orderby,
					'order'   => $order,
				);
			}
		}
		foreach ( array( 'waiting', 'matched', 'none' ) as $status ) {
			$variants[] = array(
				'role'   => 'mentees',
				'status' => $status,
			);
			foreach ( array( 'asc', 'desc' ) as $order ) {
				$variants[] = array(
					'role'    => 'mentees',
					'status'  => $status,
					'orderby' => 'waiting_since',
					'order'   => $order,
				);
			}
		}
		// A later page of the waiting sort: where the waiting part meets the rest.
		foreach ( array( 'asc', 'desc' ) as $order ) {
			$variants[] = array(
				'role'     => 'mentees',
				'orderby'  => 'waiting_since',
				'order'    => $order,
				'page'     => 2,
				'per_page' => 10,
			);
		}
		$variants[] = array(
			'role'   => 'mentees',
			'search' => 'qm',
		);
		$variants[] = array(
			'role'   => 'mentors',
			'search' => 'qm',
		);
		return $variants;
	}

	/** Adds $count people: mentors with and without profiles, mentees asking, matched, or with a profile. */
	private function crowd( int $count, int $offset, int $mentor ): void {
		for ( $i = $offset; $i < $offset + $count; $i++ ) {
			switch ( $i % 5 ) {
				case 0:
					$this->save( $this->person( 'wayfinder_mentor', "M{$i}" ) );
					break;
				case 1:
					$this->person( 'wayfinder_mentor', "U{$i}" );
					break;
				case 2:
					$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $this->person( 'subscriber', "A{$i}" ) ) );
					break;
				case 3:
					$this->assertIsInt( ( new MatchService() )->start( $this->person( 'subscriber', "B{$i}" ), $mentor, 'coordinator', $this->coordinator ) );
					break;
				default:
					$this->save( $this->person( 'subscriber', "S{$i}" ), true );
			}
		}
	}

	public function test_a_page_costs_the_same_queries_for_20_people_as_for_200(): void {
		$mentor = $this->person( 'wayfinder_mentor', 'Busy' );
		$this->save( $mentor, false, 250 );
		$this->crowd( 20, 0, $mentor );
		$small = array_map( array( $this, 'cost' ), self::variants() );
		$this->crowd( 180, 20, $mentor );
		$this->assertGreaterThan( 50, count( $this->listed( 'mentees' ) ), 'the pages are full this time' );
		$this->assertSame( $small, array_map( array( $this, 'cost' ), self::variants() ) );
		$this->assertLessThanOrEqual( 4, max( $small ), 'a page, its count and keeping the count (MentorCounts), and nothing per row' );
	}
}
