<?php
/**
 * The total of a mentor's list of waiting mentees is kept between requests (counting reads the whole
 * queue) and is never stale: every change to who waits, or to what narrows the list, drops it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\RequestRepository;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Mentorship\WaitingCounts;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class WaitingCountsTest extends TestCase {

	private int $mentor;

	protected function setUp(): void {
		parent::setUp();
		// A kept total holds for its quarter hour: start well inside one, so none ends mid-test.
		$left = 900 - time() % 900;
		if ( $left < 20 ) {
			sleep( $left + 1 );
		}
		$this->mentor = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $this->mentor, 'UTC', array( 'en' ), array( 'core' ), array(), array(), 'I mentor.', 5 ) );
	}

	private function waiting( array $languages = array() ): int {
		$mentee = $this->make_user( 'subscriber' );
		if ( array() !== $languages ) {
			( new ProfileRepository() )->save( new Profile( $mentee, 'UTC', $languages, array(), array(), array(), '' ) );
		}
		$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $mentee ) );
		return $mentee;
	}

	/**
	 * The list's total (a page of one, so it is counted) and how many times the database counted it.
	 *
	 * @return array{0: int, 1: int}
	 */
	private function total(): array {
		$counted = 0;
		$watch   = static function ( string $sql ) use ( &$counted ): string {
			if ( str_starts_with( ltrim( $sql ), 'SELECT COUNT(*)' ) && str_contains( $sql, 'NOT EXISTS' ) ) {
				++$counted;
			}
			return $sql;
		};
		add_filter( 'query', $watch );
		$response = $this->rest( 'GET', '/wayfinder/v1/mentees/waiting', array( 'per_page' => 1 ), $this->mentor );
		remove_filter( 'query', $watch );
		$this->assertSame( 200, $response->get_status() );
		return array( (int) $response->get_headers()['X-WP-Total'], $counted );
	}

	/** The total counted afresh, whatever is kept: the truth each kept total is held to. */
	private function truth(): int {
		delete_option( WaitingCounts::OPTION );
		return $this->total()[0];
	}

	public function test_the_total_is_kept_until_the_queue_or_what_narrows_it_changes(): void {
		$first  = $this->waiting();
		$second = $this->waiting( array( 'en', 'de' ) );
		$moving = $this->waiting();
		$cancel = ( new RequestRepository() )->open_for_any( $this->waiting() )->id;
		$leaves = $this->waiting();

		$this->assertSame( array( 5, 1 ), $this->total(), 'counted in the database' );
		$this->assertSame( array( 5, 0 ), $this->total(), 'kept for the next request' );

		$steps = array(
			'a newcomer asks'                   => fn () => $this->waiting(),
			'the mentor passes on one'          => fn () => $this->assertSame( 200, $this->rest( 'POST', "/wayfinder/v1/mentees/waiting/{$first}/pass", array(), $this->mentor )->get_status() ),
			'a mentee now speaks only German'   => fn () => ( new ProfileRepository() )->save( new Profile( $second, 'UTC', array( 'de' ), array(), array(), array(), '' ) ),
			'a mentee asks in a team of nobody' => fn () => $this->assertIsArray( ( new RequestService() )->ask_in_team( $moving, 'polyglots' ) ),
			'a request is cancelled'            => fn () => $this->assertTrue( ( new RequestService() )->cancel( $cancel, 1 ) ),
			'an account is deleted'             => fn () => wp_delete_user( $leaves ),
		);
		foreach ( $steps as $change => $step ) {
			$before = $this->total();
			$this->assertSame( 0, $before[1], "kept before: {$change}" );
			$step();
			list( $after, $counted ) = $this->total();
			$this->assertSame( 1, $counted, "counted again after: {$change}" );
			$this->assertSame( $before[0] - ( 'a newcomer asks' === $change ? -1 : 1 ), $after, "the new total after: {$change}" );
			$this->assertSame( $this->truth(), $after, "the true total after: {$change}" );
		}
	}

	public function test_erasing_a_waiting_mentees_data_drops_the_kept_total(): void {
		$this->waiting();
		$gone = $this->waiting();
		$this->assertSame( 2, $this->total()[0] );
		$this->erase_personal_data( $gone );
		$this->assertSame( array( 1, 1 ), $this->total() );
	}

	public function test_each_mentor_and_each_narrowing_has_its_own_total(): void {
		$this->waiting();
		$this->waiting( array( 'de' ) );
		$this->assertSame( 1, $this->total()[0] );
		( new ProfileRepository() )->save( new Profile( $this->mentor, 'UTC', array( 'en', 'de' ), array( 'core' ), array(), array(), 'I mentor.', 5 ) );
		$this->assertSame( array( 2, 1 ), $this->total(), 'the mentor speaks German now' );
	}
}
