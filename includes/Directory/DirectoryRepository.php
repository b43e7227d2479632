<?php
/**
 * The directory's SQL: listed mentors read from the profiles table (joined to users), the index flag
 * profiles.mentor_listed kept in step with capabilities, and the requests a visitor has open. A page
 * of mentors is one statement (plus its count), filtered and sorted in the database, so a site with
 * thousands of mentors never loads them into PHP. Whether a mentor takes mentees now comes from the
 * one availability rule (Profiles\Availability).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\Network;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\Availability;
use Wayfinder\Profiles\FacetRepository;
use Wayfinder\Profiles\MeetingHours;
use Wayfinder\Profiles\ProfileRepository;

final class DirectoryRepository {

	/** The columns a listing needs: public profile fields only. */
	private const COLUMNS = 'u.ID, u.display_name, p.timezone, p.languages, p.teams, p.availability, p.intro, p.mentor_capacity, p.active_mentees, p.mentor_status, p.away_until';

	/** Listed mentors (DirectoryIndex keeps the flag in step with the capability) who did not retire. */
	private const LISTED = "p.mentor_listed = 1 AND p.mentor_status <> 'retired'";

	/**
	 * One page of listed mentors: room first (then full, then away), the fewest mentees first — the
	 * mentors most likely to say yes — then by user ID.
	 *
	 * Available mentors are read in the order of the kept rank's index (profiles.directory_rank, kept
	 * by ProfileRepository with the count and status), so only the rows up to the page's end are read,
	 * not every listed mentor; away mentors are ranked by the date (an absence may be over before the
	 * hourly tick marks them back) and are few. The two are merged and the page cut from them.
	 *
	 * A chosen team or language is checked per mentor on that walk — unless its rows are fewer than
	 * the walk would read (worked out from how many listed mentors each has): then each part starts
	 * from those rows instead, and sorts them.
	 *
	 * @param list<string>       $timezones The time zones listed mentors are in (for "can meet").
	 * @param array<string, int> $sizes     Listed mentors per team and language ("team:core"), and "" => all listed.
	 * @param string|null        $away_ends The first last day of an absence among listed mentors ('' for none), as kept
	 *                                      with the facets; null when not known, then one row is read to tell.
	 * @return list<MentorListing>
	 */
	public function page( DirectoryFilters $filters, int $now, array $timezones, array $sizes = array(), ?string $away_ends = null ): array {
		$offset                = ( $filters->page - 1 ) * $filters->per_page;
		$end                   = $offset + $filters->per_page;
		$from_facets           = self::from_facets( $filters, $sizes, $end );
		list( $where, $args )  = $this->conditions( $filters, $now, $timezones, true );
		list( $checks, $more ) = $from_facets ? array( '', array() ) : self::facet_checks( $filters );
		$where                .= $checks;
		$args                  = array_merge( $args, $more );
		list( $from, $joined ) = $this->from( $filters, ! $from_facets, $sizes );
		// Each part walks an index in the page's order and stops at the page's end: the available by
		// their kept rank; the away who are back by the end of their absence (a few); the rest by rank 2.
		$available = "SELECT * FROM ( SELECT p.user_id, p.directory_rank AS room_rank, p.active_mentees AS mentees FROM {$from} WHERE {$where} AND p.directory_rank < 2 AND p.mentor_status = 'available' ORDER BY p.directory_rank ASC, p.active_mentees ASC, p.user_id ASC LIMIT %d ) a";
		// Nobody's last day away is later than the latest date anywhere now (Kiritimati's: UTC+14, no
		// summer time): an index range, not every row.
		$latest = gmdate( 'Y-m-d', $now + 14 * HOUR_IN_SECONDS );
		$parts  = array( $available );
		$values = array_merge( $joined, $args, array( $end ) );
		// Every zone's date in SQL (Availability::sql_takes_mentees) is worked out only for the parts that need it.
		// A kept first end only errs early (the hourly tick marks people back without dropping it): a check too many, never one missed.
		if ( null === $away_ends ? $this->any_absence_over( $latest ) : '' !== $away_ends && $away_ends < $latest ) {
			// Rare (the hourly tick marks them back): only then the part of the away who are back.
			list( $back, $backed ) = Availability::sql_takes_mentees( 'p', $now );
			$parts[]               = "SELECT * FROM ( SELECT p.user_id, CASE WHEN p.active_mentees < p.mentor_capacity THEN 0 ELSE 1 END AS room_rank, p.active_mentees AS mentees FROM {$from} WHERE {$where} AND p.mentor_status = 'away' AND p.away_until < %s AND {$back} ORDER BY room_rank ASC, mentees ASC, p.user_id ASC LIMIT %d ) b";
			$values                = array_merge( $values, $joined, $args, array( $latest ), $backed, array( $end ) );
		}
		$rows = $this->cut( $parts, $values, $filters );
		// The away who are not back rank after everyone else, so they are read only for a page the others do not fill (and nobody away has room).
		if ( count( $rows ) < $filters->per_page && ! $filters->room ) {
			list( $back, $backed ) = Availability::sql_takes_mentees( 'p', $now );
			$parts[]               = "SELECT * FROM ( SELECT p.user_id, 2 AS room_rank, p.active_mentees AS mentees FROM {$from} WHERE {$where} AND p.directory_rank = 2 AND p.mentor_status = 'away' AND NOT {$back} ORDER BY p.active_mentees ASC, p.user_id ASC LIMIT %d ) c";
			$rows                  = $this->cut( $parts, array_merge( $values, $joined, $args, $backed, array( $end ) ), $filters );
		}
		return array_map( array( MentorListing::class, 'from_row' ), $rows );
	}

	/** Whether a listed mentor is still marked away after the last day of their absence somewhere: one index range. */
	private function any_absence_over( string $latest ): bool {
		global $wpdb;
		$profiles = Schema::profiles_table();
		// phpcs:ignore WordPress.DB -- our table; the date prepared.
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$profiles} p WHERE p.mentor_listed = 1 AND p.mentor_status = 'away' AND p.away_until < %s LIMIT 1", $latest ) );
	}

	/**
	 * The page cut from these parts' IDs alone; only its own rows are joined to their profile and name.
	 *
	 * @param list<string>     $parts  SELECTs of user_id, room_rank and mentees.
	 * @param list<int|string> $values Their placeholders' values, in order.
	 * @return list<array<string, mixed>>
	 */
	private function cut( array $parts, array $values, DirectoryFilters $filters ): array {
		global $wpdb;
		$profiles = Schema::profiles_table();
		// phpcs:disable WordPress.DB -- our table and WordPress's; every value goes through prepare().
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT ' . self::COLUMNS . ', page.room_rank FROM ( SELECT * FROM ( ' . implode( ' UNION ALL ', $parts ) . ' ) parts ORDER BY room_rank ASC, mentees ASC, user_id ASC LIMIT %d OFFSET %d ) page'
					. " INNER JOIN {$profiles} p ON p.user_id = page.user_id INNER JOIN {$wpdb->users} u ON u.ID = page.user_id ORDER BY page.room_rank ASC, page.mentees ASC, page.user_id ASC",
				array_merge( $values, array( $filters->per_page, ( $filters->page - 1 ) * $filters->per_page ) )
			),
			ARRAY_A
		);
		// phpcs:enable
		return array_values( is_array( $rows ) ? $rows : array() );
	}

	/**
	 * How many listed mentors the filters leave.
	 *
	 * @param list<string> $timezones
	 */
	public function count( DirectoryFilters $filters, int $now, array $timezones ): int {
		global $wpdb;
		list( $where, $args )  = $this->conditions( $filters, $now, $timezones );
		list( $from, $joined ) = $this->from( $filters );
		$args                  = array_merge( $joined, $args );
		$count                 = "SELECT COUNT(*) FROM {$from} WHERE {$where}";
		return (int) $wpdb->get_var( array() === $args ? $count : $wpdb->prepare( $count, $args ) ); // phpcs:ignore WordPress.DB -- our table; values prepared.
	}

	/** One mentor's listing from their profile row; null when they have no profile row (a placeholder is none). */
	public function listing( int $user_id ): ?MentorListing {
		global $wpdb;
		$profiles = Schema::profiles_table();
		// phpcs:ignore WordPress.DB -- our table and WordPress's; the ID is prepared.
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT ' . self::COLUMNS . " FROM {$profiles} p INNER JOIN {$wpdb->users} u ON u.ID = p.user_id WHERE p.user_id = %d AND p.placeholder = 0", $user_id ), ARRAY_A );
		return is_array( $row ) ? MentorListing::from_row( $row ) : null;
	}

	/**
	 * The languages listed mentors speak, the teams they are in, the time zones they are in, and how
	 * many are listed.
	 *
	 * @return array{languages: list<string>, teams: list<string>, timezones: list<string>, sizes: array<string, int>, total: int, away_ends: string}
	 */
	public function facets(): array {
		global $wpdb;
		$profiles  = Schema::profiles_table();
		$listed    = self::LISTED;
		$languages = array();
		// phpcs:disable WordPress.DB -- our table; no input.
		foreach ( (array) $wpdb->get_col( "SELECT DISTINCT p.languages FROM {$profiles} p WHERE {$listed}" ) as $list ) {
			foreach ( explode( ',', (string) $list ) as $code ) {
				if ( DirectoryFilters::valid_language( $code ) ) {
					$languages[ $code ] = true;
				}
			}
		}
		$languages = array_map( 'strval', array_keys( $languages ) );
		sort( $languages );
		$facets = array(
			'languages' => $languages,
			'teams'     => ( new FacetRepository() )->teams(),
			'sizes'     => ( new FacetRepository() )->sizes(),
			'timezones' => array_values( array_map( 'strval', (array) $wpdb->get_col( "SELECT DISTINCT p.timezone FROM {$profiles} p WHERE {$listed}" ) ) ),
			'total'     => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$profiles} p WHERE {$listed}" ),
			'away_ends' => (string) $wpdb->get_var( "SELECT MIN(p.away_until) FROM {$profiles} p WHERE p.mentor_listed = 1 AND p.mentor_status = 'away'" ),
		);
		// phpcs:enable
		return $facets;
	}

	/**
	 * Every listed mentor's teams and whether they take a new mentee now (one availability rule, and
	 * a free place).
	 *
	 * @return list<MentorTeams>
	 */
	public function listed_mentor_teams( int $now ): array {
		global $wpdb;
		$profiles             = Schema::profiles_table();
		list( $takes, $args ) = Availability::sql_takes_mentees( 'p', $now );
		$listed               = self::LISTED;
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT p.user_id, p.teams, CASE WHEN {$takes} AND p.active_mentees < p.mentor_capacity THEN 1 ELSE 0 END AS room FROM {$profiles} p WHERE {$listed} AND p.teams <> ''", $args ), ARRAY_A );
		$teams = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$teams[] = new MentorTeams( (int) $row['user_id'], array_values( array_filter( explode( ',', (string) $row['teams'] ) ) ), 1 === (int) $row['room'] );
		}
		return $teams;
	}

	/**
	 * Sets one person's listed flag (1: a mentor with a profile, 2: a mentor without one — a placeholder
	 * row, made here, so the People list finds every mentor by index; 0: not a mentor); true when it changed.
	 */
	public function set_listed( int $user_id, bool $listed ): bool {
		global $wpdb;
		$table = Schema::profiles_table();
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$changed  = (int) $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET mentor_listed = CASE WHEN %d = 0 THEN 0 WHEN placeholder = 1 THEN 2 ELSE 1 END WHERE user_id = %d", $listed ? 1 : 0, $user_id ) );
		$profiles = new ProfileRepository();
		if ( 0 === $changed && $listed && ! $this->has_row( $user_id ) ) {
			return $profiles->add_mentor_placeholder( $user_id );
		}
		$profiles->relist( $user_id );
		if ( $changed > 0 ) {
			( new FacetRepository() )->sync( $user_id );
		}
		return $changed > 0;
	}

	private function has_row( int $user_id ): bool {
		global $wpdb;
		$table = Schema::profiles_table();
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE user_id = %d", $user_id ) ); // phpcs:ignore WordPress.DB -- our table.
	}

	/**
	 * Sets the flag on every profile from the stored capabilities (who is a mentor:
	 * Capabilities::mentor_sql), gives every mentor without a row a placeholder, and works out who
	 * shows among mentees again: three statements, whatever the number of people.
	 *
	 * @return bool False when the database refused a statement.
	 */
	public function resync_listed(): bool {
		global $wpdb;
		$table                   = Schema::profiles_table();
		list( $mentor, $args )   = Capabilities::mentor_sql( "{$table}.user_id", $wpdb->usermeta, self::capabilities_key() );
		list( $missing, $margs ) = Capabilities::mentor_sql( 'u.ID', $wpdb->usermeta, self::capabilities_key() );
		// phpcs:disable WordPress.DB -- our table and WordPress's; values prepared.
		$flags  = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET mentor_listed = CASE WHEN {$mentor} THEN ( CASE WHEN placeholder = 1 THEN 2 ELSE 1 END ) ELSE 0 END", $args ) );
		$placed = $wpdb->query(
			$wpdb->prepare(
				"INSERT IGNORE INTO {$table} (user_id, availability, intro, mentor_capacity, placeholder, mentor_listed, sort_name, updated_at)"
					. " SELECT u.ID, '[]', '', %d, 1, 2, u.display_name, %s FROM {$wpdb->users} u WHERE {$missing} AND NOT EXISTS ( SELECT 1 FROM {$table} x WHERE x.user_id = u.ID )",
				array_merge( array( Settings::default_capacity(), current_time( 'mysql', true ) ), $margs )
			)
		);
		// phpcs:enable
		if ( 0 < (int) $placed ) {
			( new \Wayfinder\Profiles\NameWords() )->fill_missing(); // The placeholders' names, for searches.
		}
		return false !== $flags && false !== $placed && ( new ProfileRepository() )->relist() && ( new FacetRepository() )->rebuild();
	}

	/** The user meta key holding the program site's roles and capabilities (a team site's are not the program's). */
	public static function capabilities_key(): string {
		global $wpdb;
		return $wpdb->get_blog_prefix( Network::program_site() > 0 ? Network::program_site() : null ) . 'capabilities';
	}

	/** The option holding the program site's roles. */
	public static function roles_option(): string {
		global $wpdb;
		return $wpdb->get_blog_prefix( Network::program_site() > 0 ? Network::program_site() : null ) . 'user_roles';
	}

	/**
	 * The mentors this person has an open request to.
	 *
	 * @return list<int>
	 */
	public function asked_mentors( int $mentee_id ): array {
		global $wpdb;
		$table = Schema::requests_table();
		return array_values( array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT mentor_id FROM {$table} WHERE type = 'mentee_request' AND mentee_id = %d AND status = 'open' AND mentor_id IS NOT NULL", $mentee_id ) ) ) ); // phpcs:ignore WordPress.DB -- our table.
	}

	/**
	 * The tables a count reads: a chosen team or language starts from its facet rows (the rarest
	 * first, by $sizes), so the database counts from an index lookup of that team's or language's
	 * listed mentors instead of reading every listed profile. A page does the same when that costs
	 * less (from_facets()); otherwise ($page) it walks the rank index in its order and checks each
	 * mentor's own lists (facet_checks()), stopping at the page.
	 *
	 * @param array<string, int> $sizes As page().
	 * @return array{0: string, 1: list<string>}
	 */
	private function from( DirectoryFilters $filters, bool $page = false, array $sizes = array() ): array {
		global $wpdb;
		$profiles = Schema::profiles_table();
		$facets   = Schema::facets_table();
		$chosen   = $page ? array() : self::facets_chosen( $filters );
		// The rarest chosen facet first: MariaDB joins in the order written when the costs tie, and each
		// facet row checked before its profile spares reading a wide profile row.
		uasort( $chosen, static fn ( array $a, array $b ): int => ( $sizes[ $a[0] . ':' . $a[1] ] ?? 0 ) <=> ( $sizes[ $b[0] . ':' . $b[1] ] ?? 0 ) );
		$from  = '';
		$args  = array();
		$first = null;
		foreach ( $chosen as $alias => list( $kind, $value ) ) {
			if ( null === $first ) {
				$from  = "{$facets} {$alias}";
				$first = $alias;
				continue;
			}
			$from  .= " INNER JOIN {$facets} {$alias} ON {$alias}.kind = %s AND {$alias}.value = %s AND {$alias}.user_id = {$first}.user_id";
			$args[] = $kind;
			$args[] = $value;
		}
		if ( null === $first ) {
			$from = "{$profiles} p";
		} else {
			$from  .= " INNER JOIN {$profiles} p ON p.user_id = {$first}.user_id AND {$first}.kind = %s AND {$first}.value = %s";
			$args[] = $chosen[ $first ][0];
			$args[] = $chosen[ $first ][1];
		}
		return array( $from . ( '' !== $filters->search ? " INNER JOIN {$wpdb->users} u ON u.ID = p.user_id" : '' ), $args );
	}


	/**
	 * A page's team and language conditions, checked on the profile row the walk reads anyway (its
	 * comma-separated lists, which the facet rows are made from): no lookup per mentor walked.
	 *
	 * @return array{0: string, 1: list<string>}
	 */
	private static function facet_checks( DirectoryFilters $filters ): array {
		global $wpdb;
		$sql  = '';
		$args = array();
		foreach ( self::facets_chosen( $filters ) as list( $kind, $value ) ) {
			$column = FacetRepository::TEAM === $kind ? 'p.teams' : 'p.languages';
			$sql   .= " AND CONCAT(',', {$column}, ',') LIKE %s";
			$args[] = '%,' . $wpdb->esc_like( $value ) . ',%';
		}
		return array( $sql, $args );
	}

	/**
	 * Whether a page costs less starting from its chosen team's or language's rows than walking the
	 * directory in its order and checking each mentor: the walk reads about the page's end divided by
	 * the share of mentors who pass every chosen filter (taken as independent).
	 *
	 * @param array<string, int> $sizes As page().
	 */
	private static function from_facets( DirectoryFilters $filters, array $sizes, int $end ): bool {
		if ( ! isset( $sizes[''] ) ) {
			return false; // Sizes unknown: walk, which is right for any size.
		}
		$listed = max( 1, $sizes[''] );
		$walk   = (float) $end;
		$rows   = PHP_INT_MAX;
		foreach ( self::facets_chosen( $filters ) as list( $kind, $value ) ) {
			$size  = $sizes[ $kind . ':' . $value ] ?? 0; // No row: no listed mentor has it.
			$walk *= $listed / max( 1, $size );
			$rows  = min( $rows, $size );
		}
		// Measured on MariaDB at 2,000 and 10,000 mentors: a walked row, with its index lookup for one
		// filter, costs some ten filter rows read and sorted; with two, each walked row looks up two
		// and each filter row read joins one more (team core + language es at 10,000: 1.5 ms walked, 2.5 ms from the 1,889 speakers).
		return $rows < 10 / max( 1, count( self::facets_chosen( $filters ) ) ) * $walk;
	}

	/** @return array<string, array{0: string, 1: string}> Alias => the facet's kind and the value chosen. */
	private static function facets_chosen( DirectoryFilters $filters ): array {
		return array_filter(
			array(
				'ft' => array( FacetRepository::TEAM, $filters->team ),
				'fl' => array( FacetRepository::LANGUAGE, $filters->language ),
			),
			static fn ( array $facet ): bool => '' !== $facet[1]
		);
	}

	/**
	 * The WHERE clause: listed mentors, narrowed by the filters.
	 *
	 * @param list<string> $timezones
	 * @param bool         $parts_take The query's parts read only mentors who take mentees now (a page), so
	 *                                 the room filter leaves out that test: its list of time zones, repeated
	 *                                 in every part, cost the database more than the rest of the query.
	 * @return array{0: string, 1: list<int|string>}
	 */
	private function conditions( DirectoryFilters $filters, int $now, array $timezones, bool $parts_take = false ): array {
		global $wpdb;
		$where = array( self::LISTED );
		$args  = array();
		if ( $filters->room ) {
			// The kept rank narrows first through its index: with room now is rank 0, or away until a past date.
			$where[] = 'p.directory_rank IN (0, 2) AND p.active_mentees < p.mentor_capacity';
			if ( ! $parts_take ) {
				list( $takes, $takes_args ) = Availability::sql_takes_mentees( 'p', $now );
				$where[]                    = $takes;
				$args                       = array_merge( $args, $takes_args );
			}
		}
		if ( '' !== $filters->meets ) {
			list( $condition, $meet_args ) = $this->meets( $filters->meets, $filters->timezone, $now, $timezones );
			$where[]                       = $condition;
			$args                          = array_merge( $args, $meet_args );
		}
		if ( '' !== $filters->search ) {
			$where[] = 'u.display_name LIKE %s';
			$args[]  = '%' . $wpdb->esc_like( $filters->search ) . '%';
		}
		return array( implode( ' AND ', $where ), $args );
	}

	/**
	 * Mentors who are available in part of the chosen hours of the visitor's week: for each group of
	 * time zones with the same offset now, the visitor's hours shifted into that offset.
	 *
	 * @param list<string> $timezones
	 * @return array{0: string, 1: list<int|string>}
	 */
	private function meets( string $choice, string $timezone, int $now, array $timezones ): array {
		$hours   = MeetingHours::hours_of( $choice );
		$known   = \Wayfinder\Profiles\ZoneOffsets::at( $now );
		$visitor = $known[ $timezone ] ?? MeetingHours::offset_minutes( $timezone, $now );
		$groups  = array();
		$args    = array();
		foreach ( MeetingHours::group_by_offset( $timezones, $now, $known ) as $offset => $zones ) {
			$tests = array();
			foreach ( MeetingHours::shifted_ranges( $hours, $offset - $visitor ) as list( $first, $length ) ) {
				// SUBSTRING counts from 1; INSTR finds an available hour in the range.
				$tests[] = sprintf( "INSTR(SUBSTRING(p.meet_hours, %d, %d), '1') > 0", $first + 1, $length );
			}
			$groups[] = '( p.timezone IN (' . implode( ',', array_fill( 0, count( $zones ), '%s' ) ) . ') AND ( ' . implode( ' OR ', $tests ) . ' ) )';
			$args     = array_merge( $args, $zones );
		}
		return array( array() === $groups ? '1 = 0' : '( ' . implode( ' OR ', $groups ) . ' )', $args );
	}

}
