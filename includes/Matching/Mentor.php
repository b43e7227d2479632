<?php
/**
 * A mentor as matching sees them: a person plus capacity, current load, weight and status.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class Mentor extends Person {

	public const WEIGHTS  = array( 'none', 'low', 'normal', 'high' );
	public const STATUSES = array( 'available', 'away', 'retired' );

	/**
	 * @param list<string>                   $languages
	 * @param list<string>                   $teams
	 * @param list<array{0:int,1:int,2:int}> $windows
	 */
	public function __construct(
		string $id,
		string $timezone,
		array $languages,
		array $teams,
		array $windows,
		public readonly int $capacity,
		public readonly int $load,
		public readonly string $weight,
		public readonly string $status,
		public readonly bool $away = false,
	) {
		parent::__construct( $id, $timezone, $languages, $teams, $windows );
	}

	public function remaining(): int {
		return max( 0, $this->capacity - $this->load );
	}

	/**
	 * Read from the engine's array input; whether the mentor is away at $now comes from the one rule
	 * (Absence: `away_until` is the last day away, in the mentor's time zone).
	 *
	 * @param array<string, mixed> $data
	 */
	public static function from_array( array $data, ?int $now = null ): self {
		$common = self::read_common( $data, 'mentor' );
		$who    = sprintf( 'mentor "%s"', $common['id'] );
		$weight = $data['weight'] ?? 'normal';
		if ( ! in_array( $weight, self::WEIGHTS, true ) ) {
			throw new InvalidInput( sprintf( '%s: "weight" must be one of %s.', $who, implode( ', ', self::WEIGHTS ) ) );
		}
		$status = $data['status'] ?? 'available';
		if ( ! in_array( $status, self::STATUSES, true ) ) {
			throw new InvalidInput( sprintf( '%s: "status" must be one of %s.', $who, implode( ', ', self::STATUSES ) ) );
		}
		$away_until = null;
		if ( isset( $data['away_until'] ) ) {
			$away_until = is_string( $data['away_until'] ) ? Absence::date( $data['away_until'] ) : null;
			if ( null === $away_until ) {
				throw new InvalidInput( sprintf( '%s: "away_until" must be a date such as "2026-03-01".', $who ) );
			}
		}
		return new self(
			$common['id'],
			$common['timezone'],
			$common['languages'],
			$common['teams'],
			$common['windows'],
			Input::non_negative_int( $data, 'capacity', 3, $who ),
			Input::non_negative_int( $data, 'load', 0, $who ),
			$weight,
			$status,
			Absence::is_away( $status, $away_until, $common['timezone'], $now ?? time() )
		);
	}
}
