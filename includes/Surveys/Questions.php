<?php
/**
 * A survey's questions checked as a whole: the one place that says what a valid questionnaire is
 * (used by the post type's meta before a save and by anything that writes questions).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use WP_Error;

final class Questions {

	public const MAX_QUESTIONS = 40;

	/**
	 * The questions, or a WP_Error (status 400) that says which one is wrong and how.
	 *
	 * @param mixed $raw A list of question arrays (key, type, text, required, choices).
	 * @return list<Question>|WP_Error
	 */
	public static function parse( $raw ) {
		if ( ! is_array( $raw ) || ! array_is_list( $raw ) ) {
			return self::error( __( 'The questions must be a list.', 'wayfinder' ) );
		}
		if ( array() === $raw ) {
			return self::error( __( 'A survey needs at least one question.', 'wayfinder' ) );
		}
		if ( count( $raw ) > self::MAX_QUESTIONS ) {
			/* translators: %d: the most questions a survey may have. */
			return self::error( sprintf( __( 'A survey may have at most %d questions.', 'wayfinder' ), self::MAX_QUESTIONS ) );
		}
		$questions = array();
		$keys      = array();
		foreach ( $raw as $index => $item ) {
			$number = $index + 1;
			if ( ! is_array( $item ) ) {
				/* translators: %d: the question's number. */
				return self::error( sprintf( __( 'Question %d is not a question.', 'wayfinder' ), $number ) );
			}
			$key  = is_string( $item['key'] ?? null ) ? $item['key'] : '';
			$type = is_string( $item['type'] ?? null ) ? $item['type'] : '';
			$text = is_string( $item['text'] ?? null ) ? trim( $item['text'] ) : '';
			if ( 1 !== preg_match( '/^[a-z0-9_-]{1,' . Question::KEY_LENGTH . '}$/', $key ) ) {
				/* translators: 1: the question's number, 2: the most characters of a key. */
				return self::error( sprintf( __( 'Question %1$d needs a key of lowercase letters, digits, hyphens or underscores (at most %2$d).', 'wayfinder' ), $number, Question::KEY_LENGTH ) );
			}
			if ( isset( $keys[ $key ] ) ) {
				/* translators: 1: the question's number, 2: its key. */
				return self::error( sprintf( __( 'Question %1$d has the key "%2$s" of an earlier question; each question needs its own.', 'wayfinder' ), $number, $key ) );
			}
			if ( ! in_array( $type, Question::TYPES, true ) ) {
				/* translators: %d: the question's number. */
				return self::error( sprintf( __( 'Question %d needs a type: agreement, would recommend, one choice, several choices, short text or long text.', 'wayfinder' ), $number ) );
			}
			if ( '' === $text || mb_strlen( $text ) > Question::TEXT_LENGTH ) {
				/* translators: 1: the question's number, 2: the most characters. */
				return self::error( sprintf( __( 'Question %1$d needs its words (at most %2$d characters).', 'wayfinder' ), $number, Question::TEXT_LENGTH ) );
			}
			$choices = array();
			if ( in_array( $type, array( Question::SINGLE, Question::MULTIPLE ), true ) ) {
				$given = is_array( $item['choices'] ?? null ) ? $item['choices'] : array();
				foreach ( $given as $choice ) {
					$choice = is_string( $choice ) ? trim( $choice ) : '';
					if ( '' !== $choice && mb_strlen( $choice ) <= Question::CHOICE_LENGTH && ! in_array( $choice, $choices, true ) ) {
						$choices[] = $choice;
					}
				}
				if ( count( $choices ) < 2 || count( $choices ) !== count( $given ) || count( $choices ) > Question::MAX_CHOICES ) {
					/* translators: 1: the question's number, 2: the most options, 3: the most characters of one. */
					return self::error( sprintf( __( 'Question %1$d needs from 2 to %2$d different options, each at most %3$d characters.', 'wayfinder' ), $number, Question::MAX_CHOICES, Question::CHOICE_LENGTH ) );
				}
			}
			$keys[ $key ] = true;
			$questions[]  = new Question( $key, $type, $text, ! empty( $item['required'] ), $choices );
		}
		return $questions;
	}

	/**
	 * @param list<Question> $questions
	 * @return list<array{key: string, type: string, text: string, required: bool, choices: list<string>}>
	 */
	public static function to_arrays( array $questions ): array {
		return array_map( static fn ( Question $question ): array => $question->to_array(), $questions );
	}

	private static function error( string $message ): WP_Error {
		return new WP_Error( 'wayfinder_survey_questions', $message, array( 'status' => 400 ) );
	}
}
