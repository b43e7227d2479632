<?php
/**
 * Verification of a credential this site issued: the signature (a key of this site, RS256), the
 * issuer, the dates, the revocation status in the published list and the claims, each reported in a
 * sentence a visitor understands, with a verdict. The person is named only when they show the badge
 * publicly; a revocation says when, never why.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use Wayfinder\Badges\AwardRepository;
use WP_Error;

final class Verifier {

	/** The most a pasted credential may be (bytes). */
	public const MAX_INPUT = 65536;
	/** The largest badge image accepted for verification (bytes). */
	public const MAX_IMAGE = 4194304;

	public function __construct(
		private readonly SigningKeys $keys = new SigningKeys(),
		private readonly StatusList $status = new StatusList(),
		private readonly CredentialRepository $credentials = new CredentialRepository(),
		private readonly AwardRepository $awards = new AwardRepository(),
	) {
	}

	/**
	 * The compact VC-JWT in what a visitor pasted: the JWT itself, or the JSON download (an enveloped
	 * credential). A WP_Error (400) with a sentence when it is neither.
	 */
	public static function token_from( string $input ): string|WP_Error {
		$input = trim( $input );
		if ( '' === $input ) {
			return new WP_Error( 'wayfinder_verify_empty', __( 'Paste a certificate (the text of its .jwt or .json download), or choose a badge image that holds one.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( strlen( $input ) > self::MAX_INPUT ) {
			return new WP_Error( 'wayfinder_verify_large', __( 'That is too long to be a certificate (at most 64 KB).', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( str_starts_with( $input, '{' ) ) {
			$json = json_decode( $input, true );
			$id   = is_array( $json ) ? ( $json['id'] ?? '' ) : '';
			if ( ! is_array( $json ) || CredentialBuilder::ENVELOPED !== ( $json['type'] ?? '' ) || ! is_string( $id ) || ! str_starts_with( $id, CredentialBuilder::DATA_URL ) ) {
				return new WP_Error( 'wayfinder_verify_json', __( 'This JSON is not a signed certificate. Paste the whole .json download (it starts with "@context" and holds the signed certificate in its "id"), or the .jwt download.', 'wayfinder' ), array( 'status' => 400 ) );
			}
			$input = substr( $id, strlen( CredentialBuilder::DATA_URL ) );
		}
		if ( null === Jws::parse( $input ) ) {
			return new WP_Error( 'wayfinder_verify_shape', __( 'This is not a certificate: a certificate is a long text of three parts joined by dots (the .jwt download), or the .json download. Check that you pasted all of it.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		return $input;
	}

	/** The credential baked into an uploaded PNG, or a WP_Error (400) with a sentence. */
	public static function token_from_png( string $png ): string|WP_Error {
		if ( null === BakedPng::chunks( $png ) ) {
			return new WP_Error( 'wayfinder_verify_png', __( 'This file is not a PNG image, or it is damaged. Choose the badge image you downloaded.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		$token = BakedPng::read( $png );
		if ( null === $token ) {
			return new WP_Error( 'wayfinder_verify_unbaked', __( 'This image holds no certificate. Choose the badge image downloaded with the certificate, not a copy of the picture.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		return self::token_from( $token );
	}

	/**
	 * The checks of a credential and the verdict.
	 *
	 * @return array{verdict: bool, summary: string, checks: list<array{check: string, passed: bool, message: string}>, credential: array<string, mixed>|null}
	 */
	public function verify( string $token, int $now ): array {
		$parsed = Jws::parse( $token );
		if ( null === $parsed ) {
			return $this->result( array( $this->check( 'signature', false, __( 'This is not a signed certificate.', 'wayfinder' ) ) ), null, '' );
		}
		$header  = $parsed['header'];
		$payload = $parsed['payload'];
		$issuer  = CredentialBuilder::issuer_url();
		$ours    = ( $payload['iss'] ?? null ) === $issuer;
		$checks  = array();

		// Signature: by a key of this site, named in the header by its address.
		$kid    = is_string( $header['kid'] ?? null ) ? SigningKeys::kid_of_url( $header['kid'] ) : '';
		$key    = '' === $kid ? null : $this->keys->find( $kid );
		$signed = null !== $key && Jws::ALG === ( $header['alg'] ?? '' ) && Jws::verify( $parsed['signing_input'], $parsed['signature'], $key->public_key );
		if ( null === $key ) {
			$checks[] = $this->check( 'signature', false, __( 'It was not signed with a key of this site, so this site cannot vouch for it.', 'wayfinder' ) );
		} else {
			$checks[] = $this->check(
				'signature',
				$signed,
				$signed
					? __( 'The signature is valid: it was signed with this site’s key, and nothing in it has been changed since.', 'wayfinder' )
					: __( 'The signature does not match: the certificate was changed after it was issued, or it was not signed by this site.', 'wayfinder' )
			);
		}

		// Issuer: this site, the same in the claim and the credential.
		$issuer_id = is_array( $payload['issuer'] ?? null ) ? ( $payload['issuer']['id'] ?? '' ) : ( $payload['issuer'] ?? '' );
		$checks[]  = $ours && $issuer_id === $issuer
			? $this->check( 'issuer', true, __( 'It was issued by this site.', 'wayfinder' ) )
			: $this->check( 'issuer', false, __( 'It was not issued by this site.', 'wayfinder' ) );

		// Dates: valid from a moment not in the future (the claim and the credential agree), not expired.
		$checks[] = $this->dates( $payload, $now );

		// Status: not revoked in this site's published list.
		$row      = $this->row( $payload );
		$checks[] = $this->status( $payload, $row, $now );

		// Claims: the JWT's claims match the credential, and it is an Open Badges credential.
		$checks[] = $this->claims( $payload );

		$shown = $signed && $ours ? $this->shown( $payload, $row ) : null;
		return $this->result( $checks, $shown, $ours ? '' : __( 'This credential was not issued by this site, so it cannot be verified here. Verify it with its issuer.', 'wayfinder' ) );
	}

	/**
	 * @param array<string, mixed> $payload
	 * @return array{check: string, passed: bool, message: string}
	 */
	private function dates( array $payload, int $now ): array {
		$from = is_string( $payload['validFrom'] ?? null ) ? strtotime( $payload['validFrom'] ) : false;
		if ( false === $from || ! isset( $payload['nbf'] ) || (int) $payload['nbf'] !== $from ) {
			return $this->check( 'dates', false, __( 'Its issue date is missing or does not match its signed date.', 'wayfinder' ) );
		}
		if ( $from > $now ) {
			return $this->check( 'dates', false, __( 'Its issue date is in the future, so it is not valid yet.', 'wayfinder' ) );
		}
		$until = is_string( $payload['validUntil'] ?? null ) ? strtotime( $payload['validUntil'] ) : null;
		$exp   = isset( $payload['exp'] ) ? (int) $payload['exp'] : null;
		if ( false === $until || ( null !== $until && $until <= $now ) || ( null !== $exp && $exp <= $now ) ) {
			return $this->check( 'dates', false, __( 'It has expired.', 'wayfinder' ) );
		}
		/* translators: %s: a date. */
		return $this->check( 'dates', true, sprintf( __( 'It was issued on %s and does not expire.', 'wayfinder' ), wp_date( get_option( 'date_format' ), $from ) ) );
	}

	/**
	 * @param array<string, mixed> $payload
	 * @return array{check: string, passed: bool, message: string}
	 */
	private function status( array $payload, ?Credential $row, int $now ): array {
		$status = is_array( $payload['credentialStatus'] ?? null ) ? $payload['credentialStatus'] : array();
		$index  = $status['statusListIndex'] ?? '';
		if ( CredentialBuilder::STATUS_TYPE !== ( $status['type'] ?? '' ) || CredentialBuilder::status_list_url() !== ( $status['statusListCredential'] ?? '' ) || ! is_string( $index ) || 1 !== preg_match( '/^\d{1,10}$/', $index ) ) {
			return $this->check( 'status', false, __( 'Its revocation status cannot be checked: it does not point to this site’s list of revoked certificates.', 'wayfinder' ) );
		}
		$revoked = $this->status->is_revoked( (int) $index, $now );
		if ( null === $revoked ) {
			return $this->check( 'status', false, __( 'Its revocation status cannot be checked: it is not in this site’s list of certificates.', 'wayfinder' ) );
		}
		if ( ! $revoked ) {
			return $this->check( 'status', true, __( 'It has not been revoked.', 'wayfinder' ) );
		}
		if ( null !== $row && null !== $row->revoked_at ) {
			/* translators: %s: a date. */
			return $this->check( 'status', false, sprintf( __( 'It was revoked on %s.', 'wayfinder' ), wp_date( get_option( 'date_format' ), (int) strtotime( $row->revoked_at . ' UTC' ) ) ) );
		}
		return $this->check( 'status', false, __( 'It has been withdrawn and is no longer valid.', 'wayfinder' ) );
	}

	/**
	 * @param array<string, mixed> $payload
	 * @return array{check: string, passed: bool, message: string}
	 */
	private function claims( array $payload ): array {
		$types   = is_array( $payload['type'] ?? null ) ? $payload['type'] : array();
		$context = is_array( $payload['@context'] ?? null ) ? $payload['@context'] : array();
		$subject = is_array( $payload['credentialSubject'] ?? null ) ? $payload['credentialSubject'] : array();
		$id      = $payload['id'] ?? null;
		$fine    = is_string( $id ) && 1 === preg_match( '/^urn:uuid:[0-9a-f-]{36}$/', $id )
			&& ( $payload['jti'] ?? null ) === $id
			&& isset( $subject['id'] ) && ( $payload['sub'] ?? null ) === $subject['id']
			&& CredentialBuilder::CONTEXT_VC === ( $context[0] ?? null )
			&& array() === array_diff( CredentialBuilder::TYPES, $types )
			&& is_array( $subject['achievement'] ?? null );
		return $fine
			? $this->check( 'claims', true, __( 'It is a complete Open Badges 3.0 certificate, and its signed claims match its content.', 'wayfinder' ) )
			: $this->check( 'claims', false, __( 'Its content is incomplete, or does not match its signed claims.', 'wayfinder' ) );
	}

	/** @param array<string, mixed> $payload */
	private function row( array $payload ): ?Credential {
		$id = is_string( $payload['id'] ?? null ) ? $payload['id'] : '';
		return str_starts_with( $id, 'urn:uuid:' ) ? $this->credentials->find_by_uuid( substr( $id, 9 ) ) : null;
	}

	/**
	 * What a verified credential says, as a visitor may see it.
	 *
	 * @param array<string, mixed> $payload
	 * @return array<string, mixed>
	 */
	private function shown( array $payload, ?Credential $row ): array {
		$subject     = is_array( $payload['credentialSubject'] ?? null ) ? $payload['credentialSubject'] : array();
		$achievement = is_array( $subject['achievement'] ?? null ) ? $subject['achievement'] : array();
		$issuer      = is_array( $payload['issuer'] ?? null ) ? $payload['issuer'] : array();
		$award       = null === $row ? null : $this->awards->find( $row->award_id );
		$person      = null !== $award && $award->shown && ! $award->is_revoked() && null === $row->revoked_at ? get_userdata( $award->user_id ) : false;
		$from        = is_string( $payload['validFrom'] ?? null ) ? $payload['validFrom'] : '';
		return array(
			'id'          => (string) ( $payload['id'] ?? '' ),
			'achievement' => array(
				'name'        => (string) ( $achievement['name'] ?? '' ),
				'description' => (string) ( $achievement['description'] ?? '' ),
				'criteria'    => (string) ( $achievement['criteria']['narrative'] ?? '' ),
				'image'       => (string) ( $achievement['image']['id'] ?? '' ),
			),
			'issuer'      => array(
				'name' => (string) ( $issuer['name'] ?? '' ),
				'url'  => (string) ( $issuer['url'] ?? '' ),
			),
			'issued'      => $from,
			'recipient'   => false !== $person ? $person->display_name : __( 'the person it was issued to', 'wayfinder' ),
			'revoked_at'  => null !== $row && null !== $row->revoked_at ? mysql_to_rfc3339( $row->revoked_at ) : null,
		);
	}

	/** @return array{check: string, passed: bool, message: string} */
	private function check( string $check, bool $passed, string $message ): array {
		return array(
			'check'   => $check,
			'passed'  => $passed,
			'message' => $message,
		);
	}

	/**
	 * @param list<array{check: string, passed: bool, message: string}> $checks
	 * @param array<string, mixed>|null                                 $credential
	 * @return array{verdict: bool, summary: string, checks: list<array{check: string, passed: bool, message: string}>, credential: array<string, mixed>|null}
	 */
	private function result( array $checks, ?array $credential, string $summary ): array {
		$verdict = array() !== $checks && array() === array_filter( $checks, static fn ( array $check ): bool => ! $check['passed'] );
		if ( '' === $summary ) {
			$summary = $verdict
				? __( 'This certificate is valid: it was issued by this site, has not been changed, and has not been revoked.', 'wayfinder' )
				: __( 'This certificate is not valid. See which checks failed below.', 'wayfinder' );
		}
		return array(
			'verdict'    => $verdict,
			'summary'    => $summary,
			'checks'     => $checks,
			'credential' => $credential,
		);
	}
}
