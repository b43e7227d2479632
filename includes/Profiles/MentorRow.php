<?php
/**
 * What the matching engine reads of one listed mentor's profile: a pool is thousands of these, so
 * the availability stays as stored (JSON) for the engine's own reader, and nothing else is loaded.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

final class MentorRow {

	/**
	 * @param list<string> $languages
	 * @param list<string> $teams
	 * @param string       $availability The stored weekly windows, JSON [ [ weekday, "HH:MM", "HH:MM" ], … ].
	 */
	public function __construct(
		public readonly int $user_id,
		public readonly string $timezone,
		public readonly array $languages,
		public readonly array $teams,
		public readonly string $availability,
		public readonly int $mentor_capacity,
		public readonly int $active_mentees,
		public readonly string $mentor_weight,
		public readonly string $mentor_status,
		public readonly ?string $away_until,
	) {
	}
}
