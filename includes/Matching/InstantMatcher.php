<?php
/**
 * The instant path: the best mentor for one newcomer right now (automatic assignment at sign-up or
 * opt-in), under the same filters and scores as the optimiser, with the fairness term applied to
 * each mentor's current load. Ties go to the mentor listed first.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class InstantMatcher {

	public function __construct( private readonly Scorer $scorer ) {
	}

	/**
	 * @param list<Mentor> $mentors
	 * @return ScoredPair|Unmatched The chosen pair, or why there is none.
	 */
	public function best( Mentee $mentee, array $mentors ) {
		$mentee_intervals = $this->scorer->calendar->intervals( $mentee );
		$fairness         = $this->scorer->criteria->fairness;
		$best             = null;
		$best_value       = -INF;
		foreach ( $mentors as $mentor ) {
			if ( null !== $this->scorer->mentor_filter( $mentor ) || $this->scorer->pair_excluded( $mentee, $mentor ) ) {
				continue;
			}
			$pair  = $this->scorer->score( $mentee, $mentor, $mentee_intervals );
			$value = $pair->score - $fairness * $mentor->load;
			if ( $value > $best_value ) {
				$best       = $pair;
				$best_value = $value;
			}
		}
		if ( null !== $best ) {
			return $best;
		}
		// The same explanation the bulk path gives.
		return ( new CandidateGenerator( $this->scorer ) )->generate( array( $mentee ), $mentors )->unmatched[ $mentee->id ]
			?? new Unmatched( $mentee->id, 'excluded' );
	}
}
