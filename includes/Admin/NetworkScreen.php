<?php
/**
 * Network Admin → Settings → Mentorship program: the one place a network admin sees which site runs
 * the program and which team each site is, and changes both (Platform\Network keeps them). A plain
 * form posted to network/edit.php, with a nonce and `manage_network_options`; works without JavaScript.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Admin;

use Wayfinder\Platform\Network;
use Wayfinder\Teams\TeamList;

final class NetworkScreen {

	public const SLUG   = 'wayfinder-network';
	public const ACTION = 'wayfinder_network';

	/** The most sites listed (a network with more sets the rest with WP-CLI or by their ID). */
	private const SITES = 500;

	public static function register(): void {
		if ( ! is_multisite() ) {
			return;
		}
		add_action( 'network_admin_menu', array( self::class, 'add_menu' ) );
		add_action( 'network_admin_edit_' . self::ACTION, array( self::class, 'save' ) );
	}

	public static function add_menu(): void {
		add_submenu_page( 'settings.php', __( 'Mentorship program', 'wayfinder' ), __( 'Mentorship program', 'wayfinder' ), 'manage_network_options', self::SLUG, array( self::class, 'render' ) );
	}

	/** The choices, from the form; back to the screen with a notice. */
	public static function save(): void {
		check_admin_referer( self::ACTION );
		if ( ! current_user_can( 'manage_network_options' ) ) {
			wp_die( esc_html__( 'Only network admins can choose where the mentoring program runs.', 'wayfinder' ), 403 );
		}
		$program = isset( $_POST['program_site'] ) ? absint( wp_unslash( $_POST['program_site'] ) ) : 0;
		if ( $program > 0 && ! get_site( $program ) instanceof \WP_Site ) {
			wp_die( esc_html__( 'That site no longer exists on this network. Go back, reload the page and choose another.', 'wayfinder' ), 400 );
		}
		$teams  = array();
		$chosen = isset( $_POST['site_team'] ) && is_array( $_POST['site_team'] ) ? map_deep( wp_unslash( $_POST['site_team'] ), 'sanitize_key' ) : array(); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- map_deep sanitizes each value.
		foreach ( $chosen as $blog_id => $slug ) {
			$teams[ absint( $blog_id ) ] = (string) $slug;
		}
		Network::save( $program, $teams );
		wp_safe_redirect( add_query_arg( 'updated', '1', network_admin_url( 'settings.php?page=' . self::SLUG ) ) );
		exit;
	}

	public static function render(): void {
		if ( ! current_user_can( 'manage_network_options' ) ) {
			return;
		}
		$program = Network::program_site();
		$teams   = $program > 0 ? Network::in_program( array( TeamList::class, 'all' ) ) : array();
		$sites   = get_sites( array( 'number' => self::SITES ) );
		echo '<div class="wrap"><h1>' . esc_html__( 'Mentorship program', 'wayfinder' ) . '</h1>';
		if ( isset( $_GET['updated'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a notice after the redirect.
			echo '<div class="notice notice-success"><p>' . esc_html__( 'Saved. Team sites now show the program of the site you chose.', 'wayfinder' ) . '</p></div>';
		}
		echo '<p>' . esc_html__( 'One site runs the mentoring program: its coordinators manage it, and its data lives there. Every other site is a team site: the Wayfinder blocks placed on it show the program’s data — a mentor directory shows the site’s team — and whatever people do there acts on the one program. A team site’s editors and administrators are its team’s representatives, and graduates handed off to the team are welcomed there.', 'wayfinder' ) . '</p>';
		echo '<form method="post" action="' . esc_url( network_admin_url( 'edit.php?action=' . self::ACTION ) ) . '">';
		wp_nonce_field( self::ACTION );
		echo '<table class="widefat striped"><caption class="screen-reader-text">' . esc_html__( 'The sites of this network', 'wayfinder' ) . '</caption><thead><tr>';
		echo '<th scope="col">' . esc_html__( 'Site', 'wayfinder' ) . '</th><th scope="col">' . esc_html__( 'Runs the program', 'wayfinder' ) . '</th><th scope="col">' . esc_html__( 'Team', 'wayfinder' ) . '</th></tr></thead><tbody>';
		foreach ( $sites as $site ) {
			$id   = (int) $site->blog_id;
			$name = (string) get_blog_option( $id, 'blogname' );
			echo '<tr><th scope="row"><a href="' . esc_url( get_home_url( $id, '/' ) ) . '">' . esc_html( '' !== $name ? $name : $site->domain . $site->path ) . '</a><br><span class="description">' . esc_html( $site->domain . $site->path ) . '</span></th>';
			echo '<td><label><input type="radio" name="program_site" value="' . esc_attr( (string) $id ) . '" ' . checked( $program, $id, false ) . '> ';
			/* translators: %s: a site's name. */
			echo '<span class="screen-reader-text">' . esc_html( sprintf( __( '%s runs the program', 'wayfinder' ), $name ) ) . '</span>' . esc_html( $program === $id ? __( 'Runs the program', 'wayfinder' ) : '' ) . '</label></td>';
			echo '<td>';
			if ( $program === $id ) {
				echo esc_html__( 'The program site', 'wayfinder' );
			} elseif ( array() === $teams ) {
				echo esc_html__( 'Choose the program site first: its teams are listed here then.', 'wayfinder' );
			} else {
				/* translators: %s: a site's name. */
				echo '<label class="screen-reader-text" for="wayfinder-team-' . esc_attr( (string) $id ) . '">' . esc_html( sprintf( __( 'Team of %s', 'wayfinder' ), $name ) ) . '</label>';
				echo '<select id="wayfinder-team-' . esc_attr( (string) $id ) . '" name="site_team[' . esc_attr( (string) $id ) . ']"><option value="">' . esc_html__( 'No team', 'wayfinder' ) . '</option>';
				foreach ( $teams as $slug => $team ) {
					echo '<option value="' . esc_attr( (string) $slug ) . '" ' . selected( Network::team_of_site( $id ), (string) $slug, false ) . '>' . esc_html( (string) $team['name'] ) . '</option>';
				}
				echo '</select>';
			}
			echo '</td></tr>';
		}
		echo '</tbody></table>';
		echo '<p><label><input type="radio" name="program_site" value="0" ' . checked( $program, 0, false ) . '> ' . esc_html__( 'No program site: every site that activates Wayfinder runs its own program.', 'wayfinder' ) . '</label></p>';
		submit_button( __( 'Save', 'wayfinder' ) );
		echo '</form></div>';
	}
}
