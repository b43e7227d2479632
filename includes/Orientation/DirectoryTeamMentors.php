<?php
/**
 * The quiz's TeamMentors from the mentor directory's team coverage (Directory\TeamCoverage, the same
 * figures the directory's team filter reads), read once a request.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Directory\TeamCoverage;

final class DirectoryTeamMentors implements TeamMentors {

	/** @var array<string, array{mentors: int, with_room: int}>|null Read once a request. */
	private ?array $read = null;

	public function mentors_by_team(): array {
		$this->read ??= ( new TeamCoverage() )->mentors_by_team();
		return $this->read;
	}
}
