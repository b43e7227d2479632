<?php
/**
 * Graduation: the cohort's rule (post meta, the editor's panel), each mentee's checklist, confirming
 * graduation (routes, the page form, the part of My mentorship) and closing a cohort at its end date
 * on the hourly tick (the feature's hooks are added here).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\PageAction;
use Wayfinder\Platform\PageForms;

final class GraduationModule implements Module {

	public function register( Container $services ): void {
		// After the post type (CohortsModule, priority 10 on init).
		add_action( 'init', array( GraduationRule::class, 'register_meta' ), 11 );
		add_action( Installer::INSTALL, array( GraduationRule::class, 'register_meta' ), 11 );
		add_action( 'rest_api_init', array( $services->get( GraduationController::class ), 'register_routes' ) );
		add_action( Cron::HOURLY, static fn () => $services->get( CohortClosing::class )->run( time() ) );
		add_action(
			'wayfinder_my_cohort',
			static fn ( int $cohort_id, int $user_id, string $as, callable $form, string $region ) => $services->get( GraduationSection::class )->render( $cohort_id, $user_id, $as, $form, $region ),
			5,
			5
		);
		add_action( 'wayfinder_my_sections', static fn ( int $user_id, string $region ) => $services->get( GraduationSection::class )->finished( $user_id, $region ), 20, 2 );
		PageForms::add( new PageAction( GraduationSection::ACTION, 'POST', 'cohorts/%d/graduation', fields: array( 'user', 'note' ) ) );
	}
}
