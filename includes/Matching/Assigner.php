<?php
/**
 * The assignment layer: the optimal assignment of mentees to mentors on the candidate graph.
 *
 * Objective: first the most matched mentees, then the highest total score, minus — when fairness is
 * on — a rising cost for every extra mentee a mentor takes (fairness × mentees the mentor already has).
 *
 * Exact min-cost flow: source → mentee (1) → mentor (edge cost max − score) → sink, one arc per free
 * place with cost fairness × load (convex, so it stays a min-cost flow), and for every mentee an
 * "unassigned" arc to the sink so costly that taking it means no assignment exists. Every mentee
 * then ships one unit, so mentees are added one at a time with a shortest augmenting path each
 * (Dijkstra on reduced costs with potentials) — successive shortest paths, exact and deterministic.
 * Costs are integers (scores in ten-thousandths) so ties and optimality are exact.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class Assigner {

	private const SCALE = 10000;

	public function solve( AssignmentProblem $problem ): AssignmentResult {
		return CycleCollector::paused( fn (): AssignmentResult => $this->run( $problem ) );
	}

	private function run( AssignmentProblem $problem ): AssignmentResult {
		$mentees = count( $problem->mentee_ids );
		$mentors = count( $problem->mentor_ids );
		$sink    = $mentees + $mentors;

		// Edge costs: the best score costs 0, everything else more; all non-negative integers.
		$best = 0;
		$adj  = array();
		foreach ( $problem->edges as $edges ) {
			foreach ( $edges as $score ) {
				$best = max( $best, (int) round( $score * self::SCALE ) );
			}
		}
		$order = array();
		foreach ( $problem->edges as $e => $edges ) {
			$adj[ $e ] = array();
			$top       = 0;
			foreach ( $edges as $m => $score ) {
				$adj[ $e ][ $mentees + $m ] = $best - (int) round( $score * self::SCALE );
				$top                        = max( $top, $score );
			}
			$order[ $e ] = $top;
		}
		// Any order gives the optimum; best-first makes later searches shorter.
		arsort( $order );
		$capacity = array();
		$load     = array();
		$max_load = 0;
		foreach ( $problem->capacity as $m => $places ) {
			$capacity[ $mentees + $m ] = $places;
			$load[ $mentees + $m ]     = $problem->load[ $m ];
			$max_load                  = max( $max_load, $places + $problem->load[ $m ] );
		}
		$fairness  = (int) round( $problem->fairness * self::SCALE );
		$unit_cost = $best + $fairness * $max_load;
		// Dearer than any set of real assignments could ever be: matching one more mentee always wins.
		$unassigned_cost = ( $mentees + 1 ) * ( $unit_cost + 1 );

		// Reduced costs only use potential differences, so nodes a search never reaches need no update.
		$potential = array_fill( 0, $sink + 1, 0 );
		$assigned  = array_fill( 0, $mentees, -1 );          // Mentee => mentor node, or -1.
		$members   = array_fill( $mentees, $mentors, array() ); // Mentor node => [ mentee => edge cost ].
		$used      = array_fill( $mentees, $mentors, 0 );
		// Distances in a list read faster than in a map; each search resets the nodes it reached.
		$dist = array_fill( 0, $sink + 1, PHP_INT_MAX );

		foreach ( $order as $source => $unused ) {
			// A potential that keeps the new mentee's arcs non-negative.
			$p = $potential[ $sink ] - $unassigned_cost;
			foreach ( $adj[ $source ] as $node => $cost ) {
				$p = max( $p, $potential[ $node ] - $cost );
			}
			$potential[ $source ] = $p;
			$place                = self::free_place( $adj[ $source ], $p, $potential, $sink, $fairness, $load, $capacity, $used );
			if ( null !== $place ) {
				$this->augment(
					array(
						$sink  => $place,
						$place => $source,
					),
					$sink,
					$mentees,
					$assigned,
					$members,
					$used,
					$adj
				);
				continue;
			}

			$dist[ $source ] = 0;
			$parent          = array();
			$settled         = array();
			$queue           = new \SplPriorityQueue();
			$queue->setExtractFlags( \SplPriorityQueue::EXTR_DATA );
			$queue->insert( $source, 0 );
			while ( ! $queue->isEmpty() ) {
				$u = $queue->extract();
				if ( isset( $settled[ $u ] ) ) {
					continue; // A stale entry: $u was settled at a shorter distance already.
				}
				$settled[ $u ] = true;
				if ( $u === $sink ) {
					break;
				}
				$du = $dist[ $u ] + $potential[ $u ];
				if ( $u < $mentees ) {
					// Mentee: any candidate mentor but its own, or give up its place (the unassigned arc).
					$own   = $assigned[ $u ];
					$level = $dist[ $u ];
					foreach ( $adj[ $u ] as $v => $cost ) {
						if ( $own !== $v ) {
							$d = $du + $cost - $potential[ $v ];
							if ( $d < $dist[ $v ] ) {
								$dist[ $v ]   = $d;
								$parent[ $v ] = $u;
								// A mentor with room at this very distance, whose place costs nothing more, ends
								// the search: nothing can be nearer. It saves wading through ties.
								if ( $d === $level && $used[ $v ] < $capacity[ $v ]
									&& $d + $fairness * ( $load[ $v ] + $used[ $v ] ) + $potential[ $v ] - $potential[ $sink ] === $level ) {
									$dist[ $sink ]    = $level;
									$parent[ $sink ]  = $v;
									$settled[ $v ]    = true;
									$settled[ $sink ] = true;
									break 2;
								}
								$queue->insert( $v, -$d );
							}
						}
					}
					$d = $du + $unassigned_cost - $potential[ $sink ];
				} else {
					// Mentor: hand one of its mentees on, or use a free place (the sink).
					foreach ( $members[ $u ] as $v => $cost ) {
						$d = $du - $cost - $potential[ $v ];
						if ( $d < $dist[ $v ] ) {
							$dist[ $v ]   = $d;
							$parent[ $v ] = $u;
							$queue->insert( $v, -$d );
						}
					}
					if ( $used[ $u ] >= $capacity[ $u ] ) {
						continue;
					}
					$d = $du + $fairness * ( $load[ $u ] + $used[ $u ] ) - $potential[ $sink ];
				}
				if ( $d < $dist[ $sink ] ) {
					$dist[ $sink ]   = $d;
					$parent[ $sink ] = $u;
					if ( $d <= $dist[ $u ] ) {
						// Nothing left in the queue is nearer than $u, so this path to the sink is shortest.
						$settled[ $sink ] = true;
						break;
					}
					$queue->insert( $sink, -$d );
				}
			}
			// Every mentee has the unassigned arc, so the sink is always reached.
			$shift = $dist[ $sink ];
			foreach ( $settled as $v => $unused ) {
				$potential[ $v ] += $dist[ $v ] - $shift;
			}
			$this->augment( $parent, $sink, $mentees, $assigned, $members, $used, $adj );
			$dist[ $source ] = PHP_INT_MAX;
			foreach ( $parent as $v => $unused ) {
				$dist[ $v ] = PHP_INT_MAX;
			}
		}

		return AssignmentResult::from_solution( $problem, $assigned, $mentees );
	}

	/**
	 * The shortcut most mentees take: the first candidate at reduced cost 0 whose free place costs
	 * nothing more is a shortest path already (reduced costs are never negative), so no search is
	 * needed. It is the mentor the search would pick first, or null.
	 *
	 * @param array<int, int> $arcs      Mentor node => edge cost, of this mentee.
	 * @param array<int, int> $potential
	 * @param array<int, int> $load
	 * @param array<int, int> $capacity
	 * @param array<int, int> $used
	 */
	private static function free_place( array $arcs, int $p, array $potential, int $sink, int $fairness, array $load, array $capacity, array $used ): ?int {
		foreach ( $arcs as $v => $cost ) {
			if ( $p + $cost === $potential[ $v ] && $used[ $v ] < $capacity[ $v ]
				&& $fairness * ( $load[ $v ] + $used[ $v ] ) + $potential[ $v ] === $potential[ $sink ] ) {
				return $v;
			}
		}
		return null;
	}

	/**
	 * @param array<int, int>                       $parent
	 * @param list<int>                             $assigned
	 * @param array<int, array<int, int>>           $members
	 * @param array<int, int>                       $used
	 * @param array<int, array<int, int>>          $adj Mentee => [ mentor node => edge cost ].
	 */
	private function augment( array $parent, int $sink, int $mentees, array &$assigned, array &$members, array &$used, array $adj ): void {
		$last = $parent[ $sink ];
		if ( $last >= $mentees ) {
			++$used[ $last ];
		} elseif ( $assigned[ $last ] >= 0 ) {
			// The last mentee on the path gives up its place.
			unset( $members[ $assigned[ $last ] ][ $last ] );
			$assigned[ $last ] = -1;
		}
		$v = $last;
		while ( isset( $parent[ $v ] ) ) {
			$u = $parent[ $v ];
			if ( $u < $mentees ) {
				// Mentee u takes mentor v, leaving the mentor it had, if any.
				if ( $assigned[ $u ] >= 0 ) {
					unset( $members[ $assigned[ $u ] ][ $u ] );
				}
				$assigned[ $u ]      = $v;
				$members[ $v ][ $u ] = $adj[ $u ][ $v ];
			}
			$v = $u;
		}
	}
}
