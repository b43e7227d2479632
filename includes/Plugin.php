<?php
/**
 * Composition root: the one place that wires features to WordPress hooks.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder;

use Wayfinder\Admin\AdminPage;
use Wayfinder\Admin\MentoringProfile;
use Wayfinder\Admin\UserRoles;
use Wayfinder\Cli\DemoCommand;
use Wayfinder\Community\Actions;
use Wayfinder\Directory\DirectoryIndex;
use Wayfinder\Directory\MentorsController;
use Wayfinder\Directory\RequestForm;
use Wayfinder\Platform\Blocks;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Settings;
use Wayfinder\Mentorship\AutoAssigner;
use Wayfinder\Board\BoardController;
use Wayfinder\Mentorship\Departures;
use Wayfinder\Mentorship\EventsController;
use Wayfinder\Mentorship\MatchNotices;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\MatchesController;
use Wayfinder\Mentorship\MentoringStateController;
use Wayfinder\Mentorship\PeopleController;
use Wayfinder\Mentorship\Reassigner;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Mentorship\RequestsController;
use Wayfinder\Mentorship\WaitingMenteesController;
use Wayfinder\Orientation\AskForm;
use Wayfinder\Orientation\QuizController;
use Wayfinder\Orientation\QuizEditor;
use Wayfinder\Orientation\QuizPostType;
use Wayfinder\Orientation\StatsPage;
use Wayfinder\Platform\StatusController;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Profiles\ProfilesController;
use Wayfinder\Teams\TeamPostType;

final class Plugin {

	public static function boot(): void {
		register_activation_hook( PLUGIN_FILE, array( Installer::class, 'activate' ) );
		register_deactivation_hook( PLUGIN_FILE, array( Installer::class, 'deactivate' ) );
		add_action( 'plugins_loaded', array( self::class, 'register' ) );
	}

	public static function register(): void {
		// Sites that updated the files without re-activating still get new roles and options.
		add_action( 'init', array( Installer::class, 'upgrade_if_needed' ), 5 );
		add_action( 'init', array( Settings::class, 'register' ) );
		add_action( 'init', array( Blocks::class, 'register' ) );
		add_action( 'init', array( TeamPostType::class, 'register' ) );
		add_filter( 'rest_pre_insert_' . TeamPostType::POST_TYPE, array( TeamPostType::class, 'validate_before_save' ), 10, 2 );
		add_action( 'init', array( QuizPostType::class, 'register' ) );
		add_filter( 'rest_pre_insert_' . QuizPostType::POST_TYPE, array( QuizPostType::class, 'validate_before_save' ), 10, 2 );
		add_action( 'init', array( self::class, 'load_translations' ) );
		add_action( 'rest_api_init', array( new StatusController(), 'register_routes' ) );
		add_action( 'rest_api_init', array( new ProfilesController(), 'register_routes' ) );
		add_action( 'rest_api_init', array( new MatchesController(), 'register_routes' ) );
		add_action( 'rest_api_init', array( new EventsController(), 'register_routes' ) );
		add_action( 'rest_api_init', array( new MentoringStateController(), 'register_routes' ) );
		add_action( 'rest_api_init', array( new RequestsController(), 'register_routes' ) );
		add_action( 'rest_api_init', array( new WaitingMenteesController(), 'register_routes' ) );
		add_action( 'rest_api_init', array( new BoardController(), 'register_routes' ) );
		add_action( 'rest_api_init', array( new PeopleController(), 'register_routes' ) );
		add_action( 'rest_api_init', array( new MentorsController(), 'register_routes' ) );
		RequestForm::register();
		DirectoryIndex::register();
		add_action( 'rest_api_init', array( new QuizController(), 'register_routes' ) );
		add_action( RequestService::EXPIRE_HOOK, array( new RequestService(), 'expire_due' ) );
		add_action( RequestService::EXPIRE_HOOK, array( new ProfileRepository(), 'end_past_absences' ) );
		add_action( MatchService::STARTED_HOOK, array( new RequestService(), 'fulfil' ), 10, 3 );
		add_action( MatchService::STARTED_HOOK, array( MatchNotices::class, 'on_started' ), 20, 3 );
		add_action( MatchService::CONFIRMED_HOOK, array( MatchNotices::class, 'confirmed' ), 10, 2 );
		add_action( RequestService::EXPIRE_HOOK, array( new MatchService(), 'confirm_due' ) );
		( new Departures() )->register();
		add_action( Reassigner::HOOK, array( new Reassigner(), 'reassign_from' ) );
		add_action( 'init', array( self::class, 'schedule_background_work' ) );
		add_action( 'user_register', array( new AutoAssigner(), 'welcome' ) );
		AdminPage::register();
		UserRoles::register();
		MentoringProfile::register();
		Actions::register();
		AskForm::register();
		QuizEditor::register();
		StatsPage::register();

		if ( defined( 'WP_CLI' ) && WP_CLI ) {
			\WP_CLI::add_command( 'wayfinder demo', DemoCommand::class );
		}
	}

	/** Hourly, bounded, safe-to-repeat work (WP-Cron). */
	public static function schedule_background_work(): void {
		if ( ! wp_next_scheduled( RequestService::EXPIRE_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'hourly', RequestService::EXPIRE_HOOK );
		}
	}

	public static function load_translations(): void {
		load_plugin_textdomain( 'wayfinder', false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
	}
}
