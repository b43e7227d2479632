<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Orientation;

use PHPUnit\Framework\TestCase;
use Wayfinder\Orientation\Messages;
use Wayfinder\Orientation\Quiz;
use Wayfinder\Orientation\Reachability;
use Wayfinder\Orientation\Scorer;
use Wayfinder\Orientation\TeamReach;

final class ReachabilityTest extends TestCase {

	/**
	 * Every proven team's example answers really put it first, according to the Scorer itself.
	 *
	 * @param array<string, TeamReach> $report
	 */
	private function assert_witnesses_hold( Scorer $scorer, array $report ): void {
		foreach ( $report as $team => $reach ) {
			if ( $reach->proven() ) {
				$this->assertNotNull( $reach->witness );
				$top = $scorer->rank( $reach->witness, 1 )[0];
				$this->assertSame( $team, $top->team, "the example answers put $team first" );
				$this->assertTrue( $top->score > 0 || $scorer->quiz()->fallback === $team );
			}
		}
	}

	/** @param array<string, TeamReach> $report */
	private static function statuses( array $report ): array {
		return array_map( static fn ( TeamReach $reach ): string => $reach->status, $report );
	}

	/**
	 * The classic trap: the team beats each rival with some answers, but never both at once.
	 *
	 * @return list<array{0: string, 1: array<string, array<string, int>>}>
	 */
	private static function split_rivals(): array {
		return array(
			array(
				'single',
				array(
					'North' => array(
						'docs' => 2,
						'core' => 3,
					),
					'South' => array(
						'docs' => 2,
						'test' => 3,
					),
				),
			),
			array(
				'single',
				array(
					'Now'   => array( 'core' => 1 ),
					'Later' => array( 'test' => 1 ),
				),
			),
		);
	}

	public function test_in_a_small_quiz_every_answer_set_is_scored_and_every_team_proven(): void {
		$quiz   = QuizBuilder::quiz(
			array(
				array(
					'single',
					array(
						'Code'      => array( 'core' => 3 ),
						'Translate' => array( 'polyglots' => 3 ),
						'Write'     => array( 'docs' => 3 ),
					),
				),
				array(
					'multiple',
					array(
						'Testing' => array(
							'test' => 4,
							'core' => 1,
						),
					),
				),
			)
		);
		$scorer = new Scorer( $quiz, array( 'core', 'docs', 'polyglots', 'test' ) );
		$check  = new Reachability( $scorer );
		$report = $check->check();

		$this->assertSame( 6, $check->space() );
		$this->assertSame( array_fill_keys( array( 'core', 'docs', 'polyglots', 'test' ), 'proven' ), self::statuses( $report ) );
		$this->assertSame( 'exhaustive', $report['core']->method );
		$this->assert_witnesses_hold( $scorer, $report );
		$this->assertSame( 'Comes out on top, for example, with these answers: “Translate”.', ( new Messages() )->describe( $quiz, $report['polyglots'], 'ucfirst' ) );
	}

	public function test_a_team_that_always_scores_below_another_is_reported_with_the_rival_and_the_gap(): void {
		$quiz   = QuizBuilder::quiz(
			array(
				array(
					'single',
					array(
						'Design'     => array(
							'design' => 3,
							'themes' => 2,
						),
						'Templates'  => array(
							'design' => 2,
							'themes' => 1,
						),
						'Publishing' => array(
							'support' => 2,
							'design'  => 1,
						),
					),
				),
				QuizBuilder::padding(),
			)
		);
		$scorer = new Scorer( $quiz, array( 'design', 'support', 'themes' ) );
		$report = ( new Reachability( $scorer ) )->check();

		$this->assertSame(
			array(
				'design'  => 'proven',
				'support' => 'proven',
				'themes'  => 'impossible',
			),
			self::statuses( $report )
		);
		$this->assertSame( 'reach.dominated', $report['themes']->code );
		$this->assertSame( 'bound', $report['themes']->method, 'ruled out by the exact bound, without a search' );
		$this->assertSame( 'design', $report['themes']->rival );
		$this->assertSame( 1, $report['themes']->gap );
		$this->assertSame( array( 0, 0 ), $report['themes']->hint, 'where themes gets most: “Design”' );
		$this->assert_witnesses_hold( $scorer, $report );
	}

	public function test_a_team_that_can_only_tie_and_loses_the_tie_break_is_not_proven(): void {
		// Themes can at best tie design (choose “Templates”, or nothing), and design wins every such tie.
		$quiz   = QuizBuilder::quiz(
			array(
				array(
					'multiple',
					array(
						'Design'    => array(
							'design' => 3,
							'themes' => 2,
						),
						'Templates' => array(
							'design' => 1,
							'themes' => 1,
						),
					),
				),
				QuizBuilder::padding(),
			)
		);
		$scorer = new Scorer( $quiz, array( 'design', 'themes' ) );
		$report = ( new Reachability( $scorer ) )->check();
		$this->assertSame( TeamReach::UNPROVEN, $report['themes']->status );
		$this->assertSame( 'reach.unproven_tie', $report['themes']->code );
		$this->assertSame( 'design', $report['themes']->rival );
		$this->assertStringContainsString( 'the closest ties with Design, which wins the tie', ( new Messages() )->describe( $quiz, $report['themes'], 'ucfirst' ) );
	}

	public function test_the_rival_that_stays_ahead_by_points_is_named_with_what_would_help(): void {
		$quiz   = QuizBuilder::quiz(
			array(
				array(
					'single',
					array(
						'Servers' => array(
							'hosting'     => 3,
							'performance' => 1,
						),
						'Speed'   => array(
							'hosting'     => 2,
							'performance' => 1,
						),
					),
				),
				QuizBuilder::padding(),
			)
		);
		$report = ( new Reachability( new Scorer( $quiz, array( 'hosting', 'performance' ) ) ) )->check();

		$this->assertSame( TeamReach::IMPOSSIBLE, $report['performance']->status );
		$this->assertSame( 1, $report['performance']->gap );
		$this->assertSame(
			'Never scores as high as Hosting: whatever the answers, Hosting gets at least 1 more points. Give this team more points than Hosting on an answer such as “Speed”, or fewer to Hosting there.',
			( new Messages() )->describe( $quiz, $report['performance'], 'ucfirst' )
		);
	}

	public function test_a_team_no_answer_gives_points_is_reported(): void {
		$quiz   = QuizBuilder::quiz( array( array( 'single', array( 'Code' => array( 'core' => 1 ) ) ) ) );
		$report = ( new Reachability( new Scorer( $quiz, array( 'core', 'photos' ) ) ) )->check();
		$this->assertSame( 'reach.no_points', $report['photos']->code );
		$this->assertSame( TeamReach::IMPOSSIBLE, $report['photos']->status );
	}

	public function test_beating_each_rival_separately_is_not_taken_as_proof(): void {
		// Small: every set is scored, so the answer is exact.
		$small  = QuizBuilder::quiz( self::split_rivals() );
		$scorer = new Scorer( $small, array( 'core', 'docs', 'test' ) );
		$report = ( new Reachability( $scorer ) )->check();
		$this->assertSame(
			array(
				'core' => 'proven',
				'docs' => 'impossible',
				'test' => 'proven',
			),
			self::statuses( $report )
		);
		$this->assertSame( 'exhaustive', $report['docs']->method );
		$this->assertContains( $report['docs']->rival, array( 'core', 'test' ) );
		$this->assertGreaterThan( 0, $report['docs']->gap );

		// Too large to enumerate: the bounds cannot rule docs out (it can beat core, and test, separately),
		// and the search finds no set that beats both, so docs is reported as unproven, never as proven.
		$large  = QuizBuilder::quiz( array_merge( self::split_rivals(), array( QuizBuilder::padding() ) ) );
		$scorer = new Scorer( $large, array( 'core', 'docs', 'test' ) );
		$check  = new Reachability( $scorer );
		$report = $check->check();
		$this->assertGreaterThan( Reachability::EXHAUSTIVE_LIMIT, $check->space() );
		$this->assertSame(
			array(
				'core' => 'proven',
				'docs' => 'unproven',
				'test' => 'proven',
			),
			self::statuses( $report )
		);
		$this->assertSame( 'search', $report['docs']->method );
		$this->assertSame( 'reach.unproven', $report['docs']->code );
		$this->assertStringStartsWith( 'No set of answers was found that puts it first: the closest still ranks', ( new Messages() )->describe( $large, $report['docs'], 'ucfirst' ) );
		$this->assert_witnesses_hold( $scorer, $report );
	}

	public function test_the_search_proves_teams_that_need_answers_chosen_together(): void {
		// Docs wins only with “Writing” and “Teaching” together and “Evenings” — each alone loses to someone.
		$quiz   = QuizBuilder::quiz(
			array(
				array(
					'multiple',
					array(
						'Writing'   => array(
							'docs'      => 2,
							'marketing' => 3,
						),
						'Teaching'  => array(
							'docs'     => 2,
							'training' => 3,
						),
						'Promoting' => array( 'marketing' => 2 ),
						'Workshops' => array( 'training' => 2 ),
					),
				),
				array(
					'single',
					array(
						'Evenings' => array( 'docs' => 2 ),
						'Weekends' => array(
							'marketing' => 1,
							'training'  => 1,
						),
					),
				),
				QuizBuilder::padding(),
			)
		);
		$scorer = new Scorer( $quiz, array( 'docs', 'marketing', 'training' ) );
		$report = ( new Reachability( $scorer ) )->check();
		$this->assertSame(
			array(
				'docs'      => 'proven',
				'marketing' => 'proven',
				'training'  => 'proven',
			),
			self::statuses( $report )
		);
		$this->assertSame( 'search', $report['docs']->method );
		$this->assert_witnesses_hold( $scorer, $report );
	}

	public function test_the_fallback_team_is_reachable_when_no_answer_points_anywhere(): void {
		$quiz   = QuizBuilder::quiz(
			array(
				array(
					'single',
					array(
						'Code'     => array( 'core' => 2 ),
						'Not sure' => array(),
					),
				),
				QuizBuilder::padding(),
			),
			array( 'fallback' => 'support' )
		);
		$scorer = new Scorer( $quiz, array( 'core', 'support' ) );
		$report = ( new Reachability( $scorer ) )->check();
		$this->assertSame( TeamReach::PROVEN, $report['support']->status );
		$this->assert_witnesses_hold( $scorer, $report );
	}

	public function test_a_quiz_without_questions_proves_nothing_and_does_not_fail(): void {
		$quiz   = Quiz::from_array( array() );
		$report = ( new Reachability( new Scorer( $quiz, array( 'core' ) ) ) )->check();
		$this->assertSame( TeamReach::IMPOSSIBLE, $report['core']->status );
	}
}
