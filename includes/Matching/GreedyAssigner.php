<?php
/**
 * The baseline the benchmark compares against: sort every pair by score and fill capacity first come,
 * first served — what programs without an optimiser do.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class GreedyAssigner {

	public function solve( AssignmentProblem $problem ): AssignmentResult {
		$mentees = count( $problem->mentee_ids );
		$pairs   = array();
		foreach ( $problem->edges as $e => $edges ) {
			foreach ( $edges as $m => $score ) {
				$pairs[] = array( $score, $e, $m );
			}
		}
		usort( $pairs, static fn ( array $a, array $b ): int => array( $b[0], $a[1], $a[2] ) <=> array( $a[0], $b[1], $b[2] ) );
		$assigned = array_fill( 0, $mentees, -1 );
		$free     = $problem->capacity;
		foreach ( $pairs as list( $score, $e, $m ) ) {
			if ( -1 === $assigned[ $e ] && $free[ $m ] > 0 ) {
				$assigned[ $e ] = $mentees + $m;
				--$free[ $m ];
			}
		}
		return AssignmentResult::from_solution( $problem, $assigned, $mentees );
	}
}
