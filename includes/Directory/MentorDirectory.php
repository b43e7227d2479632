<?php
/**
 * The public mentor directory's queries. A page of mentors is one SQL statement over the profiles
 * table joined to users (plus its count), filtered and sorted in the database, so a site with
 * thousands of mentors never loads them into PHP.
 *
 * Who is listed: users who hold the mentor capability (through a role or on their own, found as
 * WP_User_Query finds them) and have a mentoring profile, unless they retired. Away mentors are
 * listed as away; mentors who pick mentees by hand only (weight `none`) are listed too — asking one
 * by name is exactly picking by hand. Mentors with room come first, then full ones, then those away;
 * within each, by name.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Directory;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;

final class MentorDirectory {

	/** Listings already read in this request, so cards rendered after a page read none again. */
	private const CACHE_GROUP = 'wayfinder_directory';

	/** The languages mentors speak, kept between requests (dropped when a profile is saved). */
	public const LANGUAGES_TRANSIENT = 'wayfinder_directory_languages';

	/** The columns a listing needs: public profile fields only. */
	private const COLUMNS = 'u.ID, u.display_name, p.timezone, p.languages, p.teams, p.availability, p.intro, p.mentor_capacity, p.active_mentees, p.mentor_status, p.away_until';

	/**
	 * One page of listed mentors and how many are listed in all.
	 *
	 * @return array{0: list<MentorListing>, 1: int}
	 */
	public function page( DirectoryFilters $filters, ?int $now = null ): array {
		global $wpdb;
		$now                   = $now ?? time();
		list( $where, $args )  = $this->conditions( $filters, $now );
		$profiles              = Schema::profiles_table();
		$from                  = "{$profiles} p INNER JOIN {$wpdb->users} u ON u.ID = p.user_id";
		list( $rank, $ranked ) = $this->rank( $now );
		$offset                = ( $filters->page - 1 ) * $filters->per_page;
		// phpcs:disable WordPress.DB -- our table and WordPress's; every value goes through prepare().
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT ' . self::COLUMNS . ", {$rank} AS room_rank FROM {$from} WHERE {$where} ORDER BY room_rank ASC, u.display_name ASC, u.ID ASC LIMIT %d OFFSET %d",
				array_merge( $ranked, $args, array( $filters->per_page, $offset ) )
			),
			ARRAY_A
		);
		$rows = is_array( $rows ) ? $rows : array();
		if ( 0 === $offset && count( $rows ) < $filters->per_page ) {
			$total = count( $rows ); // The whole list fits on this page: no need to count.
		} else {
			$total = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$from} WHERE {$where}", $args ) );
		}
		// phpcs:enable
		$listings = array_map( array( MentorListing::class, 'from_row' ), array_values( $rows ) );
		$this->remember( $listings );
		return array( $listings, $total );
	}

	/**
	 * One mentor's listing, retired or not: null for a user who is not a mentor (or not a user). A
	 * mentor who never saved a profile gets the defaults.
	 */
	public function find( int $user_id ): ?MentorListing {
		$cached = wp_cache_get( $user_id, self::CACHE_GROUP );
		if ( $cached instanceof MentorListing ) {
			return $cached;
		}
		$user = $user_id > 0 ? get_userdata( $user_id ) : false;
		if ( ! $user || ! Capabilities::can_mentor( $user_id ) ) {
			return null;
		}
		global $wpdb;
		$profiles = Schema::profiles_table();
		// phpcs:ignore WordPress.DB -- our table and WordPress's; the ID is prepared.
		$row     = $wpdb->get_row( $wpdb->prepare( 'SELECT ' . self::COLUMNS . " FROM {$profiles} p INNER JOIN {$wpdb->users} u ON u.ID = p.user_id WHERE p.user_id = %d", $user_id ), ARRAY_A );
		$listing = is_array( $row ) ? MentorListing::from_row( $row ) : new MentorListing( $user_id, $user->display_name, '', 'UTC', array(), array(), array(), 'available', null, Settings::default_capacity(), 0 );
		$this->remember( array( $listing ) );
		return $listing;
	}

	/**
	 * The languages listed mentors speak, sorted.
	 *
	 * @return list<string>
	 */
	public function languages(): array {
		$cached = get_transient( self::LANGUAGES_TRANSIENT );
		if ( is_array( $cached ) ) {
			return array_values( array_map( 'strval', $cached ) );
		}
		global $wpdb;
		list( $where, $args ) = $this->conditions( new DirectoryFilters(), time() );
		$profiles             = Schema::profiles_table();
		// phpcs:ignore WordPress.DB -- our table and WordPress's; values prepared.
		$lists     = (array) $wpdb->get_col( $wpdb->prepare( "SELECT DISTINCT p.languages FROM {$profiles} p INNER JOIN {$wpdb->users} u ON u.ID = p.user_id WHERE {$where}", $args ) );
		$languages = array();
		foreach ( $lists as $list ) {
			foreach ( explode( ',', (string) $list ) as $code ) {
				if ( DirectoryFilters::valid_language( $code ) ) {
					$languages[ $code ] = true;
				}
			}
		}
		$languages = array_keys( $languages );
		sort( $languages );
		set_transient( self::LANGUAGES_TRANSIENT, $languages, HOUR_IN_SECONDS );
		return $languages;
	}

	/** Drops what is kept between requests (a profile changed). */
	public static function forget(): void {
		delete_transient( self::LANGUAGES_TRANSIENT );
	}

	/** @param list<MentorListing> $listings */
	private function remember( array $listings ): void {
		wp_cache_add_non_persistent_groups( array( self::CACHE_GROUP ) );
		foreach ( $listings as $listing ) {
			wp_cache_set( $listing->id, $listing, self::CACHE_GROUP );
		}
	}

	/**
	 * The WHERE clause: listed mentors, narrowed by the filters.
	 *
	 * @return array{0: string, 1: list<int|string>}
	 */
	private function conditions( DirectoryFilters $filters, int $now ): array {
		global $wpdb;
		// The role names that carry the capability, plus the capability granted to a user directly.
		$names   = array_keys( array_filter( wp_roles()->roles, static fn ( array $role ): bool => ! empty( $role['capabilities'][ Capabilities::MENTOR ] ) ) );
		$names[] = Capabilities::MENTOR;
		$likes   = array_map( static fn ( string $name ): string => '%' . $wpdb->esc_like( '"' . $name . '"' ) . '%', $names );
		$where   = array(
			"p.mentor_status <> 'retired'",
			"EXISTS ( SELECT 1 FROM {$wpdb->usermeta} c WHERE c.user_id = p.user_id AND c.meta_key = %s AND ( " . implode( ' OR ', array_fill( 0, count( $likes ), 'c.meta_value LIKE %s' ) ) . ' ) )',
		);
		$args    = array_merge( array( $wpdb->get_blog_prefix() . 'capabilities' ), $likes );
		foreach ( array(
			'p.teams'     => $filters->team,
			'p.languages' => $filters->language,
		) as $column => $value ) {
			if ( '' !== $value ) {
				// One item of a comma-separated list, with plain LIKE (SQLite runs it too).
				$where[] = "( {$column} = %s OR {$column} LIKE %s OR {$column} LIKE %s OR {$column} LIKE %s )";
				$like    = $wpdb->esc_like( $value );
				array_push( $args, $value, $like . ',%', '%,' . $like, '%,' . $like . ',%' );
			}
		}
		if ( $filters->room ) {
			$where[] = "( p.mentor_status = 'available' OR ( p.mentor_status = 'away' AND p.away_until IS NOT NULL AND p.away_until < %s ) ) AND p.active_mentees < p.mentor_capacity";
			$args[]  = gmdate( 'Y-m-d', $now );
		}
		if ( '' !== $filters->meets ) {
			list( $condition, $meet_args ) = $this->meets( $filters->meets, $filters->timezone, $now );
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
	 * @return array{0: string, 1: list<int|string>}
	 */
	private function meets( string $choice, string $timezone, int $now ): array {
		$hours   = MeetingHours::hours_of( $choice );
		$visitor = MeetingHours::offset_minutes( $timezone, $now );
		$groups  = array();
		$args    = array();
		foreach ( MeetingHours::zones_by_offset( $now ) as $offset => $zones ) {
			$tests = array();
			foreach ( MeetingHours::shifted_ranges( $hours, $offset - $visitor ) as list( $first, $length ) ) {
				// SUBSTRING counts from 1; INSTR finds an available hour in the range.
				$tests[] = sprintf( "INSTR(SUBSTRING(p.meet_hours, %d, %d), '1') > 0", $first + 1, $length );
			}
			$groups[] = '( p.timezone IN (' . implode( ',', array_fill( 0, count( $zones ), '%s' ) ) . ') AND ( ' . implode( ' OR ', $tests ) . ' ) )';
			$args     = array_merge( $args, $zones );
		}
		return array( '( ' . implode( ' OR ', $groups ) . ' )', $args );
	}

	/**
	 * The sort rank: 0 with room now, 1 full, 2 away.
	 *
	 * @return array{0: string, 1: list<string>}
	 */
	private function rank( int $now ): array {
		return array(
			"CASE WHEN p.mentor_status = 'available' OR ( p.mentor_status = 'away' AND p.away_until IS NOT NULL AND p.away_until < %s ) THEN ( CASE WHEN p.active_mentees < p.mentor_capacity THEN 0 ELSE 1 END ) ELSE 2 END",
			array( gmdate( 'Y-m-d', $now ) ),
		);
	}
}
