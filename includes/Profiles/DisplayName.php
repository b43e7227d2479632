<?php
/**
 * The name screens show for a user: their display name, or "" when the account is gone.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

final class DisplayName {

	public static function of( int $user_id ): string {
		$user = get_userdata( $user_id );
		return $user ? $user->display_name : '';
	}
}
