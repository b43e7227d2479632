<?php
/**
 * The key in an invitation's personal link, so the person can answer without signing in: an HMAC of
 * the invitation and its person with a secret of the site (WordPress's salts), checked in constant
 * time. Nothing is stored; changing the site's salts retires every link.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class InvitationToken {

	public static function key( Invitation $invitation ): string {
		return hash_hmac( 'sha256', 'wayfinder-survey|' . $invitation->id . '|' . $invitation->user_id, wp_salt( 'auth' ) );
	}

	public static function matches( Invitation $invitation, string $key ): bool {
		return '' !== $key && hash_equals( self::key( $invitation ), $key );
	}
}
