<?php
/**
 * Early warnings: the hourly drop-off watch over running cohorts, and the coordinator's list of
 * mentees whose warning needs them (the Overview's alerts).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\EarlyWarnings;

use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\EarlyWarning;
use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;

final class EarlyWarningsModule implements Module {

	public function register( Container $services ): void {
		add_action( Cron::HOURLY, static fn () => $services->get( DropOffWatch::class )->run() );
		add_action( 'rest_api_init', array( $services->get( WarningsController::class ), 'register_routes' ) );
		// A cohort pair that ended, however it ended, leaves no "not working" warning behind.
		add_action(
			MatchEnded::HOOK,
			static function ( MatchEnded $event ) use ( $services ): void {
				if ( null !== $event->match->cohort_id ) {
					$services->get( CohortMemberRepository::class )->clear_warning( $event->match->cohort_id, $event->match->mentee_id, EarlyWarning::FIT_CHECK );
				}
			}
		);
	}
}
