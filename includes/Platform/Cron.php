<?php
/**
 * The plugin's recurring WP-Cron ticks, hourly and daily. Features hang their bounded, safe-to-repeat
 * work on them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Cron {

	/** Hourly; the name predates the other work that now runs on it, and sites have it scheduled. */
	public const HOURLY = 'wayfinder_expire_requests';

	/** Daily, for work that needs no more (data retention). */
	public const DAILY = 'wayfinder_daily';

	public static function schedule(): void {
		if ( Network::is_team_site() ) {
			// The program site's ticks do the program's work.
			wp_clear_scheduled_hook( self::HOURLY );
			wp_clear_scheduled_hook( self::DAILY );
			return;
		}
		if ( ! wp_next_scheduled( self::HOURLY ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'hourly', self::HOURLY );
		}
		if ( ! wp_next_scheduled( self::DAILY ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::DAILY );
		}
	}
}
