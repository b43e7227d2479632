<?php
/**
 * The instant path: the best mentor for one newcomer right now (automatic assignment at sign-up or
 * opt-in), under the same filters and scores as the optimiser and with the fairness term applied to
 * each mentor's current load: the highest score − fairness × load, then the higher score, then the
 * mentor listed first.
 *
 * It asks a prepared CandidateGenerator (the indexed mentor pool) for the newcomer's top K. Without
 * fairness the first is the answer; with it, a mentor outside the top K can only win if the best
 * value inside falls below the K-th score, and only then are all mentors scored.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class InstantMatcher {

	public function __construct( private readonly CandidateGenerator $pool ) {
	}

	/** @return ScoredPair|Unmatched The chosen pair, or why there is none. */
	public function best( Mentee $mentee ) {
		$pairs = $this->pool->top( $mentee );
		if ( array() === $pairs ) {
			return $this->pool->why_unmatched( $mentee );
		}
		$scorer   = $this->pool->scorer;
		$fairness = $scorer->criteria->fairness;
		$best     = self::best_of( $pairs, $fairness );
		$kth      = $pairs[ count( $pairs ) - 1 ]->score;
		if ( count( $pairs ) < $scorer->criteria->top_k || $best->score - $fairness * $best->mentor->load >= $kth ) {
			return $best;
		}
		$all = array();
		foreach ( $this->pool->eligible() as $mentor ) {
			if ( ! $scorer->pair_excluded( $mentee, $mentor ) ) {
				$all[] = $scorer->score( $mentee, $mentor );
			}
		}
		return array() === $all ? $best : self::best_of( $all, $fairness );
	}

	/** @param non-empty-list<ScoredPair> $pairs In preference order for ties. */
	private static function best_of( array $pairs, float $fairness ): ScoredPair {
		$best = $pairs[0];
		foreach ( $pairs as $pair ) {
			$value = $pair->score - $fairness * $pair->mentor->load;
			$top   = $best->score - $fairness * $best->mentor->load;
			if ( $value > $top || ( $value === $top && $pair->score > $best->score ) ) {
				$best = $pair;
			}
		}
		return $best;
	}
}
