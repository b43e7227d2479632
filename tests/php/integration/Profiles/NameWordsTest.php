<?php
/**
 * A search of the People lists finds, through the words of people's names (NameWords), everyone who
 * has a word starting with each word typed — accents and case aside, in any script — and the words
 * follow every write of a name: a saved profile, a new display name, rows made for people who never
 * saved a profile, an erasure; a backfill cut short and a refused write leave searches right.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Profiles;

use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\NameWords;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class NameWordsTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
		$this->assertTrue( NameWords::ready(), 'the migration made the words' );
	}

	/** Someone named "zq …" (so searches leave out the site's other users) who saved a profile. */
	private function mentee( string $name ): int {
		$id = $this->make_user( 'subscriber' );
		wp_update_user(
			array(
				'ID'           => $id,
				'display_name' => 'zq ' . $name,
			)
		);
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $id, 'UTC', array( 'en' ), array(), array(), array(), '' ) ) );
		return $id;
	}

	/**
	 * @return list<string> The names found, without "zq ", by name; and the total the response tells.
	 */
	private function found( string $search, string $role = 'mentees' ): array {
		$response = $this->rest(
			'GET',
			'/wayfinder/v1/people',
			array(
				'role'     => $role,
				'search'   => $search,
				'per_page' => 100,
			),
			$this->coordinator
		);
		$this->assertSame( 200, $response->get_status() );
		$names = array_map( static fn ( array $row ): string => substr( (string) $row['name'], 3 ), $response->get_data() );
		$this->assertSame( count( $names ), (int) $response->get_headers()['X-WP-Total'], "the total of \"{$search}\"" );
		return $names;
	}

	/** @return list<array{0: string, 1: int}> Every row of the table, in order. */
	private static function rows(): array {
		global $wpdb;
		$rows = $wpdb->get_results( 'SELECT word, user_id FROM ' . Schema::name_words_table() . ' ORDER BY user_id, word', ARRAY_N ); // phpcs:ignore WordPress.DB -- the test reads our table.
		return array_map( static fn ( array $row ): array => array( (string) $row[0], (int) $row[1] ), (array) $rows );
	}

	private function cast(): void {
		foreach ( array( 'María José Núñez', "Seán O'Brien", 'Jean-Luc Picard', 'Rosamaria Lee', '王小明', 'Anna Maria Schmidt' ) as $name ) {
			$this->mentee( $name );
		}
	}

	/** @return array<string, list<string>> Search => the names it finds, by name. */
	private static function expected(): array {
		return array(
			'zq maria'     => array( 'Anna Maria Schmidt', 'María José Núñez' ),
			'ZQ NÚÑ'       => array( 'María José Núñez' ),
			"zq o'bri"     => array( "Seán O'Brien" ),
			'zq sean'      => array( "Seán O'Brien" ),
			'zq jean luc'  => array( 'Jean-Luc Picard' ),
			'zq luc-jean'  => array( 'Jean-Luc Picard' ),
			'zq 小明'        => array( '王小明' ),
			'zq mar schm'  => array( 'Anna Maria Schmidt' ),
			'zq rosa'      => array( 'Rosamaria Lee' ),
			'zq aria'      => array(),
			'100%_'        => array(),
			'%'            => array(),
			'zq picard xx' => array(),
		);
	}

	public function test_a_search_finds_whoever_has_a_word_starting_with_each_word_typed(): void {
		$this->cast();
		foreach ( self::expected() as $search => $names ) {
			$this->assertSame( $names, $this->found( $search ), $search );
		}
		$this->assertCount( 6, $this->found( 'zq' ) );
	}

	public function test_the_search_reads_the_words_not_every_name(): void {
		$this->cast();
		$sql  = array();
		$spy  = static function ( string $query ) use ( &$sql ): string {
			$sql[] = $query;
			return $query;
		};
		$name = Schema::name_words_table();
		add_filter( 'query', $spy );
		$this->found( 'zq maria' );
		remove_filter( 'query', $spy );
		$reads = array_filter( $sql, static fn ( string $query ): bool => str_contains( $query, 'FROM ' . Schema::profiles_table() . ' p' ) );
		$this->assertNotEmpty( $reads );
		foreach ( $reads as $query ) {
			$this->assertStringContainsString( $name, $query );
			$this->assertStringNotContainsString( 'sort_name LIKE', $query );
		}
	}

	public function test_the_words_follow_every_write_of_a_name_and_equal_a_rebuild(): void {
		$renamed = $this->mentee( 'Old Name' );
		wp_update_user(
			array(
				'ID'           => $renamed,
				'display_name' => 'zq Brand New',
			)
		);
		$this->assertSame( array(), $this->found( 'zq old' ), 'the old name is gone' );
		$this->assertSame( array( 'Brand New' ), $this->found( 'zq brand' ) );

		// Someone who asks for a mentor without a profile gets a row of their own, and its words.
		$asker = $this->make_user( 'subscriber' );
		wp_update_user(
			array(
				'ID'           => $asker,
				'display_name' => 'zq Asker Without Profile',
			)
		);
		$this->assertIsInt( ( new RequestService() )->create( array( 'type' => 'mentee_request' ), $asker ) );
		$this->assertSame( array( 'Asker Without Profile' ), $this->found( 'zq asker' ) );

		// A new mentor who never saved a profile is found among mentors.
		$mentor = $this->make_user( 'subscriber' );
		wp_update_user(
			array(
				'ID'           => $mentor,
				'display_name' => 'zq Mentor Placeholder',
			)
		);
		( new \WP_User( $mentor ) )->set_role( 'wayfinder_mentor' );
		\Wayfinder\Directory\DirectoryIndex::resync_pending();
		$this->assertSame( array( 'Mentor Placeholder' ), $this->found( 'zq placeholder', 'mentors' ) );

		// What was kept along the way is exactly what a backfill makes from scratch.
		$kept = self::rows();
		$this->assertTrue( ( new NameWords() )->rebuild() );
		$this->assertSame( self::rows(), $kept );
	}

	public function test_erasing_a_person_erases_their_words_and_a_mentor_is_still_found_as_one_without_a_profile(): void {
		$mentee = $this->mentee( 'Erased Mentee' );
		$mentor = $this->make_user( 'wayfinder_mentor' );
		wp_update_user(
			array(
				'ID'           => $mentor,
				'display_name' => 'zq Erased Mentor',
			)
		);
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $mentor, 'UTC', array( 'en' ), array(), array(), array(), 'I mentor.', 3 ) ) );

		$this->erase_personal_data( $mentee );
		$this->assertNotContains( $mentee, array_column( self::rows(), 1 ) );
		$this->assertSame( array(), $this->found( 'zq erased' ) );

		$this->erase_personal_data( $mentor );
		$this->assertSame( array( 'Erased Mentor' ), $this->found( 'zq erased', 'mentors' ), 'the mentor stays listed, as one who never saved a profile' );
	}

	public function test_a_cut_short_backfill_leaves_searches_right_and_resumes_where_it_stopped(): void {
		$this->cast();
		$whole = self::rows();
		global $wpdb;
		$wpdb->query( 'DELETE FROM ' . Schema::name_words_table() ); // phpcs:ignore WordPress.DB -- the test empties our table.
		update_option( NameWords::STATE_OPTION, 0 );
		// Meanwhile each word typed is looked for anywhere in the names: the same people and a few more.
		foreach ( self::expected() as $search => $names ) {
			$this->assertSame( $names, array_values( array_intersect( $this->found( $search ), $names ) ), "{$search}, read from the names meanwhile" );
		}
		$this->assertSame( array( 'Anna Maria Schmidt', 'María José Núñez', 'Rosamaria Lee' ), $this->found( 'zq maria' ) );
		$this->assertSame( array(), $this->found( '100%_' ) );

		$backfill = new NameWords( 3 );
		$backfill->resume( 1 );
		$this->assertFalse( NameWords::ready(), 'not ready half-way' );
		$this->assertGreaterThan( 0, (int) get_option( NameWords::STATE_OPTION ) );
		$this->assertNotEmpty( self::rows() );

		$backfill->resume( PHP_INT_MAX ); // The hourly tick, as often as it takes.
		$this->assertTrue( NameWords::ready() );
		$this->assertSame( $whole, self::rows() );
		$backfill->resume();
		$this->assertSame( $whole, self::rows(), 'running it again changes nothing' );
		foreach ( self::expected() as $search => $names ) {
			$this->assertSame( $names, $this->found( $search ), $search );
		}
	}

	public function test_a_refused_write_sends_searches_to_the_names_until_the_backfill_mends_it(): void {
		$this->cast();
		$person = $this->make_user( 'subscriber' );
		wp_update_user(
			array(
				'ID'           => $person,
				'display_name' => 'zq Refused Words',
			)
		);
		$table  = Schema::name_words_table();
		$refuse = static fn ( string $sql ): string => str_starts_with( $sql, "INSERT IGNORE INTO {$table}" ) ? 'INSERT INTO no_such_table VALUES (1)' : $sql;
		add_filter( 'query', $refuse );
		global $wpdb;
		$quiet = $wpdb->suppress_errors( true );
		$this->assertTrue( ( new ProfileRepository() )->save( new Profile( $person, 'UTC', array( 'en' ), array(), array(), array(), '' ) ) );
		$wpdb->suppress_errors( $quiet );
		remove_filter( 'query', $refuse );

		$this->assertFalse( NameWords::ready(), 'searches read the names meanwhile' );
		$this->assertSame( array( 'Refused Words' ), $this->found( 'zq refused' ) );

		( new NameWords() )->resume( PHP_INT_MAX );
		$this->assertTrue( NameWords::ready() );
		$this->assertSame( array( 'Refused Words' ), $this->found( 'zq refused' ) );
		$this->assertContains( array( 'refused', $person ), self::rows() );
	}

	public function test_a_refused_write_leaves_the_old_words_as_they_were(): void {
		$person = $this->mentee( 'Kept Words' );
		$before = array_values( array_filter( self::rows(), static fn ( array $row ): bool => $person === $row[1] ) );
		$table  = Schema::name_words_table();
		$refuse = static fn ( string $sql ): string => str_starts_with( $sql, "INSERT IGNORE INTO {$table}" ) ? 'INSERT INTO no_such_table VALUES (1)' : $sql;
		add_filter( 'query', $refuse );
		global $wpdb;
		$quiet = $wpdb->suppress_errors( true );
		wp_update_user(
			array(
				'ID'           => $person,
				'display_name' => 'zq Other Name',
			)
		);
		$wpdb->suppress_errors( $quiet );
		remove_filter( 'query', $refuse );

		// The delete and the insert are one: the delete was undone with the refused insert.
		$this->assertSame( $before, array_values( array_filter( self::rows(), static fn ( array $row ): bool => $person === $row[1] ) ) );
		$this->assertContains( array( 'kept', $person ), $before );
		$this->assertFalse( NameWords::ready() );
	}
}
