<?php
/**
 * The credentials routes. Public (anyone must be able to check a credential without an account): the
 * issuer's profile, the keys (JWKS and each key at the address credentials name), a badge's
 * achievement, the status list, verification. Coordinators who manage settings: the keys' list and
 * rotation. The award's person or a coordinator: the downloads.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\RestNamespace;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;
use WP_REST_Server;

final class CredentialsController {

	public const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
	public const KID  = '[A-Za-z0-9_-]{43}';

	/** Media types: a VC-JWT (VC-JOSE-COSE) and the JSON download. */
	public const JWT_TYPE  = 'application/vc+jwt';
	public const JSON_TYPE = 'application/json';

	public function __construct(
		private readonly SigningKeys $keys = new SigningKeys(),
		private readonly Issuing $issuing = new Issuing(),
		private readonly Verifier $verifier = new Verifier(),
		private readonly StatusList $status = new StatusList(),
		private readonly CredentialRepository $credentials = new CredentialRepository(),
		private readonly AwardRepository $awards = new AwardRepository(),
	) {
	}

	public function register_routes(): void {
		// The documents every credential points to: public, because verifiers anywhere must read them without an account.
		$public = '__return_true';
		$this->route( '/credentials/issuer', 'GET', 'issuer', $public );
		$this->route( '/credentials/jwks', 'GET', 'jwks', $public );
		$this->route(
			'/credentials/keys/(?P<kid>' . self::KID . ')',
			'GET',
			'key',
			$public,
			array(
				'kid' => array(
					'description' => __( 'The key’s ID (its JWK thumbprint).', 'wayfinder' ),
					'type'        => 'string',
				),
			)
		);
		$this->route(
			'/credentials/achievements/(?P<badge>[\d]+)',
			'GET',
			'achievement',
			$public,
			array(
				'badge' => array(
					'description' => __( 'The badge.', 'wayfinder' ),
					'type'        => 'integer',
					'minimum'     => 1,
				),
			)
		);
		$this->route( '/credentials/status', 'GET', 'status_list', $public );
		// Verification is for anyone who was shown a certificate: public, and it changes nothing.
		$this->route(
			'/credentials/verify',
			'POST',
			'verify',
			$public,
			array(
				'credential' => array(
					'description' => __( 'The certificate: its compact VC-JWT, or the JSON download. Or upload the baked badge image as "file".', 'wayfinder' ),
					'type'        => 'string',
					'maxLength'   => Verifier::MAX_INPUT,
				),
			)
		);
		$this->route(
			'/credentials/(?P<uuid>' . self::UUID . ')',
			'GET',
			'verify_stored',
			$public,
			array(
				'uuid' => array(
					'description' => __( 'The certificate’s ID.', 'wayfinder' ),
					'type'        => 'string',
				),
			)
		);
		$this->route( '/credentials/keys', 'GET', 'keys', array( $this, 'settings_permissions_check' ) );
		$this->route( '/credentials/keys/rotate', 'POST', 'rotate', array( $this, 'settings_permissions_check' ) );
		$this->route(
			'/awards/(?P<id>[\d]+)/credential',
			'GET',
			'download',
			array( $this, 'download_permissions_check' ),
			array(
				'id'     => array(
					'description' => __( 'The badge award.', 'wayfinder' ),
					'type'        => 'integer',
					'minimum'     => 1,
				),
				'format' => array(
					'description' => __( 'jwt (the signed certificate), json (it enveloped as a Verifiable Credential) or png (the badge image with it baked in).', 'wayfinder' ),
					'type'        => 'string',
					'enum'        => CredentialLinks::FORMAT,
					'default'     => CredentialLinks::JWT,
				),
			)
		);
	}

	/**
	 * @param non-falsy-string     $path
	 * @param string|callable      $permission
	 * @param array<string, mixed> $args
	 */
	private function route( string $path, string $method, string $callback, $permission, array $args = array() ): void {
		register_rest_route(
			RestNamespace::V1,
			$path,
			array(
				'methods'             => 'GET' === $method ? WP_REST_Server::READABLE : WP_REST_Server::CREATABLE,
				'callback'            => array( $this, $callback ),
				'permission_callback' => $permission,
				'args'                => $args,
			)
		);
	}

	/**
	 * Whoever manages the program's settings.
	 *
	 * @return true|WP_Error
	 */
	public function settings_permissions_check() {
		if ( Capabilities::can_manage_settings() ) {
			return true;
		}
		return new WP_Error( 'wayfinder_forbidden', __( 'Only the people who run the mentorship program can see and rotate the signing keys.', 'wayfinder' ), array( 'status' => rest_authorization_required_code() ) );
	}

	/**
	 * The award's person or a coordinator; anyone else is told there is no such award.
	 *
	 * @param WP_REST_Request $request Full details about the request.
	 * @return true|WP_Error
	 */
	public function download_permissions_check( $request ) {
		if ( ! is_user_logged_in() ) {
			return new WP_Error( 'wayfinder_log_in', __( 'Log in to download your certificate.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		$award = $this->awards->find( (int) $request['id'] );
		if ( null === $award || ( get_current_user_id() !== $award->user_id && ! Capabilities::can_coordinate() ) ) {
			return new WP_Error( 'wayfinder_no_award', __( 'There is no such badge award of yours.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return true;
	}

	public function issuer(): WP_REST_Response {
		return rest_ensure_response( CredentialBuilder::issuer() );
	}

	public function jwks(): WP_REST_Response {
		$this->keys->ensure( time() );
		return rest_ensure_response( array( 'keys' => array_map( array( SigningKeys::class, 'jwk' ), $this->keys->all() ) ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function key( $request ) {
		$key = $this->keys->find( (string) $request['kid'] );
		if ( null === $key ) {
			return new WP_Error( 'wayfinder_no_key', __( 'This site has no signing key with that ID.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return rest_ensure_response( SigningKeys::jwk( $key ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function achievement( $request ) {
		$badge = BadgePostType::find( (int) $request['badge'] );
		if ( null === $badge || ! $badge->is_published() ) {
			return new WP_Error( 'wayfinder_no_badge', __( 'This site has no published badge with that ID.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return rest_ensure_response( CredentialBuilder::achievement( $badge ) );
	}

	public function status_list(): RawResponse {
		return new RawResponse( $this->status->token( time() ), self::JWT_TYPE );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function verify( $request ) {
		$files = $request->get_file_params();
		$file  = is_array( $files['file'] ?? null ) ? $files['file'] : null;
		if ( null !== $file && UPLOAD_ERR_OK === (int) $file['error'] ) {
			$path  = (string) $file['tmp_name'];
			$bytes = is_readable( $path ) && filesize( $path ) <= Verifier::MAX_IMAGE ? (string) file_get_contents( $path ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded file.
			$token = Verifier::token_from_png( $bytes );
		} else {
			$token = Verifier::token_from( (string) $request['credential'] );
		}
		return is_wp_error( $token ) ? $token : rest_ensure_response( $this->verifier->verify( $token, time() ) );
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function verify_stored( $request ) {
		$credential = $this->credentials->find_by_uuid( (string) $request['uuid'] );
		if ( null === $credential || '' === $credential->token ) {
			return new WP_Error( 'wayfinder_no_credential', __( 'This site issued no certificate with that ID. Check the link, or paste the certificate itself.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return rest_ensure_response( $this->verifier->verify( $credential->token, time() ) );
	}

	public function keys(): WP_REST_Response {
		$this->keys->ensure( time() );
		$signed = $this->keys->signed_counts();
		return rest_ensure_response( array_map( static fn ( SigningKey $key ): array => self::key_row( $key, $signed[ $key->kid ] ?? 0 ), array_reverse( $this->keys->all() ) ) );
	}

	/** @return WP_REST_Response|WP_Error */
	public function rotate() {
		try {
			$key = $this->keys->rotate( time() );
		} catch ( \RuntimeException $e ) {
			return new WP_Error( 'wayfinder_key_failed', __( 'The server could not make a new signing key. The current key keeps signing; try again later.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		StatusList::forget();
		$response = rest_ensure_response( self::key_row( $key, 0 ) );
		$response->set_status( 201 );
		return $response;
	}

	/**
	 * A key as coordinators see it (never its private half).
	 *
	 * @return array{kid: string, alg: string, url: string, created_at: string, retired_at: string|null, signed: int}
	 */
	private static function key_row( SigningKey $key, int $signed ): array {
		return array(
			'kid'        => $key->kid,
			'alg'        => $key->alg,
			'url'        => SigningKeys::url( $key->kid ),
			'created_at' => mysql_to_rfc3339( $key->created_at ),
			'retired_at' => null === $key->retired_at ? null : mysql_to_rfc3339( $key->retired_at ),
			'signed'     => $signed,
		);
	}

	/**
	 * @param WP_REST_Request $request Full details about the request.
	 * @return WP_REST_Response|WP_Error
	 */
	public function download( $request ) {
		$award = $this->awards->find( (int) $request['id'] );
		if ( null === $award ) {
			return new WP_Error( 'wayfinder_no_award', __( 'There is no such badge award of yours.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		try {
			$credential = $this->issuing->issue( $award, time() );
		} catch ( \RuntimeException $e ) {
			return new WP_Error( 'wayfinder_credential_failed', __( 'The certificate could not be issued just now. Try again later.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		if ( is_wp_error( $credential ) ) {
			return $credential;
		}
		$badge = BadgePostType::find( $award->badge_id );
		$name  = sanitize_file_name( ( null === $badge ? 'badge' : sanitize_title( $badge->name ) ) . '-' . $credential->uuid );
		switch ( (string) $request['format'] ) {
			case CredentialLinks::JSON:
				$response = rest_ensure_response( CredentialBuilder::enveloped( $credential->token ) );
				$response->header( 'Content-Disposition', 'attachment; filename="' . $name . '.json"' );
				$response->header( 'Cache-Control', 'private, no-store' );
				return $response;
			case CredentialLinks::PNG:
				$file  = null === $badge ? '' : CredentialBuilder::image_file( $badge );
				$png   = '' !== $file && is_readable( $file ) ? (string) file_get_contents( $file ) : ''; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the badge's image on this server.
				$baked = BakedPng::bake( $png, $credential->token );
				if ( null === $baked ) {
					return new WP_Error( 'wayfinder_no_image', __( 'The badge has no PNG image to bake the certificate into. Download the .jwt or .json instead.', 'wayfinder' ), array( 'status' => 500 ) );
				}
				return new RawResponse( $baked, 'image/png', $name . '.png' );
		}
		return new RawResponse( $credential->token, self::JWT_TYPE, $name . '.jwt' );
	}
}
