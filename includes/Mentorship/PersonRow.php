<?php
/**
 * One person as the coordinator's People list shows them: a mentor with their room and status, or a
 * mentee with their running match or since when they wait. Dates are MySQL UTC datetimes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

final class PersonRow {

	public function __construct(
		public readonly int $id,
		public readonly string $name,
		public readonly bool $mentor,
		public readonly ?string $updated_at,
		public readonly int $capacity,
		public readonly int $load,
		public readonly string $weight,
		public readonly string $mentor_status,
		public readonly ?string $away_until,
		public readonly ?string $waiting_since,
		public readonly ?int $match_id,
		public readonly ?int $mentor_id,
		public readonly ?string $mentor_name,
		public readonly ?string $match_status,
		public readonly ?string $source,
		public readonly ?string $acted_at,
		public readonly ?string $match_event_at,
		public readonly ?string $request_event_at,
		public readonly string $timezone = 'UTC',
	) {}

	/**
	 * From a row of PeopleRepository's page query.
	 *
	 * @param array<string, mixed> $row
	 */
	public static function from_row( array $row, bool $mentor ): self {
		$text = static fn ( string $key ): ?string => isset( $row[ $key ] ) ? (string) $row[ $key ] : null;
		$id   = static fn ( string $key ): ?int => isset( $row[ $key ] ) ? (int) $row[ $key ] : null;
		return new self(
			(int) $row['person_id'],
			(string) $row['person_name'],
			$mentor,
			$text( 'updated_at' ),
			(int) ( $row['capacity'] ?? 0 ),
			(int) ( $row['load_count'] ?? 0 ),
			(string) ( $row['weight'] ?? '' ),
			(string) ( $row['mentor_status'] ?? '' ),
			$text( 'away_until' ),
			$text( 'waiting_since' ),
			$id( 'match_id' ),
			$id( 'mentor_id' ),
			$text( 'mentor_name' ),
			$text( 'match_status' ),
			$text( 'source' ),
			$text( 'acted_at' ),
			$text( 'match_event_at' ),
			$text( 'request_event_at' ),
			(string) ( $row['timezone'] ?? 'UTC' )
		);
	}
}
