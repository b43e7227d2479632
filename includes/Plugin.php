<?php
/**
 * Composition root: builds the shared services once and lists the feature modules, each of which
 * registers its own hooks, routes, blocks, cron jobs and commands.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;

final class Plugin {

	/** @var list<class-string<Module>> In the order they register. */
	public const MODULES = array(
		Platform\PlatformModule::class,
		Teams\TeamsModule::class,
		Profiles\ProfilesModule::class,
		Mentorship\MentorshipModule::class,
		Board\BoardModule::class,
		Directory\DirectoryModule::class,
		Orientation\OrientationModule::class,
		MyMentorship\MyMentorshipModule::class,
		Admin\AdminModule::class,
		Cli\CliModule::class,
	);

	private static ?Container $services = null;

	public static function boot(): void {
		register_activation_hook( PLUGIN_FILE, array( Installer::class, 'activate' ) );
		register_deactivation_hook( PLUGIN_FILE, array( Installer::class, 'deactivate' ) );
		add_action( 'plugins_loaded', array( self::class, 'register' ) );
	}

	public static function register(): void {
		$services = self::services();
		foreach ( self::MODULES as $module ) {
			( new $module() )->register( $services );
		}
	}

	/** The shared services; classes without a factory here are built with their defaults. */
	public static function services(): Container {
		if ( null === self::$services ) {
			self::$services = new Container();
		}
		return self::$services;
	}
}
