<?php
/**
 * The SQL of cohort places: who holds one (table cohort_members, one row per cohort and person,
 * the unique key says so) and how many each cohort has taken per role (table cohort_places, a
 * counter a conditional UPDATE raises only below the cohort's limit, so two enrolments at once can
 * never both take the last place).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Platform\Paging;
use Wayfinder\Platform\Schema;

final class CohortMemberRepository {

	/** User meta, set when someone takes a place: pages that show "your cohort" ask nothing of the many who never had one. */
	public const IN_A_COHORT = 'wayfinder_in_a_cohort';

	/** What each mentee's place keeps of their progress, for the cohort's progress list (set_progress()). */
	public const PROGRESS_FIGURES = array( 'one_to_ones_done', 'group_sessions_done', 'training_done', 'plan_goals', 'plan_done', 'checkins_answered' );

	/** How the progress list sorts (%dir: ASC or DESC); a mentee without a mentor, activity or warning sorts last going up. */
	public const PROGRESS_ORDER = array(
		'name'          => 'u.display_name %dir',
		'mentor'        => "COALESCE(mu.display_name, '') = '' ASC, mentor_name %dir",
		'sessions'      => 'm.one_to_ones_done + m.group_sessions_done %dir',
		'training'      => 'm.training_done %dir',
		'plan'          => 'm.plan_done %dir, m.plan_goals %dir',
		'checkins'      => 'm.checkins_answered %dir',
		'last_activity' => 'm.last_activity_at IS NULL ASC, m.last_activity_at %dir',
		'warning'       => "m.warning = '' ASC, m.warning_since %dir",
	);

	/**
	 * Makes the counter of the role's places if there is none yet. Called before the transaction that
	 * takes a place where it can be: an INSERT IGNORE that meets the row inside a transaction keeps a
	 * shared lock on it, and two enrolments each holding one while waiting to count would deadlock
	 * (the database undoes one, which would be told the places were taken).
	 */
	public function add_counter( int $cohort_id, string $role ): bool {
		global $wpdb;
		$places = Schema::cohort_places_table();
		// phpcs:disable WordPress.DB -- our table; values prepared.
		if ( $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$places} WHERE cohort_id = %d AND role = %s", $cohort_id, $role ) ) ) {
			return true;
		}
		return false !== $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$places} (cohort_id, role, taken) VALUES (%d, %s, 0)", $cohort_id, $role ) );
		// phpcs:enable
	}

	/**
	 * Takes one of the role's places if fewer than $limit are taken. True when it did.
	 */
	public function take_place( int $cohort_id, string $role, int $limit ): bool {
		global $wpdb;
		$places = Schema::cohort_places_table();
		// One statement checks and counts (it locks the row outright): atomic in the database.
		return $this->add_counter( $cohort_id, $role )
			&& 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$places} SET taken = taken + 1 WHERE cohort_id = %d AND role = %s AND taken < %d", $cohort_id, $role, $limit ) ); // phpcs:ignore WordPress.DB -- our table; values prepared.
	}

	/** Frees one of the role's places. True when one was taken. */
	public function free_place( int $cohort_id, string $role ): bool {
		global $wpdb;
		$places = Schema::cohort_places_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$places} SET taken = taken - 1 WHERE cohort_id = %d AND role = %s AND taken > 0", $cohort_id, $role ) );
	}

	/**
	 * A new place for the person, or their withdrawn one taken up again. Null when they hold a place
	 * in the cohort already (or the database refused).
	 */
	public function add( int $cohort_id, int $user_id, string $role, string $mode, int $actor_id ): ?CohortMember {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$now     = current_time( 'mysql', true );
		// phpcs:disable WordPress.DB -- our table; values prepared.
		$added = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$members} (cohort_id, user_id, role, mode, status, enrolled_by, enrolled_at, updated_at) VALUES (%d, %d, %s, %s, %s, %d, %s, %s)", $cohort_id, $user_id, $role, $mode, CohortMember::ENROLLED, $actor_id, $now, $now ) );
		if ( 1 !== $added ) {
			$added = $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET role = %s, mode = %s, status = %s, leader_id = 0, enrolled_by = %d, enrolled_at = %s, updated_at = %s WHERE cohort_id = %d AND user_id = %d AND status = %s", $role, $mode, CohortMember::ENROLLED, $actor_id, $now, $now, $cohort_id, $user_id, CohortMember::WITHDRAWN ) );
		}
		// phpcs:enable
		if ( 1 !== $added ) {
			return null;
		}
		update_user_meta( $user_id, self::IN_A_COHORT, 1 );
		return $this->find( $cohort_id, $user_id );
	}

	/** Marks the person's place withdrawn. True when they held one. */
	public function withdraw( int $cohort_id, int $user_id ): bool {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET status = %s, updated_at = %s WHERE cohort_id = %d AND user_id = %d AND status = %s", CohortMember::WITHDRAWN, current_time( 'mysql', true ), $cohort_id, $user_id, CohortMember::ENROLLED ) );
	}

	/** The person's place in the cohort, enrolled or withdrawn; null when they never had one. */
	public function find( int $cohort_id, int $user_id ): ?CohortMember {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table and WordPress's; values prepared.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT m.*, u.display_name FROM {$members} m LEFT JOIN {$wpdb->users} u ON u.ID = m.user_id WHERE m.cohort_id = %d AND m.user_id = %d", $cohort_id, $user_id ), ARRAY_A );
		return is_array( $row ) ? CohortMember::from_row( $row ) : null;
	}

	/**
	 * A page of the cohort's enrolled people, mentors first, then by name: one statement.
	 *
	 * @param string $role A role (CohortMember::ROLES), or '' for both.
	 * @return list<CohortMember>
	 */
	public function page( int $cohort_id, string $role, int $page, int $per_page ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$where   = '' === $role ? '' : $wpdb->prepare( ' AND m.role = %s', $role );
		// phpcs:ignore WordPress.DB -- our table and WordPress's; values prepared, $where too.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT m.*, u.display_name FROM {$members} m INNER JOIN {$wpdb->users} u ON u.ID = m.user_id WHERE m.cohort_id = %d AND m.status = %s{$where} ORDER BY m.role DESC, u.display_name ASC, m.user_id ASC LIMIT %d OFFSET %d", $cohort_id, CohortMember::ENROLLED, $per_page, ( $page - 1 ) * $per_page ), ARRAY_A );
		return array_values( array_map( array( CohortMember::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * How many places each role has taken (the counters: no row is counted).
	 *
	 * @return array{mentee: int, mentor: int}
	 */
	public function enrolled( int $cohort_id ): array {
		global $wpdb;
		$places = Schema::cohort_places_table();
		$taken  = array(
			CohortMember::MENTEE => 0,
			CohortMember::MENTOR => 0,
		);
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT role, taken FROM {$places} WHERE cohort_id = %d", $cohort_id ), ARRAY_A ) as $row ) {
			if ( isset( $taken[ $row['role'] ] ) ) {
				$taken[ $row['role'] ] = (int) $row['taken'];
			}
		}
		return $taken;
	}

	/**
	 * The cohorts a person holds a place in now.
	 *
	 * @return list<CohortMember>
	 */
	public function of_person( int $user_id ): array {
		if ( ! get_user_meta( $user_id, self::IN_A_COHORT, true ) ) {
			return array(); // Never took a place: read with the person's meta, no query.
		}
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT m.* FROM {$members} m WHERE m.user_id = %d AND m.status = %s ORDER BY m.cohort_id DESC", $user_id, CohortMember::ENROLLED ), ARRAY_A );
		if ( array() === $rows ) {
			delete_user_meta( $user_id, self::IN_A_COHORT ); // Withdrawn from every cohort: no query next time.
		}
		return array_values( array_map( array( CohortMember::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/** Marks everyone who holds a place (for places taken before the mark existed: schema 17 and 18). */
	public function mark_everyone(): void {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		foreach ( (array) $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT user_id FROM {$members} WHERE status = %s", CohortMember::ENROLLED ) ) as $user_id ) {
			update_user_meta( (int) $user_id, self::IN_A_COHORT, 1 );
		}
	}

	/** @return list<int> The cohort's enrolled mentors. */
	public function mentor_ids( int $cohort_id ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return array_values( array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT user_id FROM {$members} WHERE cohort_id = %d AND status = %s AND role = %s ORDER BY user_id", $cohort_id, CohortMember::ENROLLED, CohortMember::MENTOR ) ) ) );
	}

	/**
	 * The cohort's 1:1 mentees who have no open match yet (the board's mentees for the cohort), longest enrolled first.
	 *
	 * @return list<int>
	 */
	public function unpaired_mentees( int $cohort_id ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$matches = Schema::matches_table();
		// phpcs:ignore WordPress.DB -- our tables; values prepared.
		return array_values( array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT m.user_id FROM {$members} m LEFT JOIN {$matches} x ON x.mentee_id = m.user_id AND x.active_primary = 1 WHERE m.cohort_id = %d AND m.status = %s AND m.role = %s AND m.mode = %s AND x.id IS NULL ORDER BY m.enrolled_at, m.user_id", $cohort_id, CohortMember::ENROLLED, CohortMember::MENTEE, Cohort::ONE_TO_ONE ) ) ) );
	}

	/**
	 * A page of the cohort's mentees with their mentor (1:1 or their group's) and kept progress, in
	 * the order asked: one statement.
	 *
	 * @param string $orderby One of PROGRESS_ORDER's keys.
	 * @return list<array<string, mixed>> Rows: the place's columns, display_name, mentor_id, mentor_name.
	 */
	public function progress_page( int $cohort_id, string $orderby, bool $descending, int $page, int $per_page ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$matches = Schema::matches_table();
		$order   = self::PROGRESS_ORDER[ $orderby ] ?? self::PROGRESS_ORDER['name'];
		$order   = str_replace( '%dir', $descending ? 'DESC' : 'ASC', $order );
		// phpcs:ignore WordPress.DB -- our tables and WordPress's; the order is one of PROGRESS_ORDER, values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT m.*, u.display_name, COALESCE(x.mentor_id, NULLIF(m.leader_id, 0), 0) AS mentor_id, COALESCE(mu.display_name, '') AS mentor_name FROM {$members} m INNER JOIN {$wpdb->users} u ON u.ID = m.user_id LEFT JOIN {$matches} x ON x.mentee_id = m.user_id AND x.active_primary = 1 AND x.cohort_id = m.cohort_id LEFT JOIN {$wpdb->users} mu ON mu.ID = COALESCE(x.mentor_id, NULLIF(m.leader_id, 0)) WHERE m.cohort_id = %d AND m.status = %s AND m.role = %s ORDER BY {$order}, u.display_name ASC, m.user_id ASC LIMIT %d OFFSET %d", $cohort_id, CohortMember::ENROLLED, CohortMember::MENTEE, $per_page, Paging::offset( $page, $per_page ) ), ARRAY_A );
		return is_array( $rows ) ? array_values( $rows ) : array();
	}

	/**
	 * Puts a mentee in a mentor's project group (0: out of any). False when they hold no place.
	 */
	public function set_leader( int $cohort_id, int $user_id, int $leader_id ): bool {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET leader_id = %d, updated_at = %s WHERE cohort_id = %d AND user_id = %d AND status = %s", $leader_id, current_time( 'mysql', true ), $cohort_id, $user_id, CohortMember::ENROLLED ) );
	}

	/** A mentor who leaves the cohort leaves no group behind: its mentees wait for another group. */
	public function disband_group( int $cohort_id, int $leader_id ): bool {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$places  = Schema::cohort_places_table();
		// phpcs:disable WordPress.DB -- our tables; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET leader_id = 0, updated_at = %s WHERE cohort_id = %d AND leader_id = %d", current_time( 'mysql', true ), $cohort_id, $leader_id ) )
			&& false !== $wpdb->query( $wpdb->prepare( "DELETE FROM {$places} WHERE cohort_id = %d AND role = %s", $cohort_id, CohortPairing::group_key( $leader_id ) ) );
		// phpcs:enable
	}

	/**
	 * The mentees in a mentor's project group, by name.
	 *
	 * @return list<CohortMember>
	 */
	public function group_of( int $cohort_id, int $leader_id ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table and WordPress's; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT m.*, u.display_name FROM {$members} m INNER JOIN {$wpdb->users} u ON u.ID = m.user_id WHERE m.cohort_id = %d AND m.leader_id = %d AND m.status = %s ORDER BY u.display_name, m.user_id", $cohort_id, $leader_id, CohortMember::ENROLLED ), ARRAY_A );
		return array_values( array_map( array( CohortMember::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * Sets one of a mentee's kept progress figures (each feature recounts its own from its table and
	 * writes it here, so the cohort's progress list is one query). False when the database refused.
	 *
	 * @param string $figure One of PROGRESS_FIGURES.
	 */
	public function set_progress( int $cohort_id, int $user_id, string $figure, int $value ): bool {
		if ( ! in_array( $figure, self::PROGRESS_FIGURES, true ) ) {
			throw new \InvalidArgumentException( 'Not a progress figure: ' . esc_html( $figure ) );
		}
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; the column is one of PROGRESS_FIGURES, values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET {$figure} = %d WHERE cohort_id = %d AND user_id = %d", max( 0, min( 65535, $value ) ), $cohort_id, $user_id ) );
	}

	/**
	 * Notes that something happened for a person in the cohort (a session attended, a check-in, a
	 * training item, a goal): the time of their last activity, which the early warnings read.
	 */
	public function touch( int $cohort_id, int $user_id, ?int $when = null ): bool {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$at      = gmdate( 'Y-m-d H:i:s', $when ?? time() );
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET last_activity_at = %s WHERE cohort_id = %d AND user_id = %d AND ( last_activity_at IS NULL OR last_activity_at < %s )", $at, $cohort_id, $user_id, $at ) );
	}

	/**
	 * What the early warnings read of a cohort's enrolled mentees: one statement.
	 *
	 * @return list<array{user_id: int, warning: string, since: int}> Since: their last activity, or when they took their place.
	 */
	public function watch_rows( int $cohort_id ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT user_id, warning, COALESCE(last_activity_at, enrolled_at) AS since FROM {$members} WHERE cohort_id = %d AND status = %s AND role = %s ORDER BY user_id", $cohort_id, CohortMember::ENROLLED, CohortMember::MENTEE ), ARRAY_A );
		return array_values(
			array_map(
				static fn ( array $row ): array => array(
					'user_id' => (int) $row['user_id'],
					'warning' => (string) $row['warning'],
					'since'   => (int) strtotime( $row['since'] . ' UTC' ),
				),
				is_array( $rows ) ? $rows : array()
			)
		);
	}

	/**
	 * Raises a warning on a mentee's place that has none. True only for the call that raised it, so
	 * two ticks at once nudge the person once.
	 */
	public function raise_warning( int $cohort_id, int $user_id, string $kind, int $now ): bool {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET warning = %s, warning_since = %s WHERE cohort_id = %d AND user_id = %d AND warning = ''", $kind, gmdate( 'Y-m-d H:i:s', $now ), $cohort_id, $user_id ) );
	}

	/** Changes what a raised warning says (its time stays: the person was nudged already). */
	public function change_warning( int $cohort_id, int $user_id, string $kind ): bool {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET warning = %s WHERE cohort_id = %d AND user_id = %d AND warning <> ''", $kind, $cohort_id, $user_id ) );
	}

	/** Clears a mentee's warning of this kind. */
	public function clear_warning( int $cohort_id, int $user_id, string $kind ): bool {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET warning = '', warning_since = NULL WHERE cohort_id = %d AND user_id = %d AND warning = %s", $cohort_id, $user_id, $kind ) );
	}

	/**
	 * Mentees whose warning is for the coordinator now — raised at or before $before (the nudge had
	 * its time), or a pairing said not to work (at once) — oldest first, with their cohort's name.
	 *
	 * @return array{0: list<array<string, mixed>>, 1: int} The rows (cohort_id, user_id, warning, warning_since, display_name, cohort_name) and how many there are.
	 */
	public function warned( string $before, string $at_once, int $limit ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$where   = self::warned_where( $before, $at_once );
		// phpcs:disable WordPress.DB -- our table and WordPress's; $where prepared above, values prepared.
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT m.cohort_id, m.user_id, m.warning, m.warning_since, u.display_name, p.post_title AS cohort_name FROM {$members} m INNER JOIN {$wpdb->users} u ON u.ID = m.user_id INNER JOIN {$wpdb->posts} p ON p.ID = m.cohort_id WHERE {$where} ORDER BY m.warning_since ASC, m.id ASC LIMIT %d", $limit ), ARRAY_A );
		$rows  = is_array( $rows ) ? array_values( $rows ) : array();
		$total = count( $rows ) < $limit ? count( $rows ) : (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$members} m WHERE {$where}" );
		// phpcs:enable
		return array( $rows, $total );
	}

	/**
	 * How many mentees' warnings are for the coordinator now (as warned() lists them), by kind.
	 *
	 * @return array<string, int> Kind => mentees; kinds nobody has are left out.
	 */
	public function warning_counts( string $before, string $at_once ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$where   = self::warned_where( $before, $at_once );
		// phpcs:ignore WordPress.DB -- our table; $where prepared.
		$rows   = $wpdb->get_results( "SELECT m.warning, COUNT(*) AS n FROM {$members} m WHERE {$where} GROUP BY m.warning", ARRAY_A );
		$counts = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$counts[ (string) $row['warning'] ] = (int) $row['n'];
		}
		return $counts;
	}

	/** The enrolled mentees of running, published cohorts whose warning is for the coordinator now: a finished or trashed cohort's warnings need nobody. */
	private static function warned_where( string $before, string $at_once ): string {
		global $wpdb;
		return (string) $wpdb->prepare( "m.status = %s AND m.role = %s AND m.warning <> '' AND ( m.warning = %s OR m.warning_since <= %s ) AND EXISTS ( SELECT 1 FROM {$wpdb->posts} c INNER JOIN {$wpdb->postmeta} s ON s.post_id = c.ID AND s.meta_key = %s AND s.meta_value = %s WHERE c.ID = m.cohort_id AND c.post_status = 'publish' )", CohortMember::ENROLLED, CohortMember::MENTEE, $at_once, $before, CohortPostType::STAGE, Cohort::RUNNING );
	}

	/**
	 * Sets (or, with '', clears) the early warning on a person's place and since when. False when the database refused.
	 *
	 * @param string $kind One of EarlyWarning::KINDS, or '' for none.
	 */
	public function set_warning( int $cohort_id, int $user_id, string $kind, ?int $since ): bool {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:disable WordPress.DB -- our table; values prepared.
		$sql = '' === $kind || null === $since
			? $wpdb->prepare( "UPDATE {$members} SET warning = %s, warning_since = NULL WHERE cohort_id = %d AND user_id = %d", $kind, $cohort_id, $user_id )
			: $wpdb->prepare( "UPDATE {$members} SET warning = %s, warning_since = %s WHERE cohort_id = %d AND user_id = %d", $kind, gmdate( 'Y-m-d H:i:s', $since ), $cohort_id, $user_id );
		return false !== $wpdb->query( $sql );
		// phpcs:enable
	}

	/**
	 * Marks a mentee's place graduated, once: only an enrolled mentee's place not graduated yet (a
	 * conditional UPDATE, so two confirmations at once graduate them once). 1 when it did, 0 when the
	 * place was not in that state, false when the database refused.
	 *
	 * @return int|false
	 */
	public function graduate( int $cohort_id, int $user_id, int $actor_id, string $note, int $now ) {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$at      = gmdate( 'Y-m-d H:i:s', $now );
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$done = $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET graduated_at = %s, graduated_by = %d, graduation_note = %s, updated_at = %s WHERE cohort_id = %d AND user_id = %d AND status = %s AND role = %s AND graduated_at IS NULL", $at, $actor_id, $note, $at, $cohort_id, $user_id, CohortMember::ENROLLED, CohortMember::MENTEE ) );
		return false === $done ? false : (int) $done;
	}

	/**
	 * Places of a closed cohort whose people were not told yet how it ended (mentees of any status,
	 * enrolled mentors), oldest first, at most $limit.
	 *
	 * @return list<CohortMember>
	 */
	public function untold( int $cohort_id, int $limit ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table and WordPress's; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT m.*, u.display_name FROM {$members} m INNER JOIN {$wpdb->users} u ON u.ID = m.user_id WHERE m.cohort_id = %d AND m.closed_told_at IS NULL AND ( m.role = %s OR m.status = %s ) ORDER BY m.role ASC, m.id ASC LIMIT %d", $cohort_id, CohortMember::MENTEE, CohortMember::ENROLLED, $limit ), ARRAY_A );
		return array_values( array_map( array( CohortMember::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * Claims telling one person how their cohort ended: true only for the call that set the mark (a
	 * conditional UPDATE), so two ticks at once tell them once.
	 */
	public function claim_told( int $place_id, int $now ): bool {
		global $wpdb;
		$members = Schema::cohort_members_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$members} SET closed_told_at = %s WHERE id = %d AND closed_told_at IS NULL", gmdate( 'Y-m-d H:i:s', $now ), $place_id ) );
	}

	/**
	 * Every place counter next to what the places themselves say: per cohort, each role's enrolled
	 * people and each project group's enrolled members (key CohortPairing::group_key()). Counters
	 * without places count 0; places without a counter are listed with `was` 0.
	 *
	 * @return list<array{cohort_id: int, role: string, was: int, now: int}> Only those that differ.
	 */
	public function place_drift(): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$places  = Schema::cohort_places_table();
		$real    = array();
		// phpcs:disable WordPress.DB -- our tables; values prepared.
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT cohort_id, role, COUNT(*) AS n FROM {$members} WHERE status = %s GROUP BY cohort_id, role", CohortMember::ENROLLED ), ARRAY_A ) as $row ) {
			$real[ $row['cohort_id'] . '|' . $row['role'] ] = (int) $row['n'];
		}
		foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT cohort_id, leader_id, COUNT(*) AS n FROM {$members} WHERE status = %s AND leader_id > 0 GROUP BY cohort_id, leader_id", CohortMember::ENROLLED ), ARRAY_A ) as $row ) {
			$real[ $row['cohort_id'] . '|' . CohortPairing::group_key( (int) $row['leader_id'] ) ] = (int) $row['n'];
		}
		$kept = array();
		foreach ( (array) $wpdb->get_results( "SELECT cohort_id, role, taken FROM {$places}", ARRAY_A ) as $row ) {
			$kept[ $row['cohort_id'] . '|' . $row['role'] ] = (int) $row['taken'];
		}
		// phpcs:enable
		$drift = array();
		foreach ( $real + array_fill_keys( array_keys( $kept ), 0 ) as $key => $now ) {
			$was = $kept[ $key ] ?? 0;
			if ( $was !== $now ) {
				list( $cohort_id, $role ) = explode( '|', (string) $key, 2 );
				$drift[]                  = array(
					'cohort_id' => (int) $cohort_id,
					'role'      => $role,
					'was'       => $was,
					'now'       => $now,
				);
			}
		}
		return $drift;
	}

	/** Sets a place counter to what the places say (place_drift()). False when the database refused. */
	public function set_taken( int $cohort_id, string $role, int $taken ): bool {
		global $wpdb;
		$places = Schema::cohort_places_table();
		// phpcs:disable WordPress.DB -- our table; values prepared.
		return false !== $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$places} (cohort_id, role, taken) VALUES (%d, %s, 0)", $cohort_id, $role ) )
			&& false !== $wpdb->query( $wpdb->prepare( "UPDATE {$places} SET taken = %d WHERE cohort_id = %d AND role = %s", max( 0, $taken ), $cohort_id, $role ) );
		// phpcs:enable
	}

	/**
	 * A page of every place in the cohort, enrolled or withdrawn — mentors first, then by name — with
	 * the person's name and, for a mentee, their mentor (1:1 in the cohort, or their group's).
	 *
	 * @return list<array<string, mixed>> Rows: the place's columns, display_name, mentor_name.
	 */
	public function export_page( int $cohort_id, int $page, int $per_page ): array {
		global $wpdb;
		$members = Schema::cohort_members_table();
		$matches = Schema::matches_table();
		// phpcs:ignore WordPress.DB -- our tables and WordPress's; values prepared.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT m.*, u.display_name, COALESCE(mu.display_name, '') AS mentor_name FROM {$members} m INNER JOIN {$wpdb->users} u ON u.ID = m.user_id LEFT JOIN {$matches} x ON x.mentee_id = m.user_id AND x.active_primary = 1 AND x.cohort_id = m.cohort_id LEFT JOIN {$wpdb->users} mu ON mu.ID = COALESCE(x.mentor_id, NULLIF(m.leader_id, 0)) WHERE m.cohort_id = %d ORDER BY m.role DESC, u.display_name ASC, m.user_id ASC LIMIT %d OFFSET %d", $cohort_id, $per_page, Paging::offset( $page, $per_page ) ), ARRAY_A );
		return is_array( $rows ) ? array_values( $rows ) : array();
	}

	/** A deleted cohort takes its places with it. */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		// phpcs:disable WordPress.DB -- our tables; values prepared.
		$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Schema::cohort_members_table() . ' WHERE cohort_id = %d', $cohort_id ) );
		$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Schema::cohort_places_table() . ' WHERE cohort_id = %d', $cohort_id ) );
		// phpcs:enable
	}
}
