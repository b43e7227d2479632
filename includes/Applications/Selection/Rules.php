<?php
/**
 * What a selection must respect: the seats, the seats kept for sponsored contributors (and whether
 * the unused ones are given to others yet), the places per way of taking part and per team, and how
 * long the waitlist is.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Selection;

final class Rules {

	/**
	 * @param int                     $seats           Seats to fill.
	 * @param int                     $reserved        Of them, kept for sponsored contributors.
	 * @param bool                    $release_reserved Whether unused reserved seats go to the next candidates (after the day the coordinator set).
	 * @param array<string, int>      $mode_places     Mode => places; a mode not named is limited only by the seats.
	 * @param array<string, int>|null $team_places     Team => places (mentor capacity in that team); null: teams are not limited.
	 * @param list<string>            $mentor_modes    The modes that need a mentor, so count against a team's places.
	 * @param int|null                $waitlist        How many go on the waitlist (null: as many as the seats).
	 * @param string                  $salt            What makes the draw this selection's own (the cohort ID).
	 */
	public function __construct(
		public readonly int $seats,
		public readonly int $reserved = 0,
		public readonly bool $release_reserved = false,
		public readonly array $mode_places = array(),
		public readonly ?array $team_places = null,
		public readonly array $mentor_modes = array(),
		public readonly ?int $waitlist = null,
		public readonly string $salt = '',
	) {
	}

	public function waitlist_length(): int {
		return max( 0, $this->waitlist ?? $this->seats );
	}
}
