<?php
/**
 * A plain form's notice waits in its person's meta for the part of the page it belongs to, is shown
 * once, and not after its few minutes are up; a page that has it asks the database nothing more.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Platform;

use Wayfinder\Platform\Flash;
use Wayfinder\Tests\Integration\TestCase;

final class FlashTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		Flash::forget();
	}

	public function test_the_notice_is_shown_once_in_its_own_place_and_to_its_own_person(): void {
		$person = $this->make_user( 'subscriber' );
		$other  = $this->make_user( 'subscriber' );
		Flash::put( $person, 'profile', 'save', 'error', 'Your profile was not saved.', array( 'The time zone is not one we know.' ), array( 'timezone' => 'Mars/Olympus' ) );
		Flash::forget(); // The next page load.

		$this->assertNull( Flash::take( $other, 'profile' ), 'another person' );
		$this->assertNull( Flash::take( $person, 'quiz' ), 'another part of the page' );
		$flash = Flash::take( $person, 'profile' );
		$this->assertSame( 'error', $flash['type'] );
		$this->assertSame( 'Your profile was not saved.', $flash['message'] );
		$this->assertSame( array( 'The time zone is not one we know.' ), $flash['errors'] );
		$this->assertSame( array( 'timezone' => 'Mars/Olympus' ), $flash['values'] );

		Flash::forget();
		$this->assertNull( Flash::take( $person, 'profile' ), 'shown once' );
		$this->assertSame( '', get_user_meta( $person, Flash::META, true ), 'nothing left in the meta' );
	}

	public function test_a_notice_left_longer_than_five_minutes_is_not_shown_and_goes(): void {
		$person = $this->make_user( 'subscriber' );
		Flash::put( $person, 'profile', 'save', 'success', 'Your profile is saved.' );
		$stored            = get_user_meta( $person, Flash::META, true );
		$stored['expires'] = time() - 1;
		update_user_meta( $person, Flash::META, $stored );
		Flash::forget();

		$this->assertNull( Flash::take( $person, 'profile' ) );
		$this->assertSame( '', get_user_meta( $person, Flash::META, true ) );
	}

	public function test_reading_the_signed_in_persons_notice_asks_the_database_nothing_more(): void {
		$person = $this->make_user( 'subscriber' );
		Flash::put( $person, 'profile', 'save', 'success', 'Your profile is saved.' );
		Flash::forget();
		wp_cache_flush();
		get_user_meta( $person, 'first_name', true ); // What WordPress reads for whoever is signed in anyway.
		global $wpdb;
		$before = $wpdb->num_queries;
		$this->assertNull( Flash::take( $person, 'another-place' ) );
		$this->assertSame( $before, $wpdb->num_queries );
	}
}
