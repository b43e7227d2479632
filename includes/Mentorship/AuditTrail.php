<?php
/**
 * The audit trail: every change to a match (and, as they land, to requests) with who, what, when and
 * why. Written by the services; read by coordinators.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Schema;

final class AuditTrail {

	/** @param array<string, scalar|null> $details */
	public function record( string $object_type, int $object_id, string $action, int $actor_id, string $reason = '', array $details = array() ): void {
		global $wpdb;
		$wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- insert() prepares.
			Schema::events_table(),
			array(
				'object_type' => $object_type,
				'object_id'   => $object_id,
				'action'      => $action,
				'actor_id'    => $actor_id,
				'reason'      => $reason,
				'details'     => (string) wp_json_encode( $details ),
				'created_at'  => current_time( 'mysql', true ),
			),
			array( '%s', '%d', '%s', '%d', '%s', '%s', '%s' )
		);
	}

	/**
	 * Events, newest first, optionally for one object.
	 *
	 * @return array{0: list<array<string, mixed>>, 1: int} The page of rows and the total.
	 */
	public function list( ?string $object_type, ?int $object_id, int $page, int $per_page ): array {
		global $wpdb;
		$events = Schema::events_table();
		$where  = '1=1';
		$args   = array();
		if ( null !== $object_type ) {
			$where .= ' AND object_type = %s';
			$args[] = $object_type;
		}
		if ( null !== $object_id ) {
			$where .= ' AND object_id = %d';
			$args[] = $object_id;
		}
		// phpcs:disable WordPress.DB -- our table; every value goes through prepare().
		$total = (int) $wpdb->get_var( $args ? $wpdb->prepare( "SELECT COUNT(*) FROM {$events} WHERE {$where}", $args ) : "SELECT COUNT(*) FROM {$events}" );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$events} WHERE {$where} ORDER BY id DESC LIMIT %d OFFSET %d", array_merge( $args, array( $per_page, ( $page - 1 ) * $per_page ) ) ), ARRAY_A );
		// phpcs:enable
		return array( is_array( $rows ) ? array_values( $rows ) : array(), $total );
	}
}
