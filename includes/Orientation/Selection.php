<?php
/**
 * The answers a visitor chose, one list of answer indexes per question, and their compact form for
 * links: per question the chosen answers as base-36 digits in order, questions separated by dots
 * ("1.02.3.0": answer 1 to the first question, answers 0 and 2 to the second, …; an empty part is a
 * multiple-choice question left blank). Nothing else is in it: no name, no account, no time.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class Selection {

	public const MAX_CODE = 400;

	/** @param list<list<int>> $chosen Per question, the chosen answer indexes in ascending order. */
	private function __construct( public readonly array $chosen ) {
	}

	/**
	 * @param list<list<int>> $chosen
	 * @throws InvalidSelection When an index is not an answer of its question, or a single-choice question has more than one.
	 */
	public static function of( Quiz $quiz, array $chosen ): self {
		$clean = array();
		foreach ( $quiz->questions as $index => $question ) {
			$picked = $chosen[ $index ] ?? array();
			$unique = array_values( array_unique( $picked ) );
			if ( count( $unique ) !== count( $picked ) ) {
				throw new InvalidSelection( 'repeated', array( $index + 1 ), $index );
			}
			foreach ( $unique as $answer ) {
				if ( $answer < 0 || $answer >= count( $question->answers ) ) {
					throw new InvalidSelection( 'no_such_answer', array( $index + 1, $answer + 1 ), $index );
				}
			}
			if ( ! $question->multiple && count( $unique ) > 1 ) {
				throw new InvalidSelection( 'one_only', array( $index + 1, count( $unique ) ), $index );
			}
			sort( $unique );
			$clean[] = $unique;
		}
		return new self( $clean );
	}

	/** An empty selection: nothing chosen yet. */
	public static function none( Quiz $quiz ): self {
		return new self( array_fill( 0, count( $quiz->questions ), array() ) );
	}

	/**
	 * Reads the compact form.
	 *
	 * @throws InvalidSelection When it is malformed or does not fit the quiz.
	 */
	public static function decode( Quiz $quiz, string $code ): self {
		if ( strlen( $code ) > self::MAX_CODE ) {
			throw new InvalidSelection( 'too_long', array( self::MAX_CODE ) );
		}
		if ( ! preg_match( '/^[0-9a-z.]*$/', $code ) ) {
			throw new InvalidSelection( 'malformed' );
		}
		$parts = array() === $quiz->questions ? array() : explode( '.', $code );
		if ( count( $parts ) !== count( $quiz->questions ) ) {
			throw new InvalidSelection( 'wrong_count', array( count( $parts ), count( $quiz->questions ) ) );
		}
		$chosen = array();
		foreach ( $parts as $part ) {
			$chosen[] = array_map( static fn ( string $digit ): int => (int) base_convert( $digit, 36, 10 ), '' === $part ? array() : str_split( $part ) );
		}
		return self::of( $quiz, $chosen );
	}

	/**
	 * Reads the plain form fields of the no-JavaScript quiz: q0=1, q1[]=0&q1[]=2, …
	 *
	 * @param array<mixed> $fields E.g. the query string.
	 * @throws InvalidSelection When a field is not an answer of its question.
	 */
	public static function from_fields( Quiz $quiz, array $fields ): self {
		$chosen = array();
		foreach ( array_keys( $quiz->questions ) as $index ) {
			$value  = $fields[ 'q' . $index ] ?? array();
			$values = is_array( $value ) ? $value : array( $value );
			$picked = array();
			foreach ( $values as $one ) {
				if ( ! is_string( $one ) || ! preg_match( '/^\d{1,2}$/', $one ) ) {
					throw new InvalidSelection( 'not_an_answer', array( $index + 1 ), $index );
				}
				$picked[] = (int) $one;
			}
			$chosen[] = $picked;
		}
		return self::of( $quiz, $chosen );
	}

	public function encode(): string {
		return implode( '.', array_map( static fn ( array $answers ): string => implode( '', array_map( static fn ( int $answer ): string => base_convert( (string) $answer, 10, 36 ), $answers ) ), $this->chosen ) );
	}

	/**
	 * The single-choice questions still without an answer, optionally only up to (excluding) a step.
	 *
	 * @return list<int> Question indexes.
	 */
	public function unanswered( Quiz $quiz, ?int $before_step = null ): array {
		$missing = array();
		foreach ( $quiz->questions as $index => $question ) {
			if ( null !== $before_step && $question->step >= $before_step ) {
				continue;
			}
			if ( ! $question->multiple && array() === ( $this->chosen[ $index ] ?? array() ) ) {
				$missing[] = $index;
			}
		}
		return $missing;
	}

	/**
	 * Checks that every single-choice question has its answer, as a result needs.
	 *
	 * @throws InvalidSelection For the first question without one.
	 */
	public function assert_complete( Quiz $quiz ): void {
		$missing = $this->unanswered( $quiz );
		if ( array() !== $missing ) {
			throw new InvalidSelection( 'unanswered', array( $missing[0] + 1 ), $missing[0] );
		}
	}

	public function has( int $question, int $answer ): bool {
		return in_array( $answer, $this->chosen[ $question ] ?? array(), true );
	}

	/** @return list<array{0: int, 1: int}> Every chosen [question, answer] pair, in order. */
	public function pairs(): array {
		$pairs = array();
		foreach ( $this->chosen as $question => $answers ) {
			foreach ( $answers as $answer ) {
				$pairs[] = array( $question, $answer );
			}
		}
		return $pairs;
	}
}
