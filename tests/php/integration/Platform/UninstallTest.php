<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Tests\Integration\TestCase;

final class UninstallTest extends TestCase {

	public function test_by_default_deleting_the_plugin_keeps_every_piece_of_data(): void {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin' ) );

		Uninstaller::run();

		$this->assertNotNull( get_role( 'wayfinder_mentor' ) );
		$this->assertNotFalse( get_option( Installer::VERSION_OPTION ) );
		$this->assertSame( 'Europe/Berlin', ( new ProfileRepository() )->find( $mentor )->timezone );
	}

	public function test_when_the_admin_opted_in_uninstall_php_removes_roles_options_and_profiles(): void {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		update_option( Settings::DELETE_DATA_ON_UNINSTALL, true );
		update_option( Settings::SETUP_NOTICE, 1 );
		update_option( Settings::COORDINATOR_DIGEST, 'daily' );
		\Wayfinder\Teams\TeamList::all();
		( new \Wayfinder\Directory\MentorDirectory() )->languages();
		$this->assertNotFalse( get_option( \Wayfinder\Platform\KeptValues::TEAMS ) );
		\Wayfinder\Platform\Flash::put( $mentor, 'profile', 'save', 'success', 'Saved.' );
		( new \Wayfinder\Sessions\CalendarFeed() )->url( $mentor ); // A calendar address, and the mark of a place in a cohort.
		update_user_meta( $mentor, \Wayfinder\Cohorts\CohortMemberRepository::IN_A_COHORT, 1 );
		// A retention setting and its log (values that leave no trace: the uninstall commits what came before).
		update_option( \Wayfinder\Retention\Kind::from( \Wayfinder\Retention\Kind::AUDIT )->option(), 24 );
		update_option( \Wayfinder\Retention\RetentionLog::OPTION, array() );

		// The same path WordPress takes when an admin deletes the plugin.
		$this->uninstall( static fn () => uninstall_plugin( 'wayfinder/plugin.php' ) );

		$this->assertNull( get_role( 'wayfinder_mentor' ) );
		$this->assertNull( get_role( 'wayfinder_coordinator' ) );
		$this->assertFalse( get_role( 'administrator' )->has_cap( 'wayfinder_coordinate' ) );
		$this->assertFalse( get_option( Installer::VERSION_OPTION ) );
		$this->assertFalse( get_option( Settings::DELETE_DATA_ON_UNINSTALL ) );
		$this->assertFalse( get_option( Settings::SETUP_NOTICE ), 'the setup notice' );
		$this->assertSame( 'gone', get_option( Settings::COORDINATOR_DIGEST, 'gone' ), 'the digest setting (its registered default aside)' );
		$this->assertFalse( get_option( \Wayfinder\Platform\KeptValues::FACETS ), 'what the directory keeps' );
		$this->assertFalse( get_option( \Wayfinder\Platform\KeptValues::TEAMS ) );
		global $wpdb;
		$this->assertSame( array(), $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE 'wayfinder\\_%'" ), 'no option of Wayfinder\'s is left' ); // phpcs:ignore WordPress.DB -- the test's own read of core's table.
		$this->assertNull( $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', Schema::profiles_table() ) ), 'the profiles table is gone' );
		$this->assertSame( array(), $wpdb->get_col( "SELECT meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE 'wayfinder\\_%'" ), 'no notice, calendar address or cohort mark is left in anyone\'s meta' ); // phpcs:ignore WordPress.DB -- the test's own read of core's table.
		// People's accounts are theirs, not Wayfinder's.
		$this->assertNotFalse( get_userdata( $mentor ) );
	}
}
