<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Orientation;

use PHPUnit\Framework\TestCase;
use Wayfinder\Orientation\InvalidSelection;
use Wayfinder\Orientation\Quiz;
use Wayfinder\Orientation\Selection;

final class SelectionTest extends TestCase {

	private static function quiz(): Quiz {
		return QuizBuilder::quiz(
			array(
				array(
					'single',
					array(
						'A' => array( 'core' => 1 ),
						'B' => array( 'docs' => 1 ),
					),
				),
				array(
					'multiple',
					array(
						'C' => array( 'core' => 1 ),
						'D' => array( 'docs' => 1 ),
						'E' => array( 'test' => 1 ),
					),
				),
			)
		);
	}

	public function test_a_result_link_round_trips_and_is_canonical(): void {
		$selection = Selection::decode( self::quiz(), '1.20' );
		$this->assertSame( array( array( 1 ), array( 0, 2 ) ), $selection->chosen );
		$this->assertSame( '1.02', $selection->encode(), 'answers are listed in order, so one result has one link' );
		$this->assertSame( '0.', Selection::decode( self::quiz(), '0.' )->encode(), 'a multiple-choice question may be left blank' );
	}

	public function test_the_plain_form_fields_read_as_the_same_answers(): void {
		$selection = Selection::from_fields(
			self::quiz(),
			array(
				'q0' => '1',
				'q1' => array( '2', '0' ),
			)
		);
		$this->assertSame( '1.02', $selection->encode() );
		$this->assertSame( '.', Selection::from_fields( self::quiz(), array() )->encode() );
	}

	/** @return array<string, array{0: string, 1: string, 2: string}> */
	public function bad_codes(): array {
		return array(
			'capital letters'         => array( '1.A', 'malformed', 'only digits, lowercase letters and dots' ),
			'a space'                 => array( '1 .0', 'malformed', 'only digits' ),
			'too few questions'       => array( '1', 'wrong_count', 'The answers are for 1 questions, but this quiz has 2.' ),
			'too many questions'      => array( '1.0.0', 'wrong_count', 'this quiz has 2' ),
			'an answer that is not'   => array( '5.0', 'no_such_answer', 'Question 1 has no answer 6.' ),
			'two for a single choice' => array( '01.0', 'one_only', 'Question 1 takes one answer, but 2 were given.' ),
			'the same answer twice'   => array( '1.00', 'repeated', 'Question 2 lists the same answer twice.' ),
			'far too long'            => array( str_repeat( '0', 401 ), 'too_long', 'at most 400 characters' ),
		);
	}

	/** @dataProvider bad_codes */
	public function test_malformed_answers_are_refused_with_a_specific_message( string $code, string $reason, string $message ): void {
		try {
			Selection::decode( self::quiz(), $code );
			$this->fail( 'accepted ' . $code );
		} catch ( InvalidSelection $error ) {
			$this->assertSame( $reason, $error->reason );
			$this->assertStringContainsString( $message, $error->getMessage() );
		}
	}

	public function test_form_fields_that_are_not_answers_are_refused(): void {
		$this->expectException( InvalidSelection::class );
		$this->expectExceptionMessage( 'The answer to question 1 is not one of its answers.' );
		Selection::from_fields( self::quiz(), array( 'q0' => 'core' ) );
	}

	public function test_a_result_needs_every_single_choice_question_answered(): void {
		$selection = Selection::decode( self::quiz(), '.2' );
		$this->assertSame( array( 0 ), $selection->unanswered( self::quiz() ) );
		$this->assertSame( array(), $selection->unanswered( self::quiz(), 0 ), 'nothing is missing before the first step' );
		$this->expectExceptionMessage( 'Choose an answer to question 1.' );
		$selection->assert_complete( self::quiz() );
	}
}
