<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Teams;

use Wayfinder\Demo\DemoPeople;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Teams\TeamSeeder;
use Wayfinder\Tests\Integration\TestCase;

final class TeamsTest extends TestCase {

	private function team( string $slug ): \WP_Post {
		$post = get_page_by_path( $slug, 'OBJECT', TeamPostType::POST_TYPE );
		$this->assertInstanceOf( \WP_Post::class, $post, "team $slug exists" );
		return $post;
	}

	public function test_activation_seeded_the_make_teams_with_their_onboarding_links(): void {
		$this->assertSame( count( TeamSeeder::make_teams() ), (int) wp_count_posts( TeamPostType::POST_TYPE )->publish );
		$core = $this->team( 'core' );
		$this->assertSame( 'Core', $core->post_title );
		$this->assertTrue( (bool) get_post_meta( $core->ID, TeamPostType::ACCEPTS_NEWCOMERS, true ) );
		$this->assertSame( 'https://make.wordpress.org/core/handbook/', get_post_meta( $core->ID, TeamPostType::HANDBOOK_URL, true ) );
		$this->assertSame( '#core', get_post_meta( $core->ID, TeamPostType::CHAT_CHANNEL, true ) );
		$this->assertFalse( (bool) get_post_meta( $this->team( 'plugins' )->ID, TeamPostType::ACCEPTS_NEWCOMERS, true ) );
	}

	public function test_every_team_a_demo_person_names_exists(): void {
		foreach ( DemoPeople::all() as $person ) {
			foreach ( $person['teams'] as $slug ) {
				$this->team( $slug );
			}
		}
	}

	public function test_seeding_runs_once_so_a_deleted_team_stays_deleted(): void {
		wp_delete_post( $this->team( 'photos' )->ID, true );
		$this->assertSame( 0, TeamSeeder::seed_once() );
		$this->assertNull( get_page_by_path( 'photos', 'OBJECT', TeamPostType::POST_TYPE ) );
	}

	public function test_anyone_can_read_teams_through_the_rest_api(): void {
		$response = $this->rest( 'GET', '/wayfinder/v1/teams', array( 'slug' => 'polyglots' ) );
		$this->assertSame( 200, $response->get_status() );
		$team = $response->get_data()[0];
		$this->assertSame( 'Polyglots', $team['title']['rendered'] );
		$this->assertTrue( $team['meta'][ TeamPostType::ACCEPTS_NEWCOMERS ] );
		$this->assertSame( '#polyglots', $team['meta'][ TeamPostType::CHAT_CHANNEL ] );
		$this->assertSame( array(), $team['meta'][ TeamPostType::REPRESENTATIVES ] );
	}

	/** @return array<string, array{0: string, 1: int}> */
	public function writers(): array {
		return array(
			'anonymous'     => array( '', 401 ),
			'subscriber'    => array( 'subscriber', 403 ),
			'mentor'        => array( 'wayfinder_mentor', 403 ),
			'reviewer'      => array( 'wayfinder_reviewer', 403 ),
			'team rep'      => array( 'wayfinder_team_rep', 403 ),
			'editor'        => array( 'editor', 403 ),
			'coordinator'   => array( 'wayfinder_coordinator', 201 ),
			'administrator' => array( 'administrator', 201 ),
		);
	}

	/** @dataProvider writers */
	public function test_only_coordinators_and_admins_create_teams( string $role, int $status ): void {
		$user     = '' === $role ? 0 : $this->make_user( $role );
		$response = $this->rest(
			'POST',
			'/wayfinder/v1/teams',
			array(
				'title'  => 'Sustainability Outreach',
				'status' => 'publish',
				'meta'   => array( TeamPostType::ACCEPTS_NEWCOMERS => false ),
			),
			$user
		);
		$this->assertSame( $status, $response->get_status() );
		if ( 201 === $status ) {
			$this->assertFalse( $response->get_data()['meta'][ TeamPostType::ACCEPTS_NEWCOMERS ] );
		}
	}

	public function test_a_coordinator_names_representatives_and_fixes_a_link(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$rep         = $this->make_user( 'wayfinder_team_rep' );
		$docs        = $this->team( 'docs' );
		$response    = $this->rest(
			'POST',
			'/wayfinder/v1/teams/' . $docs->ID,
			array(
				'meta' => array(
					TeamPostType::REPRESENTATIVES => array( $rep ),
					TeamPostType::LEARN_URL       => 'https://learn.wordpress.org/course/docs/',
				),
			),
			$coordinator
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( $rep ), get_post_meta( $docs->ID, TeamPostType::REPRESENTATIVES, true ) );
		$this->assertSame( 'https://learn.wordpress.org/course/docs/', get_post_meta( $docs->ID, TeamPostType::LEARN_URL, true ) );
	}

	/** @return array<string, array{0: array<string, mixed>, 1: string}> */
	public function bad_meta(): array {
		return array(
			'a handbook link that is no URL'   => array( array( TeamPostType::HANDBOOK_URL => 'the wiki' ), 'meta.wayfinder_handbook_url does not match pattern' ),
			'newcomers flag that is no yes/no' => array( array( TeamPostType::ACCEPTS_NEWCOMERS => 'sometimes' ), 'meta.wayfinder_accepts_newcomers is not of type boolean' ),
			'a representative who is no user'  => array( array( TeamPostType::REPRESENTATIVES => array( 999999 ) ), 'Team representative 999999 is not a user of this site' ),
			'a representative id that is text' => array( array( TeamPostType::REPRESENTATIVES => array( 'alice' ) ), 'meta.wayfinder_representatives[0] is not of type integer' ),
		);
	}

	/**
	 * @dataProvider bad_meta
	 * @param array<string, mixed> $meta
	 */
	public function test_bad_input_is_refused_and_the_team_is_left_as_it_was( array $meta, string $message ): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$core        = $this->team( 'core' );
		$response    = $this->rest(
			'POST',
			'/wayfinder/v1/teams/' . $core->ID,
			array(
				'title' => 'Core (renamed)',
				'meta'  => $meta,
			),
			$coordinator
		);

		$this->assertSame( 400, $response->get_status() );
		$this->assertStringContainsString( $message, $response->get_data()['message'] );
		$this->assertSame( 'Core', get_post( $core->ID )->post_title, 'the title in the same request is not saved either' );
		$this->assertSame( 'https://make.wordpress.org/core/handbook/', get_post_meta( $core->ID, TeamPostType::HANDBOOK_URL, true ) );
		$this->assertTrue( (bool) get_post_meta( $core->ID, TeamPostType::ACCEPTS_NEWCOMERS, true ) );
		$this->assertEmpty( get_post_meta( $core->ID, TeamPostType::REPRESENTATIVES, true ) );
	}

	public function test_uninstall_with_the_admins_consent_removes_the_teams(): void {
		update_option( Settings::DELETE_DATA_ON_UNINSTALL, true );
		// What uninstall.php runs (UninstallTest goes through uninstall.php itself, which loads once per process).
		$this->uninstall( array( Uninstaller::class, 'run' ) );
		$this->assertSame( 0, (int) wp_count_posts( TeamPostType::POST_TYPE )->publish );
		$this->assertFalse( get_option( TeamSeeder::SEEDED_OPTION ) );
	}
}
