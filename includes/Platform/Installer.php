<?php
/**
 * Activation and upgrades: roles, capabilities and default options, keyed by the plugin version.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

use Wayfinder\Orientation\QuizPostType;
use Wayfinder\Orientation\QuizSeeder;
use Wayfinder\Teams\TeamPostType;
use Wayfinder\Teams\TeamSeeder;
use const Wayfinder\VERSION;

final class Installer {

	public const VERSION_OPTION = 'wayfinder_version';

	public static function activate(): void {
		self::install();
	}

	/** Stops background work (the hourly expiry, pending moves of mentees); data stays. */
	public static function deactivate(): void {
		wp_clear_scheduled_hook( Cron::HOURLY );
		wp_unschedule_hook( \Wayfinder\Mentorship\Reassigner::HOOK );
	}

	public static function upgrade_if_needed(): void {
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
		TeamPostType::register();
		TeamSeeder::seed_once();
		QuizPostType::register();
		QuizSeeder::seed_once();
		update_option( self::VERSION_OPTION, VERSION, true );
	}
}
