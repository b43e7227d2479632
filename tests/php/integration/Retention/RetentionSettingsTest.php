<?php
/**
 * How long data is kept is the program's setting: coordinators read and change it on the settings
 * route, a value it cannot take is refused with a sentence that names the field, and the daily tick
 * that applies it is scheduled with the plugin and stopped with it. The log is for the same people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Retention;

use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Installer;
use Wayfinder\Retention\Kind;
use Wayfinder\Retention\Retention;
use Wayfinder\Retention\RetentionLog;
use Wayfinder\Retention\RetentionSettings;
use Wayfinder\Tests\Integration\TestCase;

final class RetentionSettingsTest extends TestCase {

	private static function option( string $kind ): string {
		return Kind::from( $kind )->option();
	}

	public function test_the_settings_route_gives_the_defaults_and_saves_months_with_zero_for_forever(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );

		$read = $this->rest( 'GET', '/wayfinder/v1/settings', array(), $coordinator )->get_data();
		$this->assertSame( 24, $read[ self::option( Kind::PROGRAMS ) ] );
		$this->assertSame( 12, $read[ self::option( Kind::APPLICATIONS ) ] );
		$this->assertSame( 24, $read[ self::option( Kind::SURVEY_TEXT ) ] );
		$this->assertSame( 24, $read[ self::option( Kind::AUDIT ) ] );

		$saved = $this->rest(
			'POST',
			'/wayfinder/v1/settings',
			array(
				self::option( Kind::PROGRAMS )    => 36,
				self::option( Kind::SURVEY_TEXT ) => 0,
			),
			$coordinator
		);

		$this->assertSame( 200, $saved->get_status() );
		$this->assertSame( 36, RetentionSettings::months( Kind::from( Kind::PROGRAMS ) ) );
		$this->assertSame( 0, RetentionSettings::months( Kind::from( Kind::SURVEY_TEXT ) ), '0 keeps survey text forever' );
		$this->assertSame( 12, RetentionSettings::months( Kind::from( Kind::APPLICATIONS ) ), 'what was not sent stays' );
	}

	/** @return array<string, array{0: string, 1: mixed}> */
	public static function refused(): array {
		return array(
			'below zero'        => array( Kind::PROGRAMS, -1 ),
			'over twenty years' => array( Kind::APPLICATIONS, 241 ),
			'a fraction'        => array( Kind::SURVEY_TEXT, 1.5 ),
			'words'             => array( Kind::AUDIT, 'two years' ),
		);
	}

	/** @dataProvider refused */
	public function test_a_value_the_setting_cannot_take_is_refused_with_a_sentence_and_nothing_changes( string $kind, mixed $value ): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$before      = RetentionSettings::months( Kind::from( $kind ) );

		$response = $this->rest( 'POST', '/wayfinder/v1/settings', array( self::option( $kind ) => $value ), $coordinator );

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( Kind::from( $kind )->label() . ' must be a whole number from 0 to 240.', $response->get_data()['message'] );
		$this->assertSame( $before, RetentionSettings::months( Kind::from( $kind ) ) );
	}

	public function test_only_the_people_who_manage_the_program_change_how_long_data_is_kept(): void {
		$mentor   = $this->make_user( 'wayfinder_mentor' );
		$response = $this->rest( 'POST', '/wayfinder/v1/settings', array( self::option( Kind::AUDIT ) => 1 ), $mentor );

		$this->assertSame( 403, $response->get_status() );
		$this->assertSame( 24, RetentionSettings::months( Kind::from( Kind::AUDIT ) ) );
	}

	public function test_the_log_is_read_by_the_people_who_manage_the_program_and_says_when_it_has_not_run(): void {
		delete_option( RetentionLog::OPTION );
		$this->assertSame( 401, $this->rest( 'GET', '/wayfinder/v1/retention' )->get_status() );
		$this->assertSame( 403, $this->rest( 'GET', '/wayfinder/v1/retention', array(), $this->make_user( 'wayfinder_mentor' ) )->get_status() );

		$log = $this->rest( 'GET', '/wayfinder/v1/retention', array(), $this->make_user( 'wayfinder_coordinator' ) );

		$this->assertSame( 200, $log->get_status() );
		$this->assertNull( $log->get_data()['last_run'] );
		$this->assertSame( 'Retention has not run yet. It runs once a day.', $log->get_data()['summary'] );
	}

	public function test_the_daily_tick_is_scheduled_with_the_plugin_runs_retention_and_stops_on_deactivation(): void {
		wp_clear_scheduled_hook( Cron::DAILY );
		delete_option( RetentionLog::OPTION );

		Cron::schedule();
		$this->assertNotFalse( wp_next_scheduled( Cron::DAILY ) );
		$this->assertSame( 'daily', wp_get_schedule( Cron::DAILY ) );

		do_action( Cron::DAILY ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_daily.
		$log = ( new RetentionLog() )->describe();
		$this->assertNotNull( $log['last_run'], 'the tick ran retention, and the log says when' );
		$this->assertStringStartsWith( 'Retention last ran on ', $log['summary'] );

		wp_schedule_single_event( time() + Retention::PAUSE, Retention::CONTINUE_HOOK );
		Installer::deactivate();
		$this->assertFalse( wp_next_scheduled( Cron::DAILY ) );
		$this->assertFalse( wp_next_scheduled( Retention::CONTINUE_HOOK ), 'a follow-up run is stopped too' );
	}
}
