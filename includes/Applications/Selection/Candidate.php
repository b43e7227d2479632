<?php
/**
 * One application as the selection reads it: no person, only what ranks and places it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Selection;

final class Candidate {

	/**
	 * @param string       $key       What names it in the outcome (the pseudonym).
	 * @param float        $score     The reviewers' weighted score (higher is better).
	 * @param float        $spread    How far apart the reviewers' scores were (lower is better).
	 * @param int          $reviews   Reviews done.
	 * @param bool         $sponsored Whether the applicant is a sponsored contributor.
	 * @param string       $mode      How they asked to take part.
	 * @param list<string> $teams     Teams they named (none: any).
	 */
	public function __construct(
		public readonly string $key,
		public readonly float $score,
		public readonly float $spread,
		public readonly int $reviews,
		public readonly bool $sponsored,
		public readonly string $mode,
		public readonly array $teams,
	) {
	}
}
