<?php
/**
 * The "Mentorship" menu in wp-admin: one page that hosts the coordinator app (src/admin).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Admin;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Network;
use Wayfinder\Platform\Settings;
use Wayfinder\Teams\TeamList;
use const Wayfinder\PLUGIN_DIR;
use const Wayfinder\PLUGIN_FILE;

final class AdminPage {

	public const SLUG = 'wayfinder';
	/** The same app for people who screen or review applications and do not coordinate. */
	public const APPLICATIONS_SLUG = 'wayfinder-applications';
	private const HANDLE           = 'wayfinder-admin';
	private const ROOT_ID          = 'wayfinder-admin-root';

	/** @var list<string> The pages that host the app. */
	private static array $hook_suffixes = array();

	public static function register(): void {
		// Before post types add their screens (Teams) to the menu, so the overview stays first.
		add_action( 'admin_menu', array( self::class, 'add_menu' ), 9 );
		add_action( 'admin_enqueue_scripts', array( self::class, 'enqueue' ) );
	}

	public static function add_menu(): void {
		if ( Network::is_team_site() ) {
			add_menu_page( __( 'Mentorship', 'wayfinder' ), __( 'Mentorship', 'wayfinder' ), 'edit_posts', self::SLUG, array( self::class, 'render_team_site' ), 'dashicons-groups', 26 );
			return;
		}
		if ( ! Capabilities::can_coordinate() ) {
			self::add_applications_menu();
			return;
		}
		self::$hook_suffixes[] = (string) add_menu_page(
			__( 'Mentorship', 'wayfinder' ),
			__( 'Mentorship', 'wayfinder' ),
			Capabilities::COORDINATE,
			self::SLUG,
			array( self::class, 'render' ),
			'dashicons-groups',
			26
		);
		add_submenu_page( self::SLUG, __( 'Mentorship', 'wayfinder' ), __( 'Overview', 'wayfinder' ), Capabilities::COORDINATE, self::SLUG, array( self::class, 'render' ) );
	}

	/** Screeners and reviewers who do not coordinate get the app under "Applications", with only their screens. */
	private static function add_applications_menu(): void {
		$capability = Capabilities::can_screen() ? Capabilities::SCREEN : Capabilities::REVIEW;
		if ( ! current_user_can( $capability ) ) {
			return;
		}
		self::$hook_suffixes[] = (string) add_menu_page(
			__( 'Applications', 'wayfinder' ),
			__( 'Applications', 'wayfinder' ),
			$capability,
			self::APPLICATIONS_SLUG,
			array( self::class, 'render' ),
			'dashicons-clipboard',
			26
		);
	}

	/** On a team site: where the program is run, and what this site shows of it. */
	public static function render_team_site(): void {
		$program = Network::program_site();
		$team    = Network::team_of_site( get_current_blog_id() );
		$name    = '' === $team ? '' : Network::in_program( static fn (): string => (string) ( TeamList::all()[ $team ]['name'] ?? $team ) );
		echo '<div class="wrap"><h1>' . esc_html__( 'Mentorship', 'wayfinder' ) . '</h1>';
		echo '<p>' . esc_html(
			sprintf(
				/* translators: %s: the name of the site that runs the mentoring program. */
				__( 'The mentoring program of this network runs on %s: coordinators manage it there, and everything people do on this site acts on it.', 'wayfinder' ),
				(string) get_blog_option( $program, 'blogname' )
			)
		) . '</p>';
		echo '<p>' . esc_html(
			'' === $name
				? __( 'This site is not any team’s site yet: a network admin chooses its team under Network Admin → Settings → Mentorship program. Until then its blocks show the whole program.', 'wayfinder' )
				/* translators: %s: a team's name. */
				: sprintf( __( 'This is the %s team’s site: the mentor directory placed here shows that team’s mentors, and its representatives are this site’s editors and administrators.', 'wayfinder' ), $name )
		) . '</p>';
		echo '<p><a class="button button-primary" href="' . esc_url( get_admin_url( $program, 'admin.php?page=' . self::SLUG ) ) . '">' . esc_html__( 'Open the program', 'wayfinder' ) . '</a></p></div>';
	}

	public static function render(): void {
		printf(
			'<div class="wrap"><div id="%1$s" class="wayfinder-admin"><h1>%2$s</h1><p class="hide-if-js">%3$s</p><p class="hide-if-no-js">%4$s</p></div></div>',
			esc_attr( self::ROOT_ID ),
			esc_html__( 'Mentorship', 'wayfinder' ),
			esc_html__( 'The Mentorship screens need JavaScript. Please enable it in your browser.', 'wayfinder' ),
			esc_html__( 'Loading…', 'wayfinder' )
		);
	}

	/** Loads the app only on its own page, so other wp-admin screens pay nothing. */
	public static function enqueue( string $hook_suffix ): void {
		if ( ! in_array( $hook_suffix, self::$hook_suffixes, true ) ) {
			return;
		}
		$asset_file = PLUGIN_DIR . '/build/admin/index.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			wp_admin_notice(
				esc_html__( 'Wayfinder’s admin screens have not been built. Run `npm run build` in the plugin folder, or install a release zip.', 'wayfinder' ),
				array( 'type' => 'error' )
			);
			return;
		}
		$asset = require $asset_file;
		wp_enqueue_script( self::HANDLE, plugins_url( 'build/admin/index.js', PLUGIN_FILE ), $asset['dependencies'], $asset['version'], true );
		wp_set_script_translations( self::HANDLE, 'wayfinder', PLUGIN_DIR . '/languages' );
		wp_enqueue_style( 'wp-components' );
		if ( Capabilities::can_coordinate() && current_user_can( 'upload_files' ) ) {
			wp_enqueue_media(); // The Badges screen picks a badge's picture from the media library.
		}
		if ( is_readable( PLUGIN_DIR . '/build/admin/index.css' ) ) {
			wp_enqueue_style( self::HANDLE, plugins_url( 'build/admin/index.css', PLUGIN_FILE ), array( 'wp-components' ), $asset['version'] );
		}
		wp_add_inline_script(
			self::HANDLE,
			'window.wayfinderAdmin = ' . wp_json_encode(
				array(
					'rootId'            => self::ROOT_ID,
					'canManageSite'     => current_user_can( 'manage_options' ),
					'canManageSettings' => Capabilities::can_manage_settings(),
					'canCoordinate'     => Capabilities::can_coordinate(),
					'canScreen'         => Capabilities::can_screen(),
					'canReview'         => Capabilities::can_review(),
					'settingName'       => Settings::DELETE_DATA_ON_UNINSTALL,
				)
			) . ';',
			'before'
		);
	}
}
