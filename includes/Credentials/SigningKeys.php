<?php
/**
 * The site's signing keys: an RSA-2048 key made on first need (and on install), named by its RFC 7638
 * JWK thumbprint; its private half sealed at rest (XSalsa20-Poly1305 with a key derived from the
 * site's auth salt) and only ever opened here, to sign. Rotating makes a new key that signs from then
 * on; the old one is retired but stays published, so what it signed still verifies.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use Wayfinder\Platform\RestNamespace;

final class SigningKeys {

	/** What a sealed private key starts with, and the context its sealing key is derived for. */
	private const SEALED  = 'sealed-v1:';
	private const CONTEXT = 'wayfinder credential signing key v1';

	public function __construct( private readonly SigningKeyRepository $keys = new SigningKeyRepository() ) {
	}

	/**
	 * The key that signs now, made when there is none (or when the one there cannot be opened, e.g.
	 * after the site's salts changed: it is retired and still verifies what it signed).
	 *
	 * @return array{key: SigningKey, private: \OpenSSLAsymmetricKey}
	 * @throws \RuntimeException When no key could be made.
	 */
	public function signer( int $now ): array {
		$key = $this->keys->current();
		if ( null !== $key ) {
			$private = $this->open( $key );
			if ( null !== $private ) {
				return array(
					'key'     => $key,
					'private' => $private,
				);
			}
		}
		$key     = $this->make( $now );
		$private = $this->open( $key );
		if ( null === $private ) {
			throw new \RuntimeException( 'The new signing key could not be opened.' );
		}
		return array(
			'key'     => $key,
			'private' => $private,
		);
	}

	/** Makes sure a key exists (on install). */
	public function ensure( int $now ): SigningKey {
		return $this->signer( $now )['key'];
	}

	/**
	 * A new key signs from now on; every earlier one is retired (and still verifies).
	 *
	 * @throws \RuntimeException When no key could be made.
	 */
	public function rotate( int $now ): SigningKey {
		return $this->make( $now );
	}

	public function find( string $kid ): ?SigningKey {
		return $this->keys->find( $kid );
	}

	/** @return list<SigningKey> */
	public function all(): array {
		return $this->keys->all();
	}

	/** @return array<string, int> */
	public function signed_counts(): array {
		return $this->keys->signed_counts();
	}

	/** The stable address of a key's public JWK: the JOSE header's kid, and the JWK's own kid. */
	public static function url( string $kid ): string {
		return rest_url( RestNamespace::V1 . '/credentials/keys/' . $kid );
	}

	/** The kid a key address names, or '' when it is not one of this site's key addresses. */
	public static function kid_of_url( string $url ): string {
		$prefix = self::url( '' );
		if ( ! str_starts_with( $url, $prefix ) ) {
			return '';
		}
		$kid = substr( $url, strlen( $prefix ) );
		return 1 === preg_match( '/^[A-Za-z0-9_-]{43}$/', $kid ) ? $kid : '';
	}

	/**
	 * The public JWK of a key: kty, n, e, kid (its address), alg, use — never a private member.
	 *
	 * @return array{kty: string, n: string, e: string, kid: string, alg: string, use: string}
	 */
	public static function jwk( SigningKey $key ): array {
		$members = self::rsa_members( $key->public_key );
		return array(
			'kty' => 'RSA',
			'n'   => $members['n'],
			'e'   => $members['e'],
			'kid' => self::url( $key->kid ),
			'alg' => $key->alg,
			'use' => 'sig',
		);
	}

	/**
	 * The RFC 7638 thumbprint of an RSA public key: SHA-256 of its required members in order, base64url.
	 */
	public static function thumbprint( string $public_key ): string {
		$members = self::rsa_members( $public_key );
		return Jws::b64url( hash( 'sha256', '{"e":"' . $members['e'] . '","kty":"RSA","n":"' . $members['n'] . '"}', true ) );
	}

	/** @return array{n: string, e: string} */
	private static function rsa_members( string $public_key ): array {
		$key     = openssl_pkey_get_public( $public_key );
		$details = false === $key ? false : openssl_pkey_get_details( $key );
		$rsa     = is_array( $details ) && isset( $details['rsa'] ) && is_array( $details['rsa'] ) ? $details['rsa'] : array();
		return array(
			'n' => Jws::b64url( (string) ( $rsa['n'] ?? '' ) ),
			'e' => Jws::b64url( (string) ( $rsa['e'] ?? '' ) ),
		);
	}

	/** @throws \RuntimeException When openssl or the database refused. */
	private function make( int $now ): SigningKey {
		$pair = openssl_pkey_new(
			array(
				'private_key_type' => OPENSSL_KEYTYPE_RSA,
				'private_key_bits' => 2048,
			)
		);
		$pem  = '';
		if ( false === $pair || ! openssl_pkey_export( $pair, $pem ) ) {
			throw new \RuntimeException( 'The server could not make a signing key (openssl).' );
		}
		$details = openssl_pkey_get_details( $pair );
		$public  = is_array( $details ) ? (string) $details['key'] : '';
		$kid     = self::thumbprint( $public );
		$key     = $this->keys->add( $kid, $public, self::seal( $pem ), $now );
		$this->keys->retire_all_but( $kid, $now );
		sodium_memzero( $pem );
		return $key;
	}

	private function open( SigningKey $key ): ?\OpenSSLAsymmetricKey {
		$pem = self::unseal( $key->sealed_private_key );
		if ( null === $pem ) {
			return null;
		}
		$private = openssl_pkey_get_private( $pem );
		sodium_memzero( $pem );
		return false === $private ? null : $private;
	}

	private static function sealing_key(): string {
		return hash_hkdf( 'sha256', wp_salt( 'auth' ), SODIUM_CRYPTO_SECRETBOX_KEYBYTES, self::CONTEXT );
	}

	/** The private key sealed for storage: prefix, then base64 of the nonce and the ciphertext. */
	public static function seal( string $pem ): string {
		$nonce = random_bytes( SODIUM_CRYPTO_SECRETBOX_NONCEBYTES );
		return self::SEALED . base64_encode( $nonce . sodium_crypto_secretbox( $pem, $nonce, self::sealing_key() ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- binary ciphertext in a text column.
	}

	/** The private key of a sealed one; null when it is not sealed or cannot be opened with this site's salt. */
	public static function unseal( string $sealed ): ?string {
		if ( ! str_starts_with( $sealed, self::SEALED ) ) {
			return null;
		}
		$bytes = base64_decode( substr( $sealed, strlen( self::SEALED ) ), true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- see seal().
		if ( false === $bytes || strlen( $bytes ) <= SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ) {
			return null;
		}
		try {
			$pem = sodium_crypto_secretbox_open( substr( $bytes, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), substr( $bytes, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), self::sealing_key() );
		} catch ( \SodiumException $e ) {
			return null;
		}
		return false === $pem ? null : $pem;
	}
}
