<?php
/**
 * The SQL behind the coordinator's People list (PeopleDirectory): mentors with their room and status,
 * mentees with where they stand. Each page is one SQL statement (plus its count) that pages, sorts and
 * filters in the database, so 10,000 mentees and 2,000 mentors never pass through PHP.
 *
 * Both lists are read through kept, indexed marks on the profiles table, never through every user's
 * capabilities or every match and request: mentors are the rows with mentor_listed 1 or 2 (every
 * mentor has a row — a placeholder for one who never saved a profile, shown with the defaults —
 * kept by Directory\DirectoryIndex), mentees the rows with mentee_listed (ProfileRepository:
 * seeking a mentor, named as mentee by a request or a match, or a profile without being a mentor).
 * Both sort by the kept copy of the display name (sort_name), so a page is cut from an index.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Directory\MentorCounts;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Availability;
use Wayfinder\Profiles\NameWords;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;

final class PeopleRepository {

	/** Rows of the mentors' list: a mentor with a profile (1) or without one (2, a placeholder row). */
	private const MENTORS = 'p.mentor_listed IN (1, 2)';

	/** Rows of the mentees' list (ProfileRepository::mentee_rule(), kept). */
	private const MENTEES = 'p.mentee_listed = 1';

	/**
	 * One page of mentors or mentees and how many match in all.
	 *
	 * @param PeopleQuery $query Checked by the controller.
	 * @return array{0: list<PersonRow>, 1: int}
	 */
	public function page( PeopleQuery $query, int $page, int $per_page ): array {
		global $wpdb;
		$mentors                = $query->mentors();
		$profiles               = Schema::profiles_table();
		list( $filter, $args )  = $this->conditions( $query, $mentors );
		$where                  = ( $mentors ? self::MENTORS : self::MENTEES ) . " AND {$filter}";
		$order                  = self::order( $query->orderby, 'desc' === $query->order ? 'DESC' : 'ASC' );
		list( $outer, $o_args ) = $mentors ? $this->mentor_columns() : $this->mentee_columns();
		$joins                  = $mentors ? '' : $this->mentee_joins();
		$activity               = $this->activity_columns( $mentors ? 'mentor_id' : 'mentee_id' );
		$offset                 = ( $page - 1 ) * $per_page;
		// phpcs:disable WordPress.DB -- our tables and WordPress's; every value goes through prepare().
		$count   = "SELECT COUNT(*) FROM {$profiles} p WHERE {$where}";
		$counted = static fn (): int => (int) $wpdb->get_var( array() === $args ? $count : $wpdb->prepare( $count, $args ) );
		// Mentors' counts are kept (MentorCounts drops them when a mentor changes); searches are not.
		$total = $mentors && '' === $query->search ? MentorCounts::get( 'people|' . $query->status . '|' . $query->load, time(), $counted ) : $counted();
		if ( $mentors ) {
			list( $inner, $i_args ) = 'load' === $query->orderby ? $this->mentors_by_load( $filter, $args, $offset + $per_page ) : $this->mentors_in_order( $filter, $args, $order, $offset + $per_page );
		} else {
			list( $inner, $i_args ) = 'waiting_since' === $query->orderby
				? $this->by_waiting( $query, $where, $args, $offset + $per_page )
				: array( 'SELECT p.user_id AS person_id, p.sort_name AS person_sort, ' . self::load_column( false ) . ", NULL AS waiting_sort FROM {$profiles} p WHERE {$where}", $args );
		}
		// The page is sorted and cut from the profiles' indexes; only its rows are joined and looked up.
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT page.person_id, page.person_sort, page.load_count, page.waiting_sort, u.display_name AS person_name, {$outer}, {$activity}"
					. " FROM ( {$inner} ORDER BY {$order} LIMIT %d OFFSET %d ) page"
					. " INNER JOIN {$wpdb->users} u ON u.ID = page.person_id INNER JOIN {$profiles} p ON p.user_id = page.person_id{$joins} ORDER BY {$order}",
				array_merge( $o_args, $i_args, array( $per_page, $offset ) )
			),
			ARRAY_A
		);
		// phpcs:enable
		$people = array_map( static fn ( array $row ): PersonRow => PersonRow::from_row( $row, $mentors ), is_array( $rows ) ? array_values( $rows ) : array() );
		return array( $people, $total );
	}

	/**
	 * The mentors' rows up to the page's end: those with a profile and those without (placeholders),
	 * each read in the order of an index (mentor_people: listed, name) and cut, then merged — a single
	 * query over both would have to sort every mentor.
	 *
	 * @param list<mixed> $args The filter's values.
	 * @return array{0: string, 1: list<mixed>}
	 */
	private function mentors_in_order( string $filter, array $args, string $order, int $end ): array {
		$profiles = Schema::profiles_table();
		$parts    = array();
		$values   = array();
		foreach ( array( 1, 2 ) as $listed ) {
			$parts[] = 'SELECT * FROM ( SELECT p.user_id AS person_id, p.sort_name AS person_sort, ' . self::load_column( true ) . ", NULL AS waiting_sort FROM {$profiles} p WHERE p.mentor_listed = {$listed} AND {$filter} ORDER BY {$order} LIMIT %d ) listed_{$listed}";
			$values  = array_merge( $values, $args, array( $end ) );
		}
		return array( implode( ' UNION ALL ', $parts ), $values );
	}

	/**
	 * The mentors' rows up to the page's end by load: one part per kind of row (profile, placeholder)
	 * and number of mentees, each read by name in the order of the index mentor_load (listed, mentees,
	 * name) and cut, then merged — whichever way the load goes, no part sorts every mentor.
	 *
	 * @param list<mixed> $args The filter's values.
	 * @return array{0: string, 1: list<mixed>}
	 */
	private function mentors_by_load( string $filter, array $args, int $end ): array {
		global $wpdb;
		$profiles = Schema::profiles_table();
		// phpcs:ignore WordPress.DB -- our table, no input; a loose index scan of mentor_load (a few dozen entries).
		$loads  = $wpdb->get_results( "SELECT DISTINCT mentor_listed, active_mentees FROM {$profiles} WHERE mentor_listed IN (1, 2)", ARRAY_A );
		$parts  = array();
		$values = array();
		foreach ( is_array( $loads ) ? $loads : array() as $i => $load ) {
			$parts[] = 'SELECT * FROM ( SELECT p.user_id AS person_id, p.sort_name AS person_sort, ' . self::load_column( true ) . ", NULL AS waiting_sort FROM {$profiles} p WHERE p.mentor_listed = %d AND p.active_mentees = %d AND {$filter} ORDER BY p.sort_name ASC, p.user_id ASC LIMIT %d ) load_{$i}";
			$values  = array_merge( $values, array( (int) $load['mentor_listed'], (int) $load['active_mentees'] ), $args, array( $end ) );
		}
		// No mentor at all: a part that reads nothing, so the page is still one statement.
		return array() === $parts ? $this->mentors_in_order( $filter, $args, 'person_id', $end ) : array( implode( ' UNION ALL ', $parts ), $values );
	}

	/** The load column the page is sorted by (mentors), from the profile row alone. */
	private static function load_column( bool $mentors ): string {
		return ( $mentors ? 'p.active_mentees' : '0' ) . ' AS load_count';
	}

	/**
	 * Mentees by how long they have waited, as two index-ordered parts of at most $upto rows each:
	 * the waiting ones by their kept waiting_since (mentee_standing), then everyone else by name
	 * (mentee_standing for a status, else mentee_people); the page is cut from the two. Newest first
	 * breaks ties by name upwards, which no backward index scan gives, so the waiting part is first
	 * bounded by the $upto-th newest time (read through the same index) and only those rows are sorted.
	 *
	 * @param list<mixed> $args
	 * @return array{0: string, 1: list<mixed>}
	 */
	private function by_waiting( PeopleQuery $query, string $where, array $args, int $upto ): array {
		global $wpdb;
		$profiles = Schema::profiles_table();
		$select   = 'SELECT p.user_id AS person_id, p.sort_name AS person_sort, ' . self::load_column( false ) . ',';
		$parts    = array();
		$values   = array();
		// phpcs:disable WordPress.DB -- our table; every value goes through prepare().
		if ( null === $query->status || 'waiting' === $query->status ) {
			$waiting   = 'waiting' === $query->status ? $where : "{$where} AND p.mentee_matched = 0 AND p.waiting_since IS NOT NULL";
			$direction = 'desc' === $query->order ? 'DESC' : 'ASC';
			$part_args = $args;
			if ( 'DESC' === $direction ) {
				$bound = $wpdb->get_var( $wpdb->prepare( "SELECT p.waiting_since FROM {$profiles} p WHERE {$waiting} ORDER BY p.waiting_since DESC LIMIT 1 OFFSET %d", array_merge( $args, array( $upto - 1 ) ) ) );
				if ( null !== $bound ) {
					$waiting    .= ' AND p.waiting_since >= %s';
					$part_args[] = (string) $bound;
				}
			}
			$part_args[] = $upto;
			$parts[]     = "SELECT * FROM ( {$select} p.waiting_since AS waiting_sort FROM {$profiles} p WHERE {$waiting} ORDER BY p.waiting_since {$direction}, p.sort_name ASC, p.user_id ASC LIMIT %d ) waiting";
			$values      = array_merge( $values, $part_args );
		}
		// phpcs:enable
		if ( 'waiting' !== $query->status ) {
			$parts[] = "SELECT * FROM ( {$select} NULL AS waiting_sort FROM {$profiles} p WHERE {$where} AND p.waiting_since IS NULL ORDER BY p.sort_name ASC, p.user_id ASC LIMIT %d ) others";
			$values  = array_merge( $values, $args, array( $upto ) );
		}
		return array( 'SELECT * FROM ( ' . implode( ' UNION ALL ', $parts ) . ' ) parts', $values );
	}

	/**
	 * A mentor's columns: their profile, or the defaults of an unsaved one (a placeholder row: the
	 * site's default capacity).
	 *
	 * @return array{0: string, 1: list<mixed>}
	 */
	private function mentor_columns(): array {
		$defaults = new Profile( 0 );
		return array(
			'CASE WHEN p.placeholder = 1 THEN NULL ELSE p.updated_at END AS updated_at, CASE WHEN p.placeholder = 1 THEN %d ELSE p.mentor_capacity END AS capacity,'
				. ' CASE WHEN p.placeholder = 1 THEN %s ELSE p.mentor_weight END AS weight, CASE WHEN p.placeholder = 1 THEN %s ELSE p.mentor_status END AS mentor_status,'
				. ' CASE WHEN p.placeholder = 1 THEN NULL ELSE p.away_until END AS away_until, CASE WHEN p.placeholder = 1 THEN NULL ELSE p.timezone END AS timezone, NULL AS waiting_since',
			array( Settings::default_capacity(), $defaults->mentor_weight, $defaults->mentor_status ),
		);
	}

	/**
	 * A mentee's columns: their running match (proposed or active) and, when they have none, since
	 * when they have had an open request.
	 *
	 * @return array{0: string, 1: list<mixed>}
	 */
	private function mentee_columns(): array {
		return array(
			'CASE WHEN p.placeholder = 1 THEN NULL ELSE p.updated_at END AS updated_at, m.id AS match_id, m.mentor_id, mu.display_name AS mentor_name, m.status AS match_status, m.source,'
				. ' p.waiting_since',
			array(),
		);
	}

	private function mentee_joins(): string {
		global $wpdb;
		$matches = Schema::matches_table();
		return " LEFT JOIN {$matches} m ON m.mentee_id = page.person_id AND m.active_primary = 1 LEFT JOIN {$wpdb->users} mu ON mu.ID = m.mentor_id";
	}

	/**
	 * The WHERE clause for the search and status filters.
	 *
	 * @return array{0: string, 1: list<mixed>}
	 */
	private function conditions( PeopleQuery $query, bool $mentors ): array {
		global $wpdb;
		$where = array( '1=1' );
		$args  = array();
		if ( '' !== $query->search && NameWords::ready() ) {
			// Through the words of the names: as many rows read as people found, however many there are.
			list( $words, $word_args ) = ( new NameWords() )->having_words( NameWords::terms( $query->search ), 'p.user_id' );
			$where[]                   = $words;
			$args                      = array_merge( $args, $word_args );
		} elseif ( '' !== $query->search ) {
			// Until the words are made (schema 16's backfill, minutes): each word typed anywhere in a name,
			// read from every name — the same people and a few more.
			$terms   = NameWords::terms( $query->search );
			$where[] = array() === $terms ? '1=0' : '1=1';
			foreach ( $terms as $term ) {
				$where[] = 'p.sort_name LIKE %s';
				$args[]  = '%' . $wpdb->esc_like( $term ) . '%';
			}
		}
		switch ( $mentors ? $query->status : 'mentee:' . $query->status ) {
			case 'available':
				// The one availability rule (the absence's last day is away, in the mentor's time zone).
				list( $takes, $takes_args ) = Availability::sql_takes_mentees( 'p' );
				$where[]                    = $takes;
				$args                       = array_merge( $args, $takes_args );
				break;
			case 'away':
				list( $away, $away_args ) = Availability::sql_away( 'p' );
				$where[]                  = $away;
				$args                     = array_merge( $args, $away_args );
				break;
			case 'retired':
				$where[] = "p.mentor_status = 'retired'";
				break;
			// The kept standing (ProfileRepository::restand()); each an index range of mentee_standing.
			case 'mentee:matched':
				$where[] = 'p.mentee_matched = 1 AND p.waiting_since IS NULL';
				break;
			case 'mentee:waiting':
				$where[] = 'p.mentee_matched = 0 AND p.waiting_since IS NOT NULL';
				break;
			case 'mentee:none':
				$where[] = 'p.mentee_matched = 0 AND p.waiting_since IS NULL';
				break;
		}
		if ( $mentors && null !== $query->load ) {
			list( $condition, $load_args ) = self::load_condition( $query->load );
			$where[]                       = $condition;
			$args                          = array_merge( $args, $load_args );
		}
		return array( implode( ' AND ', $where ), $args );
	}

	/**
	 * A load bucket as ProgramFigures counts it: away or stopped by the stored status, then full, with
	 * room, or without a mentee yet (a mentor who never saved a profile has none and the default room).
	 *
	 * @return array{0: string, 1: list<mixed>}
	 */
	private static function load_condition( string $load ): array {
		// Away or stopped by the one availability rule (Profiles\Availability), as ProgramFigures counts it.
		list( $available, $takes_args ) = Availability::sql_takes_mentees( 'p' );
		$mentees                        = 'p.active_mentees';
		$capacity                       = 'CASE WHEN p.placeholder = 1 THEN %d ELSE p.mentor_capacity END';
		$default                        = array( Settings::default_capacity() );
		switch ( $load ) {
			case 'away':
				return array( "NOT {$available}", $takes_args );
			case 'full':
				return array( "{$available} AND {$mentees} >= {$capacity}", array_merge( $takes_args, $default ) );
			case 'some':
				return array( "{$available} AND {$mentees} > 0 AND {$mentees} < {$capacity}", array_merge( $takes_args, $default ) );
			default:
				return array( "{$available} AND {$mentees} = 0 AND {$mentees} < {$capacity}", array_merge( $takes_args, $default ) );
		}
	}

	/** ORDER BY on the page's aliases, so the same clause sorts the subquery and the page around it. */
	private static function order( string $orderby, string $direction ): string {
		switch ( $orderby ) {
			case 'load':
				return "load_count {$direction}, person_sort ASC, person_id ASC";
			case 'waiting_since':
				// People who are not waiting come last either way.
				return "( waiting_sort IS NULL ) ASC, waiting_sort {$direction}, person_sort ASC, person_id ASC";
			default:
				return "person_sort {$direction}, person_id {$direction}";
		}
	}

	/** The newest audit event by the person, and about their matches and requests on this side. */
	private function activity_columns( string $side ): string {
		$events   = Schema::events_table();
		$matches  = Schema::matches_table();
		$requests = Schema::requests_table();
		return "( SELECT MAX(ea.created_at) FROM {$events} ea WHERE ea.actor_id = page.person_id ) AS acted_at,"
			. " ( SELECT MAX(em.created_at) FROM {$matches} am JOIN {$events} em ON em.object_type = 'match' AND em.object_id = am.id WHERE am.{$side} = page.person_id ) AS match_event_at,"
			. " ( SELECT MAX(er.created_at) FROM {$requests} ar JOIN {$events} er ON er.object_type = 'request' AND er.object_id = ar.id WHERE ar.{$side} = page.person_id ) AS request_event_at";
	}

	/**
	 * Fills in the People marks for the accounts with IDs in ( $after, $after + $span ] (schema 11 and
	 * 14, for data from before them): who stood on the mentee side of a match or request (a placeholder
	 * row for someone without a profile), the name to sort by, who shows among mentees, and where each
	 * stands as mentee (ProfileRepository::standing()). Safe to run twice.
	 *
	 * @return int|null The last ID covered, 0 once past the last account, null when the database refused a statement.
	 */
	public function fill_marks( int $after, int $span ): ?int {
		global $wpdb;
		$last = (int) $wpdb->get_var( "SELECT MAX(ID) FROM {$wpdb->users}" ); // phpcs:ignore WordPress.DB -- WordPress's table; no input.
		if ( $after >= $last ) {
			return 0;
		}
		$upto                  = $after + $span;
		$profiles              = Schema::profiles_table();
		$matches               = Schema::matches_table();
		$requests              = Schema::requests_table();
		$stood                 = "( EXISTS ( SELECT 1 FROM {$matches} fm WHERE fm.mentee_id = %1\$s ) OR EXISTS ( SELECT 1 FROM {$requests} fr WHERE fr.mentee_id = %1\$s ) )";
		list( $mentor, $args ) = Capabilities::mentor_sql( 'u.ID', $wpdb->usermeta, $wpdb->get_blog_prefix() . 'capabilities' );
		$rule                  = ProfileRepository::mentee_rule( $profiles );
		// phpcs:disable WordPress.DB -- our tables and WordPress's; values prepared.
		$done = array(
			$wpdb->query( $wpdb->prepare( "UPDATE {$profiles} SET mentee_side = 1 WHERE user_id > %d AND user_id <= %d AND mentee_side = 0 AND " . sprintf( $stood, "{$profiles}.user_id" ), $after, $upto ) ),
			$wpdb->query(
				$wpdb->prepare(
					"INSERT IGNORE INTO {$profiles} (user_id, availability, intro, mentor_capacity, placeholder, mentee_side, mentor_listed, sort_name, updated_at)"
						. " SELECT u.ID, '[]', '', %d, 1, 1, CASE WHEN {$mentor} THEN 2 ELSE 0 END, u.display_name, %s FROM {$wpdb->users} u"
						. " WHERE u.ID > %d AND u.ID <= %d AND NOT EXISTS ( SELECT 1 FROM {$profiles} x WHERE x.user_id = u.ID ) AND " . sprintf( $stood, 'u.ID' ),
					array_merge( array( Settings::default_capacity() ), $args, array( current_time( 'mysql', true ), $after, $upto ) )
				)
			),
			$wpdb->query( $wpdb->prepare( "UPDATE {$profiles} SET sort_name = COALESCE( ( SELECT su.display_name FROM {$wpdb->users} su WHERE su.ID = {$profiles}.user_id ), '' ) WHERE user_id > %d AND user_id <= %d", $after, $upto ) ),
			$wpdb->query( $wpdb->prepare( "UPDATE {$profiles} SET mentee_listed = {$rule} WHERE user_id > %d AND user_id <= %d", $after, $upto ) ),
			$wpdb->query( $wpdb->prepare( "UPDATE {$profiles} SET " . ProfileRepository::standing( $profiles ) . ' WHERE user_id > %d AND user_id <= %d', $after, $upto ) ),
		);
		// phpcs:enable
		if ( in_array( false, $done, true ) ) {
			return null;
		}
		( new NameWords() )->remake( $after + 1, $upto ); // The names just written, for searches.
		return $upto;
	}
}
