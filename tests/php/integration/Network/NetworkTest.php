<?php
/**
 * One program on a network of team sites: the main site runs it (the multisite runs' bootstrap names it
 * and makes the Polyglots and Core team sites). A team site's blocks show the program's data — its
 * mentor directory the site's team —, its REST routes answer with the program, its editors represent
 * its team, a hand-off links to the team's own site, it installs nothing and shows none of the program's
 * screens; the network admin sees and sets all of it on one screen.
 *
 * Runs only on a network install (bin/test-integration.sh's multisite runs); the single-site runs leave
 * the group out.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Network;

use Wayfinder\Admin\AdminPage;
use Wayfinder\Admin\NetworkScreen;
use Wayfinder\Demo\DemoNetwork;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Orientation\StatsPage;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Network;
use Wayfinder\Platform\Schema;
use Wayfinder\Teams\Representatives;
use Wayfinder\Tests\Integration\Directory\DirectoryFixtures;
use Wayfinder\Tests\Integration\TestCase;

/**
 * @group multisite
 */
final class NetworkTest extends TestCase {

	use DirectoryFixtures;

	private int $polyglots;
	private int $core;

	protected function setUp(): void {
		parent::setUp();
		$this->polyglots = (int) get_sites( array( 'path' => '/polyglots/' ) )[0]->blog_id;
		$this->core      = (int) get_sites( array( 'path' => '/core/' ) )[0]->blog_id;
		Network::save(
			get_main_site_id(),
			array(
				$this->polyglots => 'polyglots',
				$this->core      => 'core',
			)
		);
		Representatives::forget();
	}

	protected function tearDown(): void {
		while ( ms_is_switched() ) {
			restore_current_blog();
		}
		parent::tearDown();
	}

	public function test_the_main_site_runs_the_program_and_each_team_site_is_its_team(): void {
		$this->assertSame( get_main_site_id(), Network::program_site() );
		$this->assertFalse( Network::is_team_site() );
		$this->assertTrue( Network::is_team_site( $this->polyglots ) );
		$this->assertSame( 'polyglots', Network::team_of_site( $this->polyglots ) );
		$this->assertSame( $this->core, Network::site_of_team( 'core' ) );
		$this->assertSame( 0, Network::site_of_team( 'docs' ), 'a team without a site' );

		// The program site cannot be a team site too, and a deleted site runs nothing.
		Network::save( $this->polyglots, array( $this->polyglots => 'polyglots' ) );
		$this->assertSame( array(), Network::site_teams() );
		update_site_option( Network::PROGRAM_SITE, 999999 );
		$this->assertSame( 0, Network::program_site() );
		$this->assertFalse( Network::is_team_site( $this->polyglots ), 'no program site: every site its own' );
	}

	public function test_a_team_sites_mentor_directory_shows_the_programs_mentors_of_its_team(): void {
		$this->person( 'Ana Polyglots', array( 'teams' => array( 'polyglots' ) ) );
		$this->person( 'Ben Core', array( 'teams' => array( 'core' ) ) );

		$everyone = $this->render( 'wayfinder/mentor-directory' );
		$this->assertContains( 'Ana Polyglots', self::names_in( $everyone ), 'on the program site: every team' );
		$this->assertContains( 'Ben Core', self::names_in( $everyone ) );

		switch_to_blog( $this->polyglots );
		$here = $this->render( 'wayfinder/mentor-directory' );
		$this->assertSame( $this->polyglots, get_current_blog_id(), 'back on the team site after the block' );
		restore_current_blog();
		$this->assertSame( array( 'Ana Polyglots' ), self::names_in( $here ), 'the Polyglots site: its team\'s mentors, from the program' );

		switch_to_blog( $this->polyglots );
		$chosen = $this->render( 'wayfinder/mentor-directory', array( 'team' => 'core' ) );
		restore_current_blog();
		$this->assertSame( array( 'Ben Core' ), self::names_in( $chosen ), 'a block that names a team keeps it' );
	}

	public function test_a_team_sites_rest_routes_answer_with_the_program_and_the_site_is_restored(): void {
		$coordinator = $this->make_user( 'administrator' );
		grant_super_admin( $coordinator );
		$this->person( 'Ana Polyglots', array( 'teams' => array( 'polyglots' ) ) );

		$here = $this->rest( 'GET', '/wayfinder/v1/mentors', array(), 0 );
		switch_to_blog( $this->polyglots );
		$there = $this->rest( 'GET', '/wayfinder/v1/mentors', array(), 0 );
		$this->assertSame( $this->polyglots, get_current_blog_id(), 'the request leaves the site as it found it' );
		restore_current_blog();
		$this->assertSame( 200, $there->get_status() );
		$this->assertSame( $here->get_data(), $there->get_data(), 'the same program answers on either site' );
	}

	public function test_a_team_sites_editors_represent_its_team(): void {
		// A mentor of the program who edits the Polyglots site: her role there is not the program's.
		$editor = $this->person( 'Lena Polyglots', array( 'teams' => array( 'polyglots' ) ) );
		$this->give_mentees( $editor, 1 );
		add_user_to_blog( $this->polyglots, $editor, 'editor' );
		$this->assertContains( 'Lena Polyglots', self::names_in( $this->render( 'wayfinder/mentor-directory' ) ), 'still listed as a mentor' );
		$this->assertCount( 1, ( new MatchRepository() )->open_of_mentor( $editor ), 'her mentorship goes on' );
		$author = $this->make_user( 'subscriber', 'omar-polyglots' );
		add_user_to_blog( $this->polyglots, $author, 'author' );
		Representatives::forget();

		$representatives = new Representatives();
		$this->assertContains( $editor, $representatives->of_team( 'polyglots' ) );
		$this->assertNotContains( $author, $representatives->of_team( 'polyglots' ), 'an author of the site is not' );
		$this->assertNotContains( $editor, $representatives->of_team( 'core' ), 'nor of another team' );
		$this->assertSame( array( 'polyglots' ), $representatives->teams_of( $editor ) );
		$this->assertTrue( $representatives->represents( $editor, 'polyglots' ) );
		$this->assertSame( 200, $this->rest( 'GET', '/wayfinder/v1/teams/newcomers', array( 'team' => 'polyglots' ), $editor )->get_status(), 'and may see its newcomers' );
	}

	public function test_a_hand_off_welcomes_the_graduate_on_the_teams_own_site(): void {
		$this->assertSame( '', Network::page_on_team_site( 'polyglots', 'wayfinder/my-mentorship' ), 'no page there yet' );
		switch_to_blog( $this->polyglots );
		$page = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'Welcome, new translators',
				'post_name'    => 'welcome',
				'post_content' => '<!-- wp:wayfinder/my-mentorship /-->',
			)
		);
		$url  = get_permalink( $page );
		restore_current_blog();
		$this->assertStringContainsString( '/polyglots/', $url );
		$this->assertSame( $url, Network::page_on_team_site( 'polyglots', 'wayfinder/my-mentorship' ) );
		$this->assertSame( '', Network::page_on_team_site( 'core', 'wayfinder/my-mentorship' ), 'Core has no such page' );
	}

	public function test_a_team_site_installs_nothing_and_shows_none_of_the_programs_screens(): void {
		global $wpdb;
		switch_to_blog( $this->polyglots );
		Installer::upgrade_if_needed();
		$tables = $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $wpdb->prefix . 'wayfinder_profiles' ) ) ); // phpcs:ignore WordPress.DB -- the test looks for the table.
		$named  = Schema::table( 'profiles' );
		$args   = Network::no_program_screens( array( 'show_ui' => true ), 'wayfinder_cohort' );
		$posts  = Network::no_program_screens( array( 'show_ui' => true ), 'post' );
		ob_start();
		AdminPage::render_team_site();
		$page = (string) ob_get_clean();
		restore_current_blog();

		$this->assertNull( $tables, 'no Wayfinder tables on a team site' );
		$this->assertSame( $wpdb->get_blog_prefix( get_main_site_id() ) . 'wayfinder_profiles', $named, 'what runs there uses the program\'s' );
		$this->assertFalse( $args['show_ui'] );
		$this->assertTrue( $posts['show_ui'], 'the site\'s own posts are left alone' );
		$this->assertStringContainsString( 'runs on ' . get_blog_option( get_main_site_id(), 'blogname' ), $page );
		$this->assertStringContainsString( 'This is the Polyglots team’s site', $page );
		$this->assertStringContainsString( get_admin_url( get_main_site_id(), 'admin.php?page=wayfinder' ), $page );

		// No program screen in a team site's Mentorship menu, even for a network admin.
		global $submenu;
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$admin = $this->make_user( 'administrator' );
		grant_super_admin( $admin );
		wp_set_current_user( $admin );
		$submenu = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the menu as WordPress starts it.
		switch_to_blog( $this->polyglots );
		StatsPage::add_menu();
		$on_team_site = array_column( $submenu[ AdminPage::SLUG ] ?? array(), 2 );
		restore_current_blog();
		StatsPage::add_menu();
		$on_program_site = array_column( $submenu[ AdminPage::SLUG ] ?? array(), 2 );
		revoke_super_admin( $admin );
		$submenu = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$this->assertSame( array(), $on_team_site );
		$this->assertSame( array( StatsPage::SLUG ), $on_program_site );
	}

	public function test_leaving_the_program_site_is_leaving_the_program_and_leaving_a_team_site_is_not(): void {
		$mentor = $this->person( 'Ana Mentor' );
		$mentee = $this->make_user( 'subscriber' );
		$match  = ( new \Wayfinder\Mentorship\MatchService() )->start( $mentee, $mentor, 'coordinator', 0 );
		$this->assertIsInt( $match );
		$asker   = $this->person( 'Asha Asker', array(), 'subscriber' );
		$request = ( new \Wayfinder\Mentorship\RequestService() )->create( array( 'type' => 'mentee_request' ), $asker );
		$this->assertIsInt( $request );
		add_user_to_blog( $this->polyglots, $mentee, 'author' );
		add_user_to_blog( $this->polyglots, $asker, 'author' );

		remove_user_from_blog( $mentee, $this->polyglots );
		remove_user_from_blog( $asker, $this->polyglots );
		$this->assertCount( 1, ( new MatchRepository() )->open_of_mentee( $mentee ), 'a team site\'s members are not the program\'s' );
		$this->assertCount( 1, ( new \Wayfinder\Mentorship\RequestRepository() )->open_of_mentee( $asker ) );

		remove_user_from_blog( $mentee, get_main_site_id() );
		remove_user_from_blog( $asker, get_main_site_id() );
		$this->assertSame( array(), ( new MatchRepository() )->open_of_mentee( $mentee ), 'the mentorship ended' );
		$this->assertSame( array(), ( new \Wayfinder\Mentorship\RequestRepository() )->open_of_mentee( $asker ), 'the request was cancelled' );
	}

	public function test_the_network_demo_gives_each_team_site_its_pages_and_polyglots_an_editor_once(): void {
		Network::save( get_main_site_id(), array() );
		$sites = DemoNetwork::load();
		$again = DemoNetwork::load();
		Representatives::forget();

		$this->assertSame(
			array(
				'polyglots' => $this->polyglots,
				'core'      => $this->core,
			),
			$sites,
			'the team sites already there are the demo\'s'
		);
		$this->assertSame( $sites, $again );
		$this->assertSame( get_main_site_id(), Network::program_site() );
		$this->assertSame( 'polyglots', Network::team_of_site( $this->polyglots ) );
		$this->assertSame( 'core', Network::team_of_site( $this->core ) );
		$rosa = get_user_by( 'login', DemoNetwork::TEAM_EDITOR );
		$this->assertInstanceOf( \WP_User::class, $rosa );
		$this->assertTrue( ( new Representatives() )->represents( $rosa->ID, 'polyglots' ), 'she edits the Polyglots site' );
		$this->assertFalse( ( new Representatives() )->represents( $rosa->ID, 'core' ) );
		foreach ( $sites as $site ) {
			switch_to_blog( $site );
			$mentors = get_page_by_path( 'mentors' );
			$welcome = get_page_by_path( 'welcome' );
			$pages   = count(
				get_posts(
					array(
						'post_type'     => 'page',
						'post_name__in' => array( 'mentors', 'welcome' ),
						'fields'        => 'ids',
					)
				)
			);
			restore_current_blog();
			$this->assertInstanceOf( \WP_Post::class, $mentors );
			$this->assertStringContainsString( '<!-- wp:wayfinder/mentor-directory /-->', $mentors->post_content );
			$this->assertInstanceOf( \WP_Post::class, $welcome );
			$this->assertStringContainsString( '<!-- wp:wayfinder/my-mentorship /-->', $welcome->post_content );
			$this->assertSame( 2, $pages, 'each page once' );
		}
	}

	public function test_the_network_admin_sees_every_site_and_its_team_on_one_screen(): void {
		$admin = $this->make_user( 'administrator' );
		grant_super_admin( $admin );
		wp_set_current_user( $admin );
		ob_start();
		NetworkScreen::render();
		$html = (string) ob_get_clean();
		revoke_super_admin( $admin );

		$this->assertStringContainsString( 'name="program_site" value="' . get_main_site_id() . '"  checked=\'checked\'', $html );
		$this->assertMatchesRegularExpression( '#<select id="wayfinder-team-' . $this->polyglots . '" name="site_team\[' . $this->polyglots . '\]">.*<option value="polyglots"  selected=\'selected\'>Polyglots</option>#s', $html );
		$this->assertStringContainsString( 'name="_wpnonce"', $html, 'the form carries a nonce' );

		wp_set_current_user( $this->make_user( 'administrator' ) );
		ob_start();
		NetworkScreen::render();
		$this->assertSame( '', ob_get_clean(), 'a site administrator is no network admin' );
	}
}
