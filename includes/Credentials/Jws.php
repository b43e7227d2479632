<?php
/**
 * The small part of JOSE Wayfinder needs, with openssl: base64url, and a compact JWS signed with
 * RS256 (RSASSA-PKCS1-v1_5 with SHA-256) and checked against a public key. No library: the plugin
 * ships none (tests check the result with an independent one).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

final class Jws {

	public const ALG = 'RS256';

	public static function b64url( string $bytes ): string {
		return rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- base64url is JOSE's encoding.
	}

	/** The bytes of a base64url text; null when it is not one. */
	public static function b64url_decode( string $text ): ?string {
		if ( 1 !== preg_match( '/^[A-Za-z0-9_-]*$/', $text ) ) {
			return null;
		}
		$bytes = base64_decode( strtr( $text, '-_', '+/' ) . str_repeat( '=', ( 4 - strlen( $text ) % 4 ) % 4 ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- base64url is JOSE's encoding.
		return false === $bytes ? null : $bytes;
	}

	/**
	 * A compact JWS of the payload (JSON), signed with the private key.
	 *
	 * @param array<string, mixed> $header
	 * @param array<string, mixed> $payload
	 * @throws \RuntimeException When openssl could not sign (never with the key in the message).
	 */
	public static function sign( array $header, array $payload, \OpenSSLAsymmetricKey $private_key ): string {
		$input     = self::b64url( self::json( $header ) ) . '.' . self::b64url( self::json( $payload ) );
		$signature = '';
		if ( ! openssl_sign( $input, $signature, $private_key, OPENSSL_ALGO_SHA256 ) ) {
			throw new \RuntimeException( 'The credential could not be signed.' );
		}
		return $input . '.' . self::b64url( $signature );
	}

	/**
	 * The three parts of a compact JWS, decoded; null when the text is not one.
	 *
	 * @return array{header: array<string, mixed>, payload: array<string, mixed>, signing_input: string, signature: string}|null
	 */
	public static function parse( string $token ): ?array {
		$parts = explode( '.', trim( $token ) );
		if ( 3 !== count( $parts ) ) {
			return null;
		}
		$header    = self::b64url_decode( $parts[0] );
		$payload   = self::b64url_decode( $parts[1] );
		$signature = self::b64url_decode( $parts[2] );
		if ( null === $header || null === $payload || null === $signature || '' === $signature ) {
			return null;
		}
		$header  = json_decode( $header, true );
		$payload = json_decode( $payload, true );
		if ( ! is_array( $header ) || ! is_array( $payload ) || array_is_list( $header ) || array_is_list( $payload ) ) {
			return null;
		}
		return array(
			'header'        => $header,
			'payload'       => $payload,
			'signing_input' => $parts[0] . '.' . $parts[1],
			'signature'     => $signature,
		);
	}

	/** Whether the signature is the RS256 signature of the input by the public key (PEM). */
	public static function verify( string $signing_input, string $signature, string $public_key ): bool {
		$key = openssl_pkey_get_public( $public_key );
		return false !== $key && 1 === openssl_verify( $signing_input, $signature, $key, OPENSSL_ALGO_SHA256 );
	}

	/** @param array<string, mixed> $data */
	public static function json( array $data ): string {
		return (string) wp_json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	}
}
