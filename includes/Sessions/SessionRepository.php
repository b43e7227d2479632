<?php
/**
 * The SQL of the sessions table. Every change raises the row's sequence (iCalendar's SEQUENCE), so
 * calendars replace what they have.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Platform\Schema;

final class SessionRepository {

	/** @param array{cohort_id: int, kind: string, mentor_id: int, mentee_id: int|null, starts: int, minutes: int, title: string, location: string, agenda: string, created_by: int} $fields */
	public function add( array $fields ): ?Session {
		global $wpdb;
		$now = current_time( 'mysql', true );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our table; $wpdb->insert prepares.
		$added = $wpdb->insert(
			Schema::sessions_table(),
			array(
				'cohort_id'  => $fields['cohort_id'],
				'kind'       => $fields['kind'],
				'mentor_id'  => $fields['mentor_id'],
				'mentee_id'  => $fields['mentee_id'],
				'starts_at'  => gmdate( 'Y-m-d H:i:s', $fields['starts'] ),
				'minutes'    => $fields['minutes'],
				'title'      => $fields['title'],
				'location'   => $fields['location'],
				'agenda'     => $fields['agenda'],
				'notes'      => '',
				'status'     => Session::SCHEDULED,
				'sequence'   => 0,
				'created_by' => $fields['created_by'],
				'created_at' => $now,
				'updated_at' => $now,
			),
			array( '%d', '%s', '%d', '%d', '%s', '%d', '%s', '%s', '%s', '%s', '%s', '%d', '%d', '%s', '%s' )
		);
		return 1 === $added ? $this->find( (int) $wpdb->insert_id ) : null;
	}

	/**
	 * Changes a scheduled session's time, length, title, place or agenda, and raises its sequence.
	 * False when it is not scheduled (any more) or the database refused.
	 *
	 * @param array{starts: int, minutes: int, title: string, location: string, agenda: string} $fields
	 */
	public function change( int $id, array $fields ): bool {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// A moved session is reminded of again, the day before its new time.
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$sessions} SET starts_at = %s, minutes = %d, title = %s, location = %s, agenda = %s, sequence = sequence + 1, reminded_at = NULL, updated_at = %s WHERE id = %d AND status = %s", gmdate( 'Y-m-d H:i:s', $fields['starts'] ), $fields['minutes'], $fields['title'], $fields['location'], $fields['agenda'], current_time( 'mysql', true ), $id, Session::SCHEDULED ) );
	}

	/** Cancels a scheduled session (raising its sequence). False when it was not scheduled. */
	public function cancel( int $id ): bool {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$sessions} SET status = %s, sequence = sequence + 1, updated_at = %s WHERE id = %d AND status = %s", Session::CANCELLED, current_time( 'mysql', true ), $id, Session::SCHEDULED ) );
	}

	/**
	 * Scheduled sessions that start within $ahead seconds of $now and were not reminded of yet,
	 * soonest first, at most $limit.
	 *
	 * @return list<Session>
	 */
	public function due_for_reminder( int $now, int $ahead, int $limit ): array {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$sessions} WHERE status = %s AND reminded_at IS NULL AND starts_at > %s AND starts_at <= %s ORDER BY starts_at ASC, id ASC LIMIT %d", Session::SCHEDULED, gmdate( 'Y-m-d H:i:s', $now ), gmdate( 'Y-m-d H:i:s', $now + $ahead ), $limit ), ARRAY_A );
		return array_values( array_map( array( Session::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/** Marks the session reminded of: true for the one caller that did it (two ticks at once remind once). */
	public function claim_reminder( int $id, int $now ): bool {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$sessions} SET reminded_at = %s WHERE id = %d AND reminded_at IS NULL AND status = %s", gmdate( 'Y-m-d H:i:s', $now ), $id, Session::SCHEDULED ) );
	}

	public function find( int $id ): ?Session {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$sessions} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? Session::from_row( $row ) : null;
	}

	/**
	 * A cohort's sessions in time order, cancelled ones included (they say so).
	 *
	 * @return list<Session>
	 */
	public function of_cohort( int $cohort_id, int $page = 1, int $per_page = 100 ): array {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$sessions} WHERE cohort_id = %d ORDER BY starts_at ASC, id ASC LIMIT %d OFFSET %d", $cohort_id, $per_page, ( $page - 1 ) * $per_page ), ARRAY_A );
		return array_values( array_map( array( Session::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * A pair's 1:1s still to come (scheduled, starting after $now), soonest first.
	 *
	 * @return list<Session>
	 */
	public function pair_to_come( int $cohort_id, int $mentor_id, int $mentee_id, int $now ): array {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$sessions} WHERE mentee_id = %d AND cohort_id = %d AND mentor_id = %d AND kind = %s AND status = %s AND starts_at > %s ORDER BY starts_at ASC", $mentee_id, $cohort_id, $mentor_id, Session::ONE_TO_ONE, Session::SCHEDULED, gmdate( 'Y-m-d H:i:s', $now ) ), ARRAY_A );
		return array_values( array_map( array( Session::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * The cohort's whole-group sessions that are on (not cancelled), in time order: its public schedule.
	 *
	 * @return list<Session>
	 */
	public function group_schedule( int $cohort_id, int $limit = 50 ): array {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$sessions} WHERE cohort_id = %d AND kind = %s AND status = %s ORDER BY starts_at ASC, id ASC LIMIT %d", $cohort_id, Session::GROUP, Session::SCHEDULED, $limit ), ARRAY_A );
		return array_values( array_map( array( Session::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * The cohort's sessions one person is invited to, in time order: the whole cohort's, their own 1:1s
	 * (as mentor or mentee), and their project group's (they lead it, or $leader_id does). One statement.
	 *
	 * @param int $leader_id The mentor whose project group the person is in (0: none).
	 * @return list<Session>
	 */
	public function visible_to( int $cohort_id, int $user_id, int $leader_id, int $page = 1, int $per_page = 100 ): array {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$sessions} WHERE cohort_id = %d AND " . self::VISIBLE . ' ORDER BY starts_at ASC, id ASC LIMIT %d OFFSET %d', $cohort_id, Session::GROUP, $user_id, $user_id, Session::PROJECT_GROUP, $leader_id, $per_page, ( $page - 1 ) * $per_page ), ARRAY_A );
		return array_values( array_map( array( Session::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/** How many sessions visible_to() has in all. */
	public function count_visible_to( int $cohort_id, int $user_id, int $leader_id ): int {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$sessions} WHERE cohort_id = %d AND " . self::VISIBLE, $cohort_id, Session::GROUP, $user_id, $user_id, Session::PROJECT_GROUP, $leader_id ) );
	}

	/** Who sees a session: placeholders kind, user, user, project group kind, leader. A project group's mentor_id is its leader (never 0). */
	private const VISIBLE = '( kind = %s OR mentor_id = %d OR mentee_id = %d OR ( kind = %s AND mentor_id = %d ) )';

	/** Writes the notes kept after a session (not an invitation change: the sequence stays). False when the database refused. */
	public function set_notes( int $id, string $notes ): bool {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$sessions} SET notes = %s, updated_at = %s WHERE id = %d", $notes, current_time( 'mysql', true ), $id ) );
	}

	public function count_of_cohort( int $cohort_id ): int {
		global $wpdb;
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$sessions} WHERE cohort_id = %d", $cohort_id ) );
	}

	/** A deleted cohort takes its sessions with it. */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Schema::sessions_table() . ' WHERE cohort_id = %d', $cohort_id ) );
	}
}
