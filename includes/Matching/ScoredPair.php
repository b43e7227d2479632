<?php
/**
 * A mentee–mentor pair with its score and what the score is made of, for explaining it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class ScoredPair {

	/** The explanation is worked out only when asked for: most candidate pairs are never shown. */
	public function __construct(
		public readonly Mentee $mentee,
		public readonly Mentor $mentor,
		public readonly float $score,
		public readonly int $shared_seconds,
		private readonly AvailabilityCalendar $calendar,
	) {
	}

	/** @return list<string> */
	public function shared_languages(): array {
		return array_values( array_intersect( $this->mentee->languages, $this->mentor->languages ) );
	}

	/** @return list<string> */
	public function shared_teams(): array {
		return array_values( array_intersect( $this->mentee->teams, $this->mentor->teams ) );
	}

	public function hours_per_week(): float {
		return $this->calendar->hours_per_week( $this->shared_seconds );
	}

	public function preferred(): bool {
		return null !== $this->mentee->preferred_mentor && $this->mentee->preferred_mentor === $this->mentor->id;
	}

	/**
	 * One sentence per criterion that is switched on, plus the preference when it applies.
	 *
	 * @return array<string, string> Criterion => reason.
	 */
	public function reasons( Criteria $criteria, Messages $messages ): array {
		$reasons   = array();
		$languages = $this->shared_languages();
		$teams     = $this->shared_teams();
		$hours     = $this->hours_per_week();
		if ( $criteria->is_on( Criteria::LANGUAGES ) || $criteria->languages_required ) {
			$reasons[ Criteria::LANGUAGES ] = array() !== $languages
				? $messages->format( 'languages.shared', array( $messages->languages( $languages ) ) )
				: $messages->format( 'languages.none', array( $messages->languages( $this->mentee->languages ), $messages->languages( $this->mentor->languages ) ) );
		}
		if ( $criteria->is_on( Criteria::TIME ) ) {
			$reasons[ Criteria::TIME ] = $hours > 0
				? $messages->format_count( 'time.shared', round( $hours, 1 ), array( $messages->number( $hours ) ) )
				: $messages->format( 'time.none' );
		}
		if ( $criteria->is_on( Criteria::TEAMS ) ) {
			if ( array() === $this->mentee->teams ) {
				$reasons[ Criteria::TEAMS ] = $messages->format( 'teams.any' );
			} elseif ( array() !== $teams ) {
				$reasons[ Criteria::TEAMS ] = $messages->format( 'teams.shared', array( $messages->teams( $teams ) ) );
			} else {
				$reasons[ Criteria::TEAMS ] = $messages->format( 'teams.none', array( $messages->teams( $this->mentee->teams ) ) );
			}
		}
		if ( $criteria->is_on( Criteria::LOAD ) ) {
			$reasons[ Criteria::LOAD ] = $messages->format_count(
				'load.room',
				(float) $this->mentor->remaining(),
				array( $messages->number( $this->mentor->remaining() ), $messages->number( $this->mentor->load ), $messages->number( $this->mentor->capacity ), $messages->weight( $this->mentor->weight ) )
			);
		}
		if ( $this->preferred() ) {
			$reasons['preference'] = $messages->format( 'preference.asked' );
		}
		return $reasons;
	}
}
