<?php
/**
 * The Verify a certificate block's HTML: a form that posts to the page itself (no JavaScript needed)
 * with a text area to paste a certificate and a file input for a baked badge image, opened on a stored
 * certificate by ?credential=<uuid>, and the result: a verdict in words, each check as "Passed" or
 * "Failed" with its sentence (never colour alone), and what the certificate says.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use WP_Error;

final class VerifyBlock {

	/** The form's fields. */
	public const FIELD = 'wayfinder_credential';
	public const FILE  = 'wayfinder_credential_file';

	public static function render( int $heading_level ): string {
		$level  = max( 2, min( 4, $heading_level ) );
		$result = self::result();
		$pasted = self::pasted();
		$html   = sprintf( '<h%1$d>%2$s</h%1$d>', $level, esc_html__( 'Verify a certificate', 'wayfinder' ) );
		$html  .= '<p>' . esc_html__( 'Check a badge certificate issued by this site: paste it, or choose the badge image downloaded with it. You see whether its signature, issuer, dates and revocation status check out.', 'wayfinder' ) . '</p>';
		if ( null !== $result ) {
			$html .= self::result_html( $result, $level + 1 );
		}
		$html .= '<form class="wayfinder-verify-form" method="post" enctype="multipart/form-data" action="' . esc_url( remove_query_arg( CredentialLinks::CREDENTIAL ) ) . '">';
		$html .= '<div class="wayfinder-verify-field"><label for="wayfinder-verify-text">' . esc_html__( 'Certificate', 'wayfinder' ) . '</label>';
		$html .= '<textarea id="wayfinder-verify-text" name="' . esc_attr( self::FIELD ) . '" rows="6" aria-describedby="wayfinder-verify-text-help" spellcheck="false">' . esc_textarea( $pasted ) . '</textarea>';
		$html .= '<p class="wayfinder-help" id="wayfinder-verify-text-help">' . esc_html__( 'Paste the text of the .jwt download, or all of the .json download.', 'wayfinder' ) . '</p></div>';
		$html .= '<div class="wayfinder-verify-field"><label for="wayfinder-verify-file">' . esc_html__( 'Or a badge image (PNG)', 'wayfinder' ) . '</label>';
		$html .= '<input type="file" id="wayfinder-verify-file" name="' . esc_attr( self::FILE ) . '" accept="image/png" aria-describedby="wayfinder-verify-file-help" />';
		$html .= '<p class="wayfinder-help" id="wayfinder-verify-file-help">' . esc_html__( 'The badge image downloaded with the certificate holds it.', 'wayfinder' ) . '</p></div>';
		$html .= '<p><button type="submit" class="wp-element-button">' . esc_html__( 'Verify', 'wayfinder' ) . '</button></p>';
		return $html . '</form>';
	}

	/**
	 * What was asked, checked: a posted certificate or image, else the stored one the link names; null
	 * when nothing was asked.
	 *
	 * @return array<string, mixed>|WP_Error|null
	 */
	private static function result() {
		// Verifying changes nothing and anyone may do it, so the form carries no nonce (a page cache would stale it).
		// phpcs:disable WordPress.Security.NonceVerification
		$file = isset( $_FILES[ self::FILE ] ) && is_array( $_FILES[ self::FILE ] ) ? $_FILES[ self::FILE ] : null; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- read as bytes, checked as a PNG.
		if ( null !== $file && UPLOAD_ERR_OK === (int) ( $file['error'] ?? UPLOAD_ERR_NO_FILE ) && is_uploaded_file( (string) $file['tmp_name'] ) ) {
			$bytes = (int) $file['size'] <= Verifier::MAX_IMAGE ? (string) file_get_contents( (string) $file['tmp_name'] ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded file.
			return self::check( Verifier::token_from_png( $bytes ) );
		}
		if ( isset( $_POST[ self::FIELD ] ) ) {
			return self::check( Verifier::token_from( self::pasted() ) );
		}
		$uuid = isset( $_GET[ CredentialLinks::CREDENTIAL ] ) ? strtolower( sanitize_text_field( wp_unslash( $_GET[ CredentialLinks::CREDENTIAL ] ) ) ) : '';
		// phpcs:enable WordPress.Security.NonceVerification
		if ( '' === $uuid ) {
			return null;
		}
		$credential = 1 === preg_match( '/^' . CredentialsController::UUID . '$/', $uuid ) ? ( new CredentialRepository() )->find_by_uuid( $uuid ) : null;
		if ( null === $credential || '' === $credential->token ) {
			return new WP_Error( 'wayfinder_no_credential', __( 'This site issued no certificate with that ID. Check the link, or paste the certificate itself.', 'wayfinder' ) );
		}
		return self::check( $credential->token );
	}

	/** @return array<string, mixed>|WP_Error */
	private static function check( string|WP_Error $token ) {
		return is_wp_error( $token ) ? $token : ( new Verifier() )->verify( $token, time() );
	}

	private static function pasted(): string {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing, WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- see result(); a certificate is compact text or JSON, kept as sent and escaped on output.
		$text = isset( $_POST[ self::FIELD ] ) && is_string( $_POST[ self::FIELD ] ) ? (string) wp_unslash( $_POST[ self::FIELD ] ) : '';
		return substr( $text, 0, Verifier::MAX_INPUT + 1 );
	}

	/** @param array<string, mixed>|WP_Error $result */
	private static function result_html( $result, int $level ): string {
		$html = '<div class="wayfinder-verify-result" role="status">';
		if ( is_wp_error( $result ) ) {
			return $html . '<p class="wayfinder-verify-verdict">' . esc_html( $result->get_error_message() ) . '</p></div>';
		}
		$verdict    = (bool) $result['verdict'];
		$html      .= sprintf( '<h%1$d class="wayfinder-verify-verdict">%2$s</h%1$d>', $level, $verdict ? esc_html__( 'Valid certificate', 'wayfinder' ) : esc_html__( 'Not a valid certificate', 'wayfinder' ) );
		$html      .= '<p>' . esc_html( (string) $result['summary'] ) . '</p>';
		$credential = is_array( $result['credential'] ) ? $result['credential'] : null;
		if ( null !== $credential ) {
			$html .= '<dl class="wayfinder-verify-details">';
			$html .= '<dt>' . esc_html__( 'Badge', 'wayfinder' ) . '</dt><dd>' . esc_html( (string) $credential['achievement']['name'] ) . '</dd>';
			if ( '' !== $credential['achievement']['criteria'] ) {
				$html .= '<dt>' . esc_html__( 'Criteria', 'wayfinder' ) . '</dt><dd>' . esc_html( (string) $credential['achievement']['criteria'] ) . '</dd>';
			}
			$html .= '<dt>' . esc_html__( 'Issued to', 'wayfinder' ) . '</dt><dd>' . esc_html( (string) $credential['recipient'] ) . '</dd>';
			$html .= '<dt>' . esc_html__( 'Issued by', 'wayfinder' ) . '</dt><dd>' . esc_html( (string) $credential['issuer']['name'] ) . '</dd>';
			$from  = strtotime( (string) $credential['issued'] );
			if ( false !== $from ) {
				$html .= '<dt>' . esc_html__( 'Issued on', 'wayfinder' ) . '</dt><dd>' . esc_html( (string) wp_date( (string) get_option( 'date_format' ), $from ) ) . '</dd>';
			}
			$html .= '</dl>';
		}
		$html .= sprintf( '<h%1$d>%2$s</h%1$d><ul class="wayfinder-verify-checks">', $level, esc_html__( 'Checks', 'wayfinder' ) );
		foreach ( $result['checks'] as $check ) {
			$html .= sprintf(
				'<li class="wayfinder-verify-check wayfinder-verify-check--%1$s"><strong>%2$s</strong> %3$s</li>',
				$check['passed'] ? 'pass' : 'fail',
				$check['passed'] ? esc_html__( 'Passed:', 'wayfinder' ) : esc_html__( 'Failed:', 'wayfinder' ),
				esc_html( (string) $check['message'] )
			);
		}
		return $html . '</ul></div>';
	}
}
