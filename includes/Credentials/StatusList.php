<?php
/**
 * The published revocation list (W3C Bitstring Status List v1.0): one bit per credential, at the
 * credential's row ID, 1 = revoked. An index below the highest ever given whose row is gone (the
 * person was erased) reads revoked too, so a copy they kept stops verifying. Signed as a VC-JWT like
 * the credentials; kept in a transient until anything changes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

final class StatusList {

	/** The spec's smallest list (16 KB), so a list says little about how many credentials exist. */
	public const MIN_BITS = 131072;
	public const TYPE     = 'BitstringStatusListCredential';
	private const KEPT    = 'wayfinder_status_list';

	public function __construct(
		private readonly CredentialRepository $credentials = new CredentialRepository(),
		private readonly SigningKeys $keys = new SigningKeys(),
	) {
	}

	public static function forget(): void {
		delete_transient( self::KEPT );
	}

	/** The signed status list credential (compact VC-JWT), kept until a credential is issued, revoked or erased. */
	public function token( int $now ): string {
		$figures     = $this->credentials->figures();
		$fingerprint = implode( ':', array( $figures['highest'], $figures['standing'], $figures['all'], (int) get_option( Issuing::HIGHEST, 0 ) ) );
		$kept        = get_transient( self::KEPT );
		if ( is_array( $kept ) && ( $kept['fingerprint'] ?? '' ) === $fingerprint && is_string( $kept['token'] ?? null ) ) {
			return $kept['token'];
		}
		$signer = $this->keys->signer( $now );
		$token  = Jws::sign( CredentialBuilder::header( $signer['key']->kid ), $this->payload( $now ), $signer['private'] );
		set_transient(
			self::KEPT,
			array(
				'fingerprint' => $fingerprint,
				'token'       => $token,
			),
			DAY_IN_SECONDS
		);
		return $token;
	}

	/**
	 * The status list credential, with its JWT claims.
	 *
	 * @return array<string, mixed>
	 */
	public function payload( int $now ): array {
		$url        = CredentialBuilder::status_list_url();
		$valid_from = gmdate( 'Y-m-d\TH:i:s\Z', $now );
		return array(
			'@context'          => array( CredentialBuilder::CONTEXT_VC ),
			'id'                => $url,
			'type'              => array( 'VerifiableCredential', self::TYPE ),
			'issuer'            => CredentialBuilder::issuer(),
			'validFrom'         => $valid_from,
			'credentialSubject' => array(
				'id'            => $url . '#list',
				'type'          => 'BitstringStatusList',
				'statusPurpose' => 'revocation',
				'encodedList'   => self::encode( $this->bits() ),
			),
			'iss'               => CredentialBuilder::issuer_url(),
			'jti'               => $url,
			'nbf'               => $now,
			'sub'               => $url . '#list',
		);
	}

	/** The bitstring: index 0 is the first byte's most significant bit; 1 = revoked. */
	public function bits(): string {
		$highest = max( (int) get_option( Issuing::HIGHEST, 0 ), $this->credentials->figures()['highest'] );
		$length  = max( self::MIN_BITS, (int) ( ceil( ( $highest + 1 ) / 8 ) * 8 ) );
		$bytes   = array_fill( 0, intdiv( $length, 8 ), 0 );
		for ( $index = 1; $index <= $highest; $index++ ) {
			$bytes[ $index >> 3 ] |= 0x80 >> ( $index & 7 );
		}
		foreach ( $this->credentials->standing_ids() as $index ) {
			$bytes[ $index >> 3 ] &= ~( 0x80 >> ( $index & 7 ) ) & 0xFF;
		}
		return pack( 'C*', ...$bytes );
	}

	/** Multibase base64url (prefix "u", no padding) of the GZIP-compressed bitstring. */
	public static function encode( string $bits ): string {
		return 'u' . Jws::b64url( (string) gzencode( $bits, 9 ) );
	}

	/** The bitstring of an encodedList; null when it is not one. */
	public static function decode( string $encoded ): ?string {
		if ( ! str_starts_with( $encoded, 'u' ) ) {
			return null;
		}
		$gzip = Jws::b64url_decode( substr( $encoded, 1 ) );
		$bits = null === $gzip ? false : @gzdecode( $gzip ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a broken list is reported as one, not as a warning.
		return false === $bits ? null : $bits;
	}

	/** Whether the bit at the index is set; null when the index lies outside the list. */
	public static function bit( string $bits, int $index ): ?bool {
		if ( $index < 0 || ( $index >> 3 ) >= strlen( $bits ) ) {
			return null;
		}
		return 0 !== ( ord( $bits[ $index >> 3 ] ) & ( 0x80 >> ( $index & 7 ) ) );
	}

	/** Whether the published list says the credential at the index is revoked (null: not in the list). */
	public function is_revoked( int $index, int $now ): ?bool {
		$parsed  = Jws::parse( $this->token( $now ) );
		$subject = is_array( $parsed['payload']['credentialSubject'] ?? null ) ? $parsed['payload']['credentialSubject'] : array();
		$bits    = self::decode( (string) ( $subject['encodedList'] ?? '' ) );
		return null === $bits ? null : self::bit( $bits, $index );
	}
}
