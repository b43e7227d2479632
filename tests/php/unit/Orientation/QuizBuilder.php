<?php
/**
 * Small quizzes for the unit tests, written compactly: each question is [type, [answer label => [team => points]]].
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Orientation;

use Wayfinder\Orientation\Quiz;

final class QuizBuilder {

	/**
	 * @param list<array{0: string, 1: array<string, array<string, int>>}> $questions One step per question.
	 * @param array<string, mixed>                                          $extra     More of the stored shape (fallback, results).
	 */
	public static function quiz( array $questions, array $extra = array() ): Quiz {
		$steps = array();
		foreach ( $questions as $number => list( $type, $answers ) ) {
			$list = array();
			foreach ( $answers as $label => $weights ) {
				$list[] = array(
					'label'   => (string) $label,
					'weights' => $weights,
				);
			}
			$steps[] = array(
				'title'     => 'Step ' . ( $number + 1 ),
				'questions' => array(
					array(
						'text'    => 'Question ' . ( $number + 1 ),
						'type'    => $type,
						'answers' => $list,
					),
				),
			);
		}
		return Quiz::from_array( array( 'steps' => $steps ) + $extra, 7, 'Test quiz' );
	}

	/**
	 * A multiple-choice question of $count answers that give nobody points: it only makes the quiz's
	 * space of answer sets large (2^count), so Reachability has to search instead of enumerating.
	 *
	 * @return array{0: string, 1: array<string, array<string, int>>}
	 */
	public static function padding( int $count = 13 ): array {
		$answers = array();
		for ( $i = 1; $i <= $count; $i++ ) {
			$answers[ 'Neutral ' . $i ] = array();
		}
		return array( 'multiple', $answers );
	}
}
