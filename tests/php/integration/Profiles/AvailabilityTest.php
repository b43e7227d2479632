<?php
/**
 * One availability rule everywhere: `away_until` is the last day away, inclusive, in the mentor's
 * time zone — the same answer from the profile, the SQL every list uses, the directory's listing,
 * the engine and the matching path people use.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Profiles;

use Wayfinder\Directory\DirectoryFilters;
use Wayfinder\Directory\MentorDirectory;
use Wayfinder\Matching\Absence;
use Wayfinder\Mentorship\EnginePeople;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\Availability;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class AvailabilityTest extends TestCase {

	private const EVENINGS = array( array( 1, '00:00', '23:59' ), array( 2, '00:00', '23:59' ), array( 3, '00:00', '23:59' ), array( 4, '00:00', '23:59' ), array( 5, '00:00', '23:59' ), array( 6, '00:00', '23:59' ), array( 7, '00:00', '23:59' ) );

	private function away_mentor( string $timezone, ?string $until, array $languages = array( 'en' ) ): int {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, $timezone, $languages, array( 'core' ), array(), self::EVENINGS, 'Hello.', 3, 'normal', null === $until ? 'available' : 'away', $until ) );
		return $mentor;
	}

	/** @return list<int> Of these people, whom the SQL rule lets take mentees at $now. */
	private function sql_takes( array $ids, int $now ): array {
		global $wpdb;
		list( $takes, $args ) = Availability::sql_takes_mentees( 'p', $now );
		$in                   = implode( ',', array_map( 'intval', $ids ) );
		// phpcs:ignore WordPress.DB -- a test of the fragment; our table.
		$found                    = array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( 'SELECT p.user_id FROM ' . Schema::profiles_table() . " p WHERE p.user_id IN ({$in}) AND {$takes} ORDER BY p.user_id", $args ) ) );
		list( $away, $away_args ) = Availability::sql_away( 'p', $now );
		// phpcs:ignore WordPress.DB -- a test of the fragment; our table.
		$away_found = array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( 'SELECT p.user_id FROM ' . Schema::profiles_table() . " p WHERE p.user_id IN ({$in}) AND {$away} ORDER BY p.user_id", $away_args ) ) );
		$this->assertSame( array_values( array_diff( $ids, $found ) ), $away_found, 'away is exactly not taking mentees among away mentors' );
		return $found;
	}

	/**
	 * @return array<string, array{0: string, 1: string, 2: string, 3: bool}>
	 */
	public function moments(): array {
		return array(
			'UTC, the first day'                        => array( 'UTC', '2026-03-10', '2026-03-04T12:00:00Z', false ),
			'UTC, the last day'                         => array( 'UTC', '2026-03-10', '2026-03-10T23:30:00Z', false ),
			'UTC, the day after'                        => array( 'UTC', '2026-03-10', '2026-03-11T00:30:00Z', true ),
			'Auckland (east), still the last day there' => array( 'Pacific/Auckland', '2026-03-10', '2026-03-10T10:30:00Z', false ),
			'Auckland (east), the day after there'      => array( 'Pacific/Auckland', '2026-03-10', '2026-03-10T11:30:00Z', true ),
			'Los Angeles (west), the last day there'    => array( 'America/Los_Angeles', '2026-03-10', '2026-03-11T06:30:00Z', false ),
			'Los Angeles (west), the day after there'   => array( 'America/Los_Angeles', '2026-03-10', '2026-03-11T07:30:00Z', true ),
			'Los Angeles (west), the first day there'   => array( 'America/Los_Angeles', '2026-03-02', '2026-03-01T07:30:00Z', false ),
		);
	}

	/**
	 * @dataProvider moments
	 */
	public function test_the_profile_the_sql_the_directory_and_the_engine_agree_on_an_absence( string $timezone, string $until, string $at, bool $back ): void {
		$now     = (int) strtotime( $at );
		$mentor  = $this->away_mentor( $timezone, $until );
		$profile = ( new ProfileRepository() )->find( $mentor );

		$this->assertSame( $back, $profile->available_now( $now ), 'the profile' );
		$this->assertSame( $back ? array( $mentor ) : array(), $this->sql_takes( array( $mentor ), $now ), 'the SQL every list uses' );
		$this->assertSame( $back ? 'available' : 'away', ( new MentorDirectory() )->find( $mentor )->state( $now ), 'the directory’s card' );
		$this->assertSame( ! $back, Absence::is_away( $profile->mentor_status, $profile->away_until, $profile->timezone, $now ), 'the engine’s answer comes from the same rule' );
	}

	public function test_a_zero_date_never_makes_an_away_mentor_available(): void {
		global $wpdb;
		$mentor = $this->away_mentor( 'UTC', '2030-01-01' );
		// What MySQL kept of an impossible date before the route refused them.
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::profiles_table() . " SET away_until = '0000-00-00' WHERE user_id = %d", $mentor ) ); // phpcs:ignore WordPress.DB -- our table.
		( new ProfileRepository() )->forget( $mentor );
		MentorDirectory::forget( $mentor );

		$this->assertSame( array(), $this->sql_takes( array( $mentor ), time() ) );
		$this->assertFalse( ( new ProfileRepository() )->find( $mentor )->available_now() );
		list( $listed ) = ( new MentorDirectory() )->page( new DirectoryFilters( '', '', '', true ) );
		$this->assertNotContains( $mentor, array_map( static fn ( $listing ): int => $listing->id, $listed ), 'not under “has room now”' );
		$this->assertTrue( ( new EnginePeople() )->mentor( ( new ProfileRepository() )->find( $mentor ) )->away, 'nor to the engine' );
	}

	public function test_the_hourly_job_never_ends_an_absence_on_its_last_day_where_the_mentor_lives(): void {
		$zone     = 'Pacific/Pago_Pago'; // UTC−11: its date is behind UTC's for eleven hours a day.
		$last_day = Absence::local_date( $zone, time() );
		$mentor   = $this->away_mentor( $zone, $last_day );
		$profiles = new ProfileRepository();

		$profiles->end_past_absences();

		$this->assertSame( 'away', $profiles->find( $mentor )->mentor_status, 'still the last day there' );
	}

	public function test_automatic_assignment_passes_over_a_mentor_on_the_last_day_of_their_absence_and_picks_them_the_day_after(): void {
		// Los Angeles: for part of every day its date is behind UTC's (the engine once read the end
		// date as midnight UTC and picked the mentor that starting the match then refused).
		$zone     = 'America/Los_Angeles';
		$mentor   = $this->away_mentor( $zone, Absence::local_date( $zone, time() ) );
		$mentee   = $this->make_user( 'subscriber' );
		$profiles = new ProfileRepository();
		$profiles->save( new Profile( $mentee, 'Europe/Berlin', array( 'en' ), array( 'core' ), array(), self::EVENINGS, 'New here.' ) );

		$first = $this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $mentee )->get_data();

		$this->assertSame( 'waiting', $first['status'], 'not matched with the away mentor' );
		$this->assertStringContainsString( 'is away or retired', (string) $first['reason'], 'and told why: the one mentor who fits is away' );
		$this->assertSame( 0, $profiles->find( $mentor )->active_mentees );

		// The day after the last day, where the mentor lives.
		$profile             = $profiles->find( $mentor );
		$profile->away_until = Absence::local_date( $zone, time() - DAY_IN_SECONDS );
		$profiles->save( $profile );

		$second = $this->rest( 'POST', '/wayfinder/v1/mentoring-state/me/find-mentor', array(), $mentee )->get_data();

		$this->assertSame( 'matched', $second['status'], (string) wp_json_encode( $second ) );
		$this->assertSame( $mentor, $second['mentor'] );
	}

	public function test_people_and_the_overview_count_a_mentor_back_the_day_after_their_absence_before_the_hourly_job(): void {
		$zone                   = 'Pacific/Auckland';
		$back                   = $this->away_mentor( $zone, Absence::local_date( $zone, time() - DAY_IN_SECONDS ) );
		$away                   = $this->away_mentor( $zone, null );
		$profiles               = new ProfileRepository();
		$profile                = $profiles->find( $away );
		$profile->mentor_status = 'away';
		$profiles->save( $profile );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$ids         = static fn ( \WP_REST_Response $response ): array => array_column( $response->get_data(), 'id' );

		$free  = $ids(
			$this->rest(
				'GET',
				'/wayfinder/v1/people',
				array(
					'load'     => 'free',
					'per_page' => 100,
				),
				$coordinator
			)
		);
		$aways = $ids(
			$this->rest(
				'GET',
				'/wayfinder/v1/people',
				array(
					'load'     => 'away',
					'per_page' => 100,
				),
				$coordinator
			)
		);
		$avail = $ids(
			$this->rest(
				'GET',
				'/wayfinder/v1/people',
				array(
					'status'   => 'available',
					'per_page' => 100,
				),
				$coordinator
			)
		);

		$this->assertContains( $back, $free, 'back: free, by the same rule as the status' );
		$this->assertContains( $back, $avail );
		$this->assertNotContains( $back, $aways );
		$this->assertContains( $away, $aways, 'away without an end date' );
		$this->assertNotContains( $away, $free );
		$figures = ( new \Wayfinder\Mentorship\ProgramFigures() )->all()['mentors'];
		$total   = $this->rest( 'GET', '/wayfinder/v1/people', array( 'load' => 'away' ), $coordinator )->get_headers()['X-WP-Total'];
		$this->assertSame( (string) $figures['away'], $total, 'the Overview counts away mentors as People lists them' );
	}

	public function test_every_zone_changes_its_date_and_its_offset_only_on_a_quarter_hour(): void {
		// Why a kept answer holds for a quarter hour: no offset or clock change in use falls between.
		$from = time() - 366 * DAY_IN_SECONDS;
		$to   = time() + 2 * 366 * DAY_IN_SECONDS;
		$odd  = array();
		foreach ( \DateTimeZone::listIdentifiers() as $name ) {
			foreach ( ( new \DateTimeZone( $name ) )->getTransitions( $from, $to ) as $transition ) {
				if ( 0 !== $transition['offset'] % 900 || ( $transition['ts'] > $from && 0 !== $transition['ts'] % 900 ) ) {
					$odd[] = $name . ' ' . $transition['time'];
				}
			}
		}
		$this->assertSame( array(), $odd );
	}

	public function test_the_dates_kept_for_a_quarter_hour_are_the_dates_of_every_moment_in_it(): void {
		delete_option( \Wayfinder\Profiles\ZoneOffsets::OPTION );
		$now     = time();
		$quarter = intdiv( $now, 900 ) * 900;
		$fresh   = static function ( int $at ): array {
			$others = array();
			foreach ( \DateTimeZone::listIdentifiers() as $zone ) {
				$date = Absence::local_date( $zone, $at );
				if ( gmdate( 'Y-m-d', $at ) !== $date ) {
					$others[ $date ][] = $zone;
				}
			}
			return array( gmdate( 'Y-m-d', $at ), $others );
		};

		$this->assertSame( $fresh( $now ), Availability::local_dates( $now ) );
		$kept = get_option( \Wayfinder\Profiles\ZoneOffsets::OPTION );
		$this->assertSame( intdiv( $now, 900 ), $kept['quarter'], 'kept for the present quarter hour' );
		$this->assertCount( count( \DateTimeZone::listIdentifiers() ), $kept['offsets'] );
		$this->assertSame( 330, $kept['offsets']['Asia/Kolkata'] );
		$this->assertSame( $fresh( $quarter ), Availability::local_dates( $quarter ), 'read from what is kept: right at its first second' );
		$this->assertSame( $fresh( $quarter + 899 ), Availability::local_dates( $quarter + 899 ), 'and at its last' );

		// Another moment is worked out, not read from what is kept, and not kept.
		$later = $now + 12 * HOUR_IN_SECONDS;
		$this->assertSame( $fresh( $later ), Availability::local_dates( $later ) );
		$this->assertSame( intdiv( $now, 900 ), get_option( \Wayfinder\Profiles\ZoneOffsets::OPTION )['quarter'] );
	}
}
