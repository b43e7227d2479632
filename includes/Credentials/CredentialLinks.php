<?php
/**
 * The addresses people follow to a credential: the public verification page, the person's downloads
 * and their printable certificate. Every link to them is made here.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use Wayfinder\Platform\BlockPage;
use Wayfinder\Platform\RestNamespace;

final class CredentialLinks {

	/** The block of the page that verifies credentials, and the query argument that names one. */
	public const VERIFY_BLOCK = 'wayfinder/verify-credential';
	public const CREDENTIAL   = 'credential';

	/** The query argument of the printable certificate (an award's ID). */
	public const CERTIFICATE = 'wayfinder_certificate';

	/** Formats a person downloads their credential in. */
	public const JWT    = 'jwt';
	public const JSON   = 'json';
	public const PNG    = 'png';
	public const FORMAT = array( self::JWT, self::JSON, self::PNG );

	/** The verification page (the page with the Verify block, else the home page), opened on a credential. */
	public static function verify( string $uuid = '' ): string {
		$page = BlockPage::find( self::VERIFY_BLOCK );
		$url  = $page > 0 ? (string) get_permalink( $page ) : home_url( '/' );
		return '' === $uuid ? $url : add_query_arg( self::CREDENTIAL, rawurlencode( $uuid ), $url );
	}

	/** The person's download of their award's current credential (REST, with the nonce of their session). */
	public static function download( int $award_id, string $format ): string {
		return add_query_arg(
			array(
				'format'   => $format,
				'_wpnonce' => wp_create_nonce( 'wp_rest' ),
			),
			rest_url( RestNamespace::V1 . '/awards/' . $award_id . '/credential' )
		);
	}

	/** The person's printable certificate of an award. */
	public static function certificate( int $award_id ): string {
		return add_query_arg( self::CERTIFICATE, $award_id, home_url( '/' ) );
	}
}
