<?php
/**
 * After activation, one admin notice says what to do next and links to the setup checklist; it stays
 * until someone who runs the program dismisses it (a link with a nonce, so it stays dismissed).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Admin;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Settings;
use const Wayfinder\PLUGIN_FILE;

final class SetupNotice {

	/** Set on activation, deleted when the notice is dismissed. */
	public const OPTION = Settings::SETUP_NOTICE;
	public const ACTION = 'wayfinder_dismiss_setup_notice';

	/**
	 * WordPress's `activated_plugin` action, for every plugin: only Wayfinder's own activation counts.
	 *
	 * @param string $plugin The plugin's basename.
	 */
	public static function on_activated( string $plugin ): void {
		if ( plugin_basename( PLUGIN_FILE ) === $plugin ) {
			update_option( self::OPTION, 1, false );
		}
	}

	public static function render(): void {
		if ( ! get_option( self::OPTION ) || ! Capabilities::can_coordinate() ) {
			return;
		}
		$checklist = admin_url( 'admin.php?page=' . AdminPage::SLUG . '&screen=setup' );
		$dismiss   = wp_nonce_url( admin_url( 'admin-post.php?action=' . self::ACTION ), self::ACTION );
		printf(
			'<div class="notice notice-info wayfinder-setup-notice"><p><strong>%1$s</strong> %2$s</p><p><a class="button button-primary" href="%3$s">%4$s</a> <a class="button-link" href="%5$s">%6$s</a></p></div>',
			esc_html__( 'Wayfinder is active.', 'wayfinder' ),
			esc_html__( 'Next, set the program up: a page where people ask for a mentor, whether newcomers can create an account, who the coordinators are, and mentors for each team.', 'wayfinder' ),
			esc_url( $checklist ),
			esc_html__( 'Open the setup checklist', 'wayfinder' ),
			esc_url( $dismiss ),
			esc_html__( 'Dismiss this notice', 'wayfinder' )
		);
	}

	/** Through admin-post.php: dismisses the notice for everyone and returns to the screen it was on. */
	public static function dismiss(): void {
		check_admin_referer( self::ACTION );
		if ( ! Capabilities::can_coordinate() ) {
			wp_die( esc_html__( 'Only mentoring coordinators can dismiss this notice.', 'wayfinder' ), '', array( 'response' => 403 ) );
		}
		delete_option( self::OPTION );
		wp_safe_redirect( wp_get_referer() ? wp_get_referer() : admin_url( 'admin.php?page=' . AdminPage::SLUG ) );
		exit;
	}
}
