<?php
/**
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Matching;

use PHPUnit\Framework\TestCase;
use Wayfinder\Matching\AssignmentProblem;
use Wayfinder\Matching\AssignmentResult;
use Wayfinder\Matching\Assigner;
use Wayfinder\Matching\GreedyAssigner;

final class AssignerTest extends TestCase {

	private static function random_problem( int $seed, int $mentees, int $mentors, int $max_capacity, float $density, float $fairness ): AssignmentProblem {
		mt_srand( $seed );
		$problem = new AssignmentProblem( $fairness );
		for ( $m = 0; $m < $mentors; $m++ ) {
			$problem->add_mentor( 'm' . $m, mt_rand( 0, $max_capacity ), mt_rand( 0, 2 ) );
		}
		for ( $e = 0; $e < $mentees; $e++ ) {
			$problem->add_mentee( 'e' . $e );
			for ( $m = 0; $m < $mentors; $m++ ) {
				if ( mt_rand( 0, 999 ) < $density * 1000 ) {
					// Coarse scores make many ties, the hard case for exactness.
					$problem->add_edge( 'e' . $e, 'm' . $m, mt_rand( 0, 40 ) * 2.5 );
				}
			}
		}
		return $problem;
	}

	/** @return array{0:int,1:float} */
	private static function objective( AssignmentProblem $problem, AssignmentResult $result ): array {
		$mentor_index = array_flip( $problem->mentor_ids );
		$used         = array_fill( 0, count( $problem->mentor_ids ), 0 );
		$value        = 0.0;
		foreach ( $result->assignments as $a ) {
			$m      = $mentor_index[ $a['mentor'] ];
			$value += $a['score'] - $problem->fairness * ( $problem->load[ $m ] + $used[ $m ] );
			++$used[ $m ];
		}
		return array( $result->matched(), $value );
	}

	public function test_it_equals_exhaustive_search_on_many_small_instances(): void {
		for ( $seed = 1; $seed <= 300; $seed++ ) {
			$fairness                          = 0 === $seed % 3 ? 2.5 : 0.0;
			$problem                           = self::random_problem( $seed, mt_rand( 1, 6 ), mt_rand( 1, 4 ), 2, 0.6, $fairness );
			list( $matched, $value )           = self::objective( $problem, ( new Assigner() )->solve( $problem ) );
			list( $best_matched, $best_value ) = ExactReference::exhaustive( $problem );
			$this->assertSame( $best_matched, $matched, "seed $seed: matched" );
			$this->assertEqualsWithDelta( $best_value, $value, 1e-6, "seed $seed: objective" );
		}
	}

	public function test_it_equals_an_independent_min_cost_flow_on_medium_instances(): void {
		for ( $seed = 1; $seed <= 12; $seed++ ) {
			$fairness                          = 0 === $seed % 2 ? 1.5 : 0.0;
			$problem                           = self::random_problem( 1000 + $seed, 40, 12, 4, 0.3, $fairness );
			list( $matched, $value )           = self::objective( $problem, ( new Assigner() )->solve( $problem ) );
			list( $best_matched, $best_value ) = ExactReference::bellman_ford_flow( $problem );
			$this->assertSame( $best_matched, $matched, "seed $seed: matched" );
			$this->assertEqualsWithDelta( $best_value, $value, 1e-6, "seed $seed: objective" );
		}
	}

	public function test_capacity_is_never_exceeded_and_each_mentee_has_at_most_one_mentor(): void {
		for ( $seed = 1; $seed <= 30; $seed++ ) {
			$problem = self::random_problem( 5000 + $seed, 60, 10, 5, 0.4, 0.0 );
			$result  = ( new Assigner() )->solve( $problem );
			$per     = array_count_values( array_column( $result->assignments, 'mentor' ) );
			foreach ( $problem->mentor_ids as $m => $id ) {
				$this->assertLessThanOrEqual( $problem->capacity[ $m ], $per[ $id ] ?? 0, "seed $seed: $id" );
			}
			$mentees = array_column( $result->assignments, 'mentee' );
			$this->assertSame( $mentees, array_unique( $mentees ) );
			$this->assertSame( count( $problem->mentee_ids ), $result->matched() + count( $result->unassigned ) );
		}
	}

	public function test_it_beats_greedy_where_greedy_blocks_a_better_pairing(): void {
		$problem = AssignmentProblem::from_array(
			array(
				'mentors' => array(
					array(
						'id'       => 'm1',
						'capacity' => 1,
					),
					array(
						'id'       => 'm2',
						'capacity' => 1,
					),
				),
				'mentees' => array( array( 'id' => 'e1' ), array( 'id' => 'e2' ) ),
				'edges'   => array(
					array(
						'mentee' => 'e1',
						'mentor' => 'm1',
						'score'  => 90,
					),
					array(
						'mentee' => 'e1',
						'mentor' => 'm2',
						'score'  => 80,
					),
					array(
						'mentee' => 'e2',
						'mentor' => 'm1',
						'score'  => 85,
					),
				),
			)
		);
		$optimal = ( new Assigner() )->solve( $problem );
		$greedy  = ( new GreedyAssigner() )->solve( $problem );
		$this->assertSame( 2, $optimal->matched() );
		$this->assertSame( 165.0, $optimal->total_score() );
		$this->assertSame( 1, $greedy->matched() );
	}

	public function test_fairness_spreads_mentees_when_scores_are_close(): void {
		$data    = array(
			'mentors'  => array(
				array(
					'id'       => 'busy',
					'capacity' => 3,
				),
				array(
					'id'       => 'idle',
					'capacity' => 3,
				),
			),
			'mentees'  => array( array( 'id' => 'e1' ), array( 'id' => 'e2' ) ),
			'edges'    => array(
				array(
					'mentee' => 'e1',
					'mentor' => 'busy',
					'score'  => 80,
				),
				array(
					'mentee' => 'e1',
					'mentor' => 'idle',
					'score'  => 78,
				),
				array(
					'mentee' => 'e2',
					'mentor' => 'busy',
					'score'  => 80,
				),
				array(
					'mentee' => 'e2',
					'mentor' => 'idle',
					'score'  => 78,
				),
			),
			'fairness' => 0,
		);
		$without = ( new Assigner() )->solve( AssignmentProblem::from_array( $data ) );
		$this->assertSame( array( 'busy', 'busy' ), array_column( $without->assignments, 'mentor' ) );

		$data['fairness'] = 5;
		$with             = ( new Assigner() )->solve( AssignmentProblem::from_array( $data ) );
		$mentors          = array_column( $with->assignments, 'mentor' );
		sort( $mentors );
		$this->assertSame( array( 'busy', 'idle' ), $mentors );
	}

	public function test_unassigned_mentees_say_why(): void {
		$problem = AssignmentProblem::from_array(
			array(
				'mentors' => array(
					array(
						'id'       => 'm1',
						'capacity' => 1,
					),
				),
				'mentees' => array( array( 'id' => 'e1' ), array( 'id' => 'e2' ), array( 'id' => 'e3' ) ),
				'edges'   => array(
					array(
						'mentee' => 'e1',
						'mentor' => 'm1',
						'score'  => 50,
					),
					array(
						'mentee' => 'e2',
						'mentor' => 'm1',
						'score'  => 60,
					),
				),
			)
		);
		$result  = ( new Assigner() )->solve( $problem );
		$this->assertSame(
			array(
				array(
					'mentee' => 'e2',
					'mentor' => 'm1',
					'score'  => 60.0,
				),
			),
			$result->assignments
		);
		$codes = array_column( array_map( static fn ( $u ): array => (array) $u, $result->unassigned ), 'code', 'mentee_id' );
		$this->assertSame(
			array(
				'e1' => 'capacity_used',
				'e3' => 'no_candidates',
			),
			$codes
		);
	}

	public function test_the_same_input_gives_the_same_answer(): void {
		$problem = self::random_problem( 77, 80, 15, 4, 0.3, 1.0 );
		$this->assertEquals( ( new Assigner() )->solve( $problem ), ( new Assigner() )->solve( $problem ) );
	}
}
