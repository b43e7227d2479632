<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Orientation;

use PHPUnit\Framework\TestCase;
use Wayfinder\Orientation\Messages;
use Wayfinder\Orientation\Recommendation;
use Wayfinder\Orientation\Scorer;
use Wayfinder\Orientation\Selection;

final class ScorerTest extends TestCase {

	private const TEAMS = array( 'accessibility', 'core', 'design', 'docs', 'polyglots', 'support', 'test', 'training' );

	/**
	 * @param list<string> $teams
	 * @return list<array{0: string, 1: int}> [team, score] in ranked order.
	 */
	private static function ranked( Scorer $scorer, Selection $selection ): array {
		return array_map( static fn ( Recommendation $r ): array => array( $r->team, $r->score ), $scorer->rank( $selection ) );
	}

	public function test_scores_are_the_sum_of_the_chosen_answers_points_and_only_teams_that_take_newcomers_are_ranked(): void {
		$quiz   = QuizBuilder::quiz(
			array(
				array(
					'multiple',
					array(
						'Translating' => array(
							'polyglots' => 3,
							'docs'      => 1,
						),
						'Writing'     => array(
							'docs'    => 2,
							'plugins' => 9,
						),
						'Testing'     => array(
							'test' => 2,
							'core' => -1,
						),
					),
				),
				array(
					'single',
					array(
						'Spanish' => array( 'polyglots' => 2 ),
						'Code'    => array( 'core' => 3 ),
					),
				),
			)
		);
		$scorer = new Scorer( $quiz, self::TEAMS );

		// Plugins gets the most points but does not take newcomers, so it is never recommended.
		$this->assertSame(
			array( array( 'polyglots', 5 ), array( 'docs', 3 ), array( 'test', 2 ) ),
			self::ranked( $scorer, Selection::decode( $quiz, '012.0' ) )
		);
		$this->assertSame( array( array( 'core', 2 ), array( 'test', 2 ) ), self::ranked( $scorer, Selection::decode( $quiz, '2.1' ) ), 'negative points count against a team' );
	}

	public function test_the_top_team_comes_with_up_to_four_more_and_each_says_why(): void {
		$answers = array();
		foreach ( self::TEAMS as $points => $team ) {
			$answers[ ucfirst( $team ) ] = array( $team => $points + 1 );
		}
		$quiz   = QuizBuilder::quiz( array( array( 'multiple', $answers ) ) );
		$scorer = new Scorer( $quiz, self::TEAMS );
		$ranked = $scorer->rank( Selection::decode( $quiz, '01234567' ) );

		$this->assertSame( array( 'training', 'test', 'support', 'polyglots', 'docs' ), array_map( static fn ( Recommendation $r ): string => $r->team, $ranked ) );
		$this->assertSame( array( 1, 2, 3, 4, 5 ), array_map( static fn ( Recommendation $r ): int => $r->rank, $ranked ) );
		$this->assertSame( 'Because you chose Training.', ( new Messages() )->explain( $quiz, $ranked[0] ) );
	}

	public function test_reasons_quote_the_answers_that_gave_the_team_most_points(): void {
		$quiz     = \Wayfinder\Orientation\Quiz::from_array(
			array(
				'steps' => array(
					array(
						'title'     => 'You',
						'questions' => array(
							array(
								'text'    => 'What do you enjoy?',
								'type'    => 'multiple',
								'answers' => array(
									array(
										'label'   => 'I like translating',
										'reason'  => 'translating',
										'weights' => array( 'polyglots' => 2 ),
									),
									array(
										'label'   => 'I help people in forums',
										'reason'  => 'helping people',
										'weights' => array(
											'polyglots' => 1,
											'support'   => 3,
										),
									),
								),
							),
							array(
								'text'    => 'Which languages do you speak?',
								'type'    => 'single',
								'answers' => array(
									array(
										'label'   => 'Spanish',
										'weights' => array( 'polyglots' => 3 ),
									),
								),
							),
						),
					),
				),
			)
		);
		$scorer   = new Scorer( $quiz, self::TEAMS );
		$ranked   = $scorer->rank( Selection::decode( $quiz, '01.0' ) );
		$messages = new Messages();
		$this->assertSame( 'polyglots', $ranked[0]->team );
		$this->assertSame( 'Because you chose Spanish, translating and helping people.', $messages->explain( $quiz, $ranked[0] ) );
		$this->assertSame( 'Because you chose Spanish and translating.', $messages->explain( $quiz, $ranked[0], 2 ) );
		$this->assertSame( 'Because you chose helping people.', $messages->explain( $quiz, $ranked[1] ) );
	}

	public function test_ties_go_to_the_strongest_single_answer_then_the_most_answers_then_the_slug(): void {
		$quiz   = QuizBuilder::quiz(
			array(
				array(
					'multiple',
					array(
						'One'   => array(
							'docs' => 4,
							'core' => 2,
							'test' => 2,
						),
						'Two'   => array(
							'core'   => 2,
							'test'   => 1,
							'design' => 4,
						),
						'Three' => array(
							'test' => 1,
						),
					),
				),
			)
		);
		$scorer = new Scorer( $quiz, self::TEAMS );
		// All four score 4: docs and design each had a 4 from one answer (strongest), then core (two
		// answers) ahead of test (three answers, but its strongest is 2 like core's, so breadth decides).
		$this->assertSame(
			array( array( 'design', 4 ), array( 'docs', 4 ), array( 'test', 4 ), array( 'core', 4 ) ),
			self::ranked( $scorer, Selection::decode( $quiz, '012' ) )
		);
		// The order of the team list given does not matter.
		$shuffled = array_reverse( self::TEAMS );
		$this->assertSame( self::ranked( $scorer, Selection::decode( $quiz, '012' ) ), self::ranked( new Scorer( $quiz, $shuffled ), Selection::decode( $quiz, '012' ) ) );
	}

	public function test_when_no_answer_points_anywhere_the_fallback_team_stands_in(): void {
		$questions = array(
			array(
				'single',
				array(
					'Code'     => array( 'core' => 2 ),
					'Not sure' => array(),
				),
			),
		);
		$with      = QuizBuilder::quiz( $questions, array( 'fallback' => 'support' ) );
		$ranked    = ( new Scorer( $with, self::TEAMS ) )->rank( Selection::decode( $with, '1' ) );
		$this->assertCount( 1, $ranked, 'nothing else has points' );
		$this->assertSame( 'support', $ranked[0]->team );
		$this->assertTrue( $ranked[0]->fallback );
		$this->assertStringContainsString( 'None of your answers pointed to one team', ( new Messages() )->explain( $with, $ranked[0] ) );

		$without = QuizBuilder::quiz( $questions );
		$ranked  = ( new Scorer( $without, self::TEAMS ) )->rank( Selection::decode( $without, '1' ) );
		$this->assertSame( 'accessibility', $ranked[0]->team, 'without a fallback, the first team in the tie order' );
		$this->assertTrue( $ranked[0]->fallback );

		$this->assertSame( array(), ( new Scorer( $with, array() ) )->rank( Selection::decode( $with, '0' ) ), 'no team takes newcomers: nothing to recommend' );
	}
}
