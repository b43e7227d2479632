<?php
/**
 * The requests table: every SQL statement on it, rows read back as RequestRecord. "One open request
 * per mentee and mentor asked (0: any mentor)" is the unique key one_open over (mentee_id,
 * asked_mentor, open_slot), where open_slot is 1 while a request is open and NULL once closed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Paging;
use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

// phpcs:disable WordPress.DB.DirectDatabaseQuery -- this class is the requests table's one door; every value goes through prepare().
// phpcs:disable WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the table names come from Schema, never from input.

final class RequestRepository {

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly WaitingLanguages $languages = new WaitingLanguages(),
	) {
	}

	public function find( int $id ): ?RequestRecord {
		global $wpdb;
		$table = Schema::requests_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? self::record( $row ) : null;
	}

	/**
	 * Saves a new open request. The database refuses a second open request for the same mentee and
	 * mentor asked (0: any mentor), however many arrive at once.
	 *
	 * @param array{type: string, mentee_id: int, mentor_id: int|null, team: string, language: string, message: string, created_by: int, expires_at: string, created_at: string} $fields
	 * @return int|WP_Error The new request's ID.
	 */
	public function insert_open( array $fields ) {
		global $wpdb;
		$asked = (int) $fields['mentor_id'];
		if ( $this->open_between( $fields['mentee_id'], $asked ) ) {
			return self::duplicate();
		}
		// A duplicate is refused by the unique key and answered below; it is no error to log.
		$quiet = $wpdb->suppress_errors( true );
		$saved = $wpdb->insert(
			Schema::requests_table(),
			array(
				'type'         => $fields['type'],
				'mentee_id'    => $fields['mentee_id'],
				'mentor_id'    => $asked > 0 ? $asked : null,
				'asked_mentor' => $asked,
				'team'         => $fields['team'],
				'language'     => $fields['language'],
				'message'      => $fields['message'],
				'status'       => 'open',
				'open_slot'    => 1,
				'created_by'   => $fields['created_by'],
				'expires_at'   => $fields['expires_at'],
				'created_at'   => $fields['created_at'],
			),
			array( '%s', '%d', '%d', '%d', '%s', '%s', '%s', '%s', '%d', '%d', '%s', '%s' )
		);
		$wpdb->suppress_errors( $quiet );
		if ( false === $saved ) {
			// Another request for the same pair got in first (the unique key), or the database failed.
			return Schema::is_duplicate( $wpdb->last_error )
				? self::duplicate()
				: new WP_Error( 'wayfinder_request_not_saved', __( 'The request could not be saved. Please try again in a moment.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		$id = (int) $wpdb->insert_id;
		// The mentee's kept standing and the queue by language change with the request (the caller's transaction undoes all).
		if ( ! $this->profiles->restand( $fields['mentee_id'] ) || ( 0 === $asked && 'mentee_request' === $fields['type'] && ! $this->languages->add( $id, $fields['mentee_id'] ) ) ) {
			return new WP_Error( 'wayfinder_request_not_saved', __( 'The request could not be saved. Please try again in a moment.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		WaitingCounts::forget();
		return $id;
	}

	/**
	 * Whether the mentee has an open request to or from this mentor (0: for any mentor).
	 *
	 * @phpstan-impure It reads the database, which others change.
	 */
	public function open_between( int $mentee_id, int $asked_mentor ): bool {
		global $wpdb;
		$table = Schema::requests_table();
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE mentee_id = %d AND asked_mentor = %d AND open_slot = 1 LIMIT 1", $mentee_id, $asked_mentor ) );
	}

	/** The mentee's open request for any mentor (their place in the queue), if any. */
	public function open_for_any( int $mentee_id ): ?RequestRecord {
		global $wpdb;
		$table = Schema::requests_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE mentee_id = %d AND asked_mentor = 0 AND type = 'mentee_request' AND status = 'open' ORDER BY id LIMIT 1", $mentee_id ), ARRAY_A );
		return is_array( $row ) ? self::record( $row ) : null;
	}

	/** Moves an open request to another team; false when it is not open any more. */
	public function move_to_team( int $id, string $team ): bool {
		global $wpdb;
		$table = Schema::requests_table();
		$moved = 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET team = %s WHERE id = %d AND status = 'open'", $team, $id ) );
		if ( $moved ) {
			WaitingCounts::forget();
		}
		return $moved;
	}

	/** @return list<string> The teams in which the mentee waits for any mentor now. */
	public function open_teams_of( int $mentee_id ): array {
		global $wpdb;
		$table = Schema::requests_table();
		$teams = $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT team FROM {$table} WHERE status = 'open' AND type = 'mentee_request' AND mentee_id = %d AND asked_mentor = 0 AND team <> ''", $mentee_id ) );
		return array_values( array_map( 'strval', $teams ) );
	}

	/**
	 * Open requests past their date that may expire (never a request for any mentor), oldest first.
	 *
	 * @return list<int>
	 */
	public function due_to_expire( string $now, int $limit ): array {
		global $wpdb;
		$table = Schema::requests_table();
		$ids   = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE status = 'open' AND expires_at <= %s AND NOT ( type = 'mentee_request' AND asked_mentor = 0 ) ORDER BY id LIMIT %d", $now, $limit ) );
		return array_values( array_map( 'intval', $ids ) );
	}

	/**
	 * Closes an open request; false when it was not open any more (someone closed it first). A request
	 * for any mentor that is accepted keeps the name of the mentor who took it.
	 *
	 * @param int $mentee_id The request's mentee, whose kept standing changes with it.
	 * @throws \RuntimeException When the database refused the mentee's standing (the caller's transaction is undone).
	 */
	public function close( int $id, int $mentee_id, string $status, ?int $match_id, int $mentor_id, string $now ): bool {
		global $wpdb;
		$table  = Schema::requests_table();
		$closed = null === $match_id
			? 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, open_slot = NULL, match_id = NULL, mentor_id = COALESCE(mentor_id, NULLIF(%d, 0)), decided_at = %s WHERE id = %d AND status = 'open'", $status, $mentor_id, $now, $id ) )
			: 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, open_slot = NULL, match_id = %d, mentor_id = COALESCE(mentor_id, NULLIF(%d, 0)), decided_at = %s WHERE id = %d AND status = 'open'", $status, $match_id, $mentor_id, $now, $id ) );
		// A throw, not false: false means "closed by someone else", which some callers pass over.
		if ( $closed && ( ! $this->profiles->restand( $mentee_id ) || ! $this->languages->remove( $id ) ) ) {
			throw new \RuntimeException( 'The mentee\'s standing or the queue by language could not be kept: ' . $wpdb->last_error );
		}
		if ( $closed ) {
			WaitingCounts::forget();
		}
		return $closed;
	}

	/** @return list<RequestRecord> The mentee's open requests, oldest first. */
	public function open_of_mentee( int $mentee_id ): array {
		global $wpdb;
		$table = Schema::requests_table();
		return self::records( $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE mentee_id = %d AND status = 'open' ORDER BY id", $mentee_id ), ARRAY_A ) );
	}

	/** @return list<RequestRecord> Open requests someone is part of (mentee, named mentor or who made it), oldest first. */
	public function open_involving( int $user_id, int $limit ): array {
		global $wpdb;
		$table = Schema::requests_table();
		// One indexed lookup per side (an OR across three columns reads every open request).
		return self::records( $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE mentee_id = %d AND status = 'open' UNION SELECT * FROM {$table} WHERE mentor_id = %d AND status = 'open' UNION SELECT * FROM {$table} WHERE created_by = %d AND status = 'open' ORDER BY id LIMIT %d", $user_id, $user_id, $user_id, $limit ), ARRAY_A ) );
	}

	/**
	 * One page of the open requests for any mentor that a mentor could take, longest waiting first,
	 * and how many there are in all: not their own, not a mentee they passed on or may not be matched
	 * with again (MatchRepository::NOT_AGAIN), in one of their teams or none (the request's team, else
	 * the mentee's preferred one), and — when one must be shared — in a language they speak (the
	 * mentee's preferred language, else their languages, else the site's: read per language from
	 * WaitingLanguages once it is ready). Two queries, whatever the length of the queue (one, without
	 * the count, which is kept: WaitingCounts). LIKE may ignore letter case: WaitingMentees checks each row with the engine.
	 *
	 * @param list<string>      $teams         The mentor's teams.
	 * @param list<string>|null $languages     The mentor's languages when one must be shared; null: any.
	 * @param string            $site_language What a mentee without languages speaks.
	 * @param int|null          $mentee        Only this mentee's request (no count).
	 * @param bool              $count         False: no count (it reads the whole queue), only the page.
	 * @return array{0: list<RequestRecord>, 1: int} The count is the page's end when not asked for.
	 */
	public function waiting_for( int $mentor_id, array $teams, ?array $languages, string $site_language, int $offset, int $limit, ?int $mentee = null, bool $count = true ): array {
		global $wpdb;
		$table    = Schema::requests_table();
		$passes   = Schema::passes_table();
		$matches  = Schema::matches_table();
		$profiles = Schema::profiles_table();
		$reasons  = implode( ',', array_fill( 0, count( MatchRepository::NOT_AGAIN ), '%s' ) );
		$where    = "r.type = 'mentee_request' AND r.asked_mentor = 0 AND r.status = 'open' AND r.mentee_id <> %d"
			. " AND NOT EXISTS ( SELECT 1 FROM {$passes} s WHERE s.mentor_id = %d AND s.mentee_id = r.mentee_id )"
			. " AND NOT EXISTS ( SELECT 1 FROM {$matches} m WHERE m.mentee_id = r.mentee_id AND m.mentor_id = %d AND m.status = 'ended' AND m.end_reason IN ({$reasons}) )"
			. " AND ( CASE WHEN r.team <> '' THEN r.team ELSE COALESCE( p.preferred_team, '' ) END ) IN (" . implode( ',', array_fill( 0, count( $teams ) + 1, '%s' ) ) . ')';
		$args     = array_merge( array( $mentor_id, $mentor_id, $mentor_id ), MatchRepository::NOT_AGAIN, array( '' ), $teams );
		if ( null !== $mentee ) {
			$where .= ' AND r.mentee_id = %d';
			$args[] = $mentee;
		}
		$joined = "{$table} r LEFT JOIN {$profiles} p ON p.user_id = r.mentee_id";
		$page   = null;
		if ( null !== $languages && WaitingLanguages::ready() ) {
			// Per language the mentor shares, only the queue's rows in it, in queue order; the page is cut from their union.
			$spoken = in_array( $site_language, $languages, true ) ? array_merge( $languages, array( '' ) ) : $languages;
			$parts  = array();
			$values = array();
			foreach ( array_values( array_unique( $spoken ) ) as $i => $language ) {
				$parts[] = 'SELECT * FROM ( SELECT r.* FROM ' . Schema::waiting_languages_table() . " w INNER JOIN {$table} r ON r.id = w.request_id LEFT JOIN {$profiles} p ON p.user_id = r.mentee_id WHERE w.language = %s AND {$where} ORDER BY w.request_id LIMIT %d ) spoken_{$i}";
				$values  = array_merge( $values, array( $language ), $args, array( $offset + $limit ) );
			}
			$page = array() === $parts ? array() : $wpdb->get_results( $wpdb->prepare( implode( ' UNION ', $parts ) . ' ORDER BY id LIMIT %d OFFSET %d', array_merge( $values, array( $limit, $offset ) ) ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders -- the placeholders are built above, one per value.
		}
		if ( null !== $languages ) {
			list( $sql, $more ) = self::in_languages( $languages, in_array( $site_language, $languages, true ) );
			$where             .= " AND {$sql}";
			$args               = array_merge( $args, $more );
		}
		$from = "FROM {$joined} WHERE {$where}";
		// phpcs:ignore WordPress.DB.PreparedSQLPlaceholders -- the placeholders are built above, one per value in $args.
		$rows  = self::records( $page ?? $wpdb->get_results( $wpdb->prepare( "SELECT r.* {$from} ORDER BY r.id LIMIT %d OFFSET %d", array_merge( $args, array( $limit, $offset ) ) ), ARRAY_A ) );
		$found = count( $rows );
		if ( ! $count || null !== $mentee || ( $found < $limit && ( $found > 0 || 0 === $offset ) ) ) {
			return array( $rows, $offset + $found ); // The queue ends on this page: nothing to count.
		}
		$key = implode( '|', array( $mentor_id, implode( ',', $teams ), null === $languages ? '*' : implode( ',', $languages ), $site_language ) );
		return array( $rows, WaitingCounts::get( $key, static fn (): int => (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) {$from}", $args ) ) ) ); // phpcs:ignore WordPress.DB.PreparedSQLPlaceholders -- as above.
	}

	/**
	 * SQL true for a waiting mentee (profile alias p, perhaps missing) who speaks one of these languages.
	 *
	 * @param list<string> $languages
	 * @return array{0: string, 1: list<string>}
	 */
	private static function in_languages( array $languages, bool $site_language_fits ): array {
		global $wpdb;
		if ( array() === $languages ) {
			return array( '1 = 0', array() );
		}
		$codes = implode( ',', array_fill( 0, count( $languages ), '%s' ) );
		$likes = implode( ' OR ', array_fill( 0, count( $languages ), "CONCAT(',', p.languages, ',') LIKE %s" ) );
		$none  = "COALESCE( p.preferred_language, '' ) = ''";
		$sql   = "( ( NOT {$none} AND p.preferred_language IN ({$codes}) )"
			. " OR ( {$none} AND COALESCE( p.languages, '' ) <> '' AND ( {$likes} ) )"
			. " OR ( {$none} AND COALESCE( p.languages, '' ) = '' AND " . ( $site_language_fits ? '1 = 1' : '1 = 0' ) . ' ) )';
		return array( $sql, array_merge( $languages, array_map( static fn ( string $code ): string => '%,' . $wpdb->esc_like( $code ) . ',%', $languages ) ) );
	}

	/**
	 * One page of requests and how many match in all, newest first (or oldest first).
	 *
	 * @param int|null                                                                                                                     $viewer  Only what this person may see (null: everything).
	 * @param array{status?: string|null, type?: string|null, team?: string|null, language?: string|null, older_than?: int|null, person?: int|null} $filters
	 * @return array{0: list<RequestRecord>, 1: int}
	 */
	public function page( ?int $viewer, bool $viewer_mentors, array $filters, int $page, int $per_page, bool $oldest_first ): array {
		global $wpdb;
		$table = Schema::requests_table();
		$where = array( '1=1' );
		$args  = array();
		if ( null !== $viewer ) {
			$mine = 'mentee_id = %d OR mentor_id = %d OR created_by = %d';
			$args = array( $viewer, $viewer, $viewer );
			if ( $viewer_mentors ) {
				$mine .= " OR ( mentor_id IS NULL AND status = 'open' )";
			}
			$where[] = "( {$mine} )";
		}
		foreach ( array( 'status', 'type', 'team', 'language' ) as $column ) {
			if ( null !== ( $filters[ $column ] ?? null ) ) {
				$where[] = "{$column} = %s";
				$args[]  = $filters[ $column ];
			}
		}
		if ( null !== ( $filters['older_than'] ?? null ) ) {
			$where[] = 'created_at <= %s';
			$args[]  = gmdate( 'Y-m-d H:i:s', time() - (int) $filters['older_than'] * DAY_IN_SECONDS );
		}
		if ( null !== ( $filters['person'] ?? null ) ) {
			$where[] = '( mentee_id = %d OR mentor_id = %d )';
			$args[]  = (int) $filters['person'];
			$args[]  = (int) $filters['person'];
		}
		$condition = implode( ' AND ', $where );
		// phpcs:disable WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders -- the conditions are ours; every value goes through prepare().
		$total = (int) $wpdb->get_var( array() === $args ? "SELECT COUNT(*) FROM {$table}" : $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE {$condition}", $args ) );
		$order = $oldest_first ? 'ASC' : 'DESC';
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE {$condition} ORDER BY created_at {$order}, id {$order} LIMIT %d OFFSET %d", array_merge( $args, array( $per_page, Paging::offset( $page, $per_page ) ) ) ), ARRAY_A );
		// phpcs:enable WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQLPlaceholders
		return array( self::records( $rows ), $total );
	}

	/** How many open requests the mentee has. */
	public function count_open_of_mentee( int $mentee_id ): int {
		global $wpdb;
		$table = Schema::requests_table();
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE mentee_id = %d AND status = 'open'", $mentee_id ) );
	}

	/**
	 * The open requests for any mentor made since a time, oldest first (the coordinators' digest).
	 *
	 * @return array{0: list<RequestRecord>, 1: int} At most $limit of them, and how many in all.
	 */
	public function waiting_since( string $since, int $limit ): array {
		global $wpdb;
		$table = Schema::requests_table();
		$total = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE type = 'mentee_request' AND asked_mentor = 0 AND status = 'open' AND created_at > %s", $since ) );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE type = 'mentee_request' AND asked_mentor = 0 AND status = 'open' AND created_at > %s ORDER BY created_at, id LIMIT %d", $since, $limit ), ARRAY_A );
		return array( self::records( $rows ), $total );
	}

	/**
	 * @param mixed $rows What get_results() returned.
	 * @return list<RequestRecord>
	 */
	private static function records( $rows ): array {
		return array_values( array_map( array( self::class, 'record' ), is_array( $rows ) ? $rows : array() ) );
	}

	/** @param array<string, mixed> $row */
	private static function record( array $row ): RequestRecord {
		return new RequestRecord(
			(int) $row['id'],
			(string) $row['type'],
			(int) $row['mentee_id'],
			null === $row['mentor_id'] ? null : (int) $row['mentor_id'],
			(int) ( $row['asked_mentor'] ?? 0 ),
			(string) $row['team'],
			(string) $row['language'],
			(string) $row['message'],
			(string) $row['status'],
			(int) $row['created_by'],
			null === $row['match_id'] || 0 === (int) $row['match_id'] ? null : (int) $row['match_id'],
			(string) $row['expires_at'],
			null === $row['decided_at'] ? null : (string) $row['decided_at'],
			(string) $row['created_at'],
		);
	}

	private static function duplicate(): WP_Error {
		return new WP_Error( 'wayfinder_duplicate_request', __( 'There is already an open request for this mentee and mentor. Answer or cancel it first.', 'wayfinder' ), array( 'status' => 409 ) );
	}

	/** The person's place among everyone waiting for any mentor, from 1; null when they are not waiting. */
	public function queue_position( int $mentee_id ): ?int {
		global $wpdb;
		$table = Schema::requests_table();
		$open  = "type = 'mentee_request' AND asked_mentor = 0 AND status = 'open'";
		$id    = $wpdb->get_var( $wpdb->prepare( "SELECT MIN(id) FROM {$table} WHERE {$open} AND mentee_id = %d", $mentee_id ) ); // phpcs:ignore WordPress.DB -- our table.
		return null === $id ? null : (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE {$open} AND id <= %d", $id ) ); // phpcs:ignore WordPress.DB -- our table.
	}

	/**
	 * Everyone waiting for any mentor, longest-waiting first.
	 *
	 * @return list<int> Their user IDs.
	 */
	public function longest_waiting( int $limit ): array {
		global $wpdb;
		$table = Schema::requests_table();
		return array_values( array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT mentee_id FROM {$table} WHERE type = 'mentee_request' AND asked_mentor = 0 AND status = 'open' ORDER BY id LIMIT %d", $limit ) ) ) ); // phpcs:ignore WordPress.DB -- our table.
	}
}
