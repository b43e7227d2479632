<?php
/**
 * GET /wayfinder/v1/status as the Overview shows it: no figures for what does not exist yet, each
 * team's coverage, and the setup checklist.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Admin;

use Wayfinder\Mentorship\RequestService;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Tests\Integration\TestCase;

final class OverviewTest extends TestCase {

	private int $coordinator;

	protected function setUp(): void {
		parent::setUp();
		$this->coordinator = $this->make_user( 'wayfinder_coordinator' );
	}

	/** @return array<string, mixed> */
	private function status(): array {
		$response = $this->rest( 'GET', '/wayfinder/v1/status', array(), $this->coordinator );
		$this->assertSame( 200, $response->get_status() );
		return $response->get_data();
	}

	private function team( string $slug, string $title ): void {
		wp_insert_post(
			array(
				'post_type'   => TeamPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_name'   => $slug,
				'post_title'  => $title,
			)
		);
	}

	/** @param list<string> $teams */
	private function mentor( array $teams, int $capacity = 2, int $mentees = 0, string $status = 'available', ?string $away_until = null ): int {
		$id = $this->make_user( 'wayfinder_mentor' );
		( new ProfileRepository() )->save( new Profile( $id, 'UTC', array( 'en' ), $teams, array(), array(), '', $capacity, 'normal', $status, $away_until ) );
		if ( $mentees > 0 ) {
			global $wpdb;
			$wpdb->update( \Wayfinder\Platform\Schema::profiles_table(), array( 'active_mentees' => $mentees ), array( 'user_id' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		}
		return $id;
	}

	private function waiting( string $team = '' ): int {
		$mentee = $this->make_user( 'subscriber' );
		$ask    = array( 'type' => 'mentee_request' ) + ( '' === $team ? array() : array( 'team' => $team ) );
		$this->assertIsInt( ( new RequestService() )->create( $ask, $mentee ) );
		return $mentee;
	}

	public function test_the_overview_shows_no_cohort_figure_while_there_are_no_cohorts(): void {
		$matches = $this->status()['program']['matches'];

		$this->assertSame( array( 'auto', 'mentee_request', 'coordinator', 'mentor_offer', 'backup' ), array_keys( $matches ) );
	}

	public function test_each_team_shows_its_mentors_those_with_room_and_who_waits_with_gaps_flagged(): void {
		$this->team( 'qx-open', 'Qx Open' );
		$this->team( 'qx-full', 'Qx Full' );
		$this->team( 'qx-empty', 'Qx Empty' );
		$this->mentor( array( 'qx-open' ) );
		$this->mentor( array( 'qx-open', 'qx-full' ), 2, 2 );
		$this->mentor( array( 'qx-full' ), 2, 0, 'away', gmdate( 'Y-m-d', time() + 7 * DAY_IN_SECONDS ) );
		$this->mentor( array( 'qx-full' ), 2, 0, 'away', gmdate( 'Y-m-d', time() - 2 * DAY_IN_SECONDS ) );
		$this->waiting( 'qx-full' );
		$this->waiting( 'qx-empty' );
		$this->waiting( 'qx-empty' );
		$this->waiting();

		$program = $this->status()['program'];
		$teams   = array_column( $program['teams'], null, 'team' );

		$this->assertSame(
			array(
				'team'      => 'qx-open',
				'name'      => 'Qx Open',
				'mentors'   => 2,
				'with_room' => 1,
				'waiting'   => 0,
				'gap'       => false,
			),
			$teams['qx-open']
		);
		$this->assertSame( array( 3, 1, 1, false ), array( $teams['qx-full']['mentors'], $teams['qx-full']['with_room'], $teams['qx-full']['waiting'], $teams['qx-full']['gap'] ), 'away through the end date, back the day after' );
		$this->assertSame( array( 0, 0, 2, true ), array( $teams['qx-empty']['mentors'], $teams['qx-empty']['with_room'], $teams['qx-empty']['waiting'], $teams['qx-empty']['gap'] ) );
		$this->assertGreaterThanOrEqual( 1, $program['waiting_in_no_team'] );
	}

	public function test_a_waiting_mentee_counts_in_their_preferred_team_when_the_request_names_none(): void {
		$this->team( 'qx-pref', 'Qx Pref' );
		$mentee                  = $this->waiting();
		$profile                 = ( new ProfileRepository() )->find( $mentee );
		$profile->preferred_team = 'qx-pref';
		( new ProfileRepository() )->save( $profile );

		$teams = array_column( $this->status()['program']['teams'], null, 'team' );

		$this->assertSame( 1, $teams['qx-pref']['waiting'] );
		$this->assertTrue( $teams['qx-pref']['gap'] );
	}

	public function test_the_setup_checklist_says_where_each_step_stands(): void {
		update_option( 'users_can_register', 0 );

		$steps = array_column( $this->status()['setup'], null, 'id' );

		$this->assertSame( array( 'pages', 'registration', 'coordinators', 'teams' ), array_keys( $steps ) );
		$this->assertFalse( $steps['registration']['done'] );
		$this->assertStringContainsString( 'a site admin has to create accounts', $steps['registration']['detail'] );
		$this->assertTrue( $steps['coordinators']['done'] );
		$this->assertStringContainsString( get_userdata( $this->coordinator )->display_name, $steps['coordinators']['detail'] );
	}

	public function test_the_page_step_is_done_once_a_published_page_has_the_my_mentorship_block(): void {
		wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Qx Directory only',
				'post_content' => '<!-- wp:wayfinder/mentor-directory /-->',
			)
		);
		$before = array_column( $this->status()['setup'], null, 'id' )['pages'];
		wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Qx Mentorship',
				'post_content' => '<!-- wp:wayfinder/my-mentorship /-->',
			)
		);
		update_option( 'users_can_register', 1 );
		update_site_option( 'registration', 'user' ); // On a network, the network's setting.

		$after = array_column( $this->status()['setup'], null, 'id' );

		if ( ! $before['done'] ) {
			$this->assertStringContainsString( 'Qx Directory only', $before['detail'] );
		}
		$this->assertTrue( $after['pages']['done'] );
		$this->assertStringContainsString( 'Qx Mentorship', $after['pages']['detail'] );
		$this->assertTrue( $after['registration']['done'] );
	}

	public function test_the_teams_step_names_the_teams_without_a_mentor(): void {
		$this->team( 'qx-lonely', 'Qx Lonely' );

		$step = array_column( $this->status()['setup'], null, 'id' )['teams'];

		$this->assertFalse( $step['done'] );
		$this->assertMatchesRegularExpression( '/No mentor yet: .*/', $step['detail'] );
	}

	public function test_activating_wayfinder_leaves_a_notice_that_links_to_the_checklist_until_dismissed(): void {
		delete_option( \Wayfinder\Admin\SetupNotice::OPTION );
		do_action( 'activated_plugin', 'some-other-plugin/plugin.php', false ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's own hook.
		$this->assertFalse( get_option( \Wayfinder\Admin\SetupNotice::OPTION ) );

		do_action( 'activated_plugin', plugin_basename( \Wayfinder\PLUGIN_FILE ), false ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's own hook.
		wp_set_current_user( $this->coordinator );
		ob_start();
		do_action( 'admin_notices' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's own hook.
		$notice = (string) ob_get_clean();

		$this->assertStringContainsString( 'Open the setup checklist', $notice );
		$this->assertStringContainsString( 'screen=setup', $notice );
		$this->assertStringContainsString( 'action=' . \Wayfinder\Admin\SetupNotice::ACTION, $notice );

		wp_set_current_user( $this->make_user( 'subscriber' ) );
		ob_start();
		do_action( 'admin_notices' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's own hook.
		$this->assertStringNotContainsString( 'setup checklist', (string) ob_get_clean(), 'only for the people who run the program' );

		delete_option( \Wayfinder\Admin\SetupNotice::OPTION );
		wp_set_current_user( $this->coordinator );
		ob_start();
		do_action( 'admin_notices' ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WordPress's own hook.
		$this->assertStringNotContainsString( 'setup checklist', (string) ob_get_clean() );
	}
}
