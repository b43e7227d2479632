<?php
/**
 * Credentials: each award issued as a signed Open Badges 3.0 credential (VC-JWT), the issuer's
 * profile, keys and status list at stable addresses, verification for anyone, the person's downloads
 * and printable certificate, and what the credentials table keeps about people.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Privacy\ErasePolicy;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\TableDeclaration;

final class CredentialsModule implements Module {

	public function register( Container $services ): void {
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
				)
			)
		);
	}
}
