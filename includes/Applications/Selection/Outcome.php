<?php
/**
 * What the selection decided for one candidate, and why.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Selection;

final class Outcome {

	/**
	 * @param string   $key      The candidate's key.
	 * @param int      $rank     Its place in the ranking (1 first).
	 * @param string   $decision Selector::ACCEPTED, WAITLISTED or DECLINED.
	 * @param string   $reason   Selector::RESERVED_SEAT, BY_SCORE, MODE_FULL, TEAM_FULL or BELOW_LINE.
	 * @param int|null $position Its place on the waitlist (1 first), null off it.
	 * @param string   $tie      How it was put after the candidate just above with the same score: Selector::TIE_* ('' when the scores differ).
	 * @param string   $team     The team whose place it took ('' when none).
	 */
	public function __construct(
		public readonly string $key,
		public readonly int $rank,
		public readonly string $decision,
		public readonly string $reason,
		public readonly ?int $position,
		public readonly string $tie,
		public readonly string $team,
	) {
	}
}
