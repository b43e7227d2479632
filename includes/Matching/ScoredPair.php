<?php
/**
 * A mentee–mentor pair with its score and what the score is made of, for explaining it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class ScoredPair {

	/**
	 * @param list<string> $shared_languages
	 * @param list<string> $shared_teams
	 */
	public function __construct(
		public readonly Mentee $mentee,
		public readonly Mentor $mentor,
		public readonly float $score,
		public readonly array $shared_languages,
		public readonly float $hours_per_week,
		public readonly array $shared_teams,
		public readonly bool $preferred,
	) {
	}

	/**
	 * One sentence per criterion that is switched on, plus the preference when it applies.
	 *
	 * @return array<string, string> Criterion => reason.
	 */
	public function reasons( Criteria $criteria, Messages $messages ): array {
		$reasons = array();
		if ( $criteria->is_on( Criteria::LANGUAGES ) || $criteria->languages_required ) {
			$reasons[ Criteria::LANGUAGES ] = array() !== $this->shared_languages
				? $messages->format( 'languages.shared', array( $messages->list_of( $this->shared_languages ) ) )
				: $messages->format( 'languages.none', array( $messages->list_of( $this->mentee->languages ), $messages->list_of( $this->mentor->languages ) ) );
		}
		if ( $criteria->is_on( Criteria::TIME ) ) {
			$reasons[ Criteria::TIME ] = $this->hours_per_week > 0
				? $messages->format( 'time.shared', array( self::hours( $this->hours_per_week ) ) )
				: $messages->format( 'time.none' );
		}
		if ( $criteria->is_on( Criteria::TEAMS ) ) {
			if ( array() === $this->mentee->teams ) {
				$reasons[ Criteria::TEAMS ] = $messages->format( 'teams.any' );
			} elseif ( array() !== $this->shared_teams ) {
				$reasons[ Criteria::TEAMS ] = $messages->format( 'teams.shared', array( $messages->list_of( $this->shared_teams ) ) );
			} else {
				$reasons[ Criteria::TEAMS ] = $messages->format( 'teams.none', array( $messages->list_of( $this->mentee->teams ) ) );
			}
		}
		if ( $criteria->is_on( Criteria::LOAD ) ) {
			$reasons[ Criteria::LOAD ] = $messages->format(
				'load.room',
				array( $this->mentor->remaining(), $this->mentor->load, $this->mentor->capacity, $this->mentor->weight )
			);
		}
		if ( $this->preferred ) {
			$reasons['preference'] = $messages->format( 'preference.asked' );
		}
		return $reasons;
	}

	private static function hours( float $hours ): string {
		return rtrim( rtrim( number_format( $hours, 1, '.', '' ), '0' ), '.' );
	}
}
