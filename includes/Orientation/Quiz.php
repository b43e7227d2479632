<?php
/**
 * A "Get involved" quiz as the scorer sees it: steps of questions, answers with points towards teams,
 * a text per team for the result, and the team to suggest when no answer points anywhere. Pure PHP:
 * built from the array stored with the quiz post (see QuizPostType) and checked by Reachability.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class Quiz {

	public const MAX_STEPS       = 10;
	public const MAX_QUESTIONS   = 30;
	public const MAX_ANSWERS     = 20;
	public const MAX_WEIGHTS     = 30;
	public const MIN_WEIGHT      = -10;
	public const MAX_WEIGHT      = 10;
	public const MAX_LABEL       = 200;
	public const MAX_REASON      = 80;
	public const MAX_TEXT        = 2000;
	public const TEAM_SLUG       = '/^[a-z0-9-]{1,100}$/';
	public const QUESTION_SINGLE = 'single';
	public const QUESTION_MULTI  = 'multiple';
	public const QUESTION_TYPES  = array( self::QUESTION_SINGLE, self::QUESTION_MULTI );

	/**
	 * @param list<string>          $step_titles
	 * @param list<Question>        $questions   Every question, in order; each knows its step.
	 * @param array<string, string> $results     Team slug => the text its recommendation shows.
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $title,
		public readonly string $intro,
		public readonly array $step_titles,
		public readonly array $questions,
		public readonly array $results = array(),
		public readonly string $fallback = '',
	) {
	}

	/**
	 * Builds a quiz from its stored array, dropping what is empty and clamping what is out of range,
	 * so a quiz read back is always one the scorer can use. Strings are expected sanitized already.
	 *
	 * @param array<mixed> $data See to_array() for the shape.
	 */
	public static function from_array( array $data, int $id = 0, string $title = '' ): self {
		$step_titles = array();
		$questions   = array();
		foreach ( self::list_of( $data['steps'] ?? array() ) as $step ) {
			if ( count( $step_titles ) >= self::MAX_STEPS ) {
				break;
			}
			$step_questions = array();
			foreach ( self::list_of( $step['questions'] ?? array() ) as $question ) {
				$answers = array();
				foreach ( self::list_of( $question['answers'] ?? array() ) as $answer ) {
					$label = self::text( $answer['label'] ?? '', self::MAX_LABEL );
					if ( '' === $label || count( $answers ) >= self::MAX_ANSWERS ) {
						continue;
					}
					$answers[] = new Answer( $label, self::text( $answer['reason'] ?? '', self::MAX_REASON ), self::weights( $answer['weights'] ?? array() ) );
				}
				$text = self::text( $question['text'] ?? '', self::MAX_LABEL );
				if ( '' === $text || array() === $answers || count( $questions ) + count( $step_questions ) >= self::MAX_QUESTIONS ) {
					continue;
				}
				$multiple         = isset( $question['type'] ) && self::QUESTION_MULTI === $question['type'];
				$step_questions[] = array( $text, $multiple, $answers );
			}
			if ( array() === $step_questions ) {
				continue;
			}
			$index = count( $step_titles );
			foreach ( $step_questions as list( $text, $multiple, $answers ) ) {
				$questions[] = new Question( $text, $multiple, $answers, $index );
			}
			$step_titles[] = self::text( $step['title'] ?? '', self::MAX_LABEL );
		}
		$results = array();
		foreach ( is_array( $data['results'] ?? null ) ? $data['results'] : array() as $slug => $text ) {
			$text = self::text( $text, self::MAX_TEXT );
			if ( is_string( $slug ) && preg_match( self::TEAM_SLUG, $slug ) && '' !== $text ) {
				$results[ $slug ] = $text;
			}
		}
		$fallback = is_string( $data['fallback'] ?? null ) && preg_match( self::TEAM_SLUG, $data['fallback'] ) ? $data['fallback'] : '';
		return new self( $id, $title, self::text( $data['intro'] ?? '', self::MAX_TEXT ), $step_titles, $questions, $results, $fallback );
	}

	/**
	 * The stored shape.
	 *
	 * @return array{intro: string, steps: list<array{title: string, questions: list<array{text: string, type: string, answers: list<array{label: string, reason: string, weights: array<string, int>}>}>}>, results: array<string, string>, fallback: string}
	 */
	public function to_array(): array {
		$steps = array();
		foreach ( $this->step_titles as $index => $title ) {
			$questions = array();
			foreach ( $this->questions as $question ) {
				if ( $question->step !== $index ) {
					continue;
				}
				$questions[] = array(
					'text'    => $question->text,
					'type'    => $question->multiple ? self::QUESTION_MULTI : self::QUESTION_SINGLE,
					'answers' => array_map(
						static fn ( Answer $answer ): array => array(
							'label'   => $answer->label,
							'reason'  => $answer->reason,
							'weights' => $answer->weights,
						),
						$question->answers
					),
				);
			}
			$steps[] = array(
				'title'     => $title,
				'questions' => $questions,
			);
		}
		return array(
			'intro'    => $this->intro,
			'steps'    => $steps,
			'results'  => $this->results,
			'fallback' => $this->fallback,
		);
	}

	/** @return list<int> The indexes (into questions) of the questions on one step. */
	public function questions_on_step( int $step ): array {
		return array_keys( array_filter( $this->questions, static fn ( Question $question ): bool => $question->step === $step ) );
	}

	public function step_count(): int {
		return count( $this->step_titles );
	}

	/** @return list<string> Every team slug some answer gives points to (or takes points from). */
	public function teams_named(): array {
		$teams = array();
		foreach ( $this->questions as $question ) {
			foreach ( $question->answers as $answer ) {
				foreach ( array_keys( $answer->weights ) as $slug ) {
					$teams[ $slug ] = true;
				}
			}
		}
		$teams = array_map( 'strval', array_keys( $teams ) );
		sort( $teams );
		return $teams;
	}

	/**
	 * @param mixed $value
	 * @return list<array<mixed>>
	 */
	private static function list_of( $value ): array {
		return is_array( $value ) ? array_values( array_filter( $value, 'is_array' ) ) : array();
	}

	/** @param mixed $value */
	private static function text( $value, int $max ): string {
		if ( ! is_string( $value ) ) {
			return '';
		}
		$value = trim( $value );
		return mb_strlen( $value ) > $max ? rtrim( mb_substr( $value, 0, $max ) ) : $value;
	}

	/**
	 * @param mixed $weights
	 * @return array<string, int> Team slug => points, without zeros, clamped to the allowed range.
	 */
	private static function weights( $weights ): array {
		$clean = array();
		foreach ( is_array( $weights ) ? $weights : array() as $slug => $points ) {
			if ( ! is_string( $slug ) || ! preg_match( self::TEAM_SLUG, $slug ) || ! is_numeric( $points ) || count( $clean ) >= self::MAX_WEIGHTS ) {
				continue;
			}
			$points = max( self::MIN_WEIGHT, min( self::MAX_WEIGHT, (int) $points ) );
			if ( 0 !== $points ) {
				$clean[ $slug ] = $points;
			}
		}
		return $clean;
	}
}
