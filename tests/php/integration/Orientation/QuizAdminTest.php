<?php
/**
 * The quiz's screens in wp-admin: the Quiz results page (coordinators only), the editing form, and the
 * warning about teams that can never come out on top.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Orientation;

use Wayfinder\Orientation\QuizCounts;
use Wayfinder\Orientation\QuizEditor;
use Wayfinder\Orientation\QuizPostType;
use Wayfinder\Orientation\QuizSeeder;
use Wayfinder\Orientation\StatsPage;
use Wayfinder\Orientation\TeamDirectory;
use Wayfinder\Tests\Integration\TestCase;

final class QuizAdminTest extends TestCase {

	protected function tearDown(): void {
		global $menu, $submenu, $_registered_pages, $_parent_pages, $current_screen;
		$menu              = array();
		$submenu           = array();
		$_registered_pages = array();
		$_parent_pages     = array();
		$current_screen    = null;
		$_GET              = array();
		parent::tearDown();
	}

	private function render_stats(): string {
		ob_start();
		try {
			StatsPage::render();
		} finally {
			$html = (string) ob_get_clean();
		}
		return $html;
	}

	/** A quiz in which Themes can never beat Design. */
	private function lopsided_quiz(): int {
		$id = wp_insert_post(
			array(
				'post_type'   => QuizPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => 'Design or themes?',
			)
		);
		update_post_meta(
			$id,
			QuizPostType::META,
			array(
				'steps' => array(
					array(
						'title'     => 'Looks',
						'questions' => array(
							array(
								'text'    => 'What do you like?',
								'type'    => 'single',
								'answers' => array(
									array(
										'label'   => 'Designing',
										'weights' => array(
											'design' => 3,
											'themes' => 2,
										),
									),
									array(
										'label'   => 'Templates',
										'weights' => array(
											'design' => 2,
											'themes' => 1,
										),
									),
								),
							),
						),
					),
				),
			)
		);
		return $id;
	}

	public function test_the_quiz_results_page_is_for_coordinators_under_mentorship(): void {
		wp_set_current_user( $this->make_user( 'wayfinder_coordinator' ) );
		\Wayfinder\Admin\AdminPage::add_menu();
		StatsPage::add_menu();
		$entry = array_values( array_filter( $GLOBALS['submenu']['wayfinder'], static fn ( array $item ): bool => StatsPage::SLUG === $item[2] ) );
		$this->assertCount( 1, $entry );
		$this->assertSame( 'wayfinder_coordinate', $entry[0][1] );

		foreach ( array( 'subscriber', 'wayfinder_mentor', 'editor' ) as $role ) {
			wp_set_current_user( $this->make_user( $role ) );
			$this->assertFalse( current_user_can( $entry[0][1] ), "$role cannot open the page" );
			try {
				add_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
				$this->render_stats();
				$this->fail( "$role saw the page" );
			} catch ( \RuntimeException $refused ) {
				$this->assertStringContainsString( 'Only mentoring coordinators', $refused->getMessage() );
			} finally {
				remove_filter( 'wp_die_handler', array( $this, 'die_handler' ) );
			}
		}
	}

	public function die_handler(): callable {
		return static function ( $message ): void {
			throw new \RuntimeException( is_string( $message ) ? $message : 'wp_die' );
		};
	}

	public function test_the_page_shows_the_counts_as_a_chart_and_tables(): void {
		$quiz   = QuizSeeder::default_quiz_id();
		$counts = new QuizCounts();
		foreach ( array( 'shown', 'shown', 'top', 'asked' ) as $kind ) {
			$counts->add( $quiz, 'polyglots', $kind );
		}
		$counts->add( $quiz, 'docs', 'shown', time() - 3 * WEEK_IN_SECONDS );
		wp_set_current_user( $this->make_user( 'wayfinder_coordinator' ) );
		$html = $this->render_stats();

		$this->assertStringContainsString( '<h1>Quiz results</h1>', $html );
		$this->assertStringContainsString( '1 results shown from', $html );
		$this->assertMatchesRegularExpression( '#<th scope="row">Polyglots</th><td>2</td><td>1</td><td>1</td><td>50.0</td>#', $html );
		$this->assertStringContainsString( 'class="wayfinder-quiz-stats__chart"', $html );
		$this->assertStringContainsString( 'shown 2, requests 1', $html, 'the chart’s numbers are in its text, not only in the bars' );
		$this->assertStringContainsString( '<th scope="row">Documentation</th>', $html );

		$_GET = array( 'weeks' => '4' );
		$this->assertStringContainsString( 'Documentation', $this->render_stats() );
	}

	public function test_the_editor_is_warned_about_a_team_that_can_never_come_out_on_top(): void {
		$id = $this->lopsided_quiz();
		wp_set_current_user( $this->make_user( 'wayfinder_coordinator' ) );
		$report = QuizEditor::report( get_post( $id ) );
		$this->assertFalse( $report['reach']['themes']->proven() );
		$this->assertStringContainsString( 'Never scores as high as Design', $report['messages']['themes'] );
		$this->assertTrue( $report['reach']['design']->proven() );

		$GLOBALS['post'] = get_post( $id );
		set_current_screen( 'wayfinder_quiz' );
		ob_start();
		QuizEditor::notices();
		$notice = (string) ob_get_clean();
		$this->assertStringContainsString( 'notice-warning', $notice );
		$this->assertStringContainsString( 'can never come out on top of this quiz', $notice );
		$this->assertStringContainsString( '<strong>Themes</strong>', $notice );

		ob_start();
		QuizEditor::reach_box( get_post( $id ) );
		$panel = (string) ob_get_clean();
		$this->assertStringContainsString( 'Never scores as high as Design', $panel );

		$route  = $this->rest( 'GET', '/wayfinder/v1/quizzes/' . $id . '/reachability', array(), get_current_user_id() )->get_data();
		$themes = array_values( array_filter( $route['teams'], static fn ( array $team ): bool => 'themes' === $team['team'] ) )[0];
		$this->assertSame( 'impossible', $themes['status'] );
		$this->assertSame( 'design', $themes['rival'] );
		unset( $GLOBALS['post'] );
	}

	public function test_the_editing_form_keeps_what_was_typed_and_says_what_needs_a_look(): void {
		$notes = array();
		$saved = QuizEditor::from_form(
			array(
				'intro'    => 'Hello',
				'fallback' => 'support',
				'steps'    => array(
					array(
						'title'     => 'You',
						'questions' => array(
							array(
								'text'    => 'What do you enjoy?',
								'type'    => 'multiple',
								'answers' => array(
									array(
										'label'   => 'Translating',
										'reason'  => 'translating',
										'weights' => 'polyglots 3, docs: 1; polyglot 2',
									),
									array(
										'label'   => 'Gone',
										'weights' => 'core 2',
										'remove'  => '1',
									),
									array(
										'label'   => '',
										'weights' => '',
									),
									array(
										'label'   => 'Reading',
										'weights' => 'docs lots',
									),
								),
							),
							array(
								'text'    => '',
								'answers' => array(),
							),
						),
					),
					array(
						'title'     => 'Removed',
						'remove'    => '1',
						'questions' => array(),
					),
				),
			),
			$notes
		);
		$this->assertCount( 1, $saved['steps'] );
		$answers = $saved['steps'][0]['questions'][0]['answers'];
		$this->assertSame( array( 'Translating', 'Reading' ), array_column( $answers, 'label' ) );
		$this->assertSame(
			array(
				'polyglots' => 3,
				'docs'      => 1,
				'polyglot'  => 2,
			),
			$answers[0]['weights']
		);
		$this->assertStringContainsString( 'There is no team “polyglot”', implode( ' ', $notes ) );
		$this->assertStringContainsString( '“docs lots” (answer “Reading”) is not a team slug followed by points', implode( ' ', $notes ) );
		$this->assertArrayHasKey( 'docs', ( new TeamDirectory() )->all() );
	}

	public function test_a_quiz_sent_through_rest_with_bad_points_is_refused_and_nothing_saved(): void {
		$coordinator = $this->make_user( 'wayfinder_coordinator' );
		$quiz        = QuizSeeder::default_quiz_id();
		$before      = get_post_meta( $quiz, QuizPostType::META, true );
		$response    = $this->rest(
			'POST',
			'/wayfinder/v1/quizzes/' . $quiz,
			array(
				'title' => 'Renamed',
				'meta'  => array(
					QuizPostType::META => array(
						'steps' => array(
							array(
								'title'     => 'One',
								'questions' => array(
									array(
										'text'    => 'Q',
										'answers' => array(
											array(
												'label'   => 'A',
												'weights' => array( 'core' => 50 ),
											),
										),
									),
								),
							),
						),
					),
				),
			),
			$coordinator
		);
		$this->assertSame( 400, $response->get_status() );
		$this->assertStringContainsString( '[weights][core] must be between -10 (inclusive) and 10 (inclusive)', $response->get_data()['message'] );
		$this->assertNotSame( 'Renamed', get_post( $quiz )->post_title );
		$this->assertSame( $before, get_post_meta( $quiz, QuizPostType::META, true ) );

		$this->assertSame( 403, $this->rest( 'POST', '/wayfinder/v1/quizzes/' . $quiz, array( 'title' => 'Mine' ), $this->make_user( 'wayfinder_mentor' ) )->get_status() );
	}
}
