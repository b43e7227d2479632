<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Demo;

use Wayfinder\Demo\DemoPeople;
use Wayfinder\Demo\LargeProgram;
use Wayfinder\Mentorship\MentoringState;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\TeamSeeder;
use Wayfinder\Tests\Integration\TestCase;

// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- checks over our own tables and integer IDs.

final class LargeProgramTest extends TestCase {

	private const MENTORS = 50;
	private const MENTEES = 200;

	public function test_it_creates_the_people_a_queue_and_matches(): void {
		$result = LargeProgram::generate( self::MENTORS, self::MENTEES );

		$this->assertSame( 'created', $result['status'] );
		$this->assertSame( self::MENTORS, $result['mentors'] );
		$this->assertSame( self::MENTEES, $result['mentees'] );
		$this->assertGreaterThan( 60, $result['matched'], 'about 55% of mentees have a mentor' );
		$this->assertLessThan( 150, $result['matched'] );
		$this->assertGreaterThan( 30, $result['waiting'], 'about 30% wait in the queue' );
		$this->assertLessThanOrEqual( self::MENTEES, $result['matched'] + $result['waiting'] );

		global $wpdb;
		$profiles = Schema::profiles_table();
		$like     = static fn ( string $prefix ): string => $wpdb->esc_like( $prefix ) . '%';
		$rows     = $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$profiles} p INNER JOIN {$wpdb->users} u ON u.ID = p.user_id WHERE u.user_login LIKE %s OR u.user_login LIKE %s", $like( LargeProgram::MENTOR_PREFIX ), $like( LargeProgram::MENTEE_PREFIX ) ) );
		$this->assertSame( self::MENTORS + self::MENTEES, (int) $rows, 'everyone has a profile' );

		// Profiles read back through the repository: varied, and teams are seeded Make teams.
		$zones = array();
		$teams = array();
		foreach ( $this->ids( LargeProgram::MENTOR_PREFIX ) as $id ) {
			$profile = ( new ProfileRepository() )->find( $id );
			$zones[] = $profile->timezone;
			$teams   = array_merge( $teams, $profile->teams );
			$this->assertNotSame( array(), $profile->languages );
			$this->assertNotSame( array(), $profile->availability );
			$this->assertGreaterThanOrEqual( 1, $profile->mentor_capacity );
			$this->assertContains( $profile->mentor_status, array( 'available', 'away', 'retired' ) );
		}
		$this->assertGreaterThan( 10, count( array_unique( $zones ) ), 'mentors live around the world' );
		$this->assertSame( array(), array_diff( $teams, array_keys( TeamSeeder::make_teams() ) ) );
	}

	public function test_the_program_is_consistent(): void {
		LargeProgram::generate( self::MENTORS, self::MENTEES );
		global $wpdb;
		$profiles = Schema::profiles_table();
		$matches  = Schema::matches_table();
		$asks     = Schema::requests_table();
		$mentors  = $this->ids( LargeProgram::MENTOR_PREFIX );
		$mentees  = $this->ids( LargeProgram::MENTEE_PREFIX );
		$in       = static fn ( array $ids ): string => implode( ',', array_map( 'intval', $ids ) );

		// No mentor over capacity, and each mentor's count is their running matches.
		$load = $wpdb->get_results( "SELECT p.user_id, p.mentor_capacity, p.active_mentees, p.mentor_status, ( SELECT COUNT(*) FROM {$matches} m WHERE m.mentor_id = p.user_id AND m.status = 'active' ) AS running FROM {$profiles} p WHERE p.user_id IN ( {$in( $mentors )} )", ARRAY_A );
		$this->assertCount( self::MENTORS, $load );
		$full = 0;
		foreach ( $load as $mentor ) {
			$this->assertSame( (int) $mentor['running'], (int) $mentor['active_mentees'], 'active_mentees counts the running matches' );
			$this->assertLessThanOrEqual( (int) $mentor['mentor_capacity'], (int) $mentor['active_mentees'], 'no mentor over capacity' );
			if ( 'retired' === $mentor['mentor_status'] ) {
				$this->assertSame( 0, (int) $mentor['active_mentees'], 'retired mentors take nobody' );
			}
			$full += (int) $mentor['active_mentees'] === (int) $mentor['mentor_capacity'] ? 1 : 0;
		}
		$this->assertGreaterThan( 0, $full, 'some mentors are full' );

		// Each matched mentee has exactly one active primary match, with a mentor of the program.
		$per_mentee = $wpdb->get_results( "SELECT mentee_id, COUNT(*) AS n, SUM( CASE WHEN active_primary = 1 THEN 1 ELSE 0 END ) AS primaries, MIN( mentor_id ) AS mentor FROM {$matches} WHERE mentee_id IN ( {$in( $mentees )} ) GROUP BY mentee_id", ARRAY_A );
		$matched    = array();
		foreach ( $per_mentee as $row ) {
			$this->assertSame( 1, (int) $row['n'] );
			$this->assertSame( 1, (int) $row['primaries'] );
			$this->assertContains( (int) $row['mentor'], $mentors );
			$matched[] = (int) $row['mentee_id'];
		}
		$this->assertSame( array( 'active' ), $wpdb->get_col( "SELECT DISTINCT status FROM {$matches} WHERE mentee_id IN ( {$in( $mentees )} )" ) );
		$sources = $wpdb->get_col( "SELECT DISTINCT source FROM {$matches} WHERE mentee_id IN ( {$in( $mentees )} ) ORDER BY source" );
		$this->assertSame( array( 'auto', 'coordinator', 'mentee_request', 'mentor_offer' ), $sources, 'matches started every way' );

		// The queue: open requests for any mentor, one per waiting mentee, none of whom has a match.
		$queue = $wpdb->get_results( "SELECT mentee_id, type, mentor_id, status, created_by, expires_at FROM {$asks} WHERE mentee_id IN ( {$in( $mentees )} ) ORDER BY id", ARRAY_A );
		$this->assertNotSame( array(), $queue );
		$waiting = array();
		foreach ( $queue as $request ) {
			$this->assertSame( 'mentee_request', $request['type'] );
			$this->assertNull( $request['mentor_id'] );
			$this->assertSame( 'open', $request['status'] );
			$this->assertSame( (int) $request['mentee_id'], (int) $request['created_by'] );
			$this->assertGreaterThan( gmdate( 'Y-m-d H:i:s' ), $request['expires_at'], 'nothing in the queue has expired' );
			$waiting[] = (int) $request['mentee_id'];
		}
		$this->assertSame( count( $waiting ), count( array_unique( $waiting ) ), 'one request per waiting mentee' );
		$this->assertSame( array(), array_intersect( $waiting, $matched ), 'nobody both waits and has a mentor' );
		foreach ( $waiting as $id ) {
			$this->assertTrue( ( new ProfileRepository() )->find( $id )->seeking );
		}

		// The plugin's own view agrees.
		$state = ( new MentoringState() )->of( $matched[0] )['mentee'];
		$this->assertTrue( $state['has_mentor'] );
		$this->assertFalse( ( new MentoringState() )->of( $waiting[0] )['mentee']['has_mentor'] );
		$events = Schema::events_table();
		$this->assertSame( count( $matched ), (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$events} WHERE object_type = 'match' AND action = 'started' AND object_id IN ( SELECT id FROM {$matches} WHERE mentee_id IN ( {$in( $mentees )} ) )" ), 'each match has its audit event' );
	}

	public function test_generating_again_adds_nothing(): void {
		$first  = LargeProgram::generate( self::MENTORS, self::MENTEES );
		$second = LargeProgram::generate( self::MENTORS, self::MENTEES );

		$this->assertSame( 'exists', $second['status'] );
		$this->assertSame( array_diff_key( $first, array_flip( array( 'status', 'seconds' ) ) ), array_diff_key( $second, array_flip( array( 'status', 'seconds' ) ) ) );
		$this->assertCount( self::MENTORS, $this->ids( LargeProgram::MENTOR_PREFIX ) );
	}

	public function test_the_same_seed_plans_the_same_program(): void {
		$plan = static fn ( int $seed ): array => LargeProgram::plan( 20, 80, $seed, 1750000000, 14 );

		$this->assertSame( $plan( 7 ), $plan( 7 ) );
		$this->assertNotSame( $plan( 7 ), $plan( 8 ) );
	}

	public function test_the_people_log_in_with_the_demo_password_and_hold_their_role(): void {
		LargeProgram::generate( self::MENTORS, self::MENTEES );
		$mentor = get_user_by( 'login', LargeProgram::MENTOR_PREFIX . '00001' );
		$mentee = get_user_by( 'login', LargeProgram::MENTEE_PREFIX . '00001' );
		$this->assertNotFalse( $mentor );
		$this->assertNotFalse( $mentee );

		$this->assertInstanceOf( \WP_User::class, wp_authenticate( $mentor->user_login, DemoPeople::PASSWORD ) );
		$this->assertInstanceOf( \WP_User::class, wp_authenticate( $mentee->user_login, DemoPeople::PASSWORD ) );
		$this->assertWPError( wp_authenticate( $mentee->user_login, 'wrong' ) );

		$this->assertSame( array( 'wayfinder_mentor' ), $mentor->roles );
		$this->assertTrue( user_can( $mentor, Capabilities::MENTOR ) );
		$this->assertTrue( user_can( $mentor, 'read' ) );
		$this->assertFalse( user_can( $mentor, Capabilities::COORDINATE ) );
		$this->assertSame( array( 'subscriber' ), $mentee->roles );
		$this->assertTrue( user_can( $mentee, 'read' ) );
		$this->assertFalse( user_can( $mentee, Capabilities::MENTOR ) );
		$this->assertNotSame( '', $mentor->display_name );
		$this->assertSame( $mentor->user_login . '@example.org', $mentor->user_email );

		// WordPress's own user queries find them: the mentors are mentors to the matching engine too.
		$found = get_users(
			array(
				'capability' => Capabilities::MENTOR,
				'search'     => LargeProgram::MENTOR_PREFIX . '*',
				'fields'     => 'ID',
			)
		);
		$this->assertCount( self::MENTORS, $found );
	}

	/** @return list<int> The large program's user IDs with this login prefix. */
	private function ids( string $prefix ): array {
		global $wpdb;
		return array_map( 'intval', $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->users} WHERE user_login LIKE %s ORDER BY ID", $wpdb->esc_like( $prefix ) . '%' ) ) );
	}

	private function assertWPError( mixed $value ): void {
		$this->assertInstanceOf( \WP_Error::class, $value );
	}
}
