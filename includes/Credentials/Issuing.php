<?php
/**
 * Issuing: an award that stands gets one signed credential (made again only after a revocation and a
 * reinstatement); revoking the award revokes its credentials. The row is inserted and the token written
 * in one transaction, because the row's ID is the credential's index in the status list.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Platform\Transaction;
use WP_Error;

final class Issuing {

	/** The highest status list index ever given, so an erased credential above the rest still reads revoked. */
	public const HIGHEST = 'wayfinder_credentials_highest';

	public function __construct(
		private readonly CredentialRepository $credentials = new CredentialRepository(),
		private readonly SigningKeys $keys = new SigningKeys(),
		private readonly AwardRepository $awards = new AwardRepository(),
	) {
	}

	/** The award's standing credential, issued now when it has none. */
	public function issue( Award $award, int $now ): Credential|WP_Error {
		if ( $award->is_revoked() ) {
			return new WP_Error( 'wayfinder_award_revoked', __( 'This badge was revoked, so it has no certificate to download.', 'wayfinder' ), array( 'status' => 410 ) );
		}
		$badge  = BadgePostType::find( $award->badge_id );
		$person = get_userdata( $award->user_id );
		if ( null === $badge || false === $person ) {
			return new WP_Error( 'wayfinder_award_gone', __( 'This badge or its holder no longer exists, so no certificate can be issued.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		if ( ! $badge->is_published() ) {
			return new WP_Error( 'wayfinder_badge_unpublished', __( 'This badge is not published at the moment, so no certificate can be issued for it. Ask a mentoring coordinator.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$current = $this->credentials->current_for_award( $award->id );
		if ( null !== $current && '' !== $current->token ) {
			return $current;
		}
		$issued = Transaction::run(
			function () use ( $award, $badge, $person, $now ) {
				$signer = $this->keys->signer( $now );
				$uuid   = wp_generate_uuid4();
				$index  = $this->credentials->insert( $uuid, $award->id, $award->user_id, $signer['key']->kid, $now );
				$token  = Jws::sign( CredentialBuilder::header( $signer['key']->kid ), CredentialBuilder::payload( $award, $badge, $person, $uuid, $index ), $signer['private'] );
				if ( ! $this->credentials->set_token( $index, $token ) ) {
					return new WP_Error( 'wayfinder_credential_unsaved', __( 'The certificate could not be saved. Try again in a moment.', 'wayfinder' ), array( 'status' => 500 ) );
				}
				if ( $index > (int) get_option( self::HIGHEST, 0 ) ) {
					update_option( self::HIGHEST, $index, false );
				}
				return $this->credentials->find( $index );
			}
		);
		StatusList::forget();
		if ( null === $issued ) {
			return new WP_Error( 'wayfinder_credential_unsaved', __( 'The certificate could not be saved. Try again in a moment.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		return $issued;
	}

	/** Issues the award's credential if the award stands and has none (the action wayfinder_issue_credential). */
	public function ensure( int $award_id ): ?Credential {
		$award = $this->awards->find( $award_id );
		if ( null === $award ) {
			return null;
		}
		$credential = $this->quietly( $award );
		return $credential instanceof Credential ? $credential : null;
	}

	/** Issues on award without ever failing the award itself: a credential not made now is made on download. */
	public function quietly( Award $award ): Credential|WP_Error|null {
		try {
			return $this->issue( $award, time() );
		} catch ( \RuntimeException $e ) {
			return null;
		}
	}

	/** Revokes every credential of a revoked award. */
	public function revoke_award( Award $award, int $now ): int {
		$revoked = $this->credentials->revoke_award( $award->id, $now );
		StatusList::forget();
		return $revoked;
	}
}
