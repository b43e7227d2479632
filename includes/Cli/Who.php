<?php
/**
 * The person a command names: a user ID, login or e-mail address, or a clear error.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

final class Who {

	public static function user( string $who ): \WP_User {
		$user = is_numeric( $who ) ? get_userdata( (int) $who ) : get_user_by( 'login', $who );
		$user = $user instanceof \WP_User ? $user : get_user_by( 'email', $who );
		if ( ! $user instanceof \WP_User ) {
			/* translators: %s: what was typed: a user ID, login or e-mail address. */
			\WP_CLI::error( sprintf( __( 'There is no user "%s" on this site. Give a user ID, login or e-mail address.', 'wayfinder' ), $who ) );
		}
		return $user;
	}
}
