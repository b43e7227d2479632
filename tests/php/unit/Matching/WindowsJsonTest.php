<?php
/**
 * Stored availability read straight from its JSON gives what reading the decoded list gives: the same
 * windows, and the same refusal with the same message for anything malformed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Unit\Matching;

use PHPUnit\Framework\TestCase;
use Wayfinder\Matching\InvalidInput;
use Wayfinder\Matching\Person;

final class WindowsJsonTest extends TestCase {

	/** @return string The message, or the windows as JSON. */
	private static function read( callable $reader ): string {
		try {
			return (string) json_encode( $reader() );
		} catch ( InvalidInput $e ) {
			return 'refused: ' . $e->getMessage();
		}
	}

	public function test_every_stored_form_reads_as_the_decoded_list_does(): void {
		$cases = array(
			'[]',
			'[[1,"18:00","20:00"]]',
			'[[4,"19:00","21:30"],[3,"18:00","19:00"]]',
			'[[7,"00:00","24:00"],[1,"23:45","24:00"]]',
			'[[1, "18:00", "20:00"]]', // Spaces: not how it is stored, read all the same.
			'[[8,"18:00","20:00"]]',
			'[[0,"18:00","20:00"]]',
			'[[1,"20:00","18:00"]]',
			'[[1,"18:00","18:00"]]',
			'[[1,"18:60","19:00"]]',
			'[[1,"23:00","24:30"]]',
			'[[1,"25:00","26:00"]]',
			'[[1,"8:00","9:00"]]',
			'[[1,"18:00"]]',
			'[["1","18:00","20:00"]]',
			'[[1,"18:00","20:00"],[2,"x","y"]]',
			'{"a":[1,"18:00","20:00"]}',
			'not json',
		);
		foreach ( $cases as $json ) {
			$this->assertSame(
				self::read( static fn () => Person::read_windows( json_decode( $json, true ), 'availability' ) ),
				self::read( static fn () => Person::read_windows_json( $json, 'availability' ) ),
				$json
			);
		}
		$this->assertSame( array( array( 4, 1140, 1290 ), array( 3, 1080, 1140 ) ), Person::read_windows_json( '[[4,"19:00","21:30"],[3,"18:00","19:00"]]', 'availability' ) );
	}

	public function test_random_stored_windows_read_as_the_decoded_list_does(): void {
		mt_srand( 7 );
		for ( $n = 0; $n < 500; $n++ ) {
			$windows = array();
			for ( $k = mt_rand( 0, 4 ); $k > 0; $k-- ) {
				$from      = mt_rand( 0, 1440 );
				$to        = mt_rand( 0, 1500 );
				$windows[] = array( mt_rand( 0, 8 ), sprintf( '%02d:%02d', intdiv( $from, 60 ), $from % 60 ), sprintf( '%02d:%02d', intdiv( $to, 60 ), $to % 60 ) );
			}
			$json = (string) json_encode( $windows );
			$this->assertSame(
				self::read( static fn () => Person::read_windows( $windows, 'availability' ) ),
				self::read( static fn () => Person::read_windows_json( $json, 'availability' ) ),
				$json
			);
		}
	}
}
