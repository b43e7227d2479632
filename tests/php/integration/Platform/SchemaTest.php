<?php
/**
 * Schema upgrades: the tables move on once, and each feature's data step runs from its own module.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class SchemaTest extends TestCase {

	public function test_a_site_on_schema_8_gets_the_rate_limit_table_once_and_features_hear_which_version_it_had(): void {
		$heard = array();
		$hear  = static function ( int $was, int $now ) use ( &$heard ): void {
			$heard[] = array( $was, $now );
		};
		add_action( Schema::MIGRATED, $hear, 10, 2 );
		update_option( Schema::VERSION_OPTION, 8 );

		$this->assertTrue( Schema::migrate() );
		$this->assertFalse( Schema::migrate(), 'a second run changes nothing' );
		remove_action( Schema::MIGRATED, $hear, 10 );

		global $wpdb;
		$this->assertSame( Schema::rate_limits_table(), $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', Schema::rate_limits_table() ) ) );
		$this->assertSame( Schema::VERSION, (int) get_option( Schema::VERSION_OPTION ) );
		$this->assertSame( array( array( 8, Schema::VERSION ) ), $heard );
	}

	public function test_a_site_on_schema_6_gets_the_directory_index_and_meeting_hours_from_the_features_modules(): void {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'UTC', array( 'en' ), array(), array(), array( array( 1, '09:00', '11:00' ) ) ) );
		global $wpdb;
		$table = Schema::profiles_table();
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET meet_hours = '', mentor_listed = 0 WHERE user_id = %d", $mentor ) ); // phpcs:ignore WordPress.DB -- as a schema-6 site had it.
		update_option( Schema::VERSION_OPTION, 6 );

		Schema::migrate();

		$row = $wpdb->get_row( $wpdb->prepare( "SELECT meet_hours, mentor_listed FROM {$table} WHERE user_id = %d", $mentor ), ARRAY_A ); // phpcs:ignore WordPress.DB
		$this->assertSame( '1', $row['mentor_listed'], 'Directory: who holds the mentor capability' );
		$this->assertSame( 168, strlen( (string) $row['meet_hours'] ), 'Profiles: the hours the windows touch' );
		$this->assertStringContainsString( '1', (string) $row['meet_hours'] );
	}

	public function test_every_table_is_named_for_the_site_the_code_runs_on(): void {
		global $wpdb;
		foreach ( Schema::tables() as $table ) {
			$this->assertStringStartsWith( $wpdb->prefix . 'wayfinder_', $table );
		}
		$prefix = $wpdb->prefix;
		try {
			// What switch_to_blog() does to the prefix on a network: names follow at once.
			$wpdb->prefix = $wpdb->base_prefix . '3_';
			$this->assertSame( $wpdb->base_prefix . '3_wayfinder_profiles', Schema::profiles_table() );
		} finally {
			$wpdb->prefix = $prefix;
		}
	}
}
