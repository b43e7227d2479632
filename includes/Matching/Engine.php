<?php
/**
 * The engine's front door for array input (the command line, and later the WordPress side):
 * score people, assign on scored edges, or match one newcomer, with the same shapes in and out.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class Engine {

	public function __construct( private readonly Messages $messages = new Messages() ) {
	}

	/**
	 * People → every mentee's top candidates with reasons, the unmatched with theirs, and the
	 * scored edges in the assignment layer's input shape (so the output can be piped into assign()).
	 *
	 * @param array<string, mixed> $input { now?, criteria?, mentors: [], mentees: [] }
	 * @return array<string, mixed>
	 */
	public function score( array $input ): array {
		list( $scorer, $set ) = $this->candidates( $input );

		$candidates = array();
		$edges      = array();
		$in_edges   = array();
		foreach ( $set->candidates as $mentee_id => $pairs ) {
			$candidates[] = array(
				'mentee'  => (string) $mentee_id,
				'mentors' => array_map( fn ( ScoredPair $pair ): array => $this->pair_to_array( $pair, $scorer->criteria ), $pairs ),
			);
			foreach ( $pairs as $pair ) {
				$edges[]                       = array(
					'mentee' => (string) $mentee_id,
					'mentor' => $pair->mentor->id,
					'score'  => $pair->score,
				);
				$in_edges[ $pair->mentor->id ] = $pair->mentor;
			}
		}
		return array(
			'candidates' => $candidates,
			'unmatched'  => array_values( array_map( fn ( Unmatched $u ): array => $this->unmatched_to_array( $u ), $set->unmatched ) ),
			'mentors'    => array_values(
				array_map(
					static fn ( Mentor $m ): array => array(
						'id'       => $m->id,
						'capacity' => $m->remaining(),
						'load'     => $m->load,
					),
					$in_edges
				)
			),
			'mentees'    => array_map( static fn ( string $id ): array => array( 'id' => $id ), array_map( 'strval', array_keys( $set->candidates ) ) ),
			'edges'      => $edges,
			'fairness'   => $scorer->criteria->fairness,
		);
	}

	/**
	 * People → the optimal assignment with every pair's score and reasons: both layers in one go.
	 *
	 * @param array<string, mixed> $input { now?, criteria?, mentors: [], mentees: [] }
	 * @return array<string, mixed>
	 */
	public function match( array $input, bool $greedy = false ): array {
		list( $scorer, $set ) = $this->candidates( $input );
		$problem              = AssignmentProblem::from_candidates( $set, $scorer->criteria->fairness );
		$result               = $greedy ? ( new GreedyAssigner() )->solve( $problem ) : ( new Assigner() )->solve( $problem );

		$pairs = array();
		foreach ( $set->candidates as $mentee_id => $candidates ) {
			foreach ( $candidates as $pair ) {
				$pairs[ $mentee_id . "\0" . $pair->mentor->id ] = $pair;
			}
		}
		$output                = $result->to_array( $this->messages );
		$output['assignments'] = array_map(
			fn ( array $a ): array => array( 'mentee' => $a['mentee'] ) + $this->pair_to_array( $pairs[ $a['mentee'] . "\0" . $a['mentor'] ], $scorer->criteria ),
			$result->assignments
		);
		// Mentees no mentor qualified for come first: their reason is the more useful one.
		$output['unassigned'] = array_merge(
			array_values( array_map( fn ( Unmatched $u ): array => $this->unmatched_to_array( $u ), $set->unmatched ) ),
			$output['unassigned']
		);
		return $output;
	}

	/**
	 * Scored edges + capacities → the optimal assignment.
	 *
	 * @param array<string, mixed> $input { mentors: [ {id, capacity, load?} ], mentees: [ {id} ], edges: [ {mentee, mentor, score} ], fairness? }
	 * @return array<string, mixed>
	 */
	public function assign( array $input, bool $greedy = false ): array {
		$problem = AssignmentProblem::from_array( $input );
		$result  = $greedy ? ( new GreedyAssigner() )->solve( $problem ) : ( new Assigner() )->solve( $problem );
		return $result->to_array( $this->messages );
	}

	/**
	 * One newcomer → the best available mentor now, or why there is none.
	 *
	 * @param array<string, mixed> $input { now?, criteria?, mentors: [], mentee: {} }
	 * @return array<string, mixed>
	 */
	public function instant( array $input ): array {
		$scorer  = $this->scorer( $input );
		$mentors = self::mentors( $input, $scorer );
		if ( ! is_array( $input['mentee'] ?? null ) ) {
			throw new InvalidInput( '"mentee" must be an object describing the newcomer.' );
		}
		$best = ( new InstantMatcher( new CandidateGenerator( $scorer, $mentors ) ) )->best( Mentee::from_array( $input['mentee'] ) );
		if ( $best instanceof Unmatched ) {
			return array(
				'mentor' => null,
				'reason' => $best->reason( $this->messages ),
			);
		}
		return $this->pair_to_array( $best, $scorer->criteria );
	}

	/**
	 * The scoring layer on array input: every mentee's candidates, and the scorer that made them.
	 *
	 * @param array<string, mixed> $input
	 * @return array{0: Scorer, 1: CandidateSet}
	 */
	private function candidates( array $input ): array {
		$scorer  = $this->scorer( $input );
		$mentors = self::mentors( $input, $scorer );
		$mentees = array_map( array( Mentee::class, 'from_array' ), Input::objects( $input, 'mentees' ) );
		self::unique_ids( $mentors, 'mentor' );
		self::unique_ids( $mentees, 'mentee' );
		return array( $scorer, ( new CandidateGenerator( $scorer, $mentors ) )->generate( $mentees ) );
	}

	/**
	 * The mentors of the input, each away or not at the scorer's "now".
	 *
	 * @param array<string, mixed> $input
	 * @return list<Mentor>
	 */
	private static function mentors( array $input, Scorer $scorer ): array {
		return array_map( static fn ( array $mentor ): Mentor => Mentor::from_array( $mentor, $scorer->calendar->start ), Input::objects( $input, 'mentors' ) );
	}

	/** @param array<string, mixed> $input */
	private function scorer( array $input ): Scorer {
		$now = $input['now'] ?? null;
		$at  = null === $now ? time() : ( is_string( $now ) ? strtotime( $now ) : false );
		if ( false === $at ) {
			throw new InvalidInput( '"now" must be a date and time such as "2026-03-16T09:00:00Z".' );
		}
		$criteria = is_array( $input['criteria'] ?? null ) ? Criteria::from_array( $input['criteria'] ) : new Criteria();
		return new Scorer( $criteria, new AvailabilityCalendar( $at ) );
	}

	/** @return array<string, mixed> */
	private function pair_to_array( ScoredPair $pair, Criteria $criteria ): array {
		return array(
			'mentor'  => $pair->mentor->id,
			'score'   => $pair->score,
			'reasons' => $pair->reasons( $criteria, $this->messages ),
		);
	}

	/** @return array{mentee: string, reason: string} */
	private function unmatched_to_array( Unmatched $unmatched ): array {
		return array(
			'mentee' => $unmatched->mentee_id,
			'reason' => $unmatched->reason( $this->messages ),
		);
	}

	/** @param list<Person> $people */
	private static function unique_ids( array $people, string $what ): void {
		$seen = array();
		foreach ( $people as $person ) {
			if ( isset( $seen[ $person->id ] ) ) {
				throw new InvalidInput( sprintf( '%s "%s" is listed twice.', $what, $person->id ) );
			}
			$seen[ $person->id ] = true;
		}
	}
}
