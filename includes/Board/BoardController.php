<?php
/**
 * /wayfinder/v1/board: the coordinator's matching tools, for mentoring coordinators only.
 *
 * - GET  /board/suggestions?mentee=ID  the best mentors for one waiting mentee, with scores and reasons;
 * - POST /board/run { mentees? }       the optimal assignment of the waiting mentees (all, or those
 *                                      given) to every mentor with room: pairs with reasons, the
 *                                      unmatched with theirs, and each mentor's free places;
 * - POST /board/score { mentee, mentor } one pair scored and explained, for a coordinator's override;
 * - POST /board/commit { pairs }       saves pairs as the program assigns (a proposal the mentor
 *                                      confirms, or a request to the mentor), re-checking capacity,
 *                                      and reports each pair it could not save and why.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Board;

use Wayfinder\Matching\Assigner;
use Wayfinder\Matching\AssignmentProblem;
use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\CandidateGenerator;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\ScoredPair;
use Wayfinder\Matching\Scorer;
use Wayfinder\Mentorship\EnginePeople;
use Wayfinder\Mentorship\MatchingMessages;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\MentoringState;
use Wayfinder\Mentorship\RequestService;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Profiles\DisplayName;
use WP_Error;
use WP_REST_Controller;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class BoardController extends WP_REST_Controller {

	/** Mentees one run takes at most: the engine answers this many in well under a second. */
	public const MAX_MENTEES = 2000;

	public function __construct( private readonly ProfileRepository $profiles = new ProfileRepository() ) {
		$this->namespace = RestNamespace::V1;
		$this->rest_base = 'board';
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
				'pairs' => array(
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
		$mentors = new \Wayfinder\Mentorship\MentorPool( $this->profiles, $people );
		// Every team's mentors, as before: only those who could score for this mentee are read.
		$top = array_slice( ( new CandidateGenerator( $scorer, $mentors->mentors( $engine, $scorer, '' ) ) )->top( $engine ), 0, (int) $request['count'] );
		return rest_ensure_response(
			array(
				'mentee'      => $mentee,
				'suggestions' => array_map( fn ( ScoredPair $pair ): array => $this->pair( $pair, $scorer ), $top ),
				'reason'      => array() === $top ? $mentors->why_unmatched( $engine, $scorer, '' )->reason( new MatchingMessages() ) : null,
			)
		);
	}

	/** @param WP_REST_Request $request Full details about the request. */
	public function run( $request ): WP_REST_Response {
		$people  = new EnginePeople( $this->profiles );
		$ids     = isset( $request['mentees'] ) ? array_map( 'intval', (array) $request['mentees'] ) : $this->waiting();
		$mentees = array();
		foreach ( array_slice( array_values( array_unique( $ids ) ), 0, self::MAX_MENTEES ) as $id ) {
			if ( get_userdata( $id ) ) {
				$mentees[] = $people->mentee( $this->profiles->find( $id ) );
			}
		}
		$mentors = $people->all_mentors();
		$scorer  = $this->scorer();
		$pool    = new CandidateGenerator( $scorer, $mentors );
		$set     = $pool->generate( $mentees );
		$result  = ( new Assigner() )->solve( AssignmentProblem::from_candidates( $set, $scorer->criteria->fairness ) );
		$pairs   = array();
		foreach ( $set->candidates as $mentee_id => $candidates ) {
			foreach ( $candidates as $pair ) {
				$pairs[ $mentee_id . ':' . $pair->mentor->id ] = $pair;
			}
		}
		$messages = new MatchingMessages();
		return rest_ensure_response(
			array(
				'pairs'     => array_map( fn ( array $a ): array => $this->pair( $pairs[ $a['mentee'] . ':' . $a['mentor'] ], $scorer ), $result->assignments ),
				'unmatched' => array_merge(
					array_map( fn ( $u ): array => $this->unmatched( (int) $u->mentee_id, $u->reason( $messages ) ), array_values( $set->unmatched ) ),
					array_map( fn ( $u ): array => $this->unmatched( (int) $u->mentee_id, $u->reason( $messages ) ), $result->unassigned )
				),
				'mentors'   => array_map(
					fn ( Mentor $m ): array => array(
						'id'   => (int) $m->id,
						'name' => DisplayName::of( (int) $m->id ),
						'free' => $m->remaining(),
					),
					$pool->eligible()
				),
			)
		);
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
		$mentor = (int) $request['mentor'];
		if ( ! get_userdata( $mentor ) || ! Capabilities::can_mentor( $mentor ) ) {
			return new WP_Error( 'wayfinder_not_a_mentor', __( 'Choose a mentor: this person does not have the Mentor role.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$people = new EnginePeople( $this->profiles );
		$scorer = $this->scorer();
		$engine = $people->mentee( $this->profiles->find( $mentee ) );
		$pair   = $scorer->score( $engine, $people->mentor( $this->profiles->find( $mentor ) ) );
		return rest_ensure_response(
			$this->pair( $pair, $scorer ) + array(
				// The engine would never propose this pair; the coordinator may still choose it.
				'excluded' => $scorer->pair_excluded( $engine, $pair->mentor ),
			)
		);
	}

	/**
	 * Saves the pairs as one transaction: each pair is saved or reported as failed with the reason; a
	 * failure of the database itself undoes the whole commit, so it is never half saved. The emails
	 * (proposals, requests) go out once it is committed, from the notifications.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 */
	public function commit( $request ): WP_REST_Response {
		$matches                = new MatchService( $this->profiles );
		$requests               = new RequestService( $matches );
		$me                     = get_current_user_id();
		$mode                   = Settings::coordinator_assign_mode();
		$pairs                  = (array) $request['pairs'];
		list( $saved, $failed ) = Transaction::run(
			static function () use ( $pairs, $matches, $requests, $me, $mode ): array {
				$saved  = array();
				$failed = array();
				foreach ( $pairs as $pair ) {
					$mentee = (int) $pair['mentee'];
					$mentor = (int) $pair['mentor'];
					$id     = 'request' === $mode
						? $requests->create(
							array(
								'type'   => 'coordinator_request',
								'mentee' => $mentee,
								'mentor' => $mentor,
							),
							$me
						)
						: $matches->start( $mentee, $mentor, 'coordinator', $me, 'proposed' );
					if ( is_wp_error( $id ) ) {
						$failed[] = array(
							'mentee'  => $mentee,
							'mentor'  => $mentor,
							'code'    => $id->get_error_code(),
							'message' => $id->get_error_message(),
						);
					} else {
						$saved[] = array(
							'mentee' => $mentee,
							'mentor' => $mentor,
							'request' === $mode ? 'request' : 'match' => $id,
						);
					}
				}
				return array( $saved, $failed );
			}
		);
		return rest_ensure_response(
			array(
				'mode'   => $mode,
				'saved'  => $saved,
				'failed' => $failed,
			)
		);
	}

	/** @return list<int> Everyone waiting for any mentor, longest-waiting first. */
	private function waiting(): array {
		return ( new MentoringState( $this->profiles ) )->waiting( self::MAX_MENTEES );
	}

	/** @return int|WP_Error */
	private function mentee_or_error( int $user_id ) {
		if ( ! get_userdata( $user_id ) ) {
			return new WP_Error( 'wayfinder_unknown_user', __( 'There is no such mentee on this site.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return $user_id;
	}

	private function scorer(): Scorer {
		return new Scorer( Settings::criteria(), new AvailabilityCalendar( time() ) );
	}

	/** @return array<string, mixed> */
	private function pair( ScoredPair $pair, Scorer $scorer ): array {
		return array(
			'mentee'      => (int) $pair->mentee->id,
			'mentee_name' => DisplayName::of( (int) $pair->mentee->id ),
			'mentor'      => (int) $pair->mentor->id,
			'mentor_name' => DisplayName::of( (int) $pair->mentor->id ),
			'score'       => $pair->score,
			'reasons'     => $pair->reasons( $scorer->criteria, new MatchingMessages() ),
		);
	}

	/** @return array{mentee: int, mentee_name: string, reason: string} */
	private function unmatched( int $mentee, string $reason ): array {
		return array(
			'mentee'      => $mentee,
			'mentee_name' => DisplayName::of( $mentee ),
			'reason'      => $reason,
		);
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
			'score'       => $pair['properties'] + array(
				'excluded' => array(
					'description' => __( 'True when the engine would never propose this pair (no shared language, an ended match, the same person).', 'wayfinder' ),
					'type'        => 'boolean',
				),
			),
			'commit'      => array(
				'mode'   => array(
					'type' => 'string',
					'enum' => array( 'proposal', 'request' ),
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
