<?php
/**
 * With several web servers sharing one persistent object cache, another server may read rows while a
 * change is under way — before it is committed — and keep that copy. What Wayfinder keeps is dropped
 * at once and again once the outermost transaction has ended, so the next reader reads what was
 * committed. Each test plays the other server by keeping a copy from before the change while the
 * transaction is still open.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Directory\MentorCounts;
use Wayfinder\Impact\ImpactFigures;
use Wayfinder\Platform\KeptValues;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class SharedCacheTest extends TestCase {

	public function test_a_kept_copy_is_dropped_at_once_and_again_when_the_outermost_transaction_ends(): void {
		$drops = 0;
		$drop  = static function () use ( &$drops ): void {
			++$drops;
		};
		Transaction::forget( 'outside', $drop );
		$this->assertSame( 1, $drops, 'outside a transaction: once' );

		$drops = 0;
		Transaction::run(
			function () use ( $drop, &$drops ): bool {
				Transaction::forget( 'row', $drop );
				Transaction::run(
					static function () use ( $drop ): bool {
						Transaction::forget( 'row', $drop );
						return true;
					}
				);
				$this->assertSame( 2, $drops, 'at once each time, the inner transaction ending changes nothing' );
				return true;
			}
		);
		$this->assertSame( 3, $drops, 'once more when the outermost transaction ended, for both changes' );

		$drops = 0;
		$this->assertInstanceOf(
			\WP_Error::class,
			Transaction::run(
				static function () use ( $drop ): \WP_Error {
					Transaction::forget( 'row', $drop );
					return new \WP_Error( 'wayfinder_refused', 'Refused.' );
				}
			)
		);
		$this->assertSame( 2, $drops, 'also when the work was undone: a copy of it may have been kept' );
	}

	public function test_a_mentors_row_another_server_kept_during_a_change_is_read_afresh_once_committed(): void {
		global $wpdb;
		$mentor   = $this->make_user( 'wayfinder_mentor' );
		$profiles = new ProfileRepository();
		$this->assertTrue( $profiles->save( new Profile( $mentor, 'UTC', array( 'en' ), array(), array(), array( array( 2, '18:00', '20:00' ) ), '', 3 ) ) );
		$table = Schema::profiles_table();
		$this->assertSame( 0, $profiles->find( $mentor )->active_mentees );

		Transaction::run(
			function () use ( $profiles, $mentor, $wpdb, $table ): bool {
				$this->assertTrue( $profiles->take_place( $mentor ) );
				// The other server reads the row as it stands before the commit (0 mentees) and keeps it.
				$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET active_mentees = 0 WHERE user_id = %d", $mentor ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				$this->assertSame( 0, $profiles->find( $mentor )->active_mentees );
				$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET active_mentees = 1 WHERE user_id = %d", $mentor ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				return true;
			}
		);

		$this->assertSame( 1, $profiles->find( $mentor )->active_mentees, 'the committed count, not the copy kept meanwhile' );
	}

	public function test_every_profile_forgotten_during_a_change_is_forgotten_again_once_committed(): void {
		global $wpdb;
		$person   = $this->make_user( 'subscriber' );
		$profiles = new ProfileRepository();
		$this->assertTrue( $profiles->save( new Profile( $person, 'UTC', array( 'en' ), array(), array(), array(), 'Before', 2 ) ) );
		$table = Schema::profiles_table();

		Transaction::run(
			function () use ( $profiles, $person, $wpdb, $table ): bool {
				$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET intro = 'After' WHERE user_id = %d", $person ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				$profiles->forget_all();
				$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET intro = 'Before' WHERE user_id = %d", $person ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				$this->assertSame( 'Before', $profiles->find( $person )->intro, 'kept by the other server' );
				$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET intro = 'After' WHERE user_id = %d", $person ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				return true;
			}
		);

		$this->assertSame( 'After', $profiles->find( $person )->intro );
	}

	public function test_impact_figures_and_mentor_counts_worked_out_during_a_change_are_dropped_once_committed(): void {
		Transaction::run(
			static function (): bool {
				ImpactFigures::forget();
				MentorCounts::forget();
				// The other server works the figures and a count out from the rows before the commit.
				set_transient( ImpactFigures::KEPT, array( '' => array( 'totals' => array( 'people' => 0 ) ) ), HOUR_IN_SECONDS );
				MentorCounts::get( 'status=available', time(), static fn (): int => 7 );
				return true;
			}
		);

		$this->assertFalse( get_transient( ImpactFigures::KEPT ) );
		$this->assertFalse( get_option( KeptValues::MENTOR_COUNTS ) );
		$this->assertSame( 8, MentorCounts::get( 'status=available', time(), static fn (): int => 8 ), 'counted again' );
	}
}
