<?php
/**
 * The queue by language (WaitingLanguages) gives every mentor the same list of waiting mentees as
 * reading the queue itself, through requests opening and closing, profiles changing, a backfill cut
 * short, a refused write and an erasure.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Mentorship;

use Wayfinder\Mentorship\RequestRepository;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Mentorship\WaitingLanguages;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class WaitingLanguagesTest extends TestCase {

	private const LANGUAGES = array( 'en', 'de', 'zh', 'pt-BR', 'sw' );
	private const TEAMS     = array( 'core', 'docs', 'polyglots' );

	/** @var list<int> */
	private array $mentees = array();

	/** @var list<int> */
	private array $mentors = array();

	/** @return list<string> A random, possibly empty, set of languages. */
	private static function some_languages( int $most ): array {
		$picked = array();
		foreach ( self::LANGUAGES as $language ) {
			if ( mt_rand( 0, 99 ) < 100 * $most / count( self::LANGUAGES ) ) {
				$picked[] = $language;
			}
		}
		return $picked;
	}

	private function save_mentee_profile( int $mentee ): void {
		$languages = self::some_languages( 2 );
		$preferred = mt_rand( 0, 3 ) === 0 ? self::LANGUAGES[ mt_rand( 0, count( self::LANGUAGES ) - 1 ) ] : '';
		$team      = mt_rand( 0, 2 ) === 0 ? self::TEAMS[ mt_rand( 0, count( self::TEAMS ) - 1 ) ] : '';
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $mentee, 'UTC', $languages, array(), array(), array(), '', preferred_team: $team, preferred_language: $preferred ) ) );
	}

	/** A newcomer who asks for any mentor: with a random profile, or none at all. */
	private function newcomer(): int {
		$mentee = $this->make_user( 'subscriber' );
		if ( mt_rand( 0, 4 ) > 0 ) {
			$this->save_mentee_profile( $mentee );
		}
		$ask = array( 'type' => 'mentee_request' );
		if ( mt_rand( 0, 3 ) === 0 ) {
			$ask['team'] = self::TEAMS[ mt_rand( 0, count( self::TEAMS ) - 1 ) ];
		}
		$this->assertIsInt( ( new RequestService() )->create( $ask, $mentee ) );
		$this->mentees[] = $mentee;
		return $mentee;
	}

	private function program( int $mentors, int $mentees ): void {
		for ( $i = 0; $i < $mentors; $i++ ) {
			$mentor    = $this->make_user( 'wayfinder_mentor' );
			$languages = self::some_languages( 1 );
			$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $mentor, 'UTC', array() === $languages ? array( 'sw' ) : $languages, array( self::TEAMS[ $i % 3 ] ), array(), array(), 'I mentor.', 5 ) ) );
			$this->mentors[] = $mentor;
		}
		for ( $i = 0; $i < $mentees; $i++ ) {
			$this->newcomer();
		}
	}

	/**
	 * Every page of every mentor's list through the queue by language, held to the queue read itself.
	 */
	private function assert_lists_agree( string $when ): void {
		$this->assertTrue( WaitingLanguages::ready(), "the rows are ready {$when}" );
		$requests = new RequestRepository();
		$site     = 'en';
		foreach ( $this->mentors as $mentor ) {
			$profile = ( new ProfileRepository() )->find( $mentor );
			foreach ( array( array( 0, 4 ), array( 4, 4 ), array( 0, 100 ) ) as list( $offset, $limit ) ) {
				$fast = $requests->waiting_for( $mentor, $profile->teams, $profile->languages, $site, $offset, $limit, null, false )[0];
				update_option( WaitingLanguages::STATE_OPTION, 0 );
				$slow = $requests->waiting_for( $mentor, $profile->teams, $profile->languages, $site, $offset, $limit, null, false )[0];
				update_option( WaitingLanguages::STATE_OPTION, 'ready' );
				$ids = static fn ( array $rows ): array => array_map( static fn ( $row ): int => $row->id, $rows );
				$this->assertSame( $ids( $slow ), $ids( $fast ), "mentor {$mentor} speaking " . implode( ',', $profile->languages ) . ", rows {$offset}+{$limit}, {$when}" );
			}
		}
	}

	/** @return list<array{0: string, 1: int, 2: int}> Every row of the table, in key order. */
	private static function rows(): array {
		global $wpdb;
		$table = Schema::waiting_languages_table();
		return array_map( static fn ( array $row ): array => array( $row['language'], (int) $row['request_id'], (int) $row['mentee_id'] ), $wpdb->get_results( "SELECT * FROM {$table} ORDER BY language, request_id", ARRAY_A ) ); // phpcs:ignore WordPress.DB -- the test's own read of our table.
	}

	public function test_every_mentor_sees_the_same_list_as_the_queue_read_itself_through_every_change(): void {
		mt_srand( 1515 );
		$this->program( 8, 40 );
		$this->assert_lists_agree( 'at the start' );
		$this->assertNotEmpty( self::rows() );

		for ( $round = 0; $round < 30; $round++ ) {
			$mentee = $this->mentees[ mt_rand( 0, count( $this->mentees ) - 1 ) ];
			$open   = ( new RequestRepository() )->open_for_any( $mentee );
			switch ( mt_rand( 0, 3 ) ) {
				case 0:
					$this->newcomer();
					break;
				case 1:
					$this->save_mentee_profile( $mentee );
					break;
				case 2:
					if ( null !== $open ) {
						$this->assertTrue( ( new RequestService() )->cancel( $open->id, $mentee ) );
					}
					break;
				default:
					if ( null === $open ) {
						$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $mentee ) );
					}
			}
		}
		$this->assert_lists_agree( 'after 30 random changes' );

		// The rows kept along the way are exactly those a backfill makes from scratch.
		$kept = self::rows();
		$this->assertTrue( ( new WaitingLanguages() )->rebuild() );
		$this->assertSame( self::rows(), $kept );
	}

	public function test_a_cut_short_backfill_leaves_the_list_right_and_resumes_where_it_stopped(): void {
		mt_srand( 77 );
		$this->program( 4, 12 );
		$whole = self::rows();
		global $wpdb;
		$wpdb->query( 'DELETE FROM ' . Schema::waiting_languages_table() ); // phpcs:ignore WordPress.DB -- the test empties our table.

		$backfill = new WaitingLanguages( 3 );
		update_option( WaitingLanguages::STATE_OPTION, 0 );
		$backfill->resume( 2 ); // Six requests of twelve.
		$this->assertFalse( WaitingLanguages::ready(), 'not ready half-way' );
		$this->assertGreaterThan( 0, (int) get_option( WaitingLanguages::STATE_OPTION ) );
		$this->assertNotEmpty( self::rows() );
		$this->assertLessThan( count( $whole ), count( self::rows() ) );

		$backfill->resume(); // The hourly tick.
		$this->assertTrue( WaitingLanguages::ready() );
		$this->assertSame( $whole, self::rows() );
		$backfill->resume();
		$this->assertSame( $whole, self::rows(), 'running it again changes nothing' );
		$this->assert_lists_agree( 'after the backfill' );
	}

	public function test_a_refused_write_sends_the_list_to_the_queue_itself_until_the_backfill_mends_it(): void {
		mt_srand( 5 );
		$this->program( 3, 6 );
		$mentee = $this->make_user( 'subscriber' );
		$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $mentee ) );
		$table  = Schema::waiting_languages_table();
		$refuse = static fn ( string $sql ): string => str_starts_with( $sql, "INSERT INTO {$table}" ) ? 'INSERT INTO no_such_table VALUES (1)' : $sql;
		add_filter( 'query', $refuse );
		global $wpdb;
		$quiet = $wpdb->suppress_errors( true );
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $mentee, 'UTC', array( 'zh' ), array(), array(), array(), '' ) ) );
		$wpdb->suppress_errors( $quiet );
		remove_filter( 'query', $refuse );

		$this->assertFalse( WaitingLanguages::ready(), 'the list reads the queue itself meanwhile' );
		$speaker = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $speaker, 'UTC', array( 'zh' ), array(), array(), array(), 'I mentor.', 5 ) );
		$shown = array_map( static fn ( $row ): int => $row->mentee_id, ( new RequestRepository() )->waiting_for( $speaker, array(), array( 'zh' ), 'en', 0, 20, null, false )[0] );
		$this->assertContains( $mentee, $shown );

		( new WaitingLanguages() )->resume();
		$this->mentors[] = $speaker;
		$this->assert_lists_agree( 'after the hourly tick' );
	}

	public function test_erasing_a_waiting_mentee_leaves_no_row_of_theirs(): void {
		mt_srand( 9 );
		$this->program( 1, 3 );
		$mentee = $this->mentees[1];
		$this->assertContains( $mentee, array_column( self::rows(), 2 ) );
		$this->erase_personal_data( $mentee );
		$this->assertNotContains( $mentee, array_column( self::rows(), 2 ) );
	}
}
