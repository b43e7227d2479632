<?php
/**
 * The quiz's TeamMentors from the mentor directory's team coverage (Directory\TeamCoverage, the same
 * figures the directory's team filter and the coordinators' overview read). Until that class is part
 * of the plugin, nothing is known and the result says nothing about mentors.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class DirectoryTeamMentors implements TeamMentors {

	private const COVERAGE = '\\Wayfinder\\Directory\\TeamCoverage';

	/** @var array<string, array{mentors: int, with_room: int}>|null|false Read once a request; false: not yet. */
	private array|null|false $read = false;

	public function mentors_by_team(): ?array {
		if ( false !== $this->read ) {
			return $this->read;
		}
		$this->read = null;
		$class      = self::COVERAGE;
		if ( class_exists( $class ) ) {
			$coverage = new $class();
			$figures  = is_callable( array( $coverage, 'mentors_by_team' ) ) ? call_user_func( array( $coverage, 'mentors_by_team' ) ) : null;
			if ( is_array( $figures ) ) {
				$this->read = array();
				foreach ( $figures as $team => $counts ) {
					$this->read[ (string) $team ] = array(
						'mentors'   => (int) ( $counts['mentors'] ?? 0 ),
						'with_room' => (int) ( $counts['with_room'] ?? 0 ),
					);
				}
			}
		}
		return $this->read;
	}
}
