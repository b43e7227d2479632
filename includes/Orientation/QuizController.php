<?php
/**
 * /wayfinder/v1/quizzes/<id>/result, /ask and /reachability: a quiz's result for a set of answers
 * (public, rate limited), asking for a mentor in a recommended team (members), and whether every
 * team can come out on top (the quiz's editors). The quizzes themselves are served by WordPress's
 * posts controller at /wayfinder/v1/quizzes (see QuizPostType).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Orientation;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class QuizController extends WP_REST_Controller {

	public function __construct(
		private readonly Results $results = new Results(),
		private readonly QuizCounts $counts = new QuizCounts(),
		private readonly RateLimiter $limiter = new RateLimiter(),
		private readonly MentorAsk $asks = new MentorAsk(),
		private readonly QuizMessages $messages = new QuizMessages(),
	) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'quizzes';
	}

	public function register_routes(): void {
		register_rest_route(
			RestNamespace::V1,
			'/quizzes/(?P<id>[\d]+)/result',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'get_item' ),
					// Public on purpose: anyone may take the quiz, signed in or not, and the answers
					// identify nobody. Abuse is held back by the per-client rate limit in get_item().
					'permission_callback' => '__return_true',
					'args'                => array(
						'id'      => array(
							'description' => __( 'The quiz.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'answers' => array(
							'description' => __( 'The chosen answers in their compact form: per question the chosen answers as base-36 digits, questions separated by dots, e.g. 1.02.3.0.', 'wayfinder' ),
							'type'        => 'string',
							'required'    => true,
							'maxLength'   => Selection::MAX_CODE,
						),
					),
				),
				'schema' => array( $this, 'get_public_item_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/quizzes/(?P<id>[\d]+)/ask',
			array(
				array(
					'methods'             => WP_REST_Server::CREATABLE,
					'callback'            => array( $this, 'ask' ),
					'permission_callback' => array( $this, 'can_ask' ),
					'args'                => array(
						'id'   => array(
							'description' => __( 'The quiz the result came from.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
						'team' => array(
							'description' => __( 'The slug of a team that takes newcomers.', 'wayfinder' ),
							'type'        => 'string',
							'required'    => true,
							'pattern'     => '^[a-z0-9-]{1,100}$',
						),
					),
				),
				'schema' => array( $this, 'get_ask_schema' ),
			)
		);
		register_rest_route(
			RestNamespace::V1,
			'/quizzes/(?P<id>[\d]+)/reachability',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'reachability' ),
					'permission_callback' => array( $this, 'can_edit' ),
					'args'                => array(
						'id' => array(
							'description' => __( 'The quiz.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
					),
				),
			)
		);
	}

	/**
	 * Members only: a request is made in their name.
	 *
	 * @return true|WP_Error
	 */
	public function can_ask() {
		if ( Capabilities::can_take_part() ) {
			return true;
		}
		return Capabilities::take_part_error( __( 'Sign in to ask for a mentor, then try again.', 'wayfinder' ) );
	}

	/**
	 * The people who may edit this quiz (mentoring coordinators and administrators).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function can_edit( $request ) {
		if ( current_user_can( 'edit_post', (int) $request['id'] ) && null !== get_post( (int) $request['id'] ) ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only the people who edit quizzes (mentoring coordinators) can check them.', 'wayfinder' ), array( 'status' => is_user_logged_in() ? 403 : 401 ) );
	}

	/**
	 * The result for a set of answers: the top team and up to four more, each with its reasons.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function get_item( $request ) {
		$wait = $this->limiter->hit();
		if ( $wait > 0 ) {
			$error = new WP_Error(
				'wayfinder_rate_limited',
				/* translators: %d: seconds. */
				sprintf( _n( 'Too many quiz results asked for from your address. Try again in %d second.', 'Too many quiz results asked for from your address. Try again in %d seconds.', $wait, 'wayfinder' ), $wait ),
				array( 'status' => 429 )
			);
			$response = rest_convert_error_to_response( $error );
			$response->header( 'Retry-After', (string) $wait );
			return $response;
		}
		$quiz = $this->quiz( (int) $request['id'] );
		if ( $quiz instanceof WP_Error ) {
			return $quiz;
		}
		try {
			$selection = Selection::decode( $quiz, (string) $request['answers'] );
			$selection->assert_complete( $quiz );
		} catch ( InvalidSelection $error ) {
			return new WP_Error(
				'wayfinder_invalid_answers',
				$this->messages->invalid( $error, $quiz ),
				array(
					'status'   => 400,
					'reason'   => $error->reason,
					'question' => $error->question >= 0 ? $error->question + 1 : null,
				)
			);
		}
		$ranked = $this->results->scorer( $quiz )->rank( $selection );
		$this->counts->shown( $quiz->id, $ranked );
		QuizTaken::mark( get_current_user_id(), time(), $ranked );
		return rest_ensure_response(
			array(
				'quiz'    => $quiz->id,
				'answers' => $selection->encode(),
				'teams'   => $this->results->teams( $quiz, $ranked, get_current_user_id() ),
			)
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function ask( $request ) {
		$quiz = $this->quiz( (int) $request['id'] );
		if ( $quiz instanceof WP_Error ) {
			return $quiz;
		}
		$asked = $this->asks->ask( get_current_user_id(), $quiz->id, (string) $request['team'] );
		if ( is_wp_error( $asked ) ) {
			return $asked;
		}
		$response = rest_ensure_response( $asked );
		$response->set_status( 'created' === $asked['status'] ? 201 : 200 );
		return $response;
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function reachability( $request ): WP_REST_Response {
		$post  = get_post( (int) $request['id'] );
		$quiz  = $post instanceof \WP_Post ? QuizPostType::quiz( $post ) : Quiz::from_array( array() );
		$teams = new TeamDirectory();
		$list  = array();
		foreach ( ( new Reachability( $this->results->scorer( $quiz ) ) )->check() as $slug => $reach ) {
			$list[] = array(
				'team'    => $slug,
				'name'    => $teams->name( $slug ),
				'status'  => $reach->status,
				'method'  => $reach->method,
				'message' => $this->messages->describe( $quiz, $reach, array( $teams, 'name' ) ),
				'example' => $reach->proven() && null !== $reach->witness ? $reach->witness->encode() : null,
				'rival'   => '' === $reach->rival ? null : $reach->rival,
				'gap'     => $reach->gap,
			);
		}
		return rest_ensure_response( array( 'teams' => $list ) );
	}

	/** @return Quiz|WP_Error A published quiz (or one the caller may edit, for previews). */
	private function quiz( int $id ) {
		$post = get_post( $id );
		if ( ! $post instanceof \WP_Post || QuizPostType::POST_TYPE !== $post->post_type || ( 'publish' !== $post->post_status && ! current_user_can( 'edit_post', $id ) ) ) {
			return new WP_Error( 'wayfinder_quiz_not_found', __( 'There is no such quiz. It may have been unpublished: reload the page.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return QuizPostType::quiz( $post );
	}

	/** @return array<string, mixed> One recommended team in a result. */
	public static function team_schema(): array {
		$string = static fn ( string $description ): array => array(
			'description' => $description,
			'type'        => 'string',
			'readonly'    => true,
		);
		return array(
			'type'       => 'object',
			'properties' => array(
				'team'          => $string( __( 'The team’s slug.', 'wayfinder' ) ),
				'name'          => $string( __( 'The team’s name.', 'wayfinder' ) ),
				'rank'          => array(
					'description' => __( '1 for the top team, then 2 to 5.', 'wayfinder' ),
					'type'        => 'integer',
				),
				'score'         => array(
					'description' => __( 'The sum of the points the chosen answers give the team.', 'wayfinder' ),
					'type'        => 'integer',
				),
				'fallback'      => array(
					'description' => __( 'True when no answer gave any team points and this team stands in.', 'wayfinder' ),
					'type'        => 'boolean',
				),
				'reason'        => $string( __( 'Why, e.g. “Because you chose translating and Spanish.”', 'wayfinder' ) ),
				'text'          => $string( __( 'The quiz’s text for this team, or the team’s own summary.', 'wayfinder' ) ),
				'handbook'      => $string( __( 'The team handbook’s address, or empty.', 'wayfinder' ) ),
				'learn'         => $string( __( 'The Learn WordPress course’s address, or empty.', 'wayfinder' ) ),
				'chat'          => $string( __( 'The chat channel, e.g. #polyglots, or empty.', 'wayfinder' ) ),
				'chatUrl'       => $string( __( 'The chat channel’s address when it is a link, else empty.', 'wayfinder' ) ),
				'anchor'        => $string( __( 'The HTML id of the team in the block.', 'wayfinder' ) ),
				'handbookLabel' => $string( __( 'The handbook link’s text.', 'wayfinder' ) ),
				'learnLabel'    => $string( __( 'The course link’s text.', 'wayfinder' ) ),
				'chatLabel'     => $string( __( 'The chat channel’s text (for the link when chatUrl is set).', 'wayfinder' ) ),
				'chatText'      => $string( __( 'The chat channel’s text when it is no link, else empty.', 'wayfinder' ) ),
				'askLabel'      => $string( __( 'The text of the button that asks for a mentor in this team.', 'wayfinder' ) ),
				'signInLabel'   => $string( __( 'The text of the sign-in link for signed-out visitors.', 'wayfinder' ) ),
				'signInUrl'     => $string( __( 'Always empty here: the block builds the sign-in link from the result’s address.', 'wayfinder' ) ),
				'mentors'       => array(
					'description' => __( 'How many listed mentors name this team now; null when not known.', 'wayfinder' ),
					'type'        => array( 'integer', 'null' ),
				),
				'withRoom'      => array(
					'description' => __( 'How many of them have room for a new mentee now; null when not known.', 'wayfinder' ),
					'type'        => array( 'integer', 'null' ),
				),
				'mentorsText'   => $string( __( 'Whether a newcomer can get a mentor in this team now, in a sentence (empty when not known).', 'wayfinder' ) ),
				'askBack'       => $string( __( 'Always empty here: the block builds where its plain form comes back to from the result’s address.', 'wayfinder' ) ),
				'asked'         => array(
					'description' => __( 'True when the signed-in caller already waits for a mentor in this team.', 'wayfinder' ),
					'type'        => 'boolean',
				),
				'askedText'     => $string( __( 'What the block says once the caller has asked.', 'wayfinder' ) ),
				'error'         => $string( __( 'Always empty here (the block shows errors in it).', 'wayfinder' ) ),
				'busy'          => array(
					'description' => __( 'Always false here (the block uses it while asking).', 'wayfinder' ),
					'type'        => 'boolean',
				),
				'highlight'     => array(
					'description' => __( 'Always false here (the block highlights the team a visitor came back to ask about).', 'wayfinder' ),
					'type'        => 'boolean',
				),
			),
		);
	}

	/** @return array<string, mixed> */
	public function get_item_schema(): array {
		if ( $this->schema ) {
			return $this->add_additional_fields_schema( $this->schema );
		}
		$this->schema = array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-quiz-result',
			'type'       => 'object',
			'properties' => array(
				'quiz'    => array(
					'description' => __( 'The quiz.', 'wayfinder' ),
					'type'        => 'integer',
					'readonly'    => true,
				),
				'answers' => array(
					'description' => __( 'The answers in their canonical compact form, for the result’s link.', 'wayfinder' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'teams'   => array(
					'description' => __( 'The top team and up to four more with points, best first.', 'wayfinder' ),
					'type'        => 'array',
					'readonly'    => true,
					'items'       => self::team_schema(),
				),
			),
		);
		return $this->add_additional_fields_schema( $this->schema );
	}

	/** @return array<string, mixed> */
	public function get_ask_schema(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-quiz-ask',
			'type'       => 'object',
			'properties' => array(
				'status'  => array(
					'description' => __( 'created: a new request for a mentor in the team; moved: the caller’s open request for any mentor now asks for the team; unchanged: it already did; matched: a mentor of the team with room took them at once.', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => array( 'created', 'moved', 'unchanged', 'matched' ),
					'readonly'    => true,
				),
				'request' => array(
					'description' => __( 'The request’s ID (see /wayfinder/v1/requests).', 'wayfinder' ),
					'type'        => 'integer',
					'readonly'    => true,
				),
				'team'    => array(
					'description' => __( 'The team’s slug.', 'wayfinder' ),
					'type'        => 'string',
					'readonly'    => true,
				),
				'message' => array(
					'description' => __( 'What to tell the person.', 'wayfinder' ),
					'type'        => 'string',
					'readonly'    => true,
				),
			),
		);
	}
}
