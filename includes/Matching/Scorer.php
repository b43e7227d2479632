<?php
/**
 * Scores one mentee–mentor pair, and filters out pairs that must never be proposed.
 *
 * The score is 0–100: the weighted mean of the criteria that are on, each 0–1
 * (shared language; shared meeting hours up to the target; share of the mentee's teams the mentor
 * covers; the mentor's free room times their weight), plus a bonus when the mentee asked for the mentor.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class Scorer {

	public function __construct(
		public readonly Criteria $criteria,
		public readonly AvailabilityCalendar $calendar,
	) {
	}

	/** Why a mentor takes no automatic matches right now, or null when they can. */
	public function mentor_filter( Mentor $mentor ): ?string {
		if ( 'retired' === $mentor->status || $mentor->away ) {
			return 'away';
		}
		if ( $mentor->remaining() <= 0 ) {
			return 'full';
		}
		if ( 'none' === $mentor->weight ) {
			return 'manual_only';
		}
		return null;
	}

	/** Whether this pair is ruled out whatever its score: self, an ended match, or no shared language. */
	public function pair_excluded( Mentee $mentee, Mentor $mentor ): bool {
		return $mentee->id === $mentor->id
			|| in_array( $mentor->id, $mentee->excluded_mentors, true )
			|| ( $this->criteria->languages_required && array() === array_intersect( $mentee->languages, $mentor->languages ) );
	}

	/** The mentor-only part of the score: free room times weight, 0–1. */
	public function load_component( Mentor $mentor ): float {
		if ( $mentor->capacity <= 0 ) {
			return 0.0;
		}
		return min( 1.0, $mentor->remaining() / $mentor->capacity * ( Criteria::WEIGHT_FACTORS[ $mentor->weight ] ?? 0.0 ) );
	}

	/**
	 * The one formula every path uses. CandidateGenerator inlines the same arithmetic for speed; the
	 * tests hold both to the same numbers.
	 */
	public function combine( float $language, float $time, float $teams, float $load, bool $preferred ): float {
		$w     = $this->criteria->weights;
		$total = $w[ Criteria::LANGUAGES ] * $language + $w[ Criteria::TIME ] * $time + $w[ Criteria::TEAMS ] * $teams + $w[ Criteria::LOAD ] * $load;
		return round( $total / $this->criteria->total_weight() * 100 + ( $preferred ? $this->criteria->preference_bonus : 0.0 ), 2 );
	}

	public function time_component( int $overlap_seconds ): float {
		return min( 1.0, $this->calendar->hours_per_week( $overlap_seconds ) / $this->criteria->meeting_hours );
	}

	/**
	 * @param list<array{0:int,1:int}>|null $mentee_intervals Precomputed calendar intervals, if at hand.
	 * @param list<array{0:int,1:int}>|null $mentor_intervals Likewise for the mentor.
	 */
	public function score( Mentee $mentee, Mentor $mentor, ?array $mentee_intervals = null, ?array $mentor_intervals = null ): ScoredPair {
		$overlap = AvailabilityCalendar::overlap(
			$mentee_intervals ?? $this->calendar->intervals( $mentee ),
			$mentor_intervals ?? $this->calendar->intervals( $mentor )
		);
		return $this->pair( $mentee, $mentor, $overlap );
	}

	/** Builds the explained pair from a known overlap (seconds over the horizon). */
	public function pair( Mentee $mentee, Mentor $mentor, int $overlap ): ScoredPair {
		$score = $this->combine(
			array() !== array_intersect( $mentee->languages, $mentor->languages ) ? 1.0 : 0.0,
			$this->time_component( $overlap ),
			array() === $mentee->teams ? 1.0 : count( array_intersect( $mentee->teams, $mentor->teams ) ) / count( $mentee->teams ),
			$this->load_component( $mentor ),
			null !== $mentee->preferred_mentor && $mentee->preferred_mentor === $mentor->id
		);
		return new ScoredPair( $mentee, $mentor, $score, $overlap, $this->calendar );
	}
}
