<?php
/**
 * The plugin's one recurring WP-Cron tick. Features hang their bounded, safe-to-repeat work on it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Cron {

	/** Hourly; the name predates the other work that now runs on it, and sites have it scheduled. */
	public const HOURLY = 'wayfinder_expire_requests';

	public static function schedule(): void {
		if ( Network::is_team_site() ) {
			wp_clear_scheduled_hook( self::HOURLY ); // The program site's tick does the program's work.
			return;
		}
		if ( ! wp_next_scheduled( self::HOURLY ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'hourly', self::HOURLY );
		}
	}
}
