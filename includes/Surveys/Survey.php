<?php
/**
 * A survey as the program uses it: who it is for, whether answers are kept with the person (for
 * before/after pairs) or anonymous, at which points of a program it is asked, how many days people
 * have to answer, and its current questions.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class Survey {

	public const MENTEES   = 'mentees';
	public const MENTORS   = 'mentors';
	public const TEAM_REPS = 'team_reps';
	public const AUDIENCES = array( self::MENTEES, self::MENTORS, self::TEAM_REPS );

	/** Days to answer when the survey does not say. */
	public const ANSWER_DAYS = 14;

	/**
	 * @param list<string>   $waves     The wave kinds it is asked at (Wave::KINDS).
	 * @param list<Question> $questions The current questions.
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $title,
		public readonly string $status,
		public readonly string $audience,
		public readonly bool $anonymous,
		public readonly array $waves,
		public readonly int $answer_days,
		public readonly array $questions,
	) {
	}

	public function asks_at( string $kind ): bool {
		return in_array( $kind, $this->waves, true );
	}

	public function question( string $key ): ?Question {
		foreach ( $this->questions as $question ) {
			if ( $question->key === $key ) {
				return $question;
			}
		}
		return null;
	}

	/** @return array<string, string> Each audience with its name for people. */
	public static function audience_labels(): array {
		return array(
			self::MENTEES   => __( 'Mentees', 'wayfinder' ),
			self::MENTORS   => __( 'Mentors', 'wayfinder' ),
			self::TEAM_REPS => __( 'Team representatives', 'wayfinder' ),
		);
	}

	/** @return array<string, list<string>> The wave kinds each audience can be asked at. */
	public static function kinds_for_audience(): array {
		return array(
			self::MENTEES   => array( Wave::PRE, Wave::POST, Wave::FOLLOW_UP, Wave::START, Wave::COMPLETION ),
			self::MENTORS   => array( Wave::POST, Wave::FOLLOW_UP, Wave::COMPLETION ),
			self::TEAM_REPS => array( Wave::FOLLOW_UP ),
		);
	}
}
