<?php
/**
 * The quiz's editing screen (Mentorship → Quizzes → a quiz): steps, questions and answers with the
 * points each answer gives to teams ("polyglots 3, docs 1"), a text per team for the result, the
 * fallback team — and the check that every team taking newcomers can come out on top, in a panel
 * beside the form and as a notice when one cannot. Plain server-rendered forms: no JavaScript needed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use WP_Post;

final class QuizEditor {

	private const NONCE       = 'wayfinder_quiz_editor';
	private const FIELD       = 'wayfinder_quiz';
	private const NOTES       = 'wayfinder_quiz_notes_';
	private const BLANK_STEPS = 1;

	public static function register(): void {
		add_action( 'add_meta_boxes_' . QuizPostType::POST_TYPE, array( self::class, 'add_boxes' ) );
		add_action( 'save_post_' . QuizPostType::POST_TYPE, array( self::class, 'save' ), 10, 2 );
		add_action( 'admin_notices', array( self::class, 'notices' ) );
		add_action( 'admin_head', array( self::class, 'styles' ) );
	}

	public static function add_boxes( WP_Post $post ): void {
		// The definition is edited here, not as a raw custom field.
		remove_meta_box( 'postcustom', QuizPostType::POST_TYPE, 'normal' );
		add_meta_box( 'wayfinder-quiz-questions', __( 'Steps, questions and answers', 'wayfinder' ), array( self::class, 'questions_box' ), QuizPostType::POST_TYPE, 'normal', 'high' );
		add_meta_box( 'wayfinder-quiz-results', __( 'Results', 'wayfinder' ), array( self::class, 'results_box' ), QuizPostType::POST_TYPE, 'normal', 'default' );
		add_meta_box( 'wayfinder-quiz-reach', __( 'Can every team come out on top?', 'wayfinder' ), array( self::class, 'reach_box' ), QuizPostType::POST_TYPE, 'side', 'default' );
		unset( $post );
	}

	public static function questions_box( WP_Post $post ): void {
		$quiz  = QuizPostType::quiz( $post );
		$steps = $quiz->to_array()['steps'];
		for ( $i = 0; $i < self::BLANK_STEPS; $i++ ) {
			$steps[] = array(
				'title'     => '',
				'questions' => array(),
			);
		}
		wp_nonce_field( self::NONCE, self::NONCE );
		echo '<p class="description">' . esc_html__( 'Each answer gives points to teams: write the team’s slug and the points, e.g. “polyglots 3, docs 1” (from −10 to 10; negative points count against a team). A visitor’s teams are ranked by their points. Leave a row empty to skip it; tick Remove to delete one.', 'wayfinder' ) . '</p>';
		self::team_list();
		printf(
			'<p><label for="wayfinder-quiz-intro"><strong>%1$s</strong></label><br><textarea id="wayfinder-quiz-intro" class="large-text" rows="2" name="%2$s[intro]">%3$s</textarea></p>',
			esc_html__( 'Introduction', 'wayfinder' ),
			esc_attr( self::FIELD ),
			esc_textarea( $quiz->intro )
		);
		foreach ( $steps as $s => $step ) {
			$name = self::FIELD . '[steps][' . $s . ']';
			echo '<fieldset class="wayfinder-quiz-step"><legend>' . esc_html( sprintf( /* translators: %d: a step number. */ __( 'Step %d', 'wayfinder' ), $s + 1 ) ) . '</legend>';
			self::text_input( $name . '[title]', __( 'Step title', 'wayfinder' ), $step['title'], 'regular-text' );
			$questions   = $step['questions'];
			$questions[] = array(
				'text'    => '',
				'type'    => Quiz::QUESTION_SINGLE,
				'answers' => array(),
			);
			foreach ( $questions as $q => $question ) {
				self::question( $name . '[questions][' . $q . ']', $question, $s, $q );
			}
			self::remove_box( $name, __( 'Remove this step', 'wayfinder' ) );
			echo '</fieldset>';
		}
	}

	/**
	 * @param array{text: string, type: string, answers: list<array{label: string, reason: string, weights: array<string, int>}>} $question
	 */
	private static function question( string $name, array $question, int $step, int $number ): void {
		$id = 'wayfinder-quiz-' . $step . '-' . $number;
		echo '<div class="wayfinder-quiz-question">';
		self::text_input( $name . '[text]', __( 'Question', 'wayfinder' ), $question['text'], 'large-text' );
		echo '<p>';
		foreach ( array(
			Quiz::QUESTION_SINGLE => __( 'One answer', 'wayfinder' ),
			Quiz::QUESTION_MULTI  => __( 'Any number of answers', 'wayfinder' ),
		) as $type => $label ) {
			printf(
				'<label><input type="radio" name="%1$s[type]" value="%2$s" %3$s> %4$s</label> ',
				esc_attr( $name ),
				esc_attr( $type ),
				checked( $question['type'], $type, false ),
				esc_html( $label )
			);
		}
		echo '</p>';
		$answers   = $question['answers'];
		$blank     = array(
			'label'   => '',
			'reason'  => '',
			'weights' => array(),
		);
		$answers[] = $blank;
		$answers[] = $blank;
		if ( '' === $question['text'] ) {
			$answers[] = $blank;
			$answers[] = $blank;
		}
		printf(
			'<table class="widefat striped wayfinder-quiz-answers"><thead><tr><th scope="col" id="%1$s-label">%2$s</th><th scope="col" id="%1$s-reason">%3$s</th><th scope="col" id="%1$s-weights">%4$s</th><th scope="col">%5$s</th></tr></thead><tbody>',
			esc_attr( $id ),
			esc_html__( 'Answer', 'wayfinder' ),
			esc_html__( 'In the reason (“because you chose …”)', 'wayfinder' ),
			esc_html__( 'Points towards teams', 'wayfinder' ),
			esc_html__( 'Remove', 'wayfinder' )
		);
		foreach ( $answers as $a => $answer ) {
			$field = $name . '[answers][' . $a . ']';
			printf(
				'<tr><td><input type="text" class="widefat" name="%1$s[label]" value="%2$s" aria-labelledby="%5$s-label"></td><td><input type="text" class="widefat" name="%1$s[reason]" value="%3$s" aria-labelledby="%5$s-reason"></td><td><input type="text" class="widefat code" name="%1$s[weights]" value="%4$s" aria-labelledby="%5$s-weights" placeholder="polyglots 3, docs 1"></td><td><input type="checkbox" name="%1$s[remove]" value="1" aria-label="%6$s"></td></tr>',
				esc_attr( $field ),
				esc_attr( $answer['label'] ),
				esc_attr( $answer['reason'] ),
				esc_attr( self::weights_text( $answer['weights'] ) ),
				esc_attr( $id ),
				/* translators: %d: an answer number. */
				esc_attr( sprintf( __( 'Remove answer %d', 'wayfinder' ), $a + 1 ) )
			);
		}
		echo '</tbody></table>';
		self::remove_box( $name, __( 'Remove this question', 'wayfinder' ) );
		echo '</div>';
	}

	public static function results_box( WP_Post $post ): void {
		$quiz  = QuizPostType::quiz( $post );
		$teams = ( new TeamDirectory() )->all();
		echo '<p class="description">' . esc_html__( 'What a result says about each team. Left empty, the team’s own summary is shown.', 'wayfinder' ) . '</p>';
		echo '<table class="form-table" role="presentation"><tbody>';
		foreach ( $teams as $slug => $team ) {
			if ( ! $team['accepts'] ) {
				continue;
			}
			printf(
				'<tr><th scope="row"><label for="wayfinder-quiz-result-%1$s">%2$s</label></th><td><textarea id="wayfinder-quiz-result-%1$s" class="large-text" rows="2" name="%3$s[results][%1$s]" placeholder="%5$s">%4$s</textarea></td></tr>',
				esc_attr( $slug ),
				esc_html( $team['name'] ),
				esc_attr( self::FIELD ),
				esc_textarea( $quiz->results[ $slug ] ?? '' ),
				esc_attr( $team['about'] )
			);
		}
		echo '</tbody></table>';
		printf( '<p><label for="wayfinder-quiz-fallback"><strong>%s</strong></label><br>', esc_html__( 'When no answer points to any team, recommend', 'wayfinder' ) );
		printf( '<select id="wayfinder-quiz-fallback" name="%s[fallback]"><option value="">%s</option>', esc_attr( self::FIELD ), esc_html__( 'the first team in alphabetical order', 'wayfinder' ) );
		foreach ( $teams as $slug => $team ) {
			if ( $team['accepts'] ) {
				printf( '<option value="%1$s" %2$s>%3$s</option>', esc_attr( $slug ), selected( $quiz->fallback, $slug, false ), esc_html( $team['name'] ) );
			}
		}
		echo '</select></p>';
	}

	public static function reach_box( WP_Post $post ): void {
		$report = self::report( $post );
		$teams  = new TeamDirectory();
		$proven = array_filter( $report['reach'], static fn ( TeamReach $reach ): bool => $reach->proven() );
		printf(
			'<p><strong>%s</strong></p>',
			esc_html(
				sprintf(
					/* translators: 1: teams proven to come out on top; 2: teams that take newcomers. */
					__( '%1$d of %2$d teams that take newcomers can come out on top.', 'wayfinder' ),
					count( $proven ),
					count( $report['reach'] )
				)
			)
		);
		$problems = array_diff_key( $report['reach'], $proven );
		if ( array() !== $problems ) {
			echo '<ul class="wayfinder-quiz-problems">';
			foreach ( $problems as $slug => $reach ) {
				printf( '<li><strong>%1$s</strong>: %2$s</li>', esc_html( $teams->name( $slug ) ), esc_html( $report['messages'][ $slug ] ) );
			}
			echo '</ul>';
		}
		foreach ( $report['notes'] as $note ) {
			printf( '<p>%s</p>', esc_html( $note ) );
		}
		if ( array() !== $proven ) {
			printf( '<details><summary>%s</summary><ul>', esc_html__( 'An example for each team', 'wayfinder' ) );
			foreach ( $proven as $slug => $reach ) {
				printf( '<li><strong>%1$s</strong>: %2$s</li>', esc_html( $teams->name( $slug ) ), esc_html( $report['messages'][ $slug ] ) );
			}
			echo '</ul></details>';
		}
		echo '<p class="description">' . esc_html__( 'A team counts only when an actual set of answers puts it first; see docs/orientation.md for how the check works.', 'wayfinder' ) . '</p>';
	}

	/**
	 * The reachability check of a quiz against today's teams, with what else an editor should know.
	 *
	 * @return array{reach: array<string, TeamReach>, messages: array<string, string>, notes: list<string>}
	 */
	public static function report( WP_Post $post ): array {
		$quiz     = QuizPostType::quiz( $post );
		$teams    = new TeamDirectory();
		$messages = new QuizMessages();
		$reach    = ( new Reachability( ( new Results() )->scorer( $quiz ) ) )->check();
		$texts    = array();
		foreach ( $reach as $slug => $verdict ) {
			$texts[ $slug ] = $messages->describe( $quiz, $verdict, array( $teams, 'name' ) );
		}
		$notes = array();
		foreach ( $quiz->teams_named() as $slug ) {
			$team = $teams->all()[ $slug ] ?? null;
			if ( null === $team ) {
				/* translators: %s: a team slug. */
				$notes[] = sprintf( __( 'Answers give points to “%s”, which is not a published team: those points count for nobody.', 'wayfinder' ), $slug );
			} elseif ( ! $team['accepts'] ) {
				/* translators: %s: a team name. */
				$notes[] = sprintf( __( 'Answers give points to %s, which does not take newcomers, so it is never recommended.', 'wayfinder' ), $team['name'] );
			}
		}
		return array(
			'reach'    => $reach,
			'messages' => $texts,
			'notes'    => $notes,
		);
	}

	/** Saves the form, keeping what an editor typed even when part of it needs fixing (see notices()). */
	public static function save( int $post_id, WP_Post $post ): void {
		if ( ! isset( $_POST[ self::NONCE ] ) || ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST[ self::NONCE ] ) ), self::NONCE ) ) {
			return;
		}
		if ( ( defined( 'DOING_AUTOSAVE' ) && DOING_AUTOSAVE ) || wp_is_post_revision( $post_id ) || ! current_user_can( 'edit_post', $post_id ) ) {
			return;
		}
		// Sanitized field by field by QuizPostType::sanitize() (the meta's sanitize callback).
		$form  = isset( $_POST[ self::FIELD ] ) && is_array( $_POST[ self::FIELD ] ) ? wp_unslash( $_POST[ self::FIELD ] ) : array(); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		$notes = array();
		update_post_meta( $post_id, QuizPostType::META, self::from_form( $form, $notes ) );
		if ( array() !== $notes ) {
			set_transient( self::NOTES . get_current_user_id() . '_' . $post_id, $notes, 10 * MINUTE_IN_SECONDS );
		}
		unset( $post );
	}

	/**
	 * The stored shape from the editing form; rows left empty or ticked for removal are dropped.
	 *
	 * @param array<mixed> $form
	 * @param list<string> $notes What could not be read, for the editor.
	 * @return array<string, mixed>
	 */
	public static function from_form( array $form, array &$notes ): array {
		$teams = ( new TeamDirectory() )->all();
		$steps = array();
		foreach ( self::rows( $form['steps'] ?? array() ) as $step ) {
			$questions = array();
			foreach ( self::rows( $step['questions'] ?? array() ) as $question ) {
				$answers = array();
				foreach ( self::rows( $question['answers'] ?? array() ) as $answer ) {
					$label = trim( (string) ( $answer['label'] ?? '' ) );
					if ( '' === $label ) {
						continue;
					}
					$answers[] = array(
						'label'   => $label,
						'reason'  => (string) ( $answer['reason'] ?? '' ),
						'weights' => self::parse_weights( (string) ( $answer['weights'] ?? '' ), $label, $teams, $notes ),
					);
				}
				$text = trim( (string) ( $question['text'] ?? '' ) );
				if ( '' === $text ) {
					continue;
				}
				if ( array() === $answers ) {
					/* translators: %s: a question. */
					$notes[] = sprintf( __( 'The question “%s” has no answers, so it was left out.', 'wayfinder' ), $text );
					continue;
				}
				$questions[] = array(
					'text'    => $text,
					'type'    => Quiz::QUESTION_MULTI === ( $question['type'] ?? '' ) ? Quiz::QUESTION_MULTI : Quiz::QUESTION_SINGLE,
					'answers' => $answers,
				);
			}
			if ( array() !== $questions ) {
				$steps[] = array(
					'title'     => (string) ( $step['title'] ?? '' ),
					'questions' => $questions,
				);
			}
		}
		$results = array();
		foreach ( is_array( $form['results'] ?? null ) ? $form['results'] : array() as $slug => $text ) {
			if ( is_string( $text ) && '' !== trim( $text ) ) {
				$results[ sanitize_key( (string) $slug ) ] = $text;
			}
		}
		return array(
			'intro'    => (string) ( $form['intro'] ?? '' ),
			'steps'    => $steps,
			'results'  => $results,
			'fallback' => sanitize_key( (string) ( $form['fallback'] ?? '' ) ),
		);
	}

	/**
	 * "polyglots 3, docs: 1; test -2" → [ polyglots => 3, docs => 1, test => -2 ].
	 *
	 * @param array<string, mixed> $teams
	 * @param list<string>         $notes
	 * @return array<string, int>
	 */
	public static function parse_weights( string $text, string $answer, array $teams, array &$notes ): array {
		$weights = array();
		$parts   = preg_split( '/[,;\n]+/', $text );
		foreach ( false === $parts ? array() : $parts as $part ) {
			$part = trim( $part );
			if ( '' === $part ) {
				continue;
			}
			if ( ! preg_match( '/^([a-z0-9-]{1,100})\s*[:=]?\s*([+\-−]?\d{1,3})$/iu', $part, $match ) ) {
				/* translators: 1: what the editor typed; 2: an answer. */
				$notes[] = sprintf( __( '“%1$s” (answer “%2$s”) is not a team slug followed by points, such as “docs 2”; it was left out.', 'wayfinder' ), $part, $answer );
				continue;
			}
			$slug   = strtolower( $match[1] );
			$points = (int) str_replace( array( '−', '+' ), array( '-', '' ), $match[2] );
			if ( $points < Quiz::MIN_WEIGHT || $points > Quiz::MAX_WEIGHT ) {
				/* translators: 1: points; 2: a team slug; 3: an answer. */
				$notes[] = sprintf( __( '%1$d points for “%2$s” (answer “%3$s”) are outside −10 to 10; kept at the nearest.', 'wayfinder' ), $points, $slug, $answer );
			}
			if ( ! isset( $teams[ $slug ] ) ) {
				/* translators: 1: a team slug; 2: an answer. */
				$notes[] = sprintf( __( 'There is no team “%1$s” (answer “%2$s”). Check the slug in the list of teams.', 'wayfinder' ), $slug, $answer );
			}
			$weights[ $slug ] = $points;
		}
		return $weights;
	}

	/** @param array<string, int> $weights */
	private static function weights_text( array $weights ): string {
		$parts = array();
		foreach ( $weights as $slug => $points ) {
			$parts[] = $slug . ' ' . $points;
		}
		return implode( ', ', $parts );
	}

	/** On the quiz's screen: what could not be saved as typed, and the teams that can never win. */
	public static function notices(): void {
		$screen = get_current_screen();
		$post   = get_post();
		if ( null === $screen || 'post' !== $screen->base || QuizPostType::POST_TYPE !== $screen->post_type || ! $post instanceof WP_Post || 'auto-draft' === $post->post_status ) {
			return;
		}
		$key   = self::NOTES . get_current_user_id() . '_' . $post->ID;
		$notes = get_transient( $key );
		if ( is_array( $notes ) && array() !== $notes ) {
			delete_transient( $key );
			wp_admin_notice(
				'<p>' . esc_html__( 'Saved, but some of what you typed needs a look:', 'wayfinder' ) . '</p><ul><li>' . implode( '</li><li>', array_map( 'esc_html', $notes ) ) . '</li></ul>',
				array(
					'type'           => 'warning',
					'paragraph_wrap' => false,
				)
			);
		}
		$report   = self::report( $post );
		$problems = array_filter( $report['reach'], static fn ( TeamReach $reach ): bool => ! $reach->proven() );
		if ( array() === $problems || array() === QuizPostType::quiz( $post )->questions ) {
			return;
		}
		$teams = new TeamDirectory();
		$items = array();
		foreach ( array_keys( $problems ) as $slug ) {
			$items[] = '<li><strong>' . esc_html( $teams->name( (string) $slug ) ) . '</strong>: ' . esc_html( $report['messages'][ $slug ] ) . '</li>';
		}
		wp_admin_notice(
			'<p>' . esc_html(
				sprintf(
					/* translators: %d: how many teams. */
					_n( '%d team that takes newcomers can never come out on top of this quiz:', '%d teams that take newcomers can never come out on top of this quiz:', count( $problems ), 'wayfinder' ),
					count( $problems )
				)
			) . '</p><ul>' . implode( '', $items ) . '</ul>',
			array(
				'type'               => 'warning',
				'id'                 => 'wayfinder-quiz-reach-notice',
				'paragraph_wrap'     => false,
				'additional_classes' => array( 'wayfinder-quiz-reach-notice' ),
			)
		);
	}

	/** The few rules the form needs, on the quiz's screen only. */
	public static function styles(): void {
		$screen = get_current_screen();
		if ( null === $screen || QuizPostType::POST_TYPE !== $screen->post_type || 'post' !== $screen->base ) {
			return;
		}
		echo '<style>.wayfinder-quiz-step{border:1px solid #c3c4c7;padding:0 1em 1em;margin:1em 0}.wayfinder-quiz-step>legend{font-weight:600;padding:0 .5em}.wayfinder-quiz-question{border-left:4px solid #dcdcde;padding-left:1em;margin:1em 0}.wayfinder-quiz-answers td{vertical-align:top}.wayfinder-quiz-answers td:last-child,.wayfinder-quiz-answers th:last-child{width:5em;text-align:center}.wayfinder-quiz-problems li{margin-bottom:.75em}</style>';
	}

	private static function team_list(): void {
		$teams = ( new TeamDirectory() )->all();
		printf( '<details><summary>%s</summary><ul class="ul-disc">', esc_html__( 'Team slugs', 'wayfinder' ) );
		foreach ( $teams as $slug => $team ) {
			printf(
				'<li><code>%1$s</code> %2$s%3$s</li>',
				esc_html( $slug ),
				esc_html( $team['name'] ),
				$team['accepts'] ? '' : esc_html__( ' (does not take newcomers)', 'wayfinder' )
			);
		}
		echo '</ul></details>';
	}

	private static function text_input( string $name, string $label, string $value, string $class_name ): void {
		$id = sanitize_html_class( str_replace( array( '[', ']' ), '-', $name ) );
		printf(
			'<p><label for="%1$s">%2$s</label><br><input type="text" id="%1$s" class="%5$s" name="%3$s" value="%4$s"></p>',
			esc_attr( $id ),
			esc_html( $label ),
			esc_attr( $name ),
			esc_attr( $value ),
			esc_attr( $class_name )
		);
	}

	private static function remove_box( string $name, string $label ): void {
		printf( '<p><label><input type="checkbox" name="%1$s[remove]" value="1"> %2$s</label></p>', esc_attr( $name ), esc_html( $label ) );
	}

	/**
	 * The rows of a repeated part of the form, without those ticked for removal.
	 *
	 * @param mixed $rows
	 * @return list<array<mixed>>
	 */
	private static function rows( $rows ): array {
		return array_values( array_filter( is_array( $rows ) ? $rows : array(), static fn ( $row ): bool => is_array( $row ) && empty( $row['remove'] ) ) );
	}
}
