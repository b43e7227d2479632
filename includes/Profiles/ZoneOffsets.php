<?php
/**
 * Every time zone's offset from UTC now, kept between requests.
 *
 * Reading all ~420 zones costs ~20 ms a request (PHP loads each zone's rules from the system's
 * tzdata), and the lists ask for them on every page: which mentors are back from an absence today
 * where they live (Availability), who meets in the visitor's evenings (the directory). So the
 * offsets are kept in an autoloaded option, read with the options WordPress loads anyway. They hold
 * for a quarter of an hour: every offset in use is a multiple of 15 minutes and clocks change on
 * quarter hours (UTC), so nothing changes inside one.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

final class ZoneOffsets {

	public const OPTION = \Wayfinder\Platform\KeptValues::ZONE_OFFSETS;

	/**
	 * Zone => minutes east of UTC at $now, for every zone PHP knows.
	 *
	 * @return array<string, int>
	 */
	public static function at( int $now ): array {
		$quarter = intdiv( $now, 900 );
		$kept    = \Wayfinder\Platform\KeptValues::option( self::OPTION );
		if ( is_array( $kept ) && ( $kept['quarter'] ?? null ) === $quarter && is_array( $kept['offsets'] ?? null ) ) {
			return $kept['offsets'];
		}
		$offsets = array();
		foreach ( \DateTimeZone::listIdentifiers() as $zone ) {
			$offsets[ $zone ] = MeetingHours::offset_minutes( $zone, $now );
		}
		// Only the present is worth keeping (tests and reports may ask about other moments).
		if ( intdiv( time(), 900 ) === $quarter ) {
			update_option(
				self::OPTION,
				array(
					'quarter' => $quarter,
					'offsets' => $offsets,
				),
				true
			);
		}
		return $offsets;
	}
}
