<?php
/**
 * The "Get involved" quiz: its post type, editor, routes, no-JavaScript form and results page.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class OrientationModule implements Module {

	public function register( Container $services ): void {
		$services->share( TeamMentors::class, static fn (): TeamMentors => new DirectoryTeamMentors() );
		$services->share( Results::class, static fn ( Container $c ): Results => new Results( mentors: $c->get( TeamMentors::class ) ) );
		$services->share( QuizController::class, static fn ( Container $c ): QuizController => new QuizController( results: $c->get( Results::class ) ) );
		add_action( 'init', array( QuizPostType::class, 'register' ) );
		add_filter( 'rest_pre_insert_' . QuizPostType::POST_TYPE, array( QuizPostType::class, 'validate_before_save' ), 10, 2 );
		add_action( 'rest_api_init', array( $services->get( QuizController::class ), 'register_routes' ) );
		AskForm::register();
		QuizEditor::register();
		StatsPage::register();
	}
}
