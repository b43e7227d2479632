<?php
/**
 * The names a commit message gives props to: every line that starts with "Props" (any case, an
 * optional colon), its names separated by commas or spaces, the sentence's full stop and a leading
 * "@" dropped, each name once. Pure PHP, no WordPress.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\GitHub;

final class PropsParser {

	/** At most this many names a message (a longer list is not a props line). */
	public const MAX_NAMES = 100;

	/**
	 * @return list<string> The names, as written, first spelling kept.
	 */
	public static function names( string $message ): array {
		$names = array();
		$lines = preg_split( '/\R/u', $message );
		foreach ( false === $lines ? array() : $lines as $line ) {
			if ( 1 !== preg_match( '/^\s*props(?::|\s)(.*)$/iu', $line, $match ) ) {
				continue;
			}
			$words = preg_split( '/[\s,;]+/u', $match[1] );
			foreach ( false === $words ? array() : $words as $word ) {
				$name = ltrim( rtrim( $word, '.:!' ), '@' );
				if ( '' === $name || 'and' === strtolower( $name ) || '&' === $name || 1 !== preg_match( '/^[A-Za-z0-9._@-]{1,60}$/', $name ) ) {
					continue;
				}
				$names[ strtolower( $name ) ] ??= $name;
				if ( count( $names ) >= self::MAX_NAMES ) {
					break 2;
				}
			}
		}
		return array_values( $names );
	}
}
