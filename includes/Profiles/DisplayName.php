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

	/**
	 * Many names in one query, for lists: never a user lookup per row.
	 *
	 * @param list<int> $user_ids
	 * @return array<int, string> User ID => display name; "" for an account that is gone.
	 */
	public static function many( array $user_ids ): array {
		$names = array_fill_keys( array_map( 'intval', $user_ids ), '' );
		if ( array() === $names ) {
			return $names;
		}
		$users = get_users(
			array(
				'include' => array_keys( $names ),
				'fields'  => array( 'ID', 'display_name' ),
				'blog_id' => 0,
			)
		);
		foreach ( $users as $user ) {
			$names[ (int) $user->ID ] = (string) $user->display_name;
		}
		return $names;
	}
}
