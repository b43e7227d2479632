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
use Wayfinder\Platform\Schema;

final class ProfilesModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( ProfilesController::class ), 'register_routes' ) );
		add_action( \Wayfinder\Platform\Cron::HOURLY, array( $services->get( ProfileRepository::class ), 'end_past_absences' ) );
		// Schema 7 added the hours of the week each profile's windows touch: filled in for existing profiles.
		add_action(
			Schema::MIGRATED,
			static function ( int $was ) use ( $services ): void {
				while ( $was < 7 && $services->get( ProfileRepository::class )->fill_meet_hours( 500 ) > 0 ) {
					continue;
				}
			}
		);
	}
}
