<?php
/**
 * The SQL of the session_attendance table: one row per session and person (the unique key says so),
 * attended or missed, who recorded it and when, and when the person confirmed they were there.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Platform\Schema;

final class AttendanceRepository {

	public const ATTENDED = 'attended';
	public const MISSED   = 'missed';

	/**
	 * Records the person's attendance (a new row, or the one there replaced). Confirmation stays while
	 * they are recorded as attended and goes once recorded as missed. False when the database refused.
	 */
	public function record( Session $session, int $user_id, string $status, int $recorded_by, int $now ): bool {
		global $wpdb;
		$table = Schema::session_attendance_table();
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		// phpcs:disable WordPress.DB -- our table; values prepared.
		if ( 1 === $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (session_id, cohort_id, user_id, status, recorded_by, recorded_at) VALUES (%d, %d, %d, %s, %d, %s)", $session->id, $session->cohort_id, $user_id, $status, $recorded_by, $at ) ) ) {
			return true;
		}
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, recorded_by = %d, recorded_at = %s, confirmed_at = CASE WHEN %s = %s THEN confirmed_at ELSE NULL END WHERE session_id = %d AND user_id = %d", $status, $recorded_by, $at, $status, self::ATTENDED, $session->id, $user_id ) );
		// phpcs:enable
	}

	/**
	 * The person says they were there: a new row (attended, recorded and confirmed by them), or their
	 * attended row confirmed. False when they are recorded as missed (the mentor's word stands) or the
	 * database refused.
	 */
	public function confirm( Session $session, int $user_id, int $now ): bool {
		global $wpdb;
		$table = Schema::session_attendance_table();
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		// phpcs:disable WordPress.DB -- our table; values prepared.
		if ( 1 === $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (session_id, cohort_id, user_id, status, recorded_by, recorded_at, confirmed_at) VALUES (%d, %d, %d, %s, %d, %s, %s)", $session->id, $session->cohort_id, $user_id, self::ATTENDED, $user_id, $at, $at ) ) ) {
			return true;
		}
		$updated = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET confirmed_at = COALESCE(confirmed_at, %s) WHERE session_id = %d AND user_id = %d AND status = %s", $at, $session->id, $user_id, self::ATTENDED ) );
		// phpcs:enable
		return false !== $updated && null !== $this->find( $session->id, $user_id ) && self::ATTENDED === $this->find( $session->id, $user_id )['status'];
	}

	/** @return array{user_id: int, status: string, recorded_by: int, recorded_at: string, confirmed_at: string|null}|null */
	public function find( int $session_id, int $user_id ): ?array {
		return $this->of_session( $session_id )[ $user_id ] ?? null;
	}

	/**
	 * What was recorded for a session, by person.
	 *
	 * @return array<int, array{user_id: int, status: string, recorded_by: int, recorded_at: string, confirmed_at: string|null}>
	 */
	public function of_session( int $session_id ): array {
		global $wpdb;
		$table = Schema::session_attendance_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT user_id, status, recorded_by, recorded_at, confirmed_at FROM {$table} WHERE session_id = %d ORDER BY user_id", $session_id ), ARRAY_A );
		$out  = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$out[ (int) $row['user_id'] ] = array(
				'user_id'      => (int) $row['user_id'],
				'status'       => (string) $row['status'],
				'recorded_by'  => (int) $row['recorded_by'],
				'recorded_at'  => (string) $row['recorded_at'],
				'confirmed_at' => null === $row['confirmed_at'] ? null : (string) $row['confirmed_at'],
			);
		}
		return $out;
	}

	/**
	 * How many sessions of each kind the person attended in the cohort (cancelled sessions do not count).
	 *
	 * @return array<string, int> Kind => count.
	 */
	public function attended_by_kind( int $cohort_id, int $user_id ): array {
		global $wpdb;
		$table    = Schema::session_attendance_table();
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our tables; values prepared.
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT s.kind, COUNT(*) AS n FROM {$table} a INNER JOIN {$sessions} s ON s.id = a.session_id WHERE a.cohort_id = %d AND a.user_id = %d AND a.status = %s AND s.status = %s GROUP BY s.kind", $cohort_id, $user_id, self::ATTENDED, Session::SCHEDULED ), ARRAY_A );
		$counts = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$counts[ (string) $row['kind'] ] = (int) $row['n'];
		}
		return $counts;
	}

	/**
	 * Mentees of the cohort recorded as missing a session that started at or after $since_utc (for the
	 * early warnings), the latest first.
	 *
	 * @param string $since_utc 'Y-m-d H:i:s' in UTC.
	 * @return list<array{user_id: int, session_id: int}>
	 */
	public function missed_in_cohort( int $cohort_id, string $since_utc ): array {
		global $wpdb;
		$table    = Schema::session_attendance_table();
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our tables; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT a.user_id, a.session_id FROM {$table} a INNER JOIN {$sessions} s ON s.id = a.session_id WHERE a.cohort_id = %d AND a.status = %s AND s.status = %s AND s.starts_at >= %s ORDER BY s.starts_at DESC, a.user_id ASC", $cohort_id, self::MISSED, Session::SCHEDULED, $since_utc ), ARRAY_A );
		return array_values(
			array_map(
				static fn ( array $row ): array => array(
					'user_id'    => (int) $row['user_id'],
					'session_id' => (int) $row['session_id'],
				),
				is_array( $rows ) ? $rows : array()
			)
		);
	}

	/**
	 * When each person of the cohort last attended a session (its start, UTC), for whoever attended one.
	 *
	 * @return array<int, string> User ID => 'Y-m-d H:i:s' (UTC).
	 */
	public function last_attended_in_cohort( int $cohort_id ): array {
		global $wpdb;
		$table    = Schema::session_attendance_table();
		$sessions = Schema::sessions_table();
		// phpcs:ignore WordPress.DB -- our tables; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT a.user_id, MAX(s.starts_at) AS last_at FROM {$table} a INNER JOIN {$sessions} s ON s.id = a.session_id WHERE a.cohort_id = %d AND a.status = %s AND s.status = %s GROUP BY a.user_id", $cohort_id, self::ATTENDED, Session::SCHEDULED ), ARRAY_A );
		$last = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$last[ (int) $row['user_id'] ] = (string) $row['last_at'];
		}
		return $last;
	}

	/** A deleted cohort takes its attendance with it. */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Schema::session_attendance_table() . ' WHERE cohort_id = %d', $cohort_id ) );
	}
}
