<?php
/**
 * One listed mentor's teams and whether they take a new mentee now: a row of team coverage.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

final class MentorTeams {

	/**
	 * @param list<string> $teams Team slugs.
	 */
	public function __construct(
		public readonly int $mentor_id,
		public readonly array $teams,
		public readonly bool $has_room,
	) {
	}
}
