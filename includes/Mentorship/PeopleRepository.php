<?php
/**
 * The SQL behind the coordinator's People list (PeopleDirectory): mentors with their room and status,
 * mentees with where they stand. Each page is one SQL statement (plus its count) that pages, sorts and
 * filters in the database, so 10,000 mentees and 2,000 mentors never pass through PHP.
 *
 * Mentors are the users who hold the mentor capability (through a role or on their own), found the
 * way WP_User_Query finds them. Mentees are everyone else with a mentoring profile, and anyone who
 * stood on the mentee side: seeking a mentor, or in a match or a request as the mentee.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Availability;
use Wayfinder\Profiles\Profile;

final class PeopleRepository {

	/**
	 * One page of mentors or mentees and how many match in all.
	 *
	 * @param PeopleQuery $query Checked by the controller.
	 * @return array{0: list<PersonRow>, 1: int}
	 */
	public function page( PeopleQuery $query, int $page, int $per_page ): array {
		global $wpdb;
		$mentors = $query->mentors();
		list( $select, $select_args, $from, $base, $base_args ) = $mentors ? $this->mentors() : $this->mentees();
		list( $where, $where_args )                             = $this->conditions( $query, $mentors );
		$where    = "{$base} AND {$where}";
		$args     = array_merge( $base_args, $where_args );
		$order    = self::order( $query->orderby, 'desc' === $query->order ? 'DESC' : 'ASC' );
		$activity = $this->activity_columns( $mentors ? 'mentor_id' : 'mentee_id' );
		// phpcs:disable WordPress.DB -- our tables and WordPress's; every value goes through prepare().
		$count = "SELECT COUNT(*) FROM {$from} WHERE {$where}";
		$total = (int) $wpdb->get_var( array() === $args ? $count : $wpdb->prepare( $count, $args ) );
		// The activity look-ups run only for the rows of the page, outside the sorted, limited subquery.
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				"SELECT page.*, {$activity} FROM ( SELECT {$select} FROM {$from} WHERE {$where} ORDER BY {$order} LIMIT %d OFFSET %d ) page ORDER BY {$order}",
				array_merge( $select_args, $args, array( $per_page, ( $page - 1 ) * $per_page ) )
			),
			ARRAY_A
		);
		// phpcs:enable
		$people = array_map( static fn ( array $row ): PersonRow => PersonRow::from_row( $row, $mentors ), is_array( $rows ) ? array_values( $rows ) : array() );
		return array( $people, $total );
	}

	/**
	 * Users who hold the mentor capability, with their profile or the defaults of an unsaved one (the
	 * site's default capacity).
	 *
	 * @return array{0: string, 1: list<mixed>, 2: string, 3: string, 4: list<mixed>} Select, its values, from, condition, its values.
	 */
	private function mentors(): array {
		global $wpdb;
		$profiles                        = Schema::profiles_table();
		$defaults                        = new Profile( 0 );
		list( $is_mentor, $mentor_args ) = self::holds_mentor_capability( 'u.ID' );
		$select                          = 'u.ID AS person_id, u.display_name AS person_name, p.updated_at,'
			. ' COALESCE(p.mentor_capacity, %d) AS capacity, COALESCE(p.active_mentees, 0) AS load_count,'
			. ' COALESCE(p.mentor_weight, %s) AS weight, COALESCE(p.mentor_status, %s) AS mentor_status, p.away_until, p.timezone,'
			. ' NULL AS waiting_since';
		$from                            = "{$wpdb->users} u LEFT JOIN {$profiles} p ON p.user_id = u.ID";
		return array(
			$select,
			array( Settings::default_capacity(), $defaults->mentor_weight, $defaults->mentor_status ),
			$from,
			$is_mentor,
			$mentor_args,
		);
	}

	/**
	 * An SQL condition: the user in this column holds the mentor capability through a role that
	 * carries it or granted on its own, matched in their capabilities as WP_User_Query matches them.
	 *
	 * @return array{0: string, 1: list<string>} The condition and its values.
	 */
	private static function holds_mentor_capability( string $user_column ): array {
		global $wpdb;
		// Who is a mentor: the one rule (Capabilities::can_mentor), as SQL.
		return Capabilities::mentor_sql( $user_column, $wpdb->usermeta, $wpdb->get_blog_prefix() . 'capabilities' );
	}

	/**
	 * Everyone on the mentee side, with their running match (proposed or active) and, when they have
	 * none, since when they have had an open request.
	 *
	 * @return array{0: string, 1: list<mixed>, 2: string, 3: string, 4: list<mixed>} As mentors().
	 */
	private function mentees(): array {
		global $wpdb;
		$profiles                        = Schema::profiles_table();
		$matches                         = Schema::matches_table();
		$requests                        = Schema::requests_table();
		$select                          = 'u.ID AS person_id, u.display_name AS person_name, p.updated_at, 0 AS load_count,'
			. ' m.id AS match_id, m.mentor_id, mu.display_name AS mentor_name, m.status AS match_status, m.source,'
			. ' CASE WHEN m.id IS NULL THEN w.since END AS waiting_since';
		list( $is_mentor, $mentor_args ) = self::holds_mentor_capability( 'p0.user_id' );
		// Profiles of people who are not mentors (or who seek a mentor themselves), and the mentee side of every match and request.
		$from = "( SELECT p0.user_id AS id FROM {$profiles} p0 WHERE p0.seeking = 1 OR NOT {$is_mentor}"
			. " UNION SELECT mentee_id FROM {$matches} UNION SELECT mentee_id FROM {$requests} ) who"
			. " JOIN {$wpdb->users} u ON u.ID = who.id"
			. " LEFT JOIN {$profiles} p ON p.user_id = who.id"
			. " LEFT JOIN {$matches} m ON m.mentee_id = who.id AND m.active_primary = 1"
			. " LEFT JOIN {$wpdb->users} mu ON mu.ID = m.mentor_id"
			. " LEFT JOIN ( SELECT mentee_id, MIN(created_at) AS since FROM {$requests} WHERE status = 'open' GROUP BY mentee_id ) w ON w.mentee_id = who.id";
		// The subquery's values come before the WHERE clause's, as the condition slot's values do.
		return array( $select, array(), $from, '1=1', $mentor_args );
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
		if ( '' !== $query->search ) {
			$where[] = 'u.display_name LIKE %s';
			$args[]  = '%' . $wpdb->esc_like( $query->search ) . '%';
		}
		switch ( $mentors ? $query->status : 'mentee:' . $query->status ) {
			case 'available':
				// The one availability rule (the absence's last day is away, in the mentor's time zone).
				list( $takes, $takes_args ) = Availability::sql_takes_mentees( 'p' );
				$where[]                    = "( p.user_id IS NULL OR {$takes} )";
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
			case 'mentee:matched':
				$where[] = 'm.id IS NOT NULL';
				break;
			case 'mentee:waiting':
				$where[] = 'm.id IS NULL AND w.since IS NOT NULL';
				break;
			case 'mentee:none':
				$where[] = 'm.id IS NULL AND w.since IS NULL';
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
		list( $takes, $takes_args ) = Availability::sql_takes_mentees( 'p' );
		$available                  = "( p.user_id IS NULL OR {$takes} )";
		$mentees                    = 'COALESCE(p.active_mentees, 0)';
		$capacity                   = 'COALESCE(p.mentor_capacity, %d)';
		$default                    = array( Settings::default_capacity() );
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

	/** ORDER BY on the select's aliases, so the same clause sorts the subquery and the page around it. */
	private static function order( string $orderby, string $direction ): string {
		switch ( $orderby ) {
			case 'load':
				return "load_count {$direction}, person_name ASC, person_id ASC";
			case 'waiting_since':
				// People who are not waiting come last either way.
				return "( waiting_since IS NULL ) ASC, waiting_since {$direction}, person_name ASC, person_id ASC";
			default:
				return "person_name {$direction}, person_id {$direction}";
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
}
