<?php
/**
 * The scoring layer's output: each mentee's candidates (best first) and the mentees with none.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class CandidateSet {

	/** @var array<string, list<ScoredPair>> Mentee id => candidates, best first. */
	public array $candidates = array();

	/** @var array<string, Unmatched> Mentee id => why no mentor qualifies. */
	public array $unmatched = array();

	public function edge_count(): int {
		return array_sum( array_map( 'count', $this->candidates ) );
	}
}
