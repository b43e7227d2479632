<?php
/**
 * Early warnings: the hourly drop-off watch over running cohorts, and the coordinator's list of
 * mentees whose warning needs them (the Overview's alerts).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\EarlyWarnings;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;

final class EarlyWarningsModule implements Module {

	public function register( Container $services ): void {
		add_action( Cron::HOURLY, static fn () => $services->get( DropOffWatch::class )->run() );
		add_action( 'rest_api_init', array( $services->get( WarningsController::class ), 'register_routes' ) );
	}
}
