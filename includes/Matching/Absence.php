<?php
/**
 * The one availability rule: is a mentor away now? Pure PHP, shared by the engine, the profiles and
 * (through Profiles\Availability, which builds the same rule as SQL) every query.
 *
 * `away_until` is the LAST day of the absence, inclusive, in the mentor's own time zone: a mentor
 * away until 3 March is away all of 3 March where they live and takes mentees from 4 March. An
 * absence without an end date — or with one that is not a real date (a zero date) — lasts until the
 * mentor says otherwise: such a mentor is away, never accidentally available.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class Absence {

	/** Is a mentor with this status and absence away at $now (a Unix time)? Retired is not "away". */
	public static function is_away( string $status, ?string $away_until, string $timezone, int $now ): bool {
		if ( 'away' !== $status ) {
			return false;
		}
		$last_day = self::date( $away_until );
		return null === $last_day || $last_day >= self::local_date( $timezone, $now );
	}

	/** Takes new mentees as far as status goes: available, or away with an absence that is over. */
	public static function takes_mentees( string $status, ?string $away_until, string $timezone, int $now ): bool {
		return 'available' === $status || ( 'away' === $status && ! self::is_away( $status, $away_until, $timezone, $now ) );
	}

	/** The calendar date (Y-m-d) at $now in a time zone; UTC for a zone PHP does not know. */
	public static function local_date( string $timezone, int $now ): string {
		try {
			$zone = new \DateTimeZone( '' === $timezone ? 'UTC' : $timezone );
		} catch ( \Exception $e ) {
			$zone = new \DateTimeZone( 'UTC' );
		}
		return ( new \DateTimeImmutable( '@' . $now ) )->setTimezone( $zone )->format( 'Y-m-d' );
	}

	/** The date when $value is a real calendar date "YYYY-MM-DD" (2027-02-30 and 0000-00-00 are not), else null. */
	public static function date( ?string $value ): ?string {
		if ( null === $value || 1 !== preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) ) {
			return null;
		}
		return (int) $m[1] >= 1000 && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ? $value : null;
	}
}
