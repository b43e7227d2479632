<?php
/**
 * The matching criteria, default capacity and backup-mentor settings: saved through the settings
 * endpoint with their schemas, refused with a message when they make no sense, and used by every path
 * to a mentor.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class MatchingSettingsTest extends TestCase {

	private function save( array $settings ): \WP_REST_Response {
		return $this->rest( 'POST', '/wp/v2/settings', $settings, $this->make_user( 'administrator' ) );
	}

	public function test_the_defaults_are_the_engines_defaults(): void {
		$data = $this->rest( 'GET', '/wp/v2/settings', array(), $this->make_user( 'administrator' ) )->get_data();
		$this->assertEquals( Settings::matching_defaults(), $data[ Settings::MATCHING ] );
		$this->assertSame( 3, $data[ Settings::DEFAULT_CAPACITY ] );
		$this->assertTrue( $data[ Settings::BACKUP_MENTORS ] );
	}

	public function test_the_criteria_are_stored_on_install_so_reading_them_asks_the_database_nothing(): void {
		global $wpdb;
		delete_option( Settings::MATCHING );
		\Wayfinder\Platform\Installer::activate();
		$this->assertEquals( Settings::matching_defaults(), get_option( Settings::MATCHING ), 'stored with the defaults' );
		wp_cache_delete( 'notoptions', 'options' ); // As at the start of a request: only the autoloaded options are known.
		$before = $wpdb->num_queries;
		Settings::criteria();
		$this->assertSame( 0, $wpdb->num_queries - $before );
	}

	public function test_a_partial_update_changes_only_what_it_names_and_reaches_the_engine(): void {
		$response = $this->save(
			array(
				Settings::MATCHING => array(
					'weights'            => array( 'teams' => 0 ),
					'languages_required' => false,
				),
			)
		);

		$this->assertSame( 200, $response->get_status() );
		$saved = $response->get_data()[ Settings::MATCHING ];
		$this->assertEquals( 0, $saved['weights']['teams'] );
		$this->assertEquals( 35, $saved['weights']['meeting_time'], 'untouched weights stay' );
		$criteria = Settings::criteria();
		$this->assertFalse( $criteria->is_on( 'teams' ) );
		$this->assertFalse( $criteria->languages_required );
	}

	public function test_without_a_required_language_the_board_suggests_a_mentor_who_speaks_another(): void {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', array( 'de' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ), '', 2 ) );
		$mentee = $this->make_user( 'subscriber' );
		( new ProfileRepository() )->save( new Profile( $mentee, 'Europe/Berlin', array( 'ta' ), array( 'core' ), array(), array( array( 2, '18:00', '20:00' ) ) ) );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$suggest     = fn (): array => array_column( $this->rest( 'GET', '/wayfinder/v1/board/suggestions', array( 'mentee' => $mentee ), $coordinator )->get_data()['suggestions'], 'mentor' );

		$this->assertSame( array(), $suggest(), 'a shared language is required by default' );
		$this->save( array( Settings::MATCHING => array( 'languages_required' => false ) ) );
		$this->assertSame( $mentor, $suggest()[0], 'the German speaker, who shares time and team, comes first' );
	}

	public function test_switching_every_criterion_off_is_refused_and_nothing_changes(): void {
		$response = $this->save(
			array(
				Settings::MATCHING         => array(
					'weights' => array(
						'languages'    => 0,
						'meeting_time' => 0,
						'teams'        => 0,
						'load'         => 0,
					),
				),
				Settings::DEFAULT_CAPACITY => 7,
			)
		);

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'wayfinder_no_criteria', $response->get_data()['code'] );
		$this->assertStringContainsString( 'At least one matching criterion', $response->get_data()['message'] );
		$this->assertEquals( Settings::matching_defaults(), Settings::matching() );
		$this->assertSame( 3, Settings::default_capacity(), 'the rest of the request was not saved either' );
	}

	/** @return array<string, array{0: array<string, mixed>}> */
	public static function bad_values(): array {
		return array(
			'a weight above 100'   => array( array( Settings::MATCHING => array( 'weights' => array( 'load' => 150 ) ) ) ),
			'an unknown criterion' => array( array( Settings::MATCHING => array( 'weights' => array( 'height' => 5 ) ) ) ),
			'no meeting hours'     => array( array( Settings::MATCHING => array( 'meeting_hours' => 0 ) ) ),
			'a capacity of zero'   => array( array( Settings::DEFAULT_CAPACITY => 0 ) ),
			'backups as text'      => array( array( Settings::BACKUP_MENTORS => 'sometimes' ) ),
		);
	}

	/** @dataProvider bad_values */
	public function test_values_outside_the_schema_are_refused( array $settings ): void {
		$response = $this->save( $settings );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
		$this->assertEquals( Settings::matching_defaults(), Settings::matching() );
		$this->assertSame( 3, Settings::default_capacity() );
		$this->assertTrue( Settings::backup_mentors_enabled() );
	}

	public function test_a_new_mentor_takes_the_default_capacity(): void {
		$this->save( array( Settings::DEFAULT_CAPACITY => 1 ) );
		$mentor = $this->make_user( 'wayfinder_mentor' );

		$this->assertSame( 1, ( new ProfileRepository() )->find( $mentor )->mentor_capacity );
		$this->assertIsInt( ( new MatchService() )->start( $this->make_user( 'subscriber' ), $mentor, 'coordinator', 1 ) );
		$second = ( new MatchService() )->start( $this->make_user( 'subscriber' ), $mentor, 'coordinator', 1 );
		$this->assertInstanceOf( \WP_Error::class, $second, 'the default holds in the database too' );
		$this->assertSame( 'wayfinder_at_capacity', $second->get_error_code() );
	}

	public function test_with_backups_off_nobody_can_name_a_backup(): void {
		$this->save( array( Settings::BACKUP_MENTORS => false ) );
		$mentor = $this->make_user( 'wayfinder_mentor' );
		$mentee = $this->make_user( 'subscriber' );
		$match  = ( new MatchService() )->start( $mentee, $mentor, 'mentee_request', $mentee );

		$response = $this->rest( 'POST', "/wayfinder/v1/matches/{$match}/backup", array( 'mentor' => $this->make_user( 'wayfinder_mentor' ) ), $mentor );

		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'wayfinder_backups_off', $response->get_data()['code'] );
		$this->assertNull( ( new MatchService() )->find( (int) $match )['backup_mentor_id'] );
	}
}
