<?php
/**
 * One team on the Overview's coverage: how many mentors name it, how many of them are available with
 * room now, and how many people wait for a mentor in it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

final class TeamCoverageRow {

	public function __construct(
		public readonly string $team,
		public readonly int $mentors,
		public readonly int $with_room,
		public readonly int $waiting,
	) {}
}
