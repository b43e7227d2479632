<?php
/**
 * The name screens show for a user: their display name, or "" when the account is gone. Lists read
 * the names of a page at once (many()), and every of() for those people in the same request is then
 * answered from what many() read.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

final class DisplayName {

	/** Names read by many() in this request (never kept between requests). */
	private const CACHE_GROUP = 'wayfinder_names';

	public static function of( int $user_id ): string {
		$name = wp_cache_get( $user_id, self::CACHE_GROUP );
		if ( is_string( $name ) ) {
			return $name;
		}
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
		unset( $names[0] );
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
		wp_cache_add_non_persistent_groups( self::CACHE_GROUP );
		wp_cache_set_multiple( $names, self::CACHE_GROUP );
		return $names;
	}

	/** The account changed or went: what many() read about it is stale. */
	public static function forget( int $user_id ): void {
		wp_cache_delete( $user_id, self::CACHE_GROUP );
	}
}
