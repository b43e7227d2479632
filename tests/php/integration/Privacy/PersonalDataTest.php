<?php
/**
 * WordPress's own export and erase requests (Tools → Export / Erase Personal Data) for Wayfinder's
 * tables, driven by the declarations of the personal data registry.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Privacy;

use Wayfinder\Mentorship\AuditTrail;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Schema;
use Wayfinder\Plugin;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class PersonalDataTest extends TestCase {

	private int $priya;
	private int $ana;
	private int $ben;
	private int $omar;
	private int $match;

	protected function setUp(): void {
		parent::setUp();
		// A demo-like program: two mentors, a mentee who asked twice, withdrew once, was declined once
		// and matched once, and another mentee waiting for one of the same mentors.
		$this->ana   = $this->make_user( 'wayfinder_mentor', 'ana-core' );
		$this->ben   = $this->make_user( 'wayfinder_mentor', 'ben-polyglots' );
		$this->priya = $this->make_user( 'subscriber', 'priya-newcomer' );
		$this->omar  = $this->make_user( 'subscriber', 'omar-newcomer' );
		wp_update_user(
			array(
				'ID'           => $this->priya,
				'display_name' => 'Priya Raman',
			)
		);
		wp_update_user(
			array(
				'ID'           => $this->ana,
				'display_name' => 'Ana Lima',
			)
		);
		$profiles = new ProfileRepository();
		$profiles->save( new Profile( $this->ana, 'America/Sao_Paulo', array( 'pt', 'en' ), array( 'core' ), array(), array(), 'Ana mentors Core contributors.' ) );
		$profiles->save( new Profile( $this->ben, 'Europe/Berlin', array( 'de', 'en' ), array( 'polyglots' ), array(), array(), 'Ben mentors translators.' ) );
		$priya                   = new Profile( $this->priya, 'Asia/Kolkata', array( 'hi', 'en' ), array( 'polyglots', 'core' ), array( 'translation' ), array(), 'I translate WordPress into Hindi.' );
		$priya->preferred_mentor = $this->ana;
		$profiles->save( $priya );
		$omar                   = new Profile( $this->omar, 'Africa/Cairo', array( 'ar' ), array( 'core' ), array(), array(), 'Omar writes PHP.' );
		$omar->preferred_mentor = $this->ana;
		$profiles->save( $omar );

		$requests = new RequestService();
		$first    = $requests->create( $this->ask( $this->ben, 'Could you help me with my first Polyglots patch?' ), $this->priya );
		$this->assertIsInt( $first );
		$this->assertTrue( $requests->cancel( $first, $this->priya, 'I asked the wrong person, sorry.' ) );
		$second = $requests->create( $this->ask( $this->ben, 'Could you look at my Hindi glossary?' ), $this->priya );
		$this->assertIsInt( $second );
		$this->assertTrue( $requests->decide( $second, false, $this->ben, 'My month is full.' ) );
		$third = $requests->create( $this->ask( $this->ana, 'I would love your help with Core tickets.' ), $this->priya );
		$this->assertIsInt( $third );
		$this->assertTrue( $requests->decide( $third, true, $this->ana ) );
		global $wpdb;
		$matches     = Schema::matches_table();
		$this->match = (int) $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$matches} WHERE mentee_id = %d", $this->priya ) ); // phpcs:ignore WordPress.DB
		$this->assertGreaterThan( 0, $this->match );
		$omars = $requests->create( $this->ask( $this->ana, "Omar's own words to Ana." ), $this->omar );
		$this->assertIsInt( $omars );
	}

	/** @return array{type: string, mentor: int, message: string} */
	private function ask( int $mentor, string $message ): array {
		return array(
			'type'    => 'mentee_request',
			'mentor'  => $mentor,
			'message' => $message,
		);
	}

	public function test_every_wayfinder_table_declares_what_it_holds_about_people(): void {
		$declared = array_map( static fn ( string $name ): string => Schema::table( $name ), array_keys( Plugin::services()->get( PersonalData::class )->declarations() ) );
		foreach ( Schema::tables() as $table ) {
			$this->assertContains( $table, $declared, "$table has a privacy declaration" );
		}
	}

	public function test_an_export_for_a_mentee_holds_their_profile_requests_with_messages_mentorship_and_history(): void {
		$groups = $this->export( 'priya-newcomer@example.org' );

		$this->assertArrayHasKey( 'wayfinder-profiles', $groups );
		$this->assertSame( 'Mentoring profile', $groups['wayfinder-profiles']['group_label'] );
		$profile = $this->values( $groups['wayfinder-profiles'] );
		$this->assertContains( 'I translate WordPress into Hindi.', $profile );
		$this->assertContains( 'Asia/Kolkata', $profile );

		$requests = $this->values( $groups['wayfinder-requests'] );
		$this->assertCount( 3, $groups['wayfinder-requests']['items'] );
		$this->assertContains( 'Could you help me with my first Polyglots patch?', $requests );
		$this->assertContains( 'Could you look at my Hindi glossary?', $requests );
		$this->assertContains( 'I would love your help with Core tickets.', $requests );

		$this->assertCount( 1, $groups['wayfinder-matches']['items'] );
		$match = $this->values( $groups['wayfinder-matches'] );
		$this->assertContains( 'Ana Lima', $match, 'people are named, not numbered' );
		$this->assertContains( 'Priya Raman', $match );

		$this->assertContains( 'I asked the wrong person, sorry.', $this->values( $groups['wayfinder-events'] ) );

		$everything = implode( "\n", array_merge( ...array_map( array( $this, 'values' ), array_values( $groups ) ) ) );
		$this->assertStringNotContainsString( "Omar's own words", $everything, "another mentee's request is not in Priya's export" );
		$this->assertStringNotContainsString( 'Ana mentors Core', $everything, "her mentor's profile is not in it" );
		$this->assertStringNotContainsString( 'Omar writes PHP', $everything, 'a profile that names her mentor preference is not in it' );
	}

	public function test_erasing_a_mentee_deletes_profile_and_requests_and_keeps_the_mentorship_and_audit_facts_without_text(): void {
		list( $request_id, $messages, $removed, $retained ) = $this->erase( 'priya-newcomer@example.org' );

		$this->assertSame( 'request-completed', get_post_status( $request_id ), 'core marks the request done' );
		$this->assertTrue( $removed );
		$this->assertTrue( $retained );
		global $wpdb;
		$profiles = Schema::profiles_table();
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$profiles} WHERE user_id = %d AND placeholder = 0", $this->priya ) ), 'her profile is gone' ); // phpcs:ignore WordPress.DB
		// Only the People list's mark stays, for the kept mentorship: no text, no preferences.
		$this->assertSame( array( '1', '', '', '', '0' ), array_values( (array) $wpdb->get_row( $wpdb->prepare( "SELECT mentee_side, intro, skills, languages, seeking FROM {$profiles} WHERE user_id = %d", $this->priya ), ARRAY_A ) ) ); // phpcs:ignore WordPress.DB
		$this->assertSame( '', ( new ProfileRepository() )->find( $this->priya )->intro, 'also from the cache' );
		$requests = Schema::requests_table();
		$events   = Schema::events_table();
		$matches  = Schema::matches_table();
		// phpcs:disable WordPress.DB
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$requests} WHERE mentee_id = %d", $this->priya ) ), 'her requests and their messages are gone' );
		$this->assertSame( (string) $this->priya, $wpdb->get_var( $wpdb->prepare( "SELECT mentee_id FROM {$matches} WHERE id = %d", $this->match ) ), 'the mentorship stays as a fact' );
		$this->assertNotSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$events} WHERE actor_id = %d", $this->priya ) ), 'what she did stays in the audit trail' );
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$events} WHERE actor_id = %d AND reason <> ''", $this->priya ) ), 'without the reasons she wrote' );
		$this->assertSame( "Omar's own words to Ana.", $wpdb->get_var( $wpdb->prepare( "SELECT message FROM {$requests} WHERE mentee_id = %d", $this->omar ) ), "others' data is untouched" );
		// phpcs:enable
		$this->assertSame( 'Ana mentors Core contributors.', ( new ProfileRepository() )->find( $this->ana )?->intro );

		$said = implode( "\n", $messages );
		$this->assertStringContainsString( 'Kept 1 mentorship (who mentored whom, and when), because the program\'s history needs it.', $said );
		$this->assertMatchesRegularExpression( '/Kept \d+ audit facts about what this person did in the program, without the reasons they wrote/', $said );
	}

	public function test_erasing_a_mentor_removes_references_to_them_and_keeps_requests_to_them_without_messages(): void {
		update_option( \Wayfinder\Platform\Settings::BACKUP_MENTORS, true );
		$this->assertNotWPError( ( new MatchService() )->set_backup( $this->match, $this->ben, $this->ana ) );

		list( , $messages ) = $this->erase( 'ben-polyglots@example.org' );

		global $wpdb;
		$requests = Schema::requests_table();
		$matches  = Schema::matches_table();
		// phpcs:disable WordPress.DB
		$this->assertNull( $wpdb->get_var( $wpdb->prepare( "SELECT backup_mentor_id FROM {$matches} WHERE id = %d", $this->match ) ), 'no longer the backup of a mentorship' );
		$this->assertSame( array( '', '' ), array_column( (array) $wpdb->get_results( $wpdb->prepare( "SELECT message FROM {$requests} WHERE mentor_id = %d ORDER BY id", $this->ben ), ARRAY_A ), 'message' ), 'requests to him stay, without the messages' );
		// phpcs:enable
		$this->assertSame( '', ( new ProfileRepository() )->find( $this->ben )->intro, 'his profile is gone' );
		$this->assertStringContainsString( 'Kept 2 requests made to or by this person, without their messages', implode( "\n", $messages ) );

		$this->erase( 'ana-core@example.org' );
		wp_cache_flush();
		$this->assertNull( ( new ProfileRepository() )->find( $this->omar )?->preferred_mentor, "a mentee's preference for an erased mentor goes" );
		$this->assertSame( 'Omar writes PHP.', ( new ProfileRepository() )->find( $this->omar )?->intro, 'and nothing else of theirs' );
	}

	public function test_export_and_erasure_go_page_by_page_through_more_rows_than_a_page(): void {
		global $wpdb;
		$events = Schema::events_table();
		$before = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$events} WHERE actor_id = %d", $this->omar ) ); // phpcs:ignore WordPress.DB
		$audit  = new AuditTrail();
		for ( $i = 0; $i < 230; $i++ ) {
			$audit->record( 'match', $this->match, 'noted', $this->omar, "Omar's note $i" );
		}
		$groups = $this->export( 'omar-newcomer@example.org' );
		$this->assertCount( $before + 230, $groups['wayfinder-events']['items'] );

		$this->erase( 'omar-newcomer@example.org' );
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$events} WHERE actor_id = %d AND reason <> ''", $this->omar ) ) ); // phpcs:ignore WordPress.DB
		$this->assertSame( (string) ( $before + 230 ), $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$events} WHERE actor_id = %d", $this->omar ) ) ); // phpcs:ignore WordPress.DB
	}

	public function test_a_new_table_keyed_by_two_columns_gets_export_and_erasure_by_declaring_itself(): void {
		global $wpdb;
		$table = Schema::table( 'test_passes' );
		// phpcs:disable WordPress.DB
		$wpdb->query( "CREATE TEMPORARY TABLE {$table} ( mentor_id bigint(20) unsigned NOT NULL, mentee_id bigint(20) unsigned NOT NULL, created_at datetime NOT NULL, PRIMARY KEY (mentor_id, mentee_id) )" );
		foreach ( array( array( $this->ana, $this->priya ), array( $this->ben, $this->priya ), array( $this->ana, $this->omar ), array( $this->ben, $this->omar ) ) as list( $mentor, $mentee ) ) {
			$wpdb->insert(
				$table,
				array(
					'mentor_id'  => $mentor,
					'mentee_id'  => $mentee,
					'created_at' => '2026-11-30 10:00:00',
				)
			);
		}
		// phpcs:enable
		// The one call a feature's module makes (here on a registry of its own, so no other test sees it).
		$registry = new PersonalData();
		$registry->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'test_passes',
				'Passes',
				array(
					'mentor_id' => ErasePolicy::DELETE_ROW,
					'mentee_id' => ErasePolicy::DELETE_ROW,
				),
				array(),
				array(
					'mentor_id'  => 'Mentor',
					'mentee_id'  => 'Mentee',
					'created_at' => 'When',
				),
				'mentor_id,mentee_id'
			)
		);
		add_filter( 'wp_privacy_personal_data_exporters', array( $registry, 'add_exporters' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $registry, 'add_erasers' ) );
		try {
			$groups = $this->export( 'priya-newcomer@example.org' );
			$this->assertCount( 2, $groups['wayfinder-test_passes']['items'] );
			$this->assertContains( 'Ana Lima', $this->values( $groups['wayfinder-test_passes'] ) );

			$this->erase( 'priya-newcomer@example.org' );
			$left = $wpdb->get_results( "SELECT mentor_id, mentee_id FROM {$table} ORDER BY mentor_id", ARRAY_A ); // phpcs:ignore WordPress.DB
			$this->assertSame(
				array(
					array(
						'mentor_id' => (string) $this->ana,
						'mentee_id' => (string) $this->omar,
					),
					array(
						'mentor_id' => (string) $this->ben,
						'mentee_id' => (string) $this->omar,
					),
				),
				$left,
				"only Priya's rows go, matched on both key columns"
			);
		} finally {
			remove_filter( 'wp_privacy_personal_data_exporters', array( $registry, 'add_exporters' ) );
			remove_filter( 'wp_privacy_personal_data_erasers', array( $registry, 'add_erasers' ) );
			$wpdb->query( "DROP TEMPORARY TABLE IF EXISTS {$table}" ); // phpcs:ignore WordPress.DB
		}
	}

	/**
	 * Runs an export request the way wp-admin's "Download personal data" does: every exporter, page
	 * after page, through core's page filter, which groups the data for the export file.
	 *
	 * @return array<string, array{group_label: string, items: array<string, list<array{name: string, value: string}>>}>
	 */
	private function export( string $email ): array {
		$request_id = wp_create_user_request( $email, 'export_personal_data', array(), 'confirmed' );
		$this->assertIsInt( $request_id );
		$grouped = array();
		$capture = static function ( int $id ) use ( &$grouped ): void {
			$grouped = get_post_meta( $id, '_export_data_grouped', true );
		};
		// The groups as they would go into the file; the file itself is not written.
		add_action( 'wp_privacy_personal_data_export_file', $capture, 5 );
		remove_action( 'wp_privacy_personal_data_export_file', 'wp_privacy_generate_personal_data_export_file', 10 );
		try {
			$index = 0;
			foreach ( apply_filters( 'wp_privacy_personal_data_exporters', array() ) as $key => $exporter ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list, as wp-admin reads it.
				++$index;
				$page = 1;
				do {
					$response = call_user_func( $exporter['callback'], $email, $page );
					$response = apply_filters( 'wp_privacy_personal_data_export_page', $response, $index, $email, $page, $request_id, false, $key ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's page filter, as wp-admin runs it.
					$this->assertIsArray( $response );
					++$page;
				} while ( ! $response['done'] );
			}
		} finally {
			remove_action( 'wp_privacy_personal_data_export_file', $capture, 5 );
			add_action( 'wp_privacy_personal_data_export_file', 'wp_privacy_generate_personal_data_export_file', 10 );
		}
		$this->assertIsArray( $grouped );
		return $grouped;
	}

	/**
	 * Runs an erasure request the way wp-admin's "Erase personal data" does.
	 *
	 * @return array{0: int, 1: list<string>, 2: bool, 3: bool} The request, the messages, whether anything was removed, retained.
	 */
	private function erase( string $email ): array {
		$request_id = wp_create_user_request( $email, 'remove_personal_data', array(), 'confirmed' );
		$this->assertIsInt( $request_id );
		$messages = array();
		$removed  = false;
		$retained = false;
		$index    = 0;
		foreach ( apply_filters( 'wp_privacy_personal_data_erasers', array() ) as $eraser ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's own list, as wp-admin reads it.
			++$index;
			$page = 1;
			do {
				$response = call_user_func( $eraser['callback'], $email, $page );
				$response = apply_filters( 'wp_privacy_personal_data_erasure_page', $response, $index, $email, $page, $request_id ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core's page filter, as wp-admin runs it.
				$this->assertIsArray( $response );
				$messages = array_merge( $messages, $response['messages'] );
				$removed  = $removed || $response['items_removed'];
				$retained = $retained || $response['items_retained'];
				++$page;
			} while ( ! $response['done'] );
		}
		return array( $request_id, $messages, $removed, $retained );
	}

	/**
	 * @param array{items: array<string, list<array{name: string, value: string}>>} $group
	 * @return list<string>
	 */
	private function values( array $group ): array {
		$values = array();
		foreach ( $group['items'] as $item ) {
			foreach ( $item as $datum ) {
				$values[] = (string) $datum['value'];
			}
		}
		return $values;
	}

	private function assertNotWPError( mixed $value ): void {
		$this->assertFalse( is_wp_error( $value ), is_wp_error( $value ) ? $value->get_error_message() : '' );
	}
}
