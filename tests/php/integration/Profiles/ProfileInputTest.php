<?php
/**
 * What a profile save refuses, and who is public: values the columns cannot hold are a 400 that
 * says why (never a 200 that saved nothing), a skill keeps its comma out, an impossible date is
 * refused, only listed mentors are public, the site admin is no mentor by their role, and a mentor
 * names a backup.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Profiles;

use Wayfinder\Mentorship\EnginePeople;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Tests\Integration\TestCase;

final class ProfileInputTest extends TestCase {

	/** @param array<string, mixed> $fields */
	private function save_own( int $user, array $fields ): \WP_REST_Response {
		return $this->rest( 'PATCH', '/wayfinder/v1/profiles/me', $fields, $user );
	}

	public function test_a_list_of_languages_longer_than_the_column_holds_is_refused_with_a_reason_and_nothing_is_saved(): void {
		$mentee    = $this->make_user( 'subscriber' );
		$languages = array();
		foreach ( range( 'a', 't' ) as $letter ) {
			$languages[] = 'x' . $letter . 'x-Abcdefgh'; // 20 codes of 12 characters: 259 with commas, the column holds 255.
		}

		$response = $this->save_own(
			$mentee,
			array(
				'intro'     => 'Hello there.',
				'languages' => $languages,
			)
		);

		$this->assertSame( 400, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertStringContainsString( 'languages', (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( '', ( new ProfileRepository() )->find( $mentee )->intro, 'nothing saved, not even the intro' );
	}

	public function test_the_most_languages_and_skills_the_schema_allows_are_saved_whole(): void {
		$mentee    = $this->make_user( 'subscriber' );
		$languages = array();
		foreach ( range( 'a', 'o' ) as $letter ) {
			$languages[] = 'x' . $letter . 'x-Abcdefgh';
		}
		$skills = array();
		for ( $i = 0; $i < 20; $i++ ) {
			$skills[] = str_pad( 'skill ' . $i, 48, '.' );
		}

		$response = $this->save_own(
			$mentee,
			array(
				'languages' => $languages,
				'skills'    => $skills,
			)
		);

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$saved = ( new ProfileRepository() )->find( $mentee );
		$this->assertSame( $languages, $saved->languages );
		$this->assertSame( $skills, $saved->skills );
	}

	public function test_a_skill_with_a_comma_is_refused_instead_of_split_in_two(): void {
		$mentee   = $this->make_user( 'subscriber' );
		$response = $this->save_own( $mentee, array( 'skills' => array( 'PHP, JavaScript' ) ) );

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( array(), ( new ProfileRepository() )->find( $mentee )->skills );
	}

	public function test_an_impossible_end_of_absence_is_refused_and_the_mentor_stays_as_they_were(): void {
		$mentor   = $this->make_user( 'wayfinder_mentor' );
		$response = $this->save_own(
			$mentor,
			array(
				'mentor' => array(
					'status'     => 'away',
					'away_until' => '2027-02-30',
				),
			)
		);

		$this->assertSame( 400, $response->get_status() );
		$this->assertStringContainsString( 'is not a date in the calendar', $response->get_data()['message'] );
		$this->assertSame( 'available', ( new ProfileRepository() )->find( $mentor )->mentor_status );
		$this->assertSame( 400, $this->save_own( $mentor, array( 'mentor' => array( 'away_until' => 'next week' ) ) )->get_status(), 'nor any text that is no date' );
	}

	public function test_a_save_the_database_refuses_is_an_error_not_a_200(): void {
		$mentee = $this->make_user( 'subscriber' );
		$break  = static fn ( string $query ): string => str_contains( $query, 'wayfinder_profiles' ) && ( str_starts_with( $query, 'INSERT' ) || str_starts_with( $query, 'UPDATE' ) ) ? 'SELECT broken FROM nowhere' : $query;
		global $wpdb;
		add_filter( 'query', $break );
		$quiet    = $wpdb->suppress_errors( true );
		$response = $this->save_own( $mentee, array( 'intro' => 'Hello.' ) );
		$wpdb->suppress_errors( $quiet );
		remove_filter( 'query', $break );

		$this->assertSame( 500, $response->get_status() );
		$this->assertSame( 'wayfinder_profile_not_saved', $response->get_data()['code'] );
	}

	public function test_only_mentors_who_chose_to_be_listed_have_a_public_profile(): void {
		$admin       = $this->make_user( 'administrator' );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$unsaved     = $this->make_user( 'wayfinder_mentor' );
		$mentor      = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $mentor, 'Europe/Berlin', array( 'en' ), array(), array(), array(), 'I mentor.' ) );

		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/profiles/' . $admin )->get_status(), 'the site admin' );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/profiles/' . $coordinator )->get_status(), 'a coordinator without a profile' );
		$this->assertSame( 404, $this->rest( 'GET', '/wayfinder/v1/profiles/' . $unsaved )->get_status(), 'a mentor who never filled in a profile' );
		$public = $this->rest( 'GET', '/wayfinder/v1/profiles/' . $mentor );
		$this->assertSame( 200, $public->get_status() );
		$this->assertArrayNotHasKey( 'backup_mentor', $public->get_data()['mentor'], 'the backup is not public' );
	}

	public function test_the_site_admin_is_no_mentor_by_their_role_but_is_one_with_the_mentor_role(): void {
		$admin = $this->make_user( 'administrator' );

		$this->assertFalse( Capabilities::can_mentor( $admin ) );
		$this->assertNotContains( (string) $admin, array_map( static fn ( $m ): string => $m->id, ( new EnginePeople() )->all_mentors() ), 'not matched automatically' );
		$people = $this->rest( 'GET', '/wayfinder/v1/people', array( 'per_page' => 100 ), $admin )->get_data();
		$this->assertNotContains( $admin, array_column( $people, 'id' ), 'not in People → Mentors' );
		$state = $this->rest( 'GET', '/wayfinder/v1/mentoring-state/me', array(), $admin )->get_data();
		$this->assertFalse( $state['mentor']['can_mentor'], 'no “Start mentoring”' );

		get_userdata( $admin )->add_role( 'wayfinder_mentor' );
		$this->assertTrue( Capabilities::can_mentor( $admin ), 'an admin who mentors takes the Mentor role' );
	}

	public function test_a_mentor_names_a_backup_who_must_be_another_mentor_and_a_coordinator_may_too(): void {
		$mentor      = $this->make_user( 'wayfinder_mentor' );
		$backup      = $this->make_user( 'wayfinder_mentor' );
		$mentee      = $this->make_user( 'subscriber' );
		$coordinator = $this->make_user( 'wayfinder_coordinator' );

		$named = $this->save_own( $mentor, array( 'mentor' => array( 'backup_mentor' => $backup ) ) );
		$this->assertSame( 200, $named->get_status(), (string) wp_json_encode( $named->get_data() ) );
		$this->assertSame( $backup, $named->get_data()['mentor']['backup_mentor'] );
		$this->assertSame( $backup, ( new ProfileRepository() )->find( $mentor )->backup_mentor );

		$this->assertSame( 400, $this->save_own( $mentor, array( 'mentor' => array( 'backup_mentor' => $mentor ) ) )->get_status(), 'not themselves' );
		$this->assertSame( 400, $this->save_own( $mentor, array( 'mentor' => array( 'backup_mentor' => $mentee ) ) )->get_status(), 'not someone who is no mentor' );

		$by_coordinator = $this->rest( 'PATCH', '/wayfinder/v1/profiles/' . $mentor, array( 'mentor' => array( 'backup_mentor' => null ) ), $coordinator );
		$this->assertSame( 200, $by_coordinator->get_status() );
		$this->assertNull( ( new ProfileRepository() )->find( $mentor )->backup_mentor );
	}

	public function test_the_profile_form_offers_other_mentors_as_backup_and_reads_the_choice_back(): void {
		$mentor = $this->make_user( 'wayfinder_mentor' );
		$backup = $this->make_user( 'wayfinder_mentor' );
		$repo   = new ProfileRepository();
		$repo->save( new Profile( $mentor, 'UTC' ) );
		$repo->save( new Profile( $backup, 'UTC' ) );
		$profile                = $repo->find( $mentor );
		$profile->backup_mentor = $backup;
		$repo->save( $profile );

		$html = \Wayfinder\Profiles\ProfileForm::fields( \Wayfinder\Profiles\ProfileForm::values_of( $repo->find( $mentor ) ), 'test' );

		$this->assertMatchesRegularExpression( '/<option value="' . $backup . '" selected/', $html, 'the named backup is chosen' );
		$this->assertStringNotContainsString( '<option value="' . $mentor . '"', $html, 'not themselves' );
		$this->assertSame( $backup, \Wayfinder\Profiles\ProfileForm::from_post( array( 'mentor' => array( 'backup_mentor' => (string) $backup ) ) )['mentor']['backup_mentor'] );
		$this->assertNull( \Wayfinder\Profiles\ProfileForm::from_post( array( 'mentor' => array( 'backup_mentor' => '' ) ) )['mentor']['backup_mentor'] );
	}

	/** @return string The profile form's time zone list. */
	private static function zones_in_form( string $timezone ): string {
		$html = \Wayfinder\Profiles\ProfileForm::fields( \Wayfinder\Profiles\ProfileForm::values_of( new Profile( 0, $timezone ) ), 'zones' );
		preg_match( '#<select id="[^"]*timezone"[^>]*>(.*?)</select>#s', $html, $select );
		return $select[1] ?? '';
	}

	public function test_the_kept_time_zone_list_is_what_wordpress_lists_with_the_person_s_zone_chosen(): void {
		$without_offsets = static fn ( string $zone ): string => (string) preg_replace( '#<optgroup[^>]*>(?:(?!</optgroup>).)*?value="UTC[+-].*?</optgroup>#s', '', wp_timezone_choice( $zone, get_user_locale() ) );
		foreach ( array( 'Europe/Lisbon', 'Asia/Kolkata', 'UTC', 'America/Argentina/Buenos_Aires' ) as $zone ) {
			$this->assertSame( $without_offsets( $zone ), self::zones_in_form( $zone ), $zone . ', kept or not' );
			$this->assertSame( 1, substr_count( self::zones_in_form( $zone ), 'selected="selected"' ), 'one zone chosen' );
		}
		$this->assertStringNotContainsString( 'value="UTC+2"', self::zones_in_form( 'Europe/Lisbon' ), 'no fixed offsets' );
		// No zone yet, or an old name: WordPress's own list for it ("Select a city", or the old name on top).
		$this->assertSame( $without_offsets( '' ), self::zones_in_form( '' ) );
		$this->assertStringContainsString( '<option selected="selected" value="Asia/Calcutta"', self::zones_in_form( 'Asia/Calcutta' ) );
	}

	public function test_the_form_offers_every_published_team_by_title_and_a_new_team_at_once(): void {
		$fields = static fn (): string => \Wayfinder\Profiles\ProfileForm::fields( \Wayfinder\Profiles\ProfileForm::values_of( new Profile( 0, 'UTC' ) ), 'teams' );
		$before = $fields();
		$this->assertStringNotContainsString( 'value="zz-stargazers"', $before );
		wp_insert_post(
			array(
				'post_type'   => \Wayfinder\Teams\TeamPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Stargazers',
				'post_name'   => 'zz-stargazers',
			)
		);
		$this->assertStringContainsString( 'value="zz-stargazers"', $fields(), 'the kept list is made again when a team is published' );
	}
}
