<?php
/**
 * Languages' names in the reader's language, kept between requests: PHP's intl extension takes
 * milliseconds a page to look them up, and a mentor's page names a language in every waiting row.
 * Only a name intl gives is kept; a code it does not know is shown as it is. At most LIMIT names per
 * locale are kept (codes come from what people type), so the option stays small.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

final class LanguageNames {

	public const OPTION = \Wayfinder\Platform\KeptValues::LANGUAGE_NAMES;

	private const LIMIT = 500;

	/** A language's name in the visitor's language, else its code. */
	public static function of( string $code ): string {
		$names  = \Wayfinder\Platform\KeptValues::option( self::OPTION ); // Autoloaded: already in memory.
		$names  = is_array( $names ) ? $names : array();
		$locale = determine_locale();
		if ( ! isset( $names[ $locale ][ $code ] ) ) {
			$name                      = class_exists( \Locale::class ) ? \Locale::getDisplayName( str_replace( '-', '_', $code ), $locale ) : false;
			$names[ $locale ][ $code ] = is_string( $name ) && strtolower( $name ) !== strtolower( str_replace( '-', '_', $code ) ) ? $name : $code;
			if ( count( $names[ $locale ] ) <= self::LIMIT ) {
				update_option( self::OPTION, $names, true );
			}
		}
		return $names[ $locale ][ $code ];
	}
}
