<?php
/**
 * `npm run bench:matching`: times the matching engine on deterministic, realistic instances and
 * compares Wayfinder's optimal assignment with a greedy baseline on the same candidates.
 *
 * Usage:
 *   php bin/bench-matching.php                  # every size, each in its own process
 *   php bin/bench-matching.php --size=2000x400  # one size
 *
 * @package Wayfinder
 */

declare(strict_types=1);

require dirname( __DIR__ ) . '/includes/autoload.php';
require __DIR__ . '/lib/InstanceGenerator.php';

use Wayfinder\Bench\InstanceGenerator;
use Wayfinder\Matching\AssignmentProblem;
use Wayfinder\Matching\Assigner;
use Wayfinder\Matching\AvailabilityCalendar;
use Wayfinder\Matching\CandidateGenerator;
use Wayfinder\Matching\Criteria;
use Wayfinder\Matching\GreedyAssigner;
use Wayfinder\Matching\InstantMatcher;
use Wayfinder\Matching\Mentee;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\Scorer;

const WAYFINDER_BENCH_NOW   = '2026-03-16T00:00:00Z'; // Four weeks across the March/April DST changes.
const WAYFINDER_BENCH_SIZES = array( '150x30', '2000x400', '10000x2000' );

$wayfinder_size = null;
foreach ( $argv as $wayfinder_arg ) {
	if ( str_starts_with( $wayfinder_arg, '--size=' ) ) {
		$wayfinder_size = substr( $wayfinder_arg, 7 );
	}
}

if ( null === $wayfinder_size ) {
	printf( "Matching benchmark — PHP %s, JIT %s, four weeks from %s\n", PHP_VERSION, wayfinder_jit(), WAYFINDER_BENCH_NOW );
	printf( "%-12s %-8s %12s %10s %10s %9s %12s\n", 'size', 'method', 'candidates', 'solve', 'peak MB', 'matched', 'total score' );
	foreach ( WAYFINDER_BENCH_SIZES as $wayfinder_each ) {
		// Each size in its own process, so peak memory is that size's alone.
		passthru( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( __FILE__ ) . ' --size=' . $wayfinder_each, $wayfinder_status );
		if ( 0 !== $wayfinder_status ) {
			exit( $wayfinder_status );
		}
	}
	exit( 0 );
}

[ $wayfinder_mentees, $wayfinder_mentors ] = array_map( 'intval', explode( 'x', $wayfinder_size ) );
$wayfinder_data                            = ( new InstanceGenerator( 42 ) )->instance( $wayfinder_mentees, $wayfinder_mentors );
$wayfinder_mentor_o                        = array_map( array( Mentor::class, 'from_array' ), $wayfinder_data['mentors'] );
$wayfinder_mentee_o                        = array_map( array( Mentee::class, 'from_array' ), $wayfinder_data['mentees'] );
$wayfinder_scorer                          = new Scorer( new Criteria(), new AvailabilityCalendar( (int) strtotime( WAYFINDER_BENCH_NOW ) ) );
unset( $wayfinder_data );
memory_reset_peak_usage();
$wayfinder_base = memory_get_usage();

$wayfinder_total_ms   = 0.0;
$wayfinder_cpu_ms     = 0.0;
$wayfinder_cpu0       = wayfinder_cpu_ms();
$wayfinder_t0         = hrtime( true );
$wayfinder_candidates = ( new CandidateGenerator( $wayfinder_scorer, $wayfinder_mentor_o ) )->generate( $wayfinder_mentee_o );
$wayfinder_problem    = AssignmentProblem::from_candidates( $wayfinder_candidates, 0.0 );
$wayfinder_cand_ms    = ( hrtime( true ) - $wayfinder_t0 ) / 1e6;

foreach ( array(
	'optimal' => new Assigner(),
	'greedy'  => new GreedyAssigner(),
) as $wayfinder_method => $wayfinder_solver ) {
	$wayfinder_t1     = hrtime( true );
	$wayfinder_result = $wayfinder_solver->solve( $wayfinder_problem );
	$wayfinder_ms     = ( hrtime( true ) - $wayfinder_t1 ) / 1e6;
	if ( 'optimal' === $wayfinder_method ) {
		$wayfinder_total_ms = $wayfinder_cand_ms + $wayfinder_ms;
		$wayfinder_cpu_ms   = wayfinder_cpu_ms() - $wayfinder_cpu0;
	}
	printf(
		"%-12s %-8s %9.1f ms %7.1f ms %10.1f %9d %12.2f\n",
		$wayfinder_size,
		$wayfinder_method,
		$wayfinder_cand_ms,
		$wayfinder_ms,
		( memory_get_peak_usage() - $wayfinder_base ) / 1048576,
		$wayfinder_result->matched(),
		$wayfinder_result->total_score()
	);
}
printf( "%-12s %-8s %d candidate pairs; %d mentees with no candidate\n", $wayfinder_size, '', $wayfinder_candidates->edge_count(), count( $wayfinder_candidates->unmatched ) );
if ( 10000 === $wayfinder_mentees && 2000 === $wayfinder_mentors ) {
	// Processor time too: on a shared machine it varies less than the clock.
	printf( "%-12s %-8s candidates + optimal solve: %.2f s (target ≤ 3 s), %.2f s of processor time\n", $wayfinder_size, '', $wayfinder_total_ms / 1000, $wayfinder_cpu_ms / 1000 );
}

if ( 400 === $wayfinder_mentors || 2000 === $wayfinder_mentors ) {
	// The pool (every mentor's indexed calendar) is built once and reused, as a site caches it.
	$wayfinder_t2      = hrtime( true );
	$wayfinder_instant = new InstantMatcher( new CandidateGenerator( $wayfinder_scorer, $wayfinder_mentor_o ) );
	$wayfinder_pool_ms = ( hrtime( true ) - $wayfinder_t2 ) / 1e6;
	$wayfinder_times   = array();
	foreach ( array_slice( $wayfinder_mentee_o, 0, 50 ) as $wayfinder_newcomer ) {
		$wayfinder_t3 = hrtime( true );
		$wayfinder_instant->best( $wayfinder_newcomer );
		$wayfinder_times[] = ( hrtime( true ) - $wayfinder_t3 ) / 1e6;
	}
	sort( $wayfinder_times );
	printf( "%-12s %-8s one newcomer among %d mentors: median %.2f ms, max %.2f ms (50 newcomers); mentor pool built once in %.1f ms\n", $wayfinder_size, 'instant', $wayfinder_mentors, $wayfinder_times[25], end( $wayfinder_times ), $wayfinder_pool_ms );
}

function wayfinder_cpu_ms(): float {
	$usage = getrusage();
	return ( $usage['ru_utime.tv_sec'] + $usage['ru_stime.tv_sec'] ) * 1000 + ( $usage['ru_utime.tv_usec'] + $usage['ru_stime.tv_usec'] ) / 1000;
}

function wayfinder_jit(): string {
	$status = function_exists( 'opcache_get_status' ) ? opcache_get_status( false ) : false;
	return is_array( $status ) && ! empty( $status['jit']['on'] ) ? 'on' : 'off';
}
