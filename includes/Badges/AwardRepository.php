<?php
/**
 * The badge_awards table: one row per badge and person (the unique key), so an award is given once
 * however many events earn it; revoking and reinstating are conditional UPDATEs.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class AwardRepository {

	public function find( int $id ): ?Award {
		global $wpdb;
		$table = Schema::badge_awards_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? Award::from_row( $row ) : null;
	}

	/** The person's award of the badge, revoked or not. */
	public function find_for( int $badge_id, int $user_id ): ?Award {
		global $wpdb;
		$table = Schema::badge_awards_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE badge_id = %d AND user_id = %d", $badge_id, $user_id ), ARRAY_A );
		return is_array( $row ) ? Award::from_row( $row ) : null;
	}

	/**
	 * Awards the badge. Null when the person already has it (or had it and it was revoked).
	 *
	 * @param int $awarded_by The coordinator who awarded it by hand; 0 when a rule did.
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function add( int $badge_id, int $user_id, string $reason, int $object_id, string $evidence, int $awarded_by, int $now ): ?Award {
		global $wpdb;
		$table = Schema::badge_awards_table();
		$done  = $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$table} (badge_id, user_id, reason, object_id, evidence, awarded_by, awarded_at, shown) VALUES (%d, %d, %s, %d, %s, NULLIF(%d, 0), %s, 1)",
				$badge_id,
				$user_id,
				$reason,
				$object_id,
				$evidence,
				$awarded_by,
				gmdate( 'Y-m-d H:i:s', $now )
			)
		);
		if ( false === $done ) {
			throw new \RuntimeException( 'The badge award could not be saved: ' . $wpdb->last_error );
		}
		return 1 === $done ? $this->find( (int) $wpdb->insert_id ) : null;
	}

	/** Revokes it once, with the reason: whether this call did. */
	public function revoke( int $id, int $revoked_by, string $reason, int $now ): bool {
		global $wpdb;
		$table = Schema::badge_awards_table();
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET revoked_at = %s, revoked_by = NULLIF(%d, 0), revoke_reason = %s WHERE id = %d AND revoked_at IS NULL", gmdate( 'Y-m-d H:i:s', $now ), $revoked_by, $reason, $id ) );
	}

	/** Gives a revoked award back, by hand and with evidence, as awarded now: whether this call did. */
	public function reinstate( int $id, int $awarded_by, string $evidence, int $now ): bool {
		global $wpdb;
		$table = Schema::badge_awards_table();
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET revoked_at = NULL, revoked_by = NULL, revoke_reason = NULL, reason = %s, object_id = 0, evidence = %s, awarded_by = NULLIF(%d, 0), awarded_at = %s WHERE id = %d AND revoked_at IS NOT NULL", Award::BY_HAND, $evidence, $awarded_by, gmdate( 'Y-m-d H:i:s', $now ), $id ) );
	}

	/**
	 * Whether the person shows it on their profile, the mentor card and in the directory.
	 *
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function set_shown( int $id, bool $shown ): void {
		global $wpdb;
		$table = Schema::badge_awards_table();
		if ( false === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET shown = %d WHERE id = %d", $shown ? 1 : 0, $id ) ) ) {
			throw new \RuntimeException( 'The badge choice could not be saved: ' . $wpdb->last_error );
		}
	}

	/** @return list<Award> The person's awards, revoked ones too, newest first. */
	public function of_user( int $user_id ): array {
		global $wpdb;
		$table = Schema::badge_awards_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id = %d ORDER BY awarded_at DESC, id DESC", $user_id ), ARRAY_A );
		return array_values( array_map( array( Award::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * What everyone may see: each person's awards that stand and that they show, newest first.
	 *
	 * @param list<int> $user_ids
	 * @return array<int, list<Award>> By user ID; people without any are left out.
	 */
	public function shown_of_users( array $user_ids ): array {
		global $wpdb;
		$ids = array_values( array_unique( array_filter( array_map( 'intval', $user_ids ), static fn ( int $id ): bool => $id > 0 ) ) );
		if ( array() === $ids ) {
			return array();
		}
		$table = Schema::badge_awards_table();
		$in    = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id IN ({$in}) AND shown = 1 AND revoked_at IS NULL ORDER BY awarded_at DESC, id DESC", ...$ids ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders -- one %d per ID.
		$by    = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$by[ (int) $row['user_id'] ][] = Award::from_row( $row );
		}
		return $by;
	}

	/** Deletes every award of a badge that is being deleted. */
	public function delete_badge( int $badge_id ): void {
		global $wpdb;
		$wpdb->delete( Schema::badge_awards_table(), array( 'badge_id' => $badge_id ), array( '%d' ) );
	}
}
