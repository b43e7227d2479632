<?php
/**
 * A mentor as the public sees them in the directory and on a mentor card: only what their public
 * profile shows (GET /profiles/<id> without login), never an email address or mentee settings, plus
 * whether they take a new mentee now.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Matching\Absence;

final class MentorListing {

	public const AVAILABLE = 'available';
	public const AWAY      = 'away';
	public const FULL      = 'full';
	public const RETIRED   = 'retired';

	/**
	 * @param list<string>                         $languages
	 * @param list<string>                         $teams       Team slugs.
	 * @param list<array{0:int,1:string,2:string}> $availability Weekly windows in the mentor's own time.
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $name,
		public readonly string $intro,
		public readonly string $timezone,
		public readonly array $languages,
		public readonly array $teams,
		public readonly array $availability,
		public readonly string $status,
		public readonly ?string $away_until,
		public readonly int $capacity,
		public readonly int $active_mentees,
	) {
	}

	/**
	 * Where the mentor stands now: retired; away (through the absence's last day in their time zone,
	 * the one rule of Matching\Absence); full (no room left); or available.
	 */
	public function state( ?int $now = null ): string {
		if ( self::RETIRED === $this->status ) {
			return self::RETIRED;
		}
		if ( Absence::is_away( $this->status, $this->away_until, $this->timezone, $now ?? time() ) ) {
			return self::AWAY;
		}
		return $this->active_mentees >= $this->capacity ? self::FULL : self::AVAILABLE;
	}

	/** Takes a new mentee now. */
	public function has_room( ?int $now = null ): bool {
		return self::AVAILABLE === $this->state( $now );
	}

	/**
	 * @param array<string, mixed> $row A directory row: ID, display_name and the profile's columns.
	 */
	public static function from_row( array $row ): self {
		$split   = static fn ( $list ): array => '' === (string) $list ? array() : explode( ',', (string) $list );
		$windows = array();
		foreach ( (array) json_decode( (string) ( $row['availability'] ?? '' ), true ) as $window ) {
			if ( is_array( $window ) && 3 === count( $window ) ) {
				$windows[] = array( (int) $window[0], (string) $window[1], (string) $window[2] );
			}
		}
		return new self(
			(int) $row['ID'],
			(string) $row['display_name'],
			(string) ( $row['intro'] ?? '' ),
			(string) ( $row['timezone'] ?? 'UTC' ),
			$split( $row['languages'] ?? '' ),
			$split( $row['teams'] ?? '' ),
			$windows,
			(string) ( $row['mentor_status'] ?? 'available' ),
			isset( $row['away_until'] ) ? (string) $row['away_until'] : null,
			(int) ( $row['mentor_capacity'] ?? 0 ),
			(int) ( $row['active_mentees'] ?? 0 )
		);
	}
}
