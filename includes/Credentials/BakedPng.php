<?php
/**
 * A badge image with its credential baked in (Open Badges 3.0 baking): an iTXt chunk with the keyword
 * "openbadgecredential" holding the VC-JWT, right after the PNG's IHDR chunk, and read back.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

final class BakedPng {

	public const KEYWORD    = 'openbadgecredential';
	public const SIGNATURE  = "\x89PNG\r\n\x1a\n";
	private const MAX_CHUNK = 0x7FFFFFFF;

	/** The PNG with the credential baked in (any earlier baked credential removed); null when it is not a PNG. */
	public static function bake( string $png, string $token ): ?string {
		$chunks = self::chunks( $png );
		if ( null === $chunks || 'IHDR' !== ( $chunks[0]['type'] ?? '' ) ) {
			return null;
		}
		// iTXt: keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text.
		$baked = self::chunk( 'iTXt', self::KEYWORD . "\0\0\0\0\0" . $token );
		$out   = self::SIGNATURE;
		foreach ( $chunks as $n => $chunk ) {
			if ( 'iTXt' === $chunk['type'] && null !== self::itxt_text( $chunk['data'] ) ) {
				continue;
			}
			$out .= self::chunk( $chunk['type'], $chunk['data'] );
			if ( 0 === $n ) {
				$out .= $baked;
			}
		}
		return $out;
	}

	/** The credential baked into a PNG; null when it is not a PNG or has none. */
	public static function read( string $png ): ?string {
		foreach ( self::chunks( $png ) ?? array() as $chunk ) {
			if ( 'iTXt' === $chunk['type'] ) {
				$text = self::itxt_text( $chunk['data'] );
				if ( null !== $text ) {
					return $text;
				}
			}
		}
		return null;
	}

	/**
	 * The chunks of a PNG, each with a valid CRC; null when it is not a well-formed PNG.
	 *
	 * @return list<array{type: string, data: string}>|null
	 */
	public static function chunks( string $png ): ?array {
		if ( ! str_starts_with( $png, self::SIGNATURE ) ) {
			return null;
		}
		$chunks = array();
		$at     = strlen( self::SIGNATURE );
		$size   = strlen( $png );
		while ( $at + 12 <= $size ) {
			$length = self::uint32( substr( $png, $at, 4 ) );
			if ( $length > self::MAX_CHUNK || $at + 12 + $length > $size ) {
				return null;
			}
			$type = substr( $png, $at + 4, 4 );
			$data = substr( $png, $at + 8, $length );
			$crc  = self::uint32( substr( $png, $at + 8 + $length, 4 ) );
			if ( crc32( $type . $data ) !== $crc ) {
				return null;
			}
			$chunks[] = array(
				'type' => $type,
				'data' => $data,
			);
			$at      += 12 + $length;
			if ( 'IEND' === $type ) {
				return $chunks;
			}
		}
		return null;
	}

	private static function uint32( string $bytes ): int {
		$value = unpack( 'N', $bytes );
		return is_array( $value ) ? (int) $value[1] : -1;
	}

	private static function chunk( string $type, string $data ): string {
		return pack( 'N', strlen( $data ) ) . $type . $data . pack( 'N', crc32( $type . $data ) );
	}

	/** The text of an iTXt chunk whose keyword is ours (uncompressed or zlib), else null. */
	private static function itxt_text( string $data ): ?string {
		$prefix = self::KEYWORD . "\0";
		if ( ! str_starts_with( $data, $prefix ) || strlen( $data ) < strlen( $prefix ) + 2 ) {
			return null;
		}
		$compressed = "\1" === $data[ strlen( $prefix ) ];
		$rest       = substr( $data, strlen( $prefix ) + 2 );
		$parts      = explode( "\0", $rest, 3 );
		if ( 3 !== count( $parts ) ) {
			return null;
		}
		if ( ! $compressed ) {
			return $parts[2];
		}
		$text = @gzuncompress( $parts[2] ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a broken chunk reads as none.
		return false === $text ? null : $text;
	}
}
