<?php
/**
 * The demo on a network (`WAYFINDER_NETWORK=1 npm start`, and the network's Playwright walk): the main
 * site runs the program; the Polyglots (/polyglots/) and Core (/core/) team sites each have a Mentors
 * page with the mentor directory and a Welcome page with the mentoring button and My mentorship, so
 * they show the program's data of their team; rosa-polyglots (Rosa Almeida) edits the Polyglots site
 * and so represents Polyglots there. Running it again changes nothing.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Platform\Network;

final class DemoNetwork {

	/** Rosa's login: the Polyglots team site's editor. */
	public const TEAM_EDITOR = 'rosa-polyglots';

	/** @return array<string, int> Each team site's ID by its team's slug. */
	public static function load(): array {
		if ( ! is_multisite() ) {
			throw new \RuntimeException( 'The network demo needs WordPress running as a network.' );
		}
		$sites = array(
			'polyglots' => self::site( 'polyglots', __( 'Polyglots team', 'wayfinder' ) ),
			'core'      => self::site( 'core', __( 'Core team', 'wayfinder' ) ),
		);
		Network::save( get_main_site_id(), array_flip( $sites ) );
		add_user_to_blog( $sites['polyglots'], self::team_editor(), 'editor' );
		foreach ( $sites as $site ) {
			self::pages( $site );
		}
		return $sites;
	}

	/** The team site at /<slug>/, made once. */
	private static function site( string $slug, string $title ): int {
		$found = get_sites(
			array(
				'path'   => "/$slug/",
				'number' => 1,
			)
		);
		if ( array() !== $found ) {
			return (int) $found[0]->blog_id;
		}
		$site = wp_insert_site(
			array(
				'domain' => (string) get_network()?->domain,
				'path'   => "/$slug/",
				'title'  => $title,
			)
		);
		if ( is_wp_error( $site ) ) {
			throw new \RuntimeException( esc_html( "$slug site: " . $site->get_error_message() ) );
		}
		return $site;
	}

	/** @return int Rosa's user ID, made once (password as every demo login's). */
	private static function team_editor(): int {
		$rosa = get_user_by( 'login', self::TEAM_EDITOR );
		if ( $rosa ) {
			return $rosa->ID;
		}
		$id = wp_insert_user(
			array(
				'user_login'   => self::TEAM_EDITOR,
				'user_pass'    => DemoPeople::PASSWORD,
				'user_email'   => self::TEAM_EDITOR . '@example.org',
				'display_name' => 'Rosa Almeida',
				'role'         => '',
			)
		);
		if ( is_wp_error( $id ) ) {
			throw new \RuntimeException( esc_html( 'Rosa: ' . $id->get_error_message() ) );
		}
		return $id;
	}

	/** The team site's Mentors and Welcome pages, with pretty links. */
	private static function pages( int $site ): void {
		switch_to_blog( $site );
		try {
			update_option( 'permalink_structure', '/%postname%/' );
			DemoPages::page( 'mentors', __( 'Mentors', 'wayfinder' ), '<!-- wp:wayfinder/mentor-directory /-->' );
			DemoPages::page( 'welcome', __( 'Welcome', 'wayfinder' ), "<!-- wp:wayfinder/mentoring-button /-->\n\n<!-- wp:wayfinder/my-mentorship /-->" );
			flush_rewrite_rules( false );
		} finally {
			restore_current_blog();
		}
	}
}
