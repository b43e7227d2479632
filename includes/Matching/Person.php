<?php
/**
 * What matching knows about a person: where and when they are, what they speak and care about.
 *
 * Availability windows are weekly, in the person's own IANA timezone:
 * [ ISO weekday 1–7, "HH:MM", "HH:MM" ] (the end may be "24:00").
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

class Person {

	/**
	 * @param list<string>                   $languages
	 * @param list<string>                   $teams
	 * @param list<array{0:int,1:int,2:int}> $windows Weekday, start minute, end minute (local).
	 */
	public function __construct(
		public readonly string $id,
		public readonly string $timezone,
		public readonly array $languages,
		public readonly array $teams,
		public readonly array $windows,
	) {
	}

	/**
	 * @param array<string, mixed> $data
	 * @return array{id: string, timezone: string, languages: list<string>, teams: list<string>, windows: list<array{0:int,1:int,2:int}>}
	 */
	protected static function read_common( array $data, string $what ): array {
		$id  = Input::id( $data, $what );
		$who = sprintf( '%s "%s"', $what, $id );
		$tz  = $data['timezone'] ?? 'UTC';
		if ( ! is_string( $tz ) || ! in_array( $tz, self::known_timezones(), true ) ) {
			throw new InvalidInput( sprintf( '%s: "timezone" must be an IANA timezone such as "Europe/Berlin".', $who ) );
		}
		return array(
			'id'        => $id,
			'timezone'  => $tz,
			'languages' => Input::strings( $data, 'languages', $who ),
			'teams'     => Input::strings( $data, 'teams', $who ),
			'windows'   => self::read_windows( $data['availability'] ?? array(), $who ),
		);
	}

	/**
	 * Reads weekly windows given as [ weekday 1–7, "HH:MM", "HH:MM" ] into minutes.
	 *
	 * @param mixed $windows
	 * @return list<array{0:int,1:int,2:int}>
	 */
	public static function read_windows( $windows, string $who ): array {
		if ( ! is_array( $windows ) ) {
			throw new InvalidInput( sprintf( '%s: "availability" must be a list of [weekday, "HH:MM", "HH:MM"].', $who ) );
		}
		$out = array();
		foreach ( $windows as $window ) {
			if ( ! is_array( $window ) || 3 !== count( $window ) || ! is_int( $window[0] ?? null ) || $window[0] < 1 || $window[0] > 7 ) {
				throw new InvalidInput( sprintf( '%s: each availability window is [weekday 1–7, "HH:MM", "HH:MM"].', $who ) );
			}
			$start = self::minutes( $window[1], $who );
			$end   = self::minutes( $window[2], $who );
			if ( $end <= $start ) {
				throw new InvalidInput( sprintf( '%s: an availability window must end after it starts (%s–%s).', $who, $window[1], $window[2] ) );
			}
			$out[] = array( $window[0], $start, $end );
		}
		return $out;
	}

	/** @param mixed $time */
	private static function minutes( $time, string $who ): int {
		if ( ! is_string( $time ) || ! preg_match( '/^(\d{2}):(\d{2})$/', $time, $m ) || (int) $m[2] > 59 || (int) $m[1] * 60 + (int) $m[2] > 1440 ) {
			throw new InvalidInput( sprintf( '%s: times are "HH:MM" between 00:00 and 24:00.', $who ) );
		}
		return (int) $m[1] * 60 + (int) $m[2];
	}

	/** @return list<string> */
	public static function known_timezones(): array {
		static $zones = null;
		$zones      ??= array_merge( \DateTimeZone::listIdentifiers(), array( 'UTC' ) );
		return $zones;
	}
}
