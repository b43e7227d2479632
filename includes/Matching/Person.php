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

	/**
	 * Windows from their JSON, as read_windows() reads the decoded list. Stored availability is always
	 * written the same way, so one pattern reads it without decoding (a pool reads thousands); anything
	 * else goes through read_windows() and its messages.
	 *
	 * @return list<array{0:int,1:int,2:int}>
	 * @throws InvalidInput When a window is malformed.
	 */
	public static function read_windows_json( string $json, string $who ): array {
		if ( '[]' === $json ) {
			return array();
		}
		$out = array();
		if ( preg_match_all( '/\[([1-7]),"(\d\d):([0-5]\d)","(\d\d):([0-5]\d)"\]/', $json, $found, PREG_SET_ORDER ) && '[' . implode( ',', array_column( $found, 0 ) ) . ']' === $json ) {
			foreach ( $found as $window ) {
				$start = (int) $window[2] * 60 + (int) $window[3];
				$end   = (int) $window[4] * 60 + (int) $window[5];
				if ( $end <= $start || $end > 1440 ) {
					return self::read_windows( json_decode( $json, true ), $who );
				}
				$out[] = array( (int) $window[1], $start, $end );
			}
			return $out;
		}
		return self::read_windows( json_decode( $json, true ), $who );
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
