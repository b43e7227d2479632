<?php
/**
 * Deterministic, realistic matching instances for the benchmark and the tests: timezones worldwide,
 * one to three languages (English common, plus the region's), several teams, weekly availability
 * windows in local evenings and weekends, mentor capacities 1–10.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Bench;

final class InstanceGenerator {

	/** Timezone => [ relative share of people, regional languages ]: the same world as the large demo program. */
	private const ZONES = \Wayfinder\Demo\LargeProgram::ZONES;

	private const TEAMS = array( 'core', 'design', 'polyglots', 'docs', 'support', 'training', 'test', 'accessibility', 'community', 'marketing', 'meta', 'themes', 'plugins', 'performance', 'hosting' );

	/** @var list<string> */
	private array $zone_pool = array();

	public function __construct( int $seed ) {
		mt_srand( $seed );
		foreach ( self::ZONES as $zone => list( $share ) ) {
			for ( $i = 0; $i < $share; $i++ ) {
				$this->zone_pool[] = $zone;
			}
		}
	}

	/**
	 * @return array{mentors: list<array<string, mixed>>, mentees: list<array<string, mixed>>}
	 */
	public function instance( int $mentees, int $mentors ): array {
		$out = array(
			'mentors' => array(),
			'mentees' => array(),
		);
		for ( $i = 0; $i < $mentors; $i++ ) {
			$person             = $this->person( 'm' . $i );
			$person['capacity'] = mt_rand( 1, 10 );
			$person['weight']   = array( 'low', 'normal', 'normal', 'normal', 'high' )[ mt_rand( 0, 4 ) ];
			$person['status']   = mt_rand( 1, 100 ) <= 4 ? 'away' : 'available';
			$out['mentors'][]   = $person;
		}
		for ( $i = 0; $i < $mentees; $i++ ) {
			$person = $this->person( 'e' . $i );
			if ( $mentors > 0 && mt_rand( 1, 100 ) <= 5 ) {
				$person['preferred_mentor'] = 'm' . mt_rand( 0, $mentors - 1 );
			}
			$out['mentees'][] = $person;
		}
		return $out;
	}

	/** @return array<string, mixed> */
	private function person( string $id ): array {
		$zone      = $this->zone_pool[ mt_rand( 0, count( $this->zone_pool ) - 1 ) ];
		$regional  = self::ZONES[ $zone ][1];
		$languages = array();
		if ( array() === $regional || mt_rand( 1, 100 ) <= 75 ) {
			$languages[] = 'en';
		}
		if ( array() !== $regional && ( array() === $languages || mt_rand( 1, 100 ) <= 70 ) ) {
			$languages[] = $regional[ mt_rand( 0, count( $regional ) - 1 ) ];
		}
		if ( mt_rand( 1, 100 ) <= 10 ) {
			$languages[] = array( 'es', 'fr', 'de', 'pt' )[ mt_rand( 0, 3 ) ];
		}
		$teams = array();
		for ( $n = mt_rand( 1, 3 ); $n > 0; $n-- ) {
			$teams[] = self::TEAMS[ (int) floor( ( mt_rand( 0, 999 ) / 1000 ) ** 1.6 * count( self::TEAMS ) ) ];
		}
		$windows = array();
		for ( $n = mt_rand( 2, 4 ); $n > 0; $n-- ) {
			$day       = mt_rand( 1, 7 );
			$start     = $day >= 6 ? mt_rand( 16, 36 ) : mt_rand( 34, 42 ); // Half hours: weekends 8:00–18:00, weekdays 17:00–21:00.
			$length    = mt_rand( 2, 6 );
			$windows[] = array( $day, self::time( $start ), self::time( min( 48, $start + $length ) ) );
		}
		return array(
			'id'           => $id,
			'timezone'     => $zone,
			'languages'    => array_values( array_unique( $languages ) ),
			'teams'        => array_values( array_unique( $teams ) ),
			'availability' => $windows,
		);
	}

	private static function time( int $half_hours ): string {
		return sprintf( '%02d:%02d', intdiv( $half_hours, 2 ), ( $half_hours % 2 ) * 30 );
	}
}
