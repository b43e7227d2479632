<?php
/**
 * The mentee standing kept in the profiles row (schema 14: mentee_matched, waiting_since) equals what
 * the matches and requests say after every path that changes them — a random sequence of asks,
 * offers, answers, expiries, matches by each path, confirmations, endings, moves and erasures — and
 * the People list's status filters and waiting sort name the same people in the same order as a
 * straightforward query over the matches and requests.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\AutoAssigner;
use Wayfinder\Mentorship\MatchEndings;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\PeopleMarks;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class MenteeStandingTest extends TestCase {

	private int $coordinator;

	/** @var list<int> */
	private array $mentors = array();

	/** @var list<int> */
	private array $mentees = array();

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator', 'zz-standing-coordinator' );
		for ( $i = 0; $i < 4; $i++ ) {
			$id = $this->person( 'wayfinder_mentor', "Mentor {$i}" );
			$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $id, 'UTC', array( 'en' ), array(), array(), array(), '', 2 ) ) );
			$this->mentors[] = $id;
		}
		for ( $i = 0; $i < 9; $i++ ) {
			$id = $this->person( 'subscriber', "Mentee {$i}" );
			// A third save a profile first; the rest are first named by a request or a match (a placeholder row).
			if ( 0 === $i % 3 ) {
				$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $id, 'UTC', array( 'en' ) ) ) );
			}
			$this->mentees[] = $id;
		}
	}

	private function person( string $role, string $name ): int {
		$id = $this->make_user( $role, 'qs-' . sanitize_title( $name ) );
		wp_update_user(
			array(
				'ID'           => $id,
				'display_name' => 'qs ' . $name,
			)
		);
		return $id;
	}

	/**
	 * The truth from the matches and requests, and what the profile rows keep, for every row.
	 *
	 * @return array{0: array<int, string>, 1: array<int, string>}
	 */
	private function truth_and_kept(): array {
		global $wpdb;
		$profiles = Schema::profiles_table();
		$matches  = Schema::matches_table();
		$requests = Schema::requests_table();
		// phpcs:disable WordPress.DB -- the test's ground truth, from the tables themselves.
		$matched = array_map( 'intval', $wpdb->get_col( "SELECT mentee_id FROM {$matches} WHERE active_primary = 1" ) );
		$since   = array();
		foreach ( (array) $wpdb->get_results( "SELECT mentee_id, MIN(created_at) AS since FROM {$requests} WHERE status = 'open' GROUP BY mentee_id", ARRAY_A ) as $row ) {
			$since[ (int) $row['mentee_id'] ] = (string) $row['since'];
		}
		$rows = (array) $wpdb->get_results( "SELECT user_id, mentee_matched, waiting_since FROM {$profiles}", ARRAY_A );
		// phpcs:enable
		$truth = array();
		$kept  = array();
		foreach ( $rows as $row ) {
			$id           = (int) $row['user_id'];
			$is_matched   = in_array( $id, $matched, true );
			$truth[ $id ] = ( $is_matched ? 'matched' : 'free' ) . ' ' . ( $is_matched ? '-' : ( $since[ $id ] ?? '-' ) );
			$kept[ $id ]  = ( 1 === (int) $row['mentee_matched'] ? 'matched' : 'free' ) . ' ' . ( $row['waiting_since'] ?? '-' );
		}
		return array( $truth, $kept );
	}

	private function assert_kept( string $after ): void {
		list( $truth, $kept ) = $this->truth_and_kept();
		$this->assertSame( $truth, $kept, "the kept standing after {$after}" );
	}

	/** @return list<array<string, mixed>> Open requests of this test's mentees. */
	private function open_requests(): array {
		global $wpdb;
		$requests = Schema::requests_table();
		$ids      = implode( ',', array_map( 'intval', $this->mentees ) );
		return (array) $wpdb->get_results( "SELECT * FROM {$requests} WHERE status = 'open' AND mentee_id IN ({$ids}) ORDER BY id", ARRAY_A ); // phpcs:ignore WordPress.DB -- the test's own rows.
	}

	/** @return list<array<string, mixed>> Open matches of this test's mentees. */
	private function open_matches( string $status = '' ): array {
		global $wpdb;
		$matches = Schema::matches_table();
		$ids     = implode( ',', array_map( 'intval', $this->mentees ) );
		$rows    = (array) $wpdb->get_results( "SELECT * FROM {$matches} WHERE active_primary = 1 AND mentee_id IN ({$ids}) ORDER BY id", ARRAY_A ); // phpcs:ignore WordPress.DB -- the test's own rows.
		return array_values( array_filter( $rows, static fn ( array $row ): bool => '' === $status || $status === $row['status'] ) );
	}

	/**
	 * @template T
	 * @param list<T> $items
	 * @return T|null
	 */
	private static function pick( array $items ) {
		return array() === $items ? null : $items[ array_rand( $items ) ];
	}

	/** One random operation on the program; the name of what was tried. */
	private function step(): string {
		$mentee   = (int) self::pick( $this->mentees );
		$mentor   = (int) self::pick( $this->mentors );
		$requests = new RequestService();
		$matches  = new MatchService();
		$endings  = new MatchEndings();
		$open     = self::pick( $this->open_requests() );
		$running  = self::pick( $this->open_matches() );
		$op       = mt_rand( 0, 13 );
		switch ( $op ) {
			case 0:
				$requests->create( array( 'type' => 'mentee_request' ), $mentee );
				return 'ask for any mentor';
			case 1:
				$requests->create(
					array(
						'type'   => 'mentee_request',
						'mentor' => $mentor,
					),
					$mentee
				);
				return 'ask a mentor';
			case 2:
				$requests->create(
					array(
						'type'   => 'mentor_offer',
						'mentee' => $mentee,
					),
					$mentor
				);
				return 'offer';
			case 3:
			case 4:
				if ( null === $open ) {
					return 'nothing to answer';
				}
				$accept = 3 === $op;
				$actor  = 'mentor_offer' === $open['type'] ? (int) $open['mentee_id'] : (int) ( $open['mentor_id'] ?? $mentor );
				$requests->decide( (int) $open['id'], $accept, $actor );
				return $accept ? 'accept' : 'decline';
			case 5:
				if ( null === $open ) {
					return 'nothing to cancel';
				}
				$requests->cancel( (int) $open['id'], $this->coordinator );
				return 'cancel';
			case 6:
				if ( null === $open ) {
					return 'nothing to expire';
				}
				global $wpdb;
				$wpdb->update( Schema::requests_table(), array( 'expires_at' => '2020-01-01 00:00:00' ), array( 'id' => (int) $open['id'] ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- past its date (no standing fact changes).
				$requests->expire_due();
				return 'expire';
			case 7:
				$matches->start( $mentee, $mentor, 'coordinator', $this->coordinator, mt_rand( 0, 1 ) ? 'active' : 'proposed' );
				return 'match by a coordinator';
			case 8:
				( new AutoAssigner() )->assign( $mentee );
				return 'automatic assignment';
			case 9:
				$proposed = self::pick( $this->open_matches( 'proposed' ) );
				if ( null === $proposed ) {
					return 'nothing to confirm';
				}
				if ( mt_rand( 0, 1 ) ) {
					$matches->confirm( (int) $proposed['id'], $this->coordinator );
					return 'confirm';
				}
				$endings->decline( (int) $proposed['id'], (int) $proposed['mentor_id'] );
				return 'decline a proposal';
			case 10:
			case 11:
				if ( null === $running ) {
					return 'nothing to end';
				}
				$reason = 10 === $op ? (string) self::pick( MatchEndings::REASONS ) : 'completed';
				$endings->end( (int) $running['id'], $reason, $this->coordinator );
				return "end ({$reason})";
			case 12:
				if ( null === $running ) {
					return 'nothing to move';
				}
				$endings->reassign( (int) $running['id'], $mentor, 'other', $this->coordinator );
				return 'reassign';
			default:
				$this->erase_personal_data( $mentee );
				return 'erase';
		}
	}

	public function test_the_kept_standing_follows_every_path_in_a_random_sequence(): void {
		mt_srand( 1414 );
		$tried = array();
		for ( $i = 0; $i < 160; $i++ ) {
			$what           = $this->step();
			$tried[ $what ] = true;
			$this->assert_kept( "step {$i}: {$what}" );
		}
		foreach ( array( 'ask for any mentor', 'ask a mentor', 'offer', 'accept', 'decline', 'cancel', 'expire', 'match by a coordinator', 'automatic assignment', 'confirm', 'decline a proposal', 'end (completed)', 'reassign', 'erase' ) as $path ) {
			$this->assertArrayHasKey( $path, $tried, "the sequence took the path “{$path}”" );
		}
	}

	/**
	 * Names in the order a straightforward query over the matches and requests puts this test's
	 * mentees (the rule before schema 14): waiting first by their first open request, then the rest.
	 *
	 * @return list<string>
	 */
	private function expected( ?string $status, string $orderby, string $order ): array {
		global $wpdb;
		$profiles = Schema::profiles_table();
		$matches  = Schema::matches_table();
		$requests = Schema::requests_table();
		// phpcs:disable WordPress.DB -- the test's ground truth, straight from the tables.
		$rows = (array) $wpdb->get_results(
			"SELECT p.user_id, u.display_name, ( SELECT COUNT(*) FROM {$matches} m WHERE m.mentee_id = p.user_id AND m.active_primary = 1 ) AS matched,"
				. " ( SELECT MIN(r.created_at) FROM {$requests} r WHERE r.mentee_id = p.user_id AND r.status = 'open' ) AS since"
				. " FROM {$profiles} p JOIN {$wpdb->users} u ON u.ID = p.user_id WHERE p.mentee_listed = 1 AND u.display_name LIKE 'qs %'",
			ARRAY_A
		);
		// phpcs:enable
		$people = array();
		foreach ( $rows as $row ) {
			$since = (int) $row['matched'] > 0 ? null : $row['since'];
			$state = (int) $row['matched'] > 0 ? 'matched' : ( null === $since ? 'none' : 'waiting' );
			if ( null === $status || $status === $state ) {
				$people[] = array( (string) $row['display_name'], (int) $row['user_id'], $since );
			}
		}
		usort(
			$people,
			static function ( array $a, array $b ) use ( $orderby, $order ): int {
				$way     = 'desc' === $order ? -1 : 1;
				$by_name = 0 !== strcmp( $a[0], $b[0] ) ? strcmp( $a[0], $b[0] ) : $a[1] <=> $b[1];
				if ( 'waiting_since' !== $orderby ) {
					return $way * $by_name;
				}
				if ( ( null === $a[2] ) !== ( null === $b[2] ) ) {
					return null === $a[2] ? 1 : -1; // Not waiting: last, either way.
				}
				$by_time = $way * strcmp( (string) $a[2], (string) $b[2] );
				return 0 !== $by_time ? $by_time : $by_name;
			}
		);
		return array_map( static fn ( array $person ): string => $person[0], $people );
	}

	/**
	 * The list's names, page by page (3 a page, so the two parts of the waiting sort meet inside a page).
	 *
	 * @param array<string, string> $params
	 * @return list<string>
	 */
	private function listed( array $params ): array {
		$names = array();
		for ( $page = 1; ; $page++ ) {
			$response = $this->rest(
				'GET',
				'/wayfinder/v1/people',
				$params + array(
					'role'     => 'mentees',
					'search'   => 'qs ',
					'per_page' => 3,
					'page'     => $page,
				),
				$this->coordinator
			);
			$this->assertSame( 200, $response->get_status() );
			foreach ( $response->get_data() as $item ) {
				$names[] = (string) $item['name'];
			}
			if ( $page >= (int) $response->get_headers()['X-WP-TotalPages'] ) {
				return $names;
			}
		}
	}

	public function test_every_status_and_sort_lists_the_people_in_the_order_of_the_matches_and_requests(): void {
		global $wpdb;
		mt_srand( 77 );
		for ( $i = 0; $i < 40; $i++ ) {
			$this->step();
		}
		$requests = new RequestService();
		foreach ( $this->mentees as $mentee ) {
			$requests->create( array( 'type' => 'mentee_request' ), $mentee );
		}
		// Someone with a profile who never asked: neither waiting nor matched.
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $this->person( 'subscriber', 'Mentee idle' ) ) ) );
		// Two people waiting since the same second: the name decides, in both directions.
		$open = $this->open_requests();
		$this->assertGreaterThanOrEqual( 2, count( $open ) );
		foreach ( array_slice( $open, 0, 2 ) as $request ) {
			$wpdb->update( Schema::requests_table(), array( 'created_at' => '2026-03-03 03:03:03' ), array( 'id' => (int) $request['id'] ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a tie made on purpose.
			$this->assertTrue( ( new ProfileRepository() )->restand( (int) $request['mentee_id'] ) );
		}
		$this->assert_kept( 'the tie' );
		$states = array();
		foreach ( array( null, 'waiting', 'matched', 'none' ) as $status ) {
			foreach ( array( 'name', 'waiting_since' ) as $orderby ) {
				foreach ( array( 'asc', 'desc' ) as $order ) {
					$params = array(
						'orderby' => $orderby,
						'order'   => $order,
					);
					if ( null !== $status ) {
						$params['status'] = $status;
					}
					$expected = $this->expected( $status, $orderby, $order );
					$this->assertSame( $expected, $this->listed( $params ), 'status ' . ( $status ?? 'any' ) . ", by {$orderby} {$order}" );
					$states[ $status ?? 'any' ] = count( $expected );
				}
			}
		}
		foreach ( array( 'waiting', 'matched', 'none' ) as $status ) {
			$this->assertGreaterThan( 0, $states[ $status ], "somebody is {$status}" );
		}
	}

	public function test_a_site_from_schema_13_gets_the_standing_filled_in_and_a_cut_short_run_resumes(): void {
		global $wpdb;
		mt_srand( 5 );
		for ( $i = 0; $i < 30; $i++ ) {
			$this->step();
		}
		foreach ( array_slice( $this->mentees, 0, 4 ) as $mentee ) {
			( new RequestService() )->create(
				array(
					'type'   => 'mentee_request',
					'mentor' => $this->mentors[0],
				),
				$mentee
			);
		}
		list( $truth ) = $this->truth_and_kept();
		$this->assertContains( 'free -', $truth );
		$this->assertNotEmpty( array_filter( $truth, static fn ( string $state ): bool => str_starts_with( $state, 'matched' ) ), 'somebody is matched' );
		$this->assertNotEmpty( array_filter( $truth, static fn ( string $state ): bool => 'free -' !== $state && str_starts_with( $state, 'free' ) ), 'somebody waits' );
		$profiles = Schema::profiles_table();
		$lost     = "UPDATE {$profiles} SET mentee_matched = 0, waiting_since = NULL";
		$wpdb->query( $lost ); // phpcs:ignore WordPress.DB -- a site from before schema 14: the columns come empty.
		update_option( Schema::VERSION_OPTION, 13 );
		$this->assertTrue( Schema::migrate() );
		$this->assertFalse( get_option( PeopleMarks::CURSOR_OPTION ), 'the backfill finished' );
		$this->assert_kept( 'the upgrade' );

		// A run cut short after the step before the first of these accounts resumes on the hourly tick.
		$wpdb->query( $lost ); // phpcs:ignore WordPress.DB -- lost again.
		update_option( PeopleMarks::CURSOR_OPTION, min( $this->mentees ) - 1, false );
		do_action( \Wayfinder\Platform\Cron::HOURLY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
		$this->assertFalse( get_option( PeopleMarks::CURSOR_OPTION ) );
		$this->assert_kept( 'the hourly tick' );
	}
}
