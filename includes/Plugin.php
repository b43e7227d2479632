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
		Privacy\PrivacyModule::class,
		Teams\TeamsModule::class,
		Profiles\ProfilesModule::class,
		Mentorship\MentorshipModule::class,
		Notifications\NotificationsModule::class,
		Board\BoardModule::class,
		Cohorts\CohortsModule::class,
		Applications\ApplicationsModule::class,
		Sessions\SessionsModule::class,
		EarlyWarnings\EarlyWarningsModule::class,
		FitCheck\FitCheckModule::class,
		Playbook\PlaybookModule::class,
		CohortPage\CohortPageModule::class,
		Training\TrainingModule::class,
		Plans\PlansModule::class,
		CheckIns\CheckInsModule::class,
		Contributions\ContributionsModule::class,
		GitHub\GitHubModule::class,
		Handoffs\HandoffsModule::class,
		Graduation\GraduationModule::class,
		Surveys\SurveysModule::class,
		Impact\ImpactModule::class,
		Badges\BadgesModule::class,
		Credentials\CredentialsModule::class,
		Recognition\RecognitionModule::class,
		Directory\DirectoryModule::class,
		Orientation\OrientationModule::class,
		MyMentorship\MyMentorshipModule::class,
		Admin\AdminModule::class,
		Retention\RetentionModule::class,
		Cli\CliModule::class,
	);

	private static ?Container $services = null;

	private static bool $registered = false;

	public static function boot(): void {
		register_activation_hook( PLUGIN_FILE, array( self::class, 'activate' ) );
		register_deactivation_hook( PLUGIN_FILE, array( Installer::class, 'deactivate' ) );
		add_action( 'plugins_loaded', array( self::class, 'register' ) );
	}

	/**
	 * Registers every module once. Activation and uninstall run where `plugins_loaded` has passed (or
	 * the plugin is not loaded at all), so they call this first: features install and delete their
	 * content through hooks.
	 */
	public static function register(): void {
		if ( self::$registered ) {
			return;
		}
		self::$registered = true;
		$services         = self::services();
		foreach ( self::MODULES as $module ) {
			( new $module() )->register( $services );
		}
	}

	/** Activation: the modules listen to the install action, so they are registered first. */
	public static function activate(): void {
		self::register();
		Installer::activate();
	}

	/** The shared services; classes without a factory here are built with their defaults. */
	public static function services(): Container {
		if ( null === self::$services ) {
			self::$services = new Container();
		}
		return self::$services;
	}
}
