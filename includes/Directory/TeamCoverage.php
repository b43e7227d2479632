<?php
/**
 * Which teams have mentors now: for each team slug, how many listed mentors (holding the mentor
 * capability, with a profile, not retired) name it, and how many of them take a new mentee now
 * (the one availability rule, Profiles\Availability, and a free place). The directory's team filter
 * lists only teams with mentors; the quiz and the coordinator's overview read the same figures.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

final class TeamCoverage {

	public function __construct( private readonly DirectoryRepository $directory = new DirectoryRepository() ) {
	}

	/**
	 * Team slug => listed mentors and those of them with room now; teams without a listed mentor are
	 * absent. Sorted by slug.
	 *
	 * @return array<string, array{mentors: int, with_room: int}>
	 */
	public function mentors_by_team( ?int $now = null ): array {
		$coverage = array();
		foreach ( $this->directory->listed_mentor_teams( $now ?? time() ) as $row ) {
			foreach ( $row->teams as $slug ) {
				$coverage[ $slug ] ??= array(
					'mentors'   => 0,
					'with_room' => 0,
				);
				++$coverage[ $slug ]['mentors'];
				if ( $row->has_room ) {
					++$coverage[ $slug ]['with_room'];
				}
			}
		}
		ksort( $coverage );
		return $coverage;
	}
}
