<?php
/**
 * Activation and upgrades: roles, capabilities, tables and default options, keyed by the plugin
 * version. What a feature installs (its post types, its seeded content) it hangs on the
 * `wayfinder_install` action from its own module, so Platform knows no feature.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use const Wayfinder\VERSION;

final class Installer {

	public const VERSION_OPTION = 'wayfinder_version';

	/** The action on activation and upgrades, after roles, tables and settings: features seed their content. */
	public const INSTALL = 'wayfinder_install';

	/** The action on deactivation: features stop their background work (data stays). */
	public const DEACTIVATE = 'wayfinder_deactivate';

	public static function activate(): void {
		if ( Network::is_team_site() ) {
			return; // The program's data lives on the program site.
		}
		self::install();
	}

	/** Stops background work (the hourly and daily ticks, and whatever features stop on `wayfinder_deactivate`); data stays. */
	public static function deactivate(): void {
		wp_clear_scheduled_hook( Cron::HOURLY );
		wp_clear_scheduled_hook( Cron::DAILY );
		/** Features unschedule their own background work. */
		do_action( self::DEACTIVATE ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
	}

	public static function upgrade_if_needed(): void {
		if ( Network::is_team_site() ) {
			return; // A team site keeps no tables of its own: its blocks and routes run on the program site.
		}
		// Tables follow their own schema version (one autoloaded option read when nothing changed). A
		// new schema comes with new features, whose roles and seeded content install with it.
		if ( Schema::migrate() || get_option( self::VERSION_OPTION ) !== VERSION ) {
			self::install();
		}
	}

	private static function install(): void {
		Capabilities::install();
		Schema::migrate();
		Settings::add_defaults();
		/** Features register what they install and seed it once (e.g. the Make teams, the default quiz). */
		do_action( self::INSTALL ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
		update_option( self::VERSION_OPTION, VERSION, true );
	}
}
