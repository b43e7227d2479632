<?php
/**
 * The assignment layer's input: mentors with capacity (and current load), mentees, scored edges,
 * and the fairness term. Validated on the way in, so the solver never sees bad data.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class AssignmentProblem {

	/** @var list<string> */
	public array $mentor_ids = array();
	/** @var list<int> Free places per mentor. */
	public array $capacity = array();
	/** @var list<int> Mentees a mentor has already, for the fairness term. */
	public array $load = array();
	/** @var list<string> */
	public array $mentee_ids = array();
	/** @var list<array<int, float>> Per mentee: mentor index => score, in input order (one array per mentee, not one per edge). */
	public array $edges = array();

	/** @var array<string, int> */
	private array $mentor_index = array();
	/** @var array<string, int> */
	private array $mentee_index = array();

	public function __construct( public readonly float $fairness = 0.0 ) {
		if ( ! is_finite( $fairness ) || $fairness < 0 ) {
			throw new InvalidInput( '"fairness" must be a number of 0 or more.' );
		}
	}

	/**
	 * Reads the command-line shape:
	 * {"mentors":[{"id":"m1","capacity":2}],"mentees":[{"id":"e1"}],"edges":[{"mentee":"e1","mentor":"m1","score":87.5}],"fairness":0}
	 *
	 * @param array<string, mixed> $data
	 */
	public static function from_array( array $data ): self {
		$problem = new self( Input::finite_number( $data['fairness'] ?? 0, '"fairness"' ) );
		foreach ( Input::objects( $data, 'mentors' ) as $mentor ) {
			$id = Input::id( $mentor, 'mentor' );
			$problem->add_mentor( $id, Input::non_negative_int( $mentor, 'capacity', -1, sprintf( 'mentor "%s"', $id ) ), Input::non_negative_int( $mentor, 'load', 0, sprintf( 'mentor "%s"', $id ) ) );
		}
		foreach ( Input::objects( $data, 'mentees' ) as $mentee ) {
			$problem->add_mentee( Input::id( $mentee, 'mentee' ) );
		}
		foreach ( Input::objects( $data, 'edges' ) as $n => $edge ) {
			$mentee = $edge['mentee'] ?? null;
			$mentor = $edge['mentor'] ?? null;
			if ( ! is_scalar( $mentee ) || ! is_scalar( $mentor ) ) {
				throw new InvalidInput( sprintf( 'Edge %d needs "mentee" and "mentor" ids.', $n + 1 ) );
			}
			$problem->add_edge( (string) $mentee, (string) $mentor, Input::finite_number( $edge['score'] ?? null, sprintf( 'The score of edge %s → %s', $mentee, $mentor ) ) );
		}
		return $problem;
	}

	public function add_mentor( string $id, int $capacity, int $load = 0 ): void {
		if ( $capacity < 0 ) {
			throw new InvalidInput( sprintf( 'mentor "%s": "capacity" must be a whole number of 0 or more.', $id ) );
		}
		if ( isset( $this->mentor_index[ $id ] ) ) {
			throw new InvalidInput( sprintf( 'mentor "%s" is listed twice.', $id ) );
		}
		$this->mentor_index[ $id ] = count( $this->mentor_ids );
		$this->mentor_ids[]        = $id;
		$this->capacity[]          = $capacity;
		$this->load[]              = $load;
	}

	public function add_mentee( string $id ): void {
		if ( isset( $this->mentee_index[ $id ] ) ) {
			throw new InvalidInput( sprintf( 'mentee "%s" is listed twice.', $id ) );
		}
		$this->mentee_index[ $id ] = count( $this->mentee_ids );
		$this->mentee_ids[]        = $id;
		$this->edges[]             = array();
	}

	public function add_edge( string $mentee, string $mentor, float $score ): void {
		if ( ! isset( $this->mentee_index[ $mentee ] ) ) {
			throw new InvalidInput( sprintf( 'An edge names mentee "%s", who is not in "mentees".', $mentee ) );
		}
		if ( ! isset( $this->mentor_index[ $mentor ] ) ) {
			throw new InvalidInput( sprintf( 'An edge names mentor "%s", who is not in "mentors".', $mentor ) );
		}
		if ( ! is_finite( $score ) ) {
			throw new InvalidInput( sprintf( 'The score of edge %s → %s must be a finite number.', $mentee, $mentor ) );
		}
		$e = $this->mentee_index[ $mentee ];
		$m = $this->mentor_index[ $mentor ];
		if ( isset( $this->edges[ $e ][ $m ] ) ) {
			throw new InvalidInput( sprintf( 'The edge %s → %s is listed twice.', $mentee, $mentor ) );
		}
		$this->edges[ $e ][ $m ] = $score;
	}

	/**
	 * Builds the problem from the scoring layer's candidates. They are valid by construction (one
	 * pair per mentee and mentor, finite scores), so the per-edge checks of add_edge() are skipped.
	 */
	public static function from_candidates( CandidateSet $set, float $fairness ): self {
		return CycleCollector::paused(
			static function () use ( $set, $fairness ): self {
				$problem = new self( $fairness );
				foreach ( $set->candidates as $mentee_id => $pairs ) {
					$problem->add_mentee( (string) $mentee_id );
					$edges = array();
					foreach ( $pairs as $pair ) {
						$mentor = $pair->mentor;
						if ( ! isset( $problem->mentor_index[ $mentor->id ] ) ) {
							$problem->add_mentor( $mentor->id, $mentor->remaining(), $mentor->load );
						}
						$edges[ $problem->mentor_index[ $mentor->id ] ] = $pair->score;
					}
					$problem->edges[ count( $problem->edges ) - 1 ] = $edges;
				}
				return $problem;
			}
		);
	}
}
