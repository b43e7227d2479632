<?php
/**
 * How the program scores pairs: which criteria count, their weights, and the knobs around them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class Criteria {

	public const LANGUAGES = 'languages';
	public const TIME      = 'meeting_time';
	public const TEAMS     = 'teams';
	public const LOAD      = 'load';

	public const DEFAULT_WEIGHTS = array(
		self::LANGUAGES => 25.0,
		self::TIME      => 35.0,
		self::TEAMS     => 25.0,
		self::LOAD      => 15.0,
	);

	/** How strongly a mentor's weight setting pulls mentees towards them. */
	public const WEIGHT_FACTORS = array(
		'low'    => 0.5,
		'normal' => 1.0,
		'high'   => 1.5,
	);

	/**
	 * @param array<string, float> $weights           Criterion => weight; 0 switches a criterion off.
	 * @param bool                 $languages_required A shared language is a hard filter (default) or only scores.
	 * @param float                $meeting_hours      Shared hours a week that earn the full meeting-time score.
	 * @param float                $preference_bonus   Points added when the mentee asked for this mentor.
	 * @param int                  $top_k              Candidates kept per mentee.
	 * @param float                $fairness           Points subtracted per mentee a mentor already has, in assignment.
	 */
	public function __construct(
		public readonly array $weights = self::DEFAULT_WEIGHTS,
		public readonly bool $languages_required = true,
		public readonly float $meeting_hours = 2.0,
		public readonly float $preference_bonus = 10.0,
		public readonly int $top_k = 20,
		public readonly float $fairness = 0.0,
	) {
		foreach ( self::DEFAULT_WEIGHTS as $criterion => $unused ) {
			if ( ! isset( $weights[ $criterion ] ) || ! is_finite( $weights[ $criterion ] ) || $weights[ $criterion ] < 0 ) {
				throw new InvalidInput( sprintf( 'The weight of "%s" must be a number of 0 or more.', $criterion ) );
			}
		}
		if ( array_sum( $weights ) <= 0 ) {
			throw new InvalidInput( 'At least one matching criterion needs a weight above 0.' );
		}
		if ( $meeting_hours <= 0 || $top_k < 1 || $preference_bonus < 0 || $fairness < 0 ) {
			throw new InvalidInput( 'meeting_hours and top_k must be above 0; preference_bonus and fairness 0 or more.' );
		}
	}

	/** @param array<string, mixed> $data */
	public static function from_array( array $data ): self {
		$weights = self::DEFAULT_WEIGHTS;
		foreach ( (array) ( $data['weights'] ?? array() ) as $criterion => $weight ) {
			if ( ! array_key_exists( (string) $criterion, self::DEFAULT_WEIGHTS ) ) {
				throw new InvalidInput( sprintf( 'Unknown criterion "%s"; the criteria are %s.', $criterion, implode( ', ', array_keys( self::DEFAULT_WEIGHTS ) ) ) );
			}
			$weights[ (string) $criterion ] = Input::finite_number( $weight, sprintf( 'The weight of "%s"', $criterion ) );
		}
		foreach ( (array) ( $data['disabled'] ?? array() ) as $criterion ) {
			$weights[ (string) $criterion ] = 0.0;
		}
		return new self(
			$weights,
			(bool) ( $data['languages_required'] ?? true ),
			Input::finite_number( $data['meeting_hours'] ?? 2.0, '"meeting_hours"' ),
			Input::finite_number( $data['preference_bonus'] ?? 10.0, '"preference_bonus"' ),
			(int) ( $data['top_k'] ?? 20 ),
			Input::finite_number( $data['fairness'] ?? 0.0, '"fairness"' )
		);
	}

	public function total_weight(): float {
		return array_sum( $this->weights );
	}

	public function is_on( string $criterion ): bool {
		return $this->weights[ $criterion ] > 0;
	}

	/** The highest score a pair can get: used to turn scores into non-negative costs. */
	public function max_score(): float {
		return 100.0 + $this->preference_bonus;
	}
}
