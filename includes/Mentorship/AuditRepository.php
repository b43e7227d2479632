<?php
/**
 * The events table (the audit trail): every SQL statement on it. Rows come back as AuditEvent.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class AuditRepository {

	/** The reason column's length: longer reasons are cut, never lost with the whole event. */
	public const REASON_LENGTH = 200;

	/**
	 * @param array<string, scalar|null> $details
	 * @throws \RuntimeException When the event could not be written: the change it records must not stand without it.
	 */
	public function insert( string $object_type, int $object_id, string $action, int $actor_id, string $reason = '', array $details = array() ): int {
		global $wpdb;
		$inserted = $wpdb->insert(
			Schema::events_table(),
			array(
				'object_type' => $object_type,
				'object_id'   => $object_id,
				'action'      => $action,
				'actor_id'    => $actor_id,
				'reason'      => mb_substr( $reason, 0, self::REASON_LENGTH ),
				'details'     => (string) wp_json_encode( $details ),
				'created_at'  => current_time( 'mysql', true ),
			),
			array( '%s', '%d', '%s', '%d', '%s', '%s', '%s' )
		);
		if ( false === $inserted ) {
			throw new \RuntimeException( 'The audit trail could not record this change: ' . $wpdb->last_error );
		}
		return (int) $wpdb->insert_id;
	}

	/**
	 * Events, newest first, optionally for one object or about one person.
	 *
	 * @param int|null $person Only events by this user or about their matches (as mentee, mentor or
	 *                         backup) and requests (as mentee or mentor).
	 * @return array{0: list<AuditEvent>, 1: int} The page of events and the total.
	 */
	public function list( ?string $object_type, ?int $object_id, int $page, int $per_page, ?int $person = null ): array {
		global $wpdb;
		$events = Schema::events_table();
		$from   = "{$events} ev";
		$where  = '1=1';
		$args   = array();
		if ( null !== $person ) {
			$matches  = Schema::matches_table();
			$requests = Schema::requests_table();
			// Three indexed look-ups in a UNION, joined by ID: an OR across the columns would scan every event.
			$from = "{$events} ev JOIN ( SELECT id FROM {$events} WHERE actor_id = %d"
				. " UNION SELECT e.id FROM {$matches} m JOIN {$events} e ON e.object_type = 'match' AND e.object_id = m.id WHERE m.mentee_id = %d OR m.mentor_id = %d OR m.backup_mentor_id = %d"
				. " UNION SELECT e.id FROM {$requests} r JOIN {$events} e ON e.object_type = 'request' AND e.object_id = r.id WHERE r.mentee_id = %d OR r.mentor_id = %d ) mine ON mine.id = ev.id";
			$args = array_fill( 0, 6, $person );
		}
		if ( null !== $object_type ) {
			$where .= ' AND ev.object_type = %s';
			$args[] = $object_type;
		}
		if ( null !== $object_id ) {
			$where .= ' AND ev.object_id = %d';
			$args[] = $object_id;
		}
		$total = (int) $wpdb->get_var( $args ? $wpdb->prepare( "SELECT COUNT(*) FROM {$from} WHERE {$where}", $args ) : "SELECT COUNT(*) FROM {$from}" );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT ev.* FROM {$from} WHERE {$where} ORDER BY ev.id DESC LIMIT %d OFFSET %d", array_merge( $args, array( $per_page, max( 0, $page - 1 ) * $per_page ) ) ), ARRAY_A );
		return array( array_values( array_map( array( AuditEvent::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) ), $total );
	}
}
