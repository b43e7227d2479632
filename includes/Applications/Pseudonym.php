<?php
/**
 * The four letters and digits that stand for an applicant in blind review ("Applicant 7F3K"): drawn
 * at random from characters that cannot be mistaken for one another, so they say nothing about the
 * person and are easy to read aloud.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

final class Pseudonym {

	/** No 0/O, 1/I/L: 31 characters, 923,521 pseudonyms. */
	public const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

	public static function draw(): string {
		$letters = '';
		for ( $i = 0; $i < 4; $i++ ) {
			$letters .= self::ALPHABET[ random_int( 0, strlen( self::ALPHABET ) - 1 ) ];
		}
		return $letters;
	}
}
