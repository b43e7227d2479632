<?php
/**
 * Two independent exact solvers for checking the Assigner: exhaustive search for small instances and
 * a Bellman–Ford min-cost flow (with cycle-free successive shortest paths from a super source) for
 * medium ones. Written separately from the production code on purpose.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Matching;

use Wayfinder\Matching\AssignmentProblem;

final class ExactReference {

	/**
	 * Best [ matched, objective ] over every assignment: objective = Σ score − fairness × Σ over each
	 * mentor's new mentees of (load + k), k = 0, 1, …
	 *
	 * @return array{0:int,1:float}
	 */
	public static function exhaustive( AssignmentProblem $problem ): array {
		$best = array( 0, 0.0 );
		self::search( $problem, 0, array_fill( 0, count( $problem->mentor_ids ), 0 ), 0, 0.0, $best );
		return $best;
	}

	/**
	 * @param list<int>            $used
	 * @param array{0:int,1:float} $best
	 */
	private static function search( AssignmentProblem $problem, int $e, array $used, int $matched, float $value, array &$best ): void {
		if ( count( $problem->mentee_ids ) === $e ) {
			if ( $matched > $best[0] || ( $matched === $best[0] && $value > $best[1] + 1e-9 ) ) {
				$best = array( $matched, $value );
			}
			return;
		}
		self::search( $problem, $e + 1, $used, $matched, $value, $best );
		foreach ( $problem->edges[ $e ] as $m => $score ) {
			if ( $used[ $m ] < $problem->capacity[ $m ] ) {
				$penalty = $problem->fairness * ( $problem->load[ $m ] + $used[ $m ] );
				++$used[ $m ];
				self::search( $problem, $e + 1, $used, $matched + 1, $value + $score - $penalty, $best );
				--$used[ $m ];
			}
		}
	}

	/**
	 * Min-cost max-flow with Bellman–Ford shortest paths on an explicit arc list.
	 *
	 * @return array{0:int,1:float}
	 */
	public static function bellman_ford_flow( AssignmentProblem $problem ): array {
		$n_e    = count( $problem->mentee_ids );
		$n_m    = count( $problem->mentor_ids );
		$source = $n_e + $n_m;
		$sink   = $source + 1;
		$arcs   = array(); // [ from, to, capacity, cost ]
		$add    = static function ( int $from, int $to, int $capacity, float $cost ) use ( &$arcs ): void {
			$arcs[] = array( $from, $to, $capacity, $cost );
			$arcs[] = array( $to, $from, 0, -$cost );
		};
		for ( $e = 0; $e < $n_e; $e++ ) {
			$add( $source, $e, 1, 0.0 );
			foreach ( $problem->edges[ $e ] as $m => $score ) {
				$add( $e, $n_e + $m, 1, -$score );
			}
		}
		for ( $m = 0; $m < $n_m; $m++ ) {
			for ( $k = 0; $k < $problem->capacity[ $m ]; $k++ ) {
				$add( $n_e + $m, $sink, 1, $problem->fairness * ( $problem->load[ $m ] + $k ) );
			}
		}
		$matched = 0;
		$value   = 0.0;
		while ( true ) {
			$dist            = array_fill( 0, $sink + 1, INF );
			$via             = array_fill( 0, $sink + 1, -1 );
			$dist[ $source ] = 0.0;
			for ( $round = 0; $round <= $sink; $round++ ) {
				$changed = false;
				foreach ( $arcs as $a => list( $from, $to, $capacity, $cost ) ) {
					if ( $capacity > 0 && $dist[ $from ] + $cost < $dist[ $to ] - 1e-9 ) {
						$dist[ $to ] = $dist[ $from ] + $cost;
						$via[ $to ]  = $a;
						$changed     = true;
					}
				}
				if ( ! $changed ) {
					break;
				}
			}
			if ( INF === $dist[ $sink ] ) {
				break;
			}
			// Max flow first: every augmenting path adds a mentee, whatever its cost.
			for ( $v = $sink; $v !== $source; $v = $arcs[ $via[ $v ] ][0] ) {
				--$arcs[ $via[ $v ] ][2];
				++$arcs[ $via[ $v ] ^ 1 ][2];
			}
			++$matched;
			$value -= $dist[ $sink ];
		}
		return array( $matched, $value );
	}
}
