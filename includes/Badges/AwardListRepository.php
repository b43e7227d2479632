<?php
/**
 * The coordinators' list of awards: filtered by badge, person, standing or revoked, and the person's
 * name; newest first, a page at a time, with the total.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class AwardListRepository {

	public const STANDING = 'standing';
	public const REVOKED  = 'revoked';

	/**
	 * @param string $status '' (all), STANDING or REVOKED.
	 * @param string $search Part of the person's name (or login).
	 * @return array{0: list<Award>, 1: int} The page's awards and how many match in all.
	 */
	public function page( int $badge_id, int $user_id, string $status, string $search, int $page, int $per_page ): array {
		global $wpdb;
		$table  = Schema::badge_awards_table();
		$where  = array( '1=1' );
		$values = array();
		if ( $badge_id > 0 ) {
			$where[]  = 'a.badge_id = %d';
			$values[] = $badge_id;
		}
		if ( $user_id > 0 ) {
			$where[]  = 'a.user_id = %d';
			$values[] = $user_id;
		}
		if ( self::STANDING === $status ) {
			$where[] = 'a.revoked_at IS NULL';
		} elseif ( self::REVOKED === $status ) {
			$where[] = 'a.revoked_at IS NOT NULL';
		}
		$join = '';
		if ( '' !== trim( $search ) ) {
			$like     = '%' . $wpdb->esc_like( trim( $search ) ) . '%';
			$join     = " INNER JOIN {$wpdb->users} u ON u.ID = a.user_id";
			$where[]  = '(u.display_name LIKE %s OR u.user_login LIKE %s)';
			$values[] = $like;
			$values[] = $like;
		}
		$sql   = "FROM {$table} a{$join} WHERE " . implode( ' AND ', $where );
		$count = "SELECT COUNT(*) {$sql}";
		$total = (int) $wpdb->get_var( array() === $values ? $count : $wpdb->prepare( $count, ...$values ) ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders -- one placeholder per value.
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT a.* {$sql} ORDER BY a.awarded_at DESC, a.id DESC LIMIT %d OFFSET %d", ...array_merge( $values, array( $per_page, ( max( 1, $page ) - 1 ) * $per_page ) ) ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders -- one placeholder per value.
		return array( array_values( array_map( array( Award::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) ), $total );
	}
}
