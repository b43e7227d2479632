<?php
/**
 * /wayfinder/v1/board: the coordinator's matching tools, for mentoring coordinators only.
 *
 * - GET  /board/suggestions?mentee=ID  the best mentors for one waiting mentee, with scores and reasons;
 * - POST /board/run { mentees?, cohort? } the optimal assignment of the waiting mentees (all, or those
 *                                      given) to every mentor with room: pairs with reasons, the
 *                                      unmatched with theirs, and each mentor's free places — at once
 *                                      for up to BoardRuns::at_once_limit() mentees, else 202 with a
 *                                      run that goes on in the background;
 * - GET  /board/runs/<id>              a background run: where it stands, and its result when done;
 * - POST /board/score { mentee, mentor } one pair scored and explained, for a coordinator's override;
 * - POST /board/commit { pairs }       saves pairs as the program assigns (a proposal the mentor
 *                                      confirms, or a request to the mentor), re-checking capacity,
 *                                      and reports each pair it could not save and why.
 *
 * Thin: parse, authorise, call BoardService (the rules) or BoardRuns (the background job).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Board;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Matching\ScoredPair;
use Wayfinder\Matching\Scorer;
use Wayfinder\Mentorship\EnginePeople;
use Wayfinder\Mentorship\MatchingMessages;
use Wayfinder\Mentorship\MentorPool;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class BoardController extends WP_REST_Controller {

	/** Mentees one run takes at most. */
	public const MAX_MENTEES = BoardService::MAX_MENTEES;

	private readonly BoardService $board;

	private readonly BoardRuns $runs;

	public function __construct( private readonly ProfileRepository $profiles = new ProfileRepository(), ?BoardRuns $runs = null ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'board';
		$this->board     = new BoardService( $this->profiles );
		$this->runs      = $runs ?? new BoardRuns( $this->board );
	}

	public function register_routes(): void {
		$routes = array(
			'suggestions' => array( WP_REST_Server::READABLE, 'suggestions' ),
			'run'         => array( WP_REST_Server::CREATABLE, 'run' ),
			'score'       => array( WP_REST_Server::CREATABLE, 'score' ),
			'commit'      => array( WP_REST_Server::CREATABLE, 'commit' ),
		);
		foreach ( $routes as $route => list( $method, $callback ) ) {
			register_rest_route(
				RestNamespace::V1,
				'/board/' . $route,
				array(
					array(
						'methods'             => $method,
						'callback'            => array( $this, $callback ),
						'permission_callback' => array( $this, 'permissions_check' ),
						// Required and default hold for the GET route too: they are what the route takes.
						'args'                => rest_get_endpoint_args_for_schema( $this->request_schema( $route ), WP_REST_Server::CREATABLE ),
					),
					'schema' => fn (): array => $this->response_schema( $route ),
				)
			);
		}
		register_rest_route(
			RestNamespace::V1,
			'/board/runs/(?P<id>\d+)',
			array(
				array(
					'methods'             => WP_REST_Server::READABLE,
					'callback'            => array( $this, 'run_status' ),
					'permission_callback' => array( $this, 'permissions_check' ),
					'args'                => array(
						'id' => array(
							'description' => __( 'The run’s ID, as POST /board/run answered it.', 'wayfinder' ),
							'type'        => 'integer',
							'minimum'     => 1,
						),
					),
				),
				'schema' => fn (): array => $this->response_schema( 'runs' ),
			)
		);
	}

	/**
	 * What each board route takes, as a JSON schema; the route's arguments are made from it.
	 *
	 * @return array<string, mixed>
	 */
	public function request_schema( string $route ): array {
		$user       = static fn ( string $description ): array => array(
			'description' => $description,
			'type'        => 'integer',
			'minimum'     => 1,
			'required'    => true,
		);
		$properties = array(
			'suggestions' => array(
				'mentee' => $user( __( 'The waiting mentee’s user ID.', 'wayfinder' ) ),
				'count'  => array(
					'description' => __( 'How many mentors to suggest (1 to 20).', 'wayfinder' ),
					'type'        => 'integer',
					'minimum'     => 1,
					'maximum'     => 20,
					'default'     => 3,
				),
			),
			'run'         => array(
				'cohort'  => array(
					'description' => __( 'A cohort: pair its 1:1 mentees who have no mentor yet with its own mentors (then `mentees` is ignored).', 'wayfinder' ),
					'type'        => 'integer',
					'minimum'     => 1,
				),
				'mentees' => array(
					'description' => __( 'The waiting mentees to match; all of them when left out.', 'wayfinder' ),
					'type'        => 'array',
					'items'       => array(
						'type'    => 'integer',
						'minimum' => 1,
					),
					'maxItems'    => self::MAX_MENTEES,
				),
			),
			'score'       => array(
				'mentee' => $user( __( 'The mentee’s user ID.', 'wayfinder' ) ),
				'mentor' => $user( __( 'The mentor’s user ID.', 'wayfinder' ) ),
			),
			'commit'      => array(
				'cohort' => array(
					'description' => __( 'The cohort the pairs belong to: each is saved active at once, tied to the cohort.', 'wayfinder' ),
					'type'        => 'integer',
					'minimum'     => 1,
				),
				'pairs'  => array(
					'description' => __( 'The pairs to save, each a mentee and a mentor.', 'wayfinder' ),
					'type'        => 'array',
					'required'    => true,
					'minItems'    => 1,
					'maxItems'    => self::MAX_MENTEES,
					'items'       => array(
						'type'                 => 'object',
						'properties'           => array(
							'mentee' => array(
								'type'     => 'integer',
								'minimum'  => 1,
								'required' => true,
							),
							'mentor' => array(
								'type'     => 'integer',
								'minimum'  => 1,
								'required' => true,
							),
						),
						'additionalProperties' => false,
					),
				),
			),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-board-' . $route . '-request',
			'type'       => 'object',
			'properties' => $properties[ $route ],
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function permissions_check( $request ) {
		if ( Capabilities::can_coordinate() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only mentoring coordinators use the matching board.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function suggestions( $request ) {
		$mentee = $this->mentee_or_error( (int) $request['mentee'] );
		if ( is_wp_error( $mentee ) ) {
			return $mentee;
		}
		$scorer  = $this->scorer();
		$people  = new EnginePeople( $this->profiles );
		$engine  = $people->mentee( $this->profiles->find( $mentee ) );
		$mentors = new MentorPool( $this->profiles, $people );
		// Every team's mentors: only those who could be among the best for this mentee are read.
		$top = $mentors->top( $engine, $scorer, (int) $request['count'] );
		return rest_ensure_response(
			array(
				'mentee'      => $mentee,
				'suggestions' => array_map( fn ( ScoredPair $pair ): array => $this->pair( $pair, $scorer ), $top ),
				'reason'      => array() === $top ? $mentors->why_unmatched( $engine, $scorer, '' )->reason( new MatchingMessages() ) : null,
			)
		);
	}

	/**
	 * A run of up to BoardRuns::at_once_limit() mentees answers at once (200); a bigger one is stored
	 * and answers 202 with the run to poll at GET /board/runs/<id>.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function run( $request ) {
		if ( isset( $request['cohort'] ) ) {
			return null === CohortPostType::find( (int) $request['cohort'] ) ? CohortPostType::not_found() : rest_ensure_response( $this->board->run_in_cohort( (int) $request['cohort'], time() ) );
		}
		$ids     = isset( $request['mentees'] ) ? array_values( array_map( 'intval', (array) $request['mentees'] ) ) : $this->board->waiting();
		$mentees = $this->board->mentees_to_match( $ids );
		if ( count( $mentees ) <= BoardRuns::at_once_limit() ) {
			return rest_ensure_response( $this->board->run( $mentees, time() ) );
		}
		$run = $this->runs->start( $mentees, get_current_user_id() );
		if ( is_wp_error( $run ) ) {
			return $run;
		}
		$response = new WP_REST_Response( $this->runs->view( $run ), 202 );
		$response->header( 'Location', rest_url( RestNamespace::V1 . '/board/runs/' . $run->id ) );
		return $response;
	}

	/**
	 * A background run as it stands; a run that is due takes its next step in this request first, so
	 * polls alone finish it. Every coordinator sees every run (the board is the program's).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function run_status( $request ) {
		$run = $this->runs->poll( (int) $request['id'] );
		if ( null === $run ) {
			return new WP_Error( 'wayfinder_board_run_not_found', __( 'There is no such board run. Runs are deleted a day after they finish; run the board again.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return rest_ensure_response( $this->runs->view( $run ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function score( $request ) {
		$mentee = $this->mentee_or_error( (int) $request['mentee'] );
		if ( is_wp_error( $mentee ) ) {
			return $mentee;
		}
		$scored = $this->board->score( $mentee, (int) $request['mentor'] );
		return is_wp_error( $scored ) ? $scored : rest_ensure_response( $scored );
	}

	/**
	 * Saves the pairs as one transaction (see BoardService::commit()).
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function commit( $request ) {
		$pairs = array_map(
			static fn ( $pair ): array => array(
				'mentee' => (int) $pair['mentee'],
				'mentor' => (int) $pair['mentor'],
			),
			array_values( (array) $request['pairs'] )
		);
		if ( isset( $request['cohort'] ) && null === CohortPostType::find( (int) $request['cohort'] ) ) {
			return CohortPostType::not_found();
		}
		return rest_ensure_response( $this->board->commit( $pairs, get_current_user_id(), (int) ( $request['cohort'] ?? 0 ) ) );
	}

	/** @return int|WP_Error */
	private function mentee_or_error( int $user_id ) {
		if ( ! get_userdata( $user_id ) ) {
			return new WP_Error( 'wayfinder_unknown_user', __( 'There is no such mentee on this site.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return $user_id;
	}

	private function scorer(): Scorer {
		return $this->board->scorer( time() );
	}

	/** @return array<string, mixed> */
	private function pair( ScoredPair $pair, Scorer $scorer ): array {
		return $this->board->pair( $pair, $scorer );
	}

	/**
	 * What each board route answers, as a JSON schema (published through OPTIONS like any route's).
	 *
	 * @return array<string, mixed>
	 */
	public function response_schema( string $route ): array {
		$int        = array( 'type' => 'integer' );
		$str        = array( 'type' => 'string' );
		$pair       = array(
			'type'       => 'object',
			'properties' => array(
				'mentee'      => $int,
				'mentee_name' => $str,
				'mentor'      => $int,
				'mentor_name' => $str,
				'score'       => array(
					'description' => __( 'The engine’s score, 0–100 (more with a preference bonus).', 'wayfinder' ),
					'type'        => 'number',
				),
				'reasons'     => array(
					'description' => __( 'One sentence per matching criterion, keyed by criterion.', 'wayfinder' ),
					'type'        => 'object',
				),
			),
		);
		$list       = static fn ( array $items ): array => array(
			'type'  => 'array',
			'items' => $items,
		);
		$properties = array(
			'suggestions' => array(
				'mentee'      => $int,
				'suggestions' => $list( $pair ),
				'reason'      => array(
					'description' => __( 'Why there is no suggestion, or null.', 'wayfinder' ),
					'type'        => array( 'string', 'null' ),
				),
			),
			'run'         => array(
				'pairs'     => $list( $pair ),
				'unmatched' => $list(
					array(
						'type'       => 'object',
						'properties' => array(
							'mentee'      => $int,
							'mentee_name' => $str,
							'reason'      => $str,
						),
					)
				),
				'mentors'   => $list(
					array(
						'type'       => 'object',
						'properties' => array(
							'id'   => $int,
							'name' => $str,
							'free' => $int,
						),
					)
				),
			),
			'runs'        => array(
				'id'         => $int,
				'status'     => array(
					'description' => __( 'Where the run stands.', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => array( BoardRun::QUEUED, BoardRun::RUNNING, BoardRun::DONE, BoardRun::FAILED ),
				),
				'progress'   => array(
					'type'       => 'object',
					'properties' => array(
						'done'    => array(
							'description' => __( 'Mentees whose candidate mentors were found so far.', 'wayfinder' ),
							'type'        => 'integer',
						),
						'total'   => array(
							'description' => __( 'Mentees in the run.', 'wayfinder' ),
							'type'        => 'integer',
						),
						'message' => array(
							'description' => __( 'Where the run stands, as a sentence for people.', 'wayfinder' ),
							'type'        => 'string',
						),
					),
				),
				'created_by' => $int,
				'created_at' => array(
					'type'   => 'string',
					'format' => 'date-time',
				),
				'result'     => array(
					'description' => __( 'When done: what POST /board/run answers at once (pairs, unmatched, mentors).', 'wayfinder' ),
					'type'        => 'object',
				),
				'error'      => array(
					'description' => __( 'When failed: why, and what to do.', 'wayfinder' ),
					'type'        => 'string',
				),
			),
			'score'       => $pair['properties'] + array(
				'excluded' => array(
					'description' => __( 'True when the engine would never propose this pair (no shared language, an ended match, the same person).', 'wayfinder' ),
					'type'        => 'boolean',
				),
			),
			'commit'      => array(
				'mode'   => array(
					'type' => 'string',
					'enum' => array( 'proposal', 'request', 'cohort' ),
				),
				'saved'  => $list(
					array(
						'type'       => 'object',
						'properties' => array(
							'mentee'  => $int,
							'mentor'  => $int,
							'match'   => $int,
							'request' => $int,
						),
					)
				),
				'failed' => $list(
					array(
						'type'       => 'object',
						'properties' => array(
							'mentee'  => $int,
							'mentor'  => $int,
							'code'    => $str,
							'message' => $str,
						),
					)
				),
			),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'wayfinder-board-' . $route,
			'type'       => 'object',
			'properties' => $properties[ $route ],
		);
	}
}
