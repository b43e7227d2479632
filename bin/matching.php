<?php
/**
 * The matching engine on the command line: JSON on standard input, JSON on standard output.
 *
 * Usage:
 *   php bin/matching.php score   < people.json      # scoring layer: candidates with reasons, edges
 *   php bin/matching.php assign  < edges.json       # assignment layer: optimal assignment
 *   php bin/matching.php assign --greedy < edges.json
 *   php bin/matching.php instant < newcomer.json    # one newcomer's best mentor now
 *   php bin/matching.php match   < people.json      # both layers: the optimal assignment with reasons
 *
 * `score` output pipes straight into `assign`. Bad input: a message on standard error, exit code 1.
 * See docs/matching.md.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

require dirname( __DIR__ ) . '/includes/autoload.php';

use Wayfinder\Matching\Engine;
use Wayfinder\Matching\InvalidInput;

$wayfinder_command = $argv[1] ?? '';
if ( ! in_array( $wayfinder_command, array( 'score', 'assign', 'instant', 'match' ), true ) ) {
	fwrite( STDERR, "usage: php bin/matching.php score|assign [--greedy]|match [--greedy]|instant [--pretty] < input.json\n" );
	exit( 2 );
}

try {
	$wayfinder_input = json_decode( (string) stream_get_contents( STDIN ), true, 64, JSON_THROW_ON_ERROR );
	if ( ! is_array( $wayfinder_input ) ) {
		throw new InvalidInput( 'The input must be a JSON object.' );
	}
	$wayfinder_engine = new Engine();
	$wayfinder_output = match ( $wayfinder_command ) {
		'score'   => $wayfinder_engine->score( $wayfinder_input ),
		'assign'  => $wayfinder_engine->assign( $wayfinder_input, in_array( '--greedy', $argv, true ) ),
		'instant' => $wayfinder_engine->instant( $wayfinder_input ),
		'match'   => $wayfinder_engine->match( $wayfinder_input, in_array( '--greedy', $argv, true ) ),
	};
} catch ( JsonException $e ) {
	fwrite( STDERR, 'error: the input is not valid JSON (' . $e->getMessage() . ").\n" );
	exit( 1 );
} catch ( InvalidInput $e ) {
	fwrite( STDERR, 'error: ' . $e->getMessage() . "\n" );
	exit( 1 );
}

$wayfinder_flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION | ( in_array( '--pretty', $argv, true ) ? JSON_PRETTY_PRINT : 0 );
echo json_encode( $wayfinder_output, $wayfinder_flags ), "\n";
