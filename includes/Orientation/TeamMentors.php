<?php
/**
 * How many mentors each team has now, for the quiz's result to say which recommended teams a newcomer
 * can get a mentor in. The directory answers it (DirectoryTeamMentors).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

interface TeamMentors {

	/**
	 * Team slug => listed mentors and those with room for a new mentee now; a team without mentors is
	 * absent.
	 *
	 * @return array<string, array{mentors: int, with_room: int}>
	 */
	public function mentors_by_team(): array;
}
