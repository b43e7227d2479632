<?php
/**
 * The moment a number of months before now, in the site's time zone: what is older is due. As a day
 * (Y-m-d, site time zone: for dates such as the day a cohort ended) and as a UTC time (for the times
 * the tables keep). A day the month lacks becomes its last (31 March − 1 month = 28 or 29 February).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Retention;

use Wayfinder\Surveys\WaveTiming;

final class Cutoff {

	/**
	 * @param string $day The day (Y-m-d, site time zone): what ended or was answered on it or before is due.
	 * @param string $utc The same moment in UTC (Y-m-d H:i:s): what was written at it or before is due.
	 */
	public function __construct(
		public readonly string $day,
		public readonly string $utc,
	) {
	}

	public static function months_before( int $now, int $months ): self {
		$zone  = wp_timezone();
		$local = ( new \DateTimeImmutable( '@' . $now ) )->setTimezone( $zone );
		$day   = WaveTiming::add_months( $local->format( 'Y-m-d' ), -$months );
		$then  = new \DateTimeImmutable( $day . ' ' . $local->format( 'H:i:s' ), $zone );
		return new self( $day, $then->setTimezone( new \DateTimeZone( 'UTC' ) )->format( 'Y-m-d H:i:s' ) );
	}
}
