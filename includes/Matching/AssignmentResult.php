<?php
/**
 * The assignment layer's output: who goes to whom with what score, who is left and why, totals.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class AssignmentResult {

	/**
	 * @param list<array{mentee: string, mentor: string, score: float}> $assignments In mentee input order.
	 * @param list<Unmatched>                                           $unassigned
	 */
	public function __construct(
		public readonly array $assignments,
		public readonly array $unassigned,
	) {
	}

	public function matched(): int {
		return count( $this->assignments );
	}

	public function total_score(): float {
		return round( array_sum( array_column( $this->assignments, 'score' ) ), 4 );
	}

	/**
	 * @param list<int> $assigned Mentee index => mentor node (mentees + mentor index), or -1.
	 */
	public static function from_solution( AssignmentProblem $problem, array $assigned, int $mentees ): self {
		$assignments = array();
		$unassigned  = array();
		foreach ( $assigned as $e => $node ) {
			if ( $node < 0 ) {
				$code         = array() === $problem->edges[ $e ] ? 'no_candidates' : 'capacity_used';
				$unassigned[] = new Unmatched( $problem->mentee_ids[ $e ], $code );
				continue;
			}
			$m             = $node - $mentees;
			$assignments[] = array(
				'mentee' => $problem->mentee_ids[ $e ],
				'mentor' => $problem->mentor_ids[ $m ],
				'score'  => $problem->edges[ $e ][ $m ],
			);
		}
		return new self( $assignments, $unassigned );
	}

	/** @return array<string, mixed> The command-line shape. */
	public function to_array( Messages $messages ): array {
		return array(
			'assignments' => $this->assignments,
			'unassigned'  => array_map(
				static fn ( Unmatched $u ): array => array(
					'mentee' => $u->mentee_id,
					'reason' => $u->reason( $messages ),
				),
				$this->unassigned
			),
			'matched'     => $this->matched(),
			'total_score' => $this->total_score(),
		);
	}
}
