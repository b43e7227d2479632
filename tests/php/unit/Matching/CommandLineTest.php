<?php
/**
 * The command line (bin/matching.php) as people call it: JSON in, JSON out, clear refusals with a non-zero exit code.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Matching;

use PHPUnit\Framework\TestCase;

final class CommandLineTest extends TestCase {

	/** @return array{0:int,1:string,2:string} Exit code, standard output, standard error. */
	private static function run_cli( string $command, string $input ): array {
		$process = proc_open(
			array( PHP_BINARY, dirname( __DIR__, 4 ) . '/bin/matching.php', ...explode( ' ', $command ) ),
			array( array( 'pipe', 'r' ), array( 'pipe', 'w' ), array( 'pipe', 'w' ) ),
			$pipes
		);
		fwrite( $pipes[0], $input );
		fclose( $pipes[0] );
		$out = (string) stream_get_contents( $pipes[1] );
		$err = (string) stream_get_contents( $pipes[2] );
		fclose( $pipes[1] );
		fclose( $pipes[2] );
		return array( proc_close( $process ), $out, $err );
	}

	public function test_assign_answers_in_the_documented_shape(): void {
		list( $code, $out ) = self::run_cli(
			'assign',
			'{"mentors":[{"id":"m1","capacity":2}],"mentees":[{"id":"e1"},{"id":"e2"}],"edges":[{"mentee":"e1","mentor":"m1","score":87.5}],"fairness":0}'
		);
		$this->assertSame( 0, $code );
		$this->assertSame(
			array(
				'assignments' => array(
					array(
						'mentee' => 'e1',
						'mentor' => 'm1',
						'score'  => 87.5,
					),
				),
				'unassigned'  => array(
					array(
						'mentee' => 'e2',
						'reason' => 'No candidate mentor was given for this mentee.',
					),
				),
				'matched'     => 1,
				'total_score' => 87.5,
			),
			json_decode( $out, true )
		);
	}

	public function test_score_output_pipes_into_assign(): void {
		$people                = array(
			'now'     => '2026-06-01T00:00:00Z',
			'mentors' => array(
				array(
					'id'           => 'anna',
					'timezone'     => 'Europe/Berlin',
					'languages'    => array( 'en' ),
					'teams'        => array( 'core' ),
					'capacity'     => 1,
					'availability' => array( array( 2, '18:00', '20:00' ) ),
				),
			),
			'mentees' => array(
				array(
					'id'           => 'aisha',
					'timezone'     => 'Africa/Lagos',
					'languages'    => array( 'en' ),
					'teams'        => array( 'core' ),
					'availability' => array( array( 2, '17:00', '19:00' ) ),
				),
				array(
					'id'        => 'karthik',
					'languages' => array( 'ta' ),
				),
			),
		);
		list( $code, $scored ) = self::run_cli( 'score', (string) json_encode( $people ) );
		$this->assertSame( 0, $code );
		$data = json_decode( $scored, true );
		$this->assertSame( 'anna', $data['candidates'][0]['mentors'][0]['mentor'] );
		$this->assertSame( array( 'languages', 'meeting_time', 'teams', 'load' ), array_keys( $data['candidates'][0]['mentors'][0]['reasons'] ) );
		$this->assertSame(
			array(
				array(
					'mentee' => 'karthik',
					'reason' => 'No mentor speaks ta.',
				),
			),
			$data['unmatched']
		);

		list( $code, $assigned ) = self::run_cli( 'assign', $scored );
		$this->assertSame( 0, $code );
		$this->assertSame( 'anna', json_decode( $assigned, true )['assignments'][0]['mentor'] );
	}

	public function test_match_gives_the_optimal_assignment_with_reasons_and_everyone_left_with_theirs(): void {
		$people             = array(
			'now'     => '2026-06-01T00:00:00Z',
			'mentors' => array(
				array(
					'id'        => 'm1',
					'languages' => array( 'en' ),
					'teams'     => array( 'core' ),
					'capacity'  => 1,
				),
				array(
					'id'        => 'm2',
					'languages' => array( 'en' ),
					'teams'     => array( 'docs' ),
					'capacity'  => 1,
				),
			),
			'mentees' => array(
				// Greedy would give m1 to e1 (its best) and leave e2, who only fits m1, without a mentor.
				array(
					'id'        => 'e1',
					'languages' => array( 'en' ),
					'teams'     => array( 'core' ),
				),
				array(
					'id'               => 'e2',
					'languages'        => array( 'en', 'ta' ),
					'teams'            => array( 'core' ),
					'excluded_mentors' => array( 'm2' ),
				),
				array(
					'id'        => 'e3',
					'languages' => array( 'ja' ),
				),
			),
		);
		list( $code, $out ) = self::run_cli( 'match', (string) json_encode( $people ) );
		$this->assertSame( 0, $code );
		$data = json_decode( $out, true );
		$this->assertSame(
			array(
				'e1' => 'm2',
				'e2' => 'm1',
			),
			array_column( $data['assignments'], 'mentor', 'mentee' )
		);
		$this->assertSame( 'No shared team (the mentee is interested in core).', $data['assignments'][0]['reasons']['teams'] );
		$this->assertSame(
			array(
				array(
					'mentee' => 'e3',
					'reason' => 'No mentor speaks ja.',
				),
			),
			$data['unassigned']
		);
		$this->assertSame( 2, $data['matched'] );

		list( , $greedy ) = self::run_cli( 'match --greedy', (string) json_encode( $people ) );
		$this->assertSame( 1, json_decode( $greedy, true )['matched'] );
	}

	public function test_instant_names_the_best_mentor_or_why_there_is_none(): void {
		$input              = array(
			'now'     => '2026-06-01T00:00:00Z',
			'mentors' => array(
				array(
					'id'        => 'm1',
					'languages' => array( 'en' ),
				),
				array(
					'id'        => 'm2',
					'languages' => array( 'en' ),
					'load'      => 2,
				),
			),
			'mentee'  => array(
				'id'        => 'e',
				'languages' => array( 'en' ),
			),
		);
		list( $code, $out ) = self::run_cli( 'instant', (string) json_encode( $input ) );
		$this->assertSame( 0, $code );
		$this->assertSame( 'm1', json_decode( $out, true )['mentor'] );

		$input['mentee']['languages'] = array( 'ta' );
		list( $code, $out )           = self::run_cli( 'instant', (string) json_encode( $input ) );
		$this->assertSame(
			array(
				'mentor' => null,
				'reason' => 'No mentor speaks ta.',
			),
			json_decode( $out, true )
		);
	}

	/** @return array<string, array{0: string, 1: string}> */
	public function bad_inputs(): array {
		$edges = static fn ( string $mentors, string $mentees, string $edges ): string => sprintf( '{"mentors":%s,"mentees":%s,"edges":%s}', $mentors, $mentees, $edges );
		return array(
			'not JSON'               => array( '{"mentors": [', 'the input is not valid JSON' ),
			'a mentor without an id' => array( $edges( '[{"capacity":1}]', '[]', '[]' ), 'Every mentor needs an "id"' ),
			'a mentee without an id' => array( $edges( '[]', '[{}]', '[]' ), 'Every mentee needs an "id"' ),
			'negative capacity'      => array( $edges( '[{"id":"m1","capacity":-2}]', '[]', '[]' ), 'mentor "m1": "capacity" must be a whole number of 0 or more' ),
			'capacity missing'       => array( $edges( '[{"id":"m1"}]', '[]', '[]' ), 'mentor "m1": "capacity" must be a whole number of 0 or more' ),
			'a score that is NaN'    => array( $edges( '[{"id":"m1","capacity":1}]', '[{"id":"e1"}]', '[{"mentee":"e1","mentor":"m1","score":"NaN"}]' ), 'The score of edge e1 → m1 must be a finite number' ),
			'an infinite score'      => array( $edges( '[{"id":"m1","capacity":1}]', '[{"id":"e1"}]', '[{"mentee":"e1","mentor":"m1","score":1e999}]' ), 'The score of edge e1 → m1 must be a finite number' ),
			'a duplicate edge'       => array( $edges( '[{"id":"m1","capacity":1}]', '[{"id":"e1"}]', '[{"mentee":"e1","mentor":"m1","score":1},{"mentee":"e1","mentor":"m1","score":2}]' ), 'The edge e1 → m1 is listed twice' ),
			'an unknown mentor'      => array( $edges( '[{"id":"m1","capacity":1}]', '[{"id":"e1"}]', '[{"mentee":"e1","mentor":"m9","score":1}]' ), 'An edge names mentor "m9", who is not in "mentors"' ),
			'an unknown mentee'      => array( $edges( '[{"id":"m1","capacity":1}]', '[{"id":"e1"}]', '[{"mentee":"e7","mentor":"m1","score":1}]' ), 'An edge names mentee "e7", who is not in "mentees"' ),
			'a duplicate mentor'     => array( $edges( '[{"id":"m1","capacity":1},{"id":"m1","capacity":2}]', '[]', '[]' ), 'mentor "m1" is listed twice' ),
			'edges that are no list' => array( $edges( '[]', '[]', '"none"' ), '"edges" must be a list' ),
			'negative fairness'      => array( '{"mentors":[],"mentees":[],"edges":[],"fairness":-1}', '"fairness" must be a number of 0 or more' ),
		);
	}

	/** @dataProvider bad_inputs */
	public function test_bad_assignment_input_is_refused_with_a_clear_message( string $input, string $message ): void {
		list( $code, $out, $err ) = self::run_cli( 'assign', $input );
		$this->assertSame( 1, $code );
		$this->assertSame( '', $out );
		$this->assertStringContainsString( $message, $err );
	}

	/** @return array<string, array{0: array<string, mixed>, 1: string}> */
	public function bad_people(): array {
		return array(
			'an unknown timezone'    => array(
				array(
					'id'       => 'm',
					'timezone' => 'Mars/Olympus',
				),
				'mentor "m": "timezone" must be an IANA timezone',
			),
			'a window backwards'     => array(
				array(
					'id'           => 'm',
					'availability' => array( array( 1, '20:00', '18:00' ) ),
				),
				'must end after it starts (20:00–18:00)',
			),
			'a weekday out of range' => array(
				array(
					'id'           => 'm',
					'availability' => array( array( 8, '18:00', '20:00' ) ),
				),
				'each availability window is [weekday 1–7',
			),
			'a time out of range'    => array(
				array(
					'id'           => 'm',
					'availability' => array( array( 1, '18:00', '24:30' ) ),
				),
				'times are "HH:MM" between 00:00 and 24:00',
			),
			'an unknown weight'      => array(
				array(
					'id'     => 'm',
					'weight' => 'huge',
				),
				'"weight" must be one of none, low, normal, high',
			),
			'an unknown status'      => array(
				array(
					'id'     => 'm',
					'status' => 'asleep',
				),
				'"status" must be one of available, away, retired',
			),
		);
	}

	/**
	 * @dataProvider bad_people
	 * @param array<string, mixed> $mentor
	 */
	public function test_bad_people_are_refused_with_a_clear_message( array $mentor, string $message ): void {
		list( $code, $out, $err ) = self::run_cli(
			'score',
			(string) json_encode(
				array(
					'mentors' => array( $mentor ),
					'mentees' => array(),
				)
			)
		);
		$this->assertSame( 1, $code );
		$this->assertSame( '', $out );
		$this->assertStringContainsString( $message, $err );
	}

	public function test_an_unknown_command_explains_the_usage(): void {
		list( $code, , $err ) = self::run_cli( 'explain', '{}' );
		$this->assertSame( 2, $code );
		$this->assertStringContainsString( 'usage: php bin/matching.php score|assign', $err );
	}
}
