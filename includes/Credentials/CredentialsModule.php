<?php
/**
 * Credentials: each award issued as a signed Open Badges 3.0 credential (VC-JWT), the issuer's
 * profile, keys and status list at stable addresses, verification for anyone (the routes and the
 * Verify block), the person's downloads, and what the credentials table keeps about people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Badges\Events\AwardRevoked;
use Wayfinder\Badges\Events\BadgeAwarded;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Installer;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Uninstaller;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class CredentialsModule implements Module {

	public function register( Container $services ): void {
		add_action( 'rest_api_init', array( $services->get( CredentialsController::class ), 'register_routes' ) );
		add_filter( 'rest_pre_serve_request', array( RawResponse::class, 'serve' ), 10, 2 );
		// A key exists from the start, so the published JWKS is never empty.
		add_action(
			Installer::INSTALL,
			static function () use ( $services ): void {
				try {
					$services->get( SigningKeys::class )->ensure( time() );
				} catch ( \RuntimeException $e ) {
					unset( $e ); // Made on first need instead.
				}
			}
		);
		add_action( BadgeAwarded::HOOK, static fn ( BadgeAwarded $event ) => $services->get( Issuing::class )->quietly( $event->award ) );
		add_action( AwardRevoked::HOOK, static fn ( AwardRevoked $event ) => $services->get( Issuing::class )->revoke_award( $event->award, time() ) );
		add_action( 'wayfinder_issue_credential', static fn ( $award_id ) => $services->get( Issuing::class )->ensure( (int) $award_id ) );
		add_action( Uninstaller::DELETE_DATA, array( self::class, 'uninstall' ) );
		$services->get( PersonalData::class )->table( static fn (): TableDeclaration => new TableDeclaration( 'signing_keys', __( 'Signing keys', 'wayfinder' ) ) );
		// A credential names its person (their profile and a salted hash of their e-mail address):
		// erasing them deletes it, and the status list reads a deleted credential as revoked.
		$services->get( PersonalData::class )->table(
			static fn (): TableDeclaration => new TableDeclaration(
				'credentials',
				__( 'Certificates', 'wayfinder' ),
				array( 'user_id' => ErasePolicy::DELETE_ROW ),
				array(),
				array(
					'uuid'       => __( 'Certificate ID', 'wayfinder' ),
					'award_id'   => __( 'Badge award', 'wayfinder' ),
					'issued_at'  => __( 'Issued', 'wayfinder' ),
					'revoked_at' => __( 'Revoked', 'wayfinder' ),
				),
				readable: array(
					'award_id' => static function ( array $row ): string {
						$award = ( new AwardRepository() )->find( (int) $row['award_id'] );
						$badge = null === $award ? null : BadgePostType::find( $award->badge_id );
						return $badge->name ?? __( 'A badge no longer held', 'wayfinder' );
					},
				)
			)
		);
	}

	public static function uninstall(): void {
		delete_option( Issuing::HIGHEST );
		StatusList::forget();
	}
}
