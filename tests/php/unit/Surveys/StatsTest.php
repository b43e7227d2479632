<?php
/**
 * The survey figures on small data sets whose expected values are worked out by hand below.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Surveys;

use PHPUnit\Framework\TestCase;
use Wayfinder\Surveys\Stats;

final class StatsTest extends TestCase {

	public function test_mean_and_share_agreeing(): void {
		// 5 + 4 + 3 + 2 + 4 = 18, / 5 = 3.6; agreeing (4 or 5): 5, 4, 4 = 3 of 5 = 0.6.
		$this->assertEqualsWithDelta( 3.6, Stats::mean( array( 5, 4, 3, 2, 4 ) ), 1e-9 );
		$this->assertEqualsWithDelta( 0.6, Stats::share_agreeing( array( 5, 4, 3, 2, 4 ) ), 1e-9 );
		$this->assertSame( 0.0, Stats::share_agreeing( array( 1, 2, 3 ) ) );
		$this->assertNull( Stats::mean( array() ) );
		$this->assertNull( Stats::share_agreeing( array() ) );
	}

	public function test_paired_change_with_its_confidence_interval(): void {
		// Pairs (before, after): (2,4) (3,4) (3,5) (2,3) (4,4). Before 14/5 = 2.8, after 20/5 = 4.0.
		// Differences 2, 1, 2, 1, 0: mean 1.2; squared deviations .64 + .04 + .64 + .04 + 1.44 = 2.8;
		// s² = 2.8 / 4 = 0.7, s = 0.836660; s/√5 = 0.374166; t(0.975, 4) = 2.776; margin = 1.038685.
		$change = Stats::paired_change( array( array( 2, 4 ), array( 3, 4 ), array( 3, 5 ), array( 2, 3 ), array( 4, 4 ) ) );
		$this->assertNotNull( $change );
		$this->assertSame( 5, $change['n'] );
		$this->assertEqualsWithDelta( 2.8, $change['before'], 1e-9 );
		$this->assertEqualsWithDelta( 4.0, $change['after'], 1e-9 );
		$this->assertEqualsWithDelta( 1.2, $change['change'], 1e-9 );
		$this->assertEqualsWithDelta( 0.161315, (float) $change['low'], 1e-5 );
		$this->assertEqualsWithDelta( 2.238685, (float) $change['high'], 1e-5 );
	}

	public function test_one_pair_has_no_interval_and_no_pairs_no_change(): void {
		$change = Stats::paired_change( array( array( 1, 3 ) ) );
		$this->assertNotNull( $change );
		$this->assertEqualsWithDelta( 2.0, $change['change'], 1e-9 );
		$this->assertNull( $change['low'] );
		$this->assertNull( $change['high'] );
		$this->assertNull( Stats::paired_change( array() ) );
	}

	public function test_identical_differences_give_a_zero_width_interval(): void {
		// Differences 1, 1, 1: s = 0, so the interval is the change itself.
		$change = Stats::paired_change( array( array( 3, 4 ), array( 2, 3 ), array( 4, 5 ) ) );
		$this->assertNotNull( $change );
		$this->assertEqualsWithDelta( 1.0, (float) $change['low'], 1e-9 );
		$this->assertEqualsWithDelta( 1.0, (float) $change['high'], 1e-9 );
	}

	public function test_t_table(): void {
		$this->assertNull( Stats::t_975( 0 ) );
		$this->assertSame( 12.706, Stats::t_975( 1 ) );
		$this->assertSame( 2.776, Stats::t_975( 4 ) );
		$this->assertSame( 2.042, Stats::t_975( 30 ) );
		// Between rows: the next smaller df (wider, never narrower).
		$this->assertSame( 2.042, Stats::t_975( 35 ) );
		$this->assertSame( 2.021, Stats::t_975( 40 ) );
		$this->assertSame( 2.000, Stats::t_975( 61 ) );
		$this->assertSame( 1.980, Stats::t_975( 120 ) );
		$this->assertSame( 1.96, Stats::t_975( 121 ) );
		$this->assertSame( 1.96, Stats::t_975( 100000 ) );
	}

	public function test_nps_with_its_margin(): void {
		// 10 answers: promoters 10, 9, 9, 10, 9 = 50 %; detractors 6, 3, 0 = 30 %; passives 8, 7 = 20 %.
		// NPS = 50 − 30 = 20. Margin: 1.96 · √((0.5 + 0.3 − 0.2²) / 10) = 1.96 · √0.076 = 0.540335 → 54.03 points.
		$nps = Stats::nps( array( 10, 9, 9, 8, 7, 6, 3, 10, 9, 0 ) );
		$this->assertNotNull( $nps );
		$this->assertSame( 10, $nps['n'] );
		$this->assertEqualsWithDelta( 50.0, $nps['promoters'], 1e-9 );
		$this->assertEqualsWithDelta( 20.0, $nps['passives'], 1e-9 );
		$this->assertEqualsWithDelta( 30.0, $nps['detractors'], 1e-9 );
		$this->assertEqualsWithDelta( 20.0, $nps['score'], 1e-9 );
		$this->assertEqualsWithDelta( 54.0335, $nps['margin'], 1e-3 );
		$this->assertNull( Stats::nps( array() ) );
	}

	public function test_nps_everyone_a_promoter_has_no_margin(): void {
		// p₊ = 1, p₋ = 0: 1 + 0 − 1 = 0, so the margin is 0 and the score 100.
		$nps = Stats::nps( array( 9, 10, 10 ) );
		$this->assertNotNull( $nps );
		$this->assertEqualsWithDelta( 100.0, $nps['score'], 1e-9 );
		$this->assertEqualsWithDelta( 0.0, $nps['margin'], 1e-9 );
	}
}
