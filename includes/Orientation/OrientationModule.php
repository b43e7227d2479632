<?php
/**
 * The "Get involved" quiz: its post type, editor, routes, no-JavaScript form and results page.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class OrientationModule implements Module {

	public function register( Container $services ): void {
		$services->share( TeamMentors::class, static fn (): TeamMentors => new DirectoryTeamMentors() );
		$services->share( Results::class, static fn ( Container $c ): Results => new Results( mentors: $c->get( TeamMentors::class ) ) );
		$services->share( QuizController::class, static fn ( Container $c ): QuizController => new QuizController( results: $c->get( Results::class ) ) );
		add_action( 'init', array( QuizPostType::class, 'register' ) );
		add_filter( 'rest_pre_insert_' . QuizPostType::POST_TYPE, array( QuizPostType::class, 'validate_before_save' ), 10, 2 );
		add_action( 'rest_api_init', array( $services->get( QuizController::class ), 'register_routes' ) );
		add_filter( Capabilities::COORDINATOR_CAPABILITIES, static fn ( array $caps ): array => array_merge( $caps, QuizPostType::CAPABILITIES ) );
		// After the teams module's seeding: the default quiz points at the seeded teams.
		add_action( Installer::INSTALL, array( QuizPostType::class, 'register' ) );
		add_action( Installer::INSTALL, array( QuizSeeder::class, 'seed_once' ) );
		add_action( Uninstaller::DELETE_DATA, array( QuizSeeder::class, 'delete_all' ) );
		add_action(
			Uninstaller::DELETE_DATA,
			static function (): void {
				delete_metadata( 'user', 0, QuizTaken::META, '', true );
				delete_metadata( 'user', 0, QuizTaken::TEAM_META, '', true );
			}
		);
		add_action( \Wayfinder\Platform\Cron::HOURLY, array( $services->get( RateLimiter::class ), 'forget_past_windows' ) );
		// Anonymous by design: weekly counts per team, and the rate limit's keyed hashes that last one window.
		$registry = $services->get( PersonalData::class );
		$registry->table( static fn (): TableDeclaration => new TableDeclaration( 'quiz_counts', __( 'Quiz counts', 'wayfinder' ) ) );
		$registry->table( static fn (): TableDeclaration => new TableDeclaration( 'rate_limits', __( 'Quiz rate limit', 'wayfinder' ), key: 'bucket' ) );
		AskForm::register();
		QuizEditor::register();
		StatsPage::register();
	}
}
