<?php
/**
 * What the wayfinder/orientation-quiz block shows (blocks/orientation-quiz/render.php prints it):
 * the quiz at the step the page's address names, or the result for the answers in it.
 *
 * Without JavaScript the quiz is a plain GET form: each step's buttons submit every answer so far
 * (q0=1&q1[]=0…) with the step to go to, and the last one asks for the result, which is rendered here
 * from the same Scorer the REST API uses. A result has its own address,
 * ?wayfinder_quiz=<id>&answers=<compact answers>, that shows the same recommendations again.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

final class QuizBlock {

	public const STORE = 'wayfinder/orientation-quiz';

	/** Query arguments the block reads; the page's own address is the current one without them. */
	public const PARAMS = array( 'wayfinder_quiz', 'answers', 'wayfinder_step', 'wayfinder_change', 'wayfinder_ask', 'wayfinder_asked', 'wayfinder_request', 'wayfinder_ask_error' );

	/**
	 * @param array<string, mixed> $attributes The block's attributes (quizId).
	 * @param array<string, mixed> $query      The page's query arguments ($_GET, unslashed).
	 * @return array<string, mixed>|null Null when there is no published quiz to show.
	 */
	public static function prepare( array $attributes, array $query ): ?array {
		$quiz_id = absint( $attributes['quizId'] ?? 0 );
		$post    = QuizPostType::published( $quiz_id > 0 ? $quiz_id : QuizSeeder::default_quiz_id() );
		if ( null === $post ) {
			return null;
		}
		$quiz = QuizPostType::quiz( $post );
		if ( array() === $quiz->questions ) {
			return null;
		}
		$messages = new QuizMessages();
		$page_url = self::page_url();
		$view     = self::read( $quiz, $query, $messages );
		$user_id  = get_current_user_id();
		$code     = $view['selection']->encode();
		$result   = add_query_arg(
			array(
				'wayfinder_quiz' => $quiz->id,
				'answers'        => $code,
			),
			$page_url
		);
		$teams    = array();
		$notice   = '';
		if ( $view['result'] ) {
			$results = new Results( mentors: new DirectoryTeamMentors() );
			$ranked  = $results->scorer( $quiz )->rank( $view['selection'] );
			$teams   = $results->teams( $quiz, $ranked, $user_id, $result );
			self::count_shown( $quiz->id, $ranked );
			if ( ! wp_is_serving_rest_request() ) {
				QuizTaken::mark( $user_id, time(), $ranked ); // Not the editor's preview.
			}
			list( $teams, $notice ) = self::after_asking( $teams, $query, $user_id, AskForm::outcome( $quiz->id ) );
		}
		$steps = array();
		foreach ( $quiz->step_titles as $index => $title ) {
			$steps[] = array(
				'title'     => '' !== $title ? $title : sprintf(
					/* translators: %d: a step number. */
					__( 'Step %d', 'wayfinder' ),
					$index + 1
				),
				'questions' => $quiz->questions_on_step( $index ),
			);
		}
		$id = 'wayfinder-quiz-' . $quiz->id;
		return array(
			'id'        => $id,
			'quiz'      => $quiz,
			'steps'     => $steps,
			'selection' => $view['selection'],
			'page_url'  => $page_url,
			'action'    => strtok( $page_url, '?' ) . '#' . $id,
			'hidden'    => self::page_query( $page_url ),
			'change'    => add_query_arg( 'wayfinder_change', 1, $result ) . '#' . $id,
			'result'    => $result,
			'ask_url'   => admin_url( 'admin-post.php' ),
			'signed_in' => $user_id > 0,
			'context'   => array(
				'quiz'       => $quiz->id,
				'step'       => $view['step'],
				'stepHidden' => array_map( static fn ( int $index ): bool => $view['result'] || $index !== $view['step'], array_keys( $steps ) ),
				'questions'  => array_map(
					static fn ( Question $question ): array => array(
						'step'     => $question->step,
						'multiple' => $question->multiple,
						'text'     => $question->text,
					),
					$quiz->questions
				),
				'showResult' => $view['result'],
				'results'    => $teams,
				'answers'    => $view['result'] ? $code : '',
				'resultUrl'  => $view['result'] ? $result : '',
				'pageUrl'    => $page_url,
				'error'      => $view['error'],
				'notice'     => $notice,
				'busy'       => false,
			),
		);
	}

	/**
	 * What the whole page shares: where the REST API and the sign-in page are, and the client's sentences.
	 *
	 * @return array<string, mixed>
	 */
	public static function state(): array {
		$state = array(
			'restUrl'  => esc_url_raw( rest_url( 'wayfinder/v1/quizzes/' ) ),
			'loginUrl' => wp_login_url(),
			'i18n'     => array(
				/* translators: %s: a question. */
				'unanswered' => __( 'Choose an answer to “%s”.', 'wayfinder' ),
				'failed'     => __( 'That did not work. Check your connection and try again.', 'wayfinder' ),
			),
		);
		if ( is_user_logged_in() ) {
			// Only in pages made for a signed-in person, which page caches do not share with others.
			$state['restNonce'] = wp_create_nonce( 'wp_rest' );
		}
		return $state;
	}

	/**
	 * @param array<string, mixed> $query
	 * @return array{step: int, result: bool, selection: Selection, error: string}
	 */
	private static function read( Quiz $quiz, array $query, QuizMessages $messages ): array {
		$view = array(
			'step'      => 0,
			'result'    => false,
			'selection' => Selection::none( $quiz ),
			'error'     => '',
		);
		if ( absint( $query['wayfinder_quiz'] ?? 0 ) !== $quiz->id ) {
			return $view;
		}
		try {
			if ( isset( $query['wayfinder_step'] ) ) {
				// The plain form: every answer so far, and the step to go to (or "done" for the result).
				$view['selection'] = Selection::from_fields( $quiz, $query );
				$target            = is_string( $query['wayfinder_step'] ) ? $query['wayfinder_step'] : '';
				$done              = 'done' === $target;
				$view['step']      = $done ? $quiz->step_count() - 1 : max( 0, min( $quiz->step_count() - 1, (int) $target ) );
				$missing           = $view['selection']->unanswered( $quiz, $done ? null : $view['step'] );
				if ( array() !== $missing ) {
					throw new InvalidSelection( 'unanswered', array( $missing[0] + 1 ), $missing[0] );
				}
				$view['result'] = $done;
			} elseif ( isset( $query['answers'] ) && is_string( $query['answers'] ) ) {
				$view['selection'] = Selection::decode( $quiz, $query['answers'] );
				if ( ! isset( $query['wayfinder_change'] ) ) {
					$view['selection']->assert_complete( $quiz );
					$view['result'] = true;
				}
			}
		} catch ( InvalidSelection $error ) {
			$view['error']  = $messages->invalid( $error, $quiz );
			$view['result'] = false;
			$view['step']   = isset( $quiz->questions[ $error->question ] ) ? $quiz->questions[ $error->question ]->step : 0;
		}
		return $view;
	}

	/**
	 * Marks what happened when the visitor asked for a mentor from this result (the plain form comes
	 * back here with a notice for the team), or that they came back from signing in to ask.
	 *
	 * @param list<array<string, mixed>>                            $teams
	 * @param array<string, mixed>                                  $query
	 * @param array{team: string, message: string, error: bool}|null $outcome What a plain form left (AskForm::outcome()).
	 * @return array{0: list<array<string, mixed>>, 1: string} The teams and a notice for the result.
	 */
	private static function after_asking( array $teams, array $query, int $user_id, ?array $outcome ): array {
		$notice = '';
		$coming = is_string( $query['wayfinder_ask'] ?? null ) ? $query['wayfinder_ask'] : '';
		foreach ( $teams as $index => $team ) {
			if ( null !== $outcome && $team['team'] === $outcome['team'] ) {
				$teams[ $index ]['highlight'] = true;
				if ( $outcome['error'] ) {
					$teams[ $index ]['error'] = $outcome['message'];
				} else {
					$notice = $outcome['message'];
				}
			} elseif ( null === $outcome && $team['team'] === $coming ) {
				$teams[ $index ]['highlight'] = true;
				if ( $user_id > 0 && ! $team['asked'] ) {
					/* translators: %s: a team name. */
					$notice = sprintf( __( 'You are signed in. Ask for a mentor in %s below.', 'wayfinder' ), $team['name'] );
				}
			}
		}
		return array( $teams, $notice );
	}

	/**
	 * Counts a result as shown, within the same per-client limit as the REST API (over it: shown, not counted).
	 *
	 * @param list<Recommendation> $ranked
	 */
	private static function count_shown( int $quiz_id, array $ranked ): void {
		if ( wp_is_serving_rest_request() || ( new RateLimiter() )->hit() > 0 ) {
			return;
		}
		( new QuizCounts() )->shown( $quiz_id, $ranked );
	}

	/** The page the block is on, without the quiz's own arguments. */
	private static function page_url(): string {
		global $wp;
		$url = is_singular() ? (string) get_permalink() : home_url( user_trailingslashit( $wp instanceof \WP ? $wp->request : '' ) );
		return remove_query_arg( self::PARAMS, $url );
	}

	/**
	 * The page's own query arguments (e.g. ?page_id=12 with plain permalinks), which a GET form must
	 * send again as hidden fields.
	 *
	 * @return array<string, string>
	 */
	private static function page_query( string $url ): array {
		$query = (string) wp_parse_url( $url, PHP_URL_QUERY );
		parse_str( $query, $args );
		return array_filter( $args, static fn ( $value, $key ): bool => is_string( $value ) && is_string( $key ), ARRAY_FILTER_USE_BOTH );
	}
}
