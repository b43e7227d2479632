<?php
/**
 * Mentoring profiles: their route, and absences that end on their date.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class ProfilesModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( ProfilesController::class ), 'register_routes' ) );
		add_action( \Wayfinder\Platform\Cron::HOURLY, array( $services->get( ProfileRepository::class ), 'end_past_absences' ) );
	}
}
