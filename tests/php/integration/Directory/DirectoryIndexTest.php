<?php
/**
 * The directory's index of who is a mentor follows roles and capabilities as they change.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Directory;

use Wayfinder\Directory\DirectoryIndex;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class DirectoryIndexTest extends TestCase {

	use DirectoryFixtures;

	private function listed( int $user_id ): bool {
		global $wpdb;
		$table = Schema::profiles_table();
		return '1' === $wpdb->get_var( $wpdb->prepare( "SELECT mentor_listed FROM {$table} WHERE user_id = %d", $user_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- our table.
	}

	private function names(): array {
		return array_column( $this->rest( 'GET', '/wayfinder/v1/mentors' )->get_data(), 'name' );
	}

	public function test_a_person_is_listed_while_they_hold_the_mentor_capability_however_they_got_it(): void {
		$lucas = $this->person( 'Lucas', array(), 'subscriber' );
		$this->assertFalse( $this->listed( $lucas ) );

		$user = new \WP_User( $lucas );
		$user->add_role( 'wayfinder_mentor' );
		$this->assertTrue( $this->listed( $lucas ), 'a role added beside his own' );
		$this->assertSame( array( 'Lucas' ), $this->names() );

		$user->remove_role( 'wayfinder_mentor' );
		$this->assertFalse( $this->listed( $lucas ) );
		$this->assertSame( array(), $this->names() );

		$user->add_cap( Capabilities::MENTOR );
		$this->assertTrue( $this->listed( $lucas ), 'the capability granted on its own' );

		$user->set_role( 'wayfinder_coordinator' );
		$user->remove_cap( Capabilities::MENTOR );
		$this->assertTrue( $this->listed( $lucas ), 'coordinators mentor too' );

		$user->set_role( 'subscriber' );
		$this->assertFalse( $this->listed( $lucas ) );
	}

	public function test_a_deleted_account_leaves_the_directory(): void {
		require_once ABSPATH . 'wp-admin/includes/user.php';
		$anna = $this->person( 'Anna' );
		wp_delete_user( $anna );
		$this->assertFalse( $this->listed( $anna ) );
		$this->assertSame( array(), $this->names() );
	}

	public function test_a_role_that_gains_or_loses_the_capability_updates_everyone_who_has_it(): void {
		$editor = $this->person( 'Edith', array(), 'editor' );
		$this->assertFalse( $this->listed( $editor ) );

		get_role( 'editor' )->add_cap( Capabilities::MENTOR );
		get_role( 'author' )->add_cap( 'upload_files' );
		$this->assertFalse( $this->listed( $editor ), 'not at once: once, at the end of the request' );
		DirectoryIndex::resync_pending();
		$this->assertTrue( $this->listed( $editor ) );

		get_role( 'editor' )->remove_cap( Capabilities::MENTOR );
		DirectoryIndex::resync_pending();
		$this->assertFalse( $this->listed( $editor ) );
	}

	public function test_resyncing_sets_every_flag_from_the_stored_capabilities(): void {
		global $wpdb;
		$anna  = $this->person( 'Anna' );
		$lucas = $this->person( 'Lucas', array(), 'subscriber' );
		$wpdb->query( $wpdb->prepare( 'UPDATE ' . Schema::profiles_table() . ' SET mentor_listed = 1 - mentor_listed WHERE user_id IN (%d, %d)', $anna, $lucas ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- our table.

		DirectoryIndex::resync_all();

		$this->assertTrue( $this->listed( $anna ) );
		$this->assertFalse( $this->listed( $lucas ) );
	}

	public function test_profiles_written_before_the_hours_were_kept_get_them_filled_in(): void {
		global $wpdb;
		$anna = $this->person( 'Anna', array( 'availability' => array( array( 1, '09:00', '10:00' ) ) ) );
		$wpdb->update( Schema::profiles_table(), array( 'meet_hours' => '' ), array( 'user_id' => $anna ) );

		$this->assertGreaterThanOrEqual( 1, ( new ProfileRepository() )->fill_meet_hours( 500 ) );

		$hours = (string) $wpdb->get_var( $wpdb->prepare( 'SELECT meet_hours FROM ' . Schema::profiles_table() . ' WHERE user_id = %d', $anna ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- our table.
		$this->assertSame( '000000000100', substr( $hours, 0, 12 ) );
		$this->assertSame( 0, ( new ProfileRepository() )->fill_meet_hours( 500 ), 'nothing left to fill' );
	}
}
