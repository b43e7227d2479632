<?php
/**
 * The public mentor directory's queries. A page of mentors is one SQL statement over the profiles
 * table joined to users (plus its count), filtered and sorted in the database, so a site with
 * thousands of mentors never loads them into PHP.
 *
 * Who is listed: users who hold the mentor capability (through a role or on their own; the indexed
 * flag profiles.mentor_listed, which DirectoryIndex keeps in step) and have a mentoring profile,
 * unless they retired. Away mentors are listed as away; mentors who pick mentees by hand only
 * (weight `none`) are listed too — asking one by name is exactly picking by hand. Mentors with room
 * come first, then full ones, then those away; within each, the fewest mentees first (requests
 * spread out instead of going to names early in the alphabet), then by user ID.
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
		$from                  = "{$profiles} p" . ( '' !== $filters->search ? " INNER JOIN {$wpdb->users} u ON u.ID = p.user_id" : '' );
		list( $rank, $ranked ) = $this->rank( $now );
		$offset                = ( $filters->page - 1 ) * $filters->per_page;
		// Room first (then full, then away), the fewest mentees first: the mentors most likely to say yes.
		$order = 'room_rank ASC, mentees ASC, user_id ASC';
		// phpcs:disable WordPress.DB -- our table and WordPress's; every value goes through prepare().
		// The page is sorted and cut from the profiles' directory index alone; only its rows are joined.
		$rows = $wpdb->get_results(
			$wpdb->prepare(
				'SELECT ' . self::COLUMNS . ", page.room_rank FROM ( SELECT p.user_id, {$rank} AS room_rank, p.active_mentees AS mentees FROM {$from} WHERE {$where} ORDER BY {$order} LIMIT %d OFFSET %d ) page"
					. " INNER JOIN {$profiles} p ON p.user_id = page.user_id INNER JOIN {$wpdb->users} u ON u.ID = page.user_id ORDER BY page.room_rank ASC, page.mentees ASC, page.user_id ASC",
				array_merge( $ranked, $args, array( $filters->per_page, $offset ) )
			),
			ARRAY_A
		);
		$rows = is_array( $rows ) ? $rows : array();
		if ( 0 === $offset && count( $rows ) < $filters->per_page ) {
			$total = count( $rows ); // The whole list fits on this page: no need to count.
		} elseif ( ! $filters->narrowed() ) {
			$total = $this->facets()['total']; // Everyone listed: counted when the list last changed.
		} else {
			$count = "SELECT COUNT(*) FROM {$from} WHERE {$where}";
			$total = (int) $wpdb->get_var( array() === $args ? $count : $wpdb->prepare( $count, $args ) );
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
		return $this->facets()['languages'];
	}

	/**
	 * What the filters offer and need, kept between requests: the languages listed mentors speak,
	 * the time zones they are in (the "can meet" filter tests only those), and how many are listed.
	 *
	 * @return array{languages: list<string>, timezones: list<string>, total: int}
	 */
	private function facets(): array {
		$facets = KeptValues::get( KeptValues::FACETS, array( $this, 'read_facets' ), HOUR_IN_SECONDS );
		return array(
			'languages' => array_values( array_map( 'strval', (array) ( $facets['languages'] ?? array() ) ) ),
			'timezones' => array_values( array_map( 'strval', (array) ( $facets['timezones'] ?? array() ) ) ),
			'total'     => (int) ( $facets['total'] ?? 0 ),
		);
	}

	/**
	 * @return array{languages: list<string>, timezones: list<string>, total: int}
	 */
	public function read_facets(): array {
		global $wpdb;
		$profiles  = Schema::profiles_table();
		$listed    = "p.mentor_listed = 1 AND p.mentor_status <> 'retired'";
		$languages = array();
		foreach ( (array) $wpdb->get_col( "SELECT DISTINCT p.languages FROM {$profiles} p WHERE {$listed}" ) as $list ) { // phpcs:ignore WordPress.DB -- our table; no input.
			foreach ( explode( ',', (string) $list ) as $code ) {
				if ( DirectoryFilters::valid_language( $code ) ) {
					$languages[ $code ] = true;
				}
			}
		}
		$languages = array_map( 'strval', array_keys( $languages ) );
		sort( $languages );
		return array(
			'languages' => $languages,
			'timezones' => array_values( array_map( 'strval', (array) $wpdb->get_col( "SELECT DISTINCT p.timezone FROM {$profiles} p WHERE {$listed}" ) ) ), // phpcs:ignore WordPress.DB -- our table; no input.
			'total'     => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$profiles} p WHERE {$listed}" ), // phpcs:ignore WordPress.DB -- our table; no input.
		);
	}

	/** A profile, or who is a mentor, changed: drops what is kept between requests, and the listing read in this one. */
	public static function forget( int $user_id = 0 ): void {
		KeptValues::forget( KeptValues::FACETS );
		self::forget_listing( $user_id );
	}

	/** A mentor's count or status changed: drops the listing read in this request. */
	public static function forget_listing( int $user_id ): void {
		if ( $user_id > 0 ) {
			wp_cache_delete( $user_id, self::CACHE_GROUP );
		}
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
		// Mentors (DirectoryIndex keeps the flag in step with the capability) who did not retire.
		$where = array( 'p.mentor_listed = 1', "p.mentor_status <> 'retired'" );
		$args  = array();
		foreach ( array(
			'p.teams'     => $filters->team,
			'p.languages' => $filters->language,
		) as $column => $value ) {
			if ( '' !== $value ) {
				// One item of a comma-separated list (CONCAT: the SQLite driver translates it too).
				$where[] = "CONCAT(',', {$column}, ',') LIKE %s";
				$args[]  = '%,' . $wpdb->esc_like( $value ) . ',%';
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
		foreach ( MeetingHours::group_by_offset( $this->facets()['timezones'], $now ) as $offset => $zones ) {
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
