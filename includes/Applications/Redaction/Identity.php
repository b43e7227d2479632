<?php
/**
 * Who an applicant is, as far as their words could give them away: the names, usernames, e-mail
 * addresses, links, handles and places the redactor looks for. Pure PHP (no WordPress), so the
 * redactor is unit-tested on its own; Screening builds it from the account and the profile.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Redaction;

final class Identity {

	/**
	 * Little words of names that are also everyday words ("Maria da Silva", "Ludwig van Beethoven"):
	 * the full name is still found, but these alone are not looked for.
	 */
	private const PARTICLES = array( 'al', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'des', 'di', 'do', 'dos', 'du', 'el', 'la', 'le', 'van', 'von', 'y', 'e', 'den', 'ten', 'ter', 'st' );

	/** @var list<string> */
	public readonly array $names;
	/** @var list<string> */
	public readonly array $usernames;
	/** @var list<string> */
	public readonly array $emails;
	/** @var list<string> */
	public readonly array $urls;
	/** @var list<string> */
	public readonly array $handles;
	/** @var list<string> */
	public readonly array $places;

	/**
	 * @param list<string> $names     Display name, first and last name, nickname: each whole, and each word of 2+ letters.
	 * @param list<string> $usernames Login, nicename.
	 * @param list<string> $emails    Their e-mail addresses (the local part is looked for on its own as a username too).
	 * @param list<string> $urls      Their website and other links they gave.
	 * @param list<string> $handles   Social handles they gave (with or without the @).
	 * @param list<string> $places    Places the profile holds (cities, countries); see places_of_timezone().
	 */
	public function __construct( array $names = array(), array $usernames = array(), array $emails = array(), array $urls = array(), array $handles = array(), array $places = array() ) {
		$this->names     = self::clean( $names );
		$this->usernames = self::clean( $usernames );
		$this->emails    = self::clean( array_map( 'mb_strtolower', $emails ) );
		$this->urls      = self::clean( $urls );
		$this->handles   = self::clean( array_map( static fn ( string $handle ): string => ltrim( $handle, '@' ), $handles ) );
		$this->places    = self::clean( $places );
	}

	/**
	 * The city of a time zone: "Africa/Lagos" → Lagos, "America/Sao_Paulo" → Sao Paulo (matched
	 * accent-insensitively, so "São Paulo" too), "America/Argentina/Buenos_Aires" → Buenos Aires;
	 * none for UTC, offsets and "Etc/…".
	 *
	 * @return list<string>
	 */
	public static function places_of_timezone( string $timezone ): array {
		$parts = explode( '/', $timezone );
		if ( count( $parts ) < 2 || 'Etc' === $parts[0] ) {
			return array();
		}
		$city = str_replace( '_', ' ', (string) end( $parts ) );
		return '' === trim( $city ) ? array() : array( $city );
	}

	/**
	 * What to look for, longest first so a full name goes before its words: [ kind, term ].
	 *
	 * @return list<array{0: string, 1: string}>
	 */
	public function terms(): array {
		$terms = array();
		$add   = static function ( string $kind, string $term, int $min ) use ( &$terms ): void {
			$term = trim( $term );
			if ( mb_strlen( $term ) >= $min ) {
				$terms[ mb_strtolower( $term ) ] ??= array( $kind, $term );
			}
		};
		foreach ( $this->emails as $email ) {
			$add( Redactor::EMAIL, $email, 3 );
		}
		foreach ( $this->urls as $url ) {
			$host = self::host( $url );
			if ( '' !== $host ) {
				$add( Redactor::URL, $host, 4 );
			}
		}
		foreach ( $this->names as $name ) {
			$add( Redactor::NAME, $name, 2 );
			foreach ( self::name_words( $name ) as $word ) {
				$add( Redactor::NAME, $word, 2 );
			}
		}
		foreach ( $this->usernames as $username ) {
			$add( Redactor::USERNAME, $username, 2 );
		}
		foreach ( $this->emails as $email ) {
			$local = (string) strstr( $email, '@', true );
			$add( Redactor::USERNAME, $local, 3 );
			// "maria.silva" and "maria_silva": each part of 3+ characters too, so no piece of it stays.
			foreach ( array_map( 'strval', (array) preg_split( '/[^\p{L}\p{N}]+/u', $local ) ) as $piece ) {
				if ( ! ctype_digit( $piece ) ) {
					$add( Redactor::USERNAME, $piece, 3 );
				}
			}
		}
		foreach ( $this->handles as $handle ) {
			$add( Redactor::HANDLE, $handle, 2 );
		}
		foreach ( $this->places as $place ) {
			$add( Redactor::PLACE, $place, 2 );
		}
		$terms = array_values( $terms );
		usort( $terms, static fn ( array $a, array $b ): int => mb_strlen( $b[1] ) <=> mb_strlen( $a[1] ) );
		return $terms;
	}

	/**
	 * The words of a name that are looked for on their own: 2+ letters, not a particle.
	 *
	 * @return list<string>
	 */
	public static function name_words( string $name ): array {
		$words = array();
		foreach ( array_map( 'strval', (array) preg_split( '/[^\p{L}\p{M}\'’-]+/u', $name ) ) as $word ) {
			$word = trim( $word, "'’-" );
			if ( mb_strlen( $word ) >= 2 && ! in_array( mb_strtolower( $word ), self::PARTICLES, true ) ) {
				$words[] = $word;
			}
		}
		return $words;
	}

	/** A link's host without "www.", e.g. "maria.dev" from "https://www.maria.dev/blog"; '' when it has none. */
	public static function host( string $url ): string {
		$url  = preg_match( '#^[a-z][a-z0-9+.-]*://#i', $url ) ? $url : 'http://' . $url;
		$host = parse_url( $url, PHP_URL_HOST ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- pure PHP, no WordPress here.
		if ( ! is_string( $host ) || ! str_contains( $host, '.' ) ) {
			return '';
		}
		$host = mb_strtolower( $host );
		return str_starts_with( $host, 'www.' ) ? substr( $host, 4 ) : $host;
	}

	/**
	 * @param array<mixed> $values
	 * @return list<string>
	 */
	private static function clean( array $values ): array {
		$clean = array();
		foreach ( $values as $value ) {
			$value = is_scalar( $value ) ? trim( (string) $value ) : '';
			if ( '' !== $value && ! in_array( $value, $clean, true ) ) {
				$clean[] = $value;
			}
		}
		return $clean;
	}
}
