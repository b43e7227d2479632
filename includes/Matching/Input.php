<?php
/**
 * Small readers for the engine's array input: each returns the typed value or throws InvalidInput.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Matching;

final class Input {

	/** @param array<string, mixed> $data */
	public static function id( array $data, string $what ): string {
		$id = $data['id'] ?? null;
		if ( ( ! is_string( $id ) && ! is_int( $id ) ) || '' === (string) $id ) {
			throw new InvalidInput( sprintf( 'Every %s needs an "id" (a non-empty string or integer).', $what ) );
		}
		return (string) $id;
	}

	/** @param array<string, mixed> $data */
	public static function non_negative_int( array $data, string $key, int $fallback, string $who ): int {
		$value = $data[ $key ] ?? $fallback;
		if ( ! is_int( $value ) || $value < 0 ) {
			throw new InvalidInput( sprintf( '%s: "%s" must be a whole number of 0 or more.', $who, $key ) );
		}
		return $value;
	}

	/**
	 * @param array<string, mixed> $data
	 * @return list<string>
	 */
	public static function strings( array $data, string $key, string $who ): array {
		$value = $data[ $key ] ?? array();
		if ( ! is_array( $value ) ) {
			throw new InvalidInput( sprintf( '%s: "%s" must be a list of strings.', $who, $key ) );
		}
		$out = array();
		foreach ( $value as $item ) {
			if ( ! is_string( $item ) || '' === $item ) {
				throw new InvalidInput( sprintf( '%s: "%s" must be a list of non-empty strings.', $who, $key ) );
			}
			$out[] = $item;
		}
		return array_values( array_unique( $out ) );
	}

	/** @param mixed $value */
	public static function finite_number( $value, string $what ): float {
		if ( ( ! is_int( $value ) && ! is_float( $value ) ) || ! is_finite( (float) $value ) ) {
			throw new InvalidInput( sprintf( '%s must be a finite number.', $what ) );
		}
		return (float) $value;
	}

	/**
	 * A list of objects (arrays) under $key.
	 *
	 * @param array<string, mixed> $data
	 * @return list<array<string, mixed>>
	 */
	public static function objects( array $data, string $key ): array {
		$list = $data[ $key ] ?? null;
		if ( ! is_array( $list ) || ! array_is_list( $list ) ) {
			throw new InvalidInput( sprintf( '"%s" must be a list.', $key ) );
		}
		foreach ( $list as $item ) {
			if ( ! is_array( $item ) ) {
				throw new InvalidInput( sprintf( 'Every item of "%s" must be an object.', $key ) );
			}
		}
		return $list;
	}
}
