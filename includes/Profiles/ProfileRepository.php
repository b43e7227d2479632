<?php
/**
 * Profiles in their table: read one, save one.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Platform\Transaction;
use WP_Error;

final class ProfileRepository {

	private const CACHE_GROUP = 'wayfinder_profiles';

	/** Lists (languages, teams, skills) are stored comma-separated; items never hold a comma. */
	public const SEPARATOR = ',';

	/** What the matching engine reads of a mentor's row (MentorRow). */
	private const MENTOR_COLUMNS = 'p.user_id, p.timezone, p.languages, p.teams, p.availability, p.mentor_capacity, p.active_mentees, p.mentor_weight, p.mentor_status, p.away_until';

	/** The stored profile, or an empty one for a person who has not filled theirs in. */
	public function find( int $user_id ): Profile {
		$row = wp_cache_get( self::key( $user_id ), self::CACHE_GROUP );
		if ( false === $row ) {
			global $wpdb;
			$table = Schema::profiles_table();
			$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id = %d", $user_id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table, cached above.
			$row   = is_array( $row ) ? $row : array();
			wp_cache_set( self::key( $user_id ), $row, self::CACHE_GROUP );
		}
		return self::profile( $user_id, $row );
	}

	/**
	 * Many profiles at once: one query per 500 people not already cached, never one per person.
	 *
	 * @param list<int> $user_ids
	 * @return array<int, Profile> User ID => profile (an empty one for whoever has none), in the order asked.
	 */
	public function find_many( array $user_ids ): array {
		$user_ids = array_values( array_unique( array_map( 'intval', $user_ids ) ) );
		$rows     = array();
		if ( array() !== $user_ids ) {
			$cached = wp_cache_get_multiple( array_map( array( self::class, 'key' ), $user_ids ), self::CACHE_GROUP );
			foreach ( $user_ids as $id ) {
				$rows[ $id ] = $cached[ self::key( $id ) ] ?? false;
			}
		}
		$missing = array_values( array_filter( $user_ids, static fn ( int $id ): bool => ! is_array( $rows[ $id ] ?? false ) ) );
		foreach ( array_chunk( $missing, 500 ) as $chunk ) {
			global $wpdb;
			$table = Schema::profiles_table();
			$found = array_fill_keys( $chunk, array() );
			// phpcs:ignore WordPress.DB -- our table; the IDs are integers, placeholders made for each.
			foreach ( (array) $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id IN (" . implode( ',', array_fill( 0, count( $chunk ), '%d' ) ) . ')', $chunk ), ARRAY_A ) as $row ) {
				$found[ (int) $row['user_id'] ] = $row;
			}
			foreach ( $found as $id => $row ) {
				wp_cache_set( self::key( $id ), $row, self::CACHE_GROUP );
				$rows[ $id ] = $row;
			}
		}
		$profiles = array();
		foreach ( $user_ids as $id ) {
			$profiles[ $id ] = self::profile( $id, (array) $rows[ $id ] );
		}
		return $profiles;
	}

	/**
	 * Every listed mentor (profiles.mentor_listed, which Directory\DirectoryIndex keeps in step with who
	 * can mentor) as the engine reads them, by user ID, in one query. A mentor who never saved a
	 * profile has no row: without languages or hours the engine could not match them anyway.
	 *
	 * @return list<MentorRow>
	 */
	public function listed_mentors(): array {
		return $this->mentor_rows( 'SELECT ' . self::MENTOR_COLUMNS . ' FROM ' . Schema::profiles_table() . ' p WHERE p.mentor_listed = 1', array() );
	}

	/**
	 * The listed mentors who could be the engine's choice for one mentee now, in one query: taking
	 * mentees (Availability), with a free place, not "manual only" (the engine's mentor filter), in one
	 * of the teams when they are given, speaking one of the languages when they are given — by user ID,
	 * as listed_mentors(). The database may ignore letter case, so this can keep a mentor the engine
	 * then leaves out, never drop one it would keep.
	 *
	 * @param list<string>|null $languages Null: whatever they speak.
	 * @param list<string>      $teams     Empty: whatever their teams.
	 * @return list<MentorRow>
	 */
	public function listed_mentors_with_room( ?array $languages, array $teams ): array {
		list( $where, $args ) = self::with_room( $languages, $teams );
		return $this->mentor_rows( 'SELECT ' . self::MENTOR_COLUMNS . " FROM {$where}", $args );
	}

	/**
	 * Whether any listed mentor takes mentees now, has a free place, is not "manual only", is in the
	 * teams and speaks the languages when given, and is none of these people: one row read at most.
	 *
	 * @param list<string>|null $languages
	 * @param list<string>      $teams
	 * @param list<int>         $except
	 */
	public function any_mentor_with_room( ?array $languages, array $teams, array $except ): bool {
		global $wpdb;
		list( $where, $args ) = self::with_room( $languages, $teams );
		$others               = array() === $except ? '' : ' AND p.user_id NOT IN (' . implode( ',', array_map( 'intval', $except ) ) . ')';
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$where}{$others} LIMIT 1", $args ) ); // phpcs:ignore WordPress.DB -- our table; every value a placeholder, the IDs integers.
	}

	/**
	 * Mentors as the engine reads them: only its columns (a pool is thousands of rows), sorted by user ID
	 * here, since ORDER BY would have the database walk every profile in key order instead of an index.
	 *
	 * @param list<mixed> $args
	 * @return list<MentorRow>
	 */
	private function mentor_rows( string $sql, array $args ): array {
		global $wpdb;
		$rows = $wpdb->get_results( array() === $args ? $sql : $wpdb->prepare( $sql, $args ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; every value a placeholder.
		$out  = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$out[] = new MentorRow(
				(int) $row['user_id'],
				(string) $row['timezone'],
				self::split( (string) $row['languages'] ),
				self::split( (string) $row['teams'] ),
				(string) $row['availability'],
				(int) $row['mentor_capacity'],
				(int) $row['active_mentees'],
				(string) $row['mentor_weight'],
				(string) $row['mentor_status'],
				null === $row['away_until'] ? null : (string) $row['away_until']
			);
		}
		usort( $out, static fn ( MentorRow $a, MentorRow $b ): int => $a->user_id <=> $b->user_id );
		return $out;
	}

	/**
	 * The rows of listed mentors taking mentees now, with a free place, not "manual only", in the teams
	 * and languages when given. Through the facet rows (every listed mentor who has not stopped has
	 * them): the teams' and the languages' mentors are found by key, not by reading every mentor's lists.
	 *
	 * @param list<string>|null $languages
	 * @param list<string>      $teams
	 * @return array{0: string, 1: list<mixed>} The query's FROM and WHERE (without the word FROM), and their values.
	 */
	private static function with_room( ?array $languages, array $teams ): array {
		$table                = Schema::profiles_table();
		list( $takes, $args ) = Availability::sql_takes_mentees( 'p' );
		$among                = '';
		$facet                = static fn ( string $kind, array $values ): string => ' AND EXISTS ( SELECT 1 FROM ' . Schema::facets_table() . " f WHERE f.kind = '{$kind}' AND f.value IN (" . implode( ',', array_fill( 0, count( $values ), '%s' ) ) . ') AND f.user_id = p.user_id )';
		if ( array() !== $teams ) {
			$among .= $facet( FacetRepository::TEAM, $teams );
			$args   = array_merge( $args, $teams );
		}
		if ( null !== $languages ) {
			$among .= array() === $languages ? ' AND 1 = 0' : $facet( FacetRepository::LANGUAGE, $languages );
			$args   = array_merge( $args, $languages );
		}
		return array( "{$table} p WHERE p.mentor_listed = 1 AND {$takes} AND p.active_mentees < p.mentor_capacity AND p.mentor_weight <> 'none'{$among}", $args );
	}

	/**
	 * Listed mentors (in the team when one is given) counted by what the engine's mentor filter reads —
	 * status, away now, full, weight — and, when languages are given, the languages of those who may
	 * speak one of them (empty for the others): enough to tell why nobody fits without reading everyone.
	 *
	 * @param list<string>|null $languages Null: languages do not matter.
	 * @return list<array{status: string, away: bool, full: bool, weight: string, languages: list<string>, mentors: int}>
	 */
	public function listed_mentor_groups( ?array $languages, string $team ): array {
		global $wpdb;
		$table                   = Schema::profiles_table();
		list( $away, $args )     = Availability::sql_away( 'p' );
		list( $among, $more )    = self::among( null, $team );
		list( $speaks, $spoken ) = null === $languages ? array( "''", array() ) : self::speaks( $languages );
		$sql                     = "SELECT g.status, g.is_away, g.is_full, g.weight, g.speaks, COUNT(*) AS mentors FROM ( SELECT p.mentor_status AS status, CASE WHEN {$away} THEN 1 ELSE 0 END AS is_away, CASE WHEN p.active_mentees >= p.mentor_capacity THEN 1 ELSE 0 END AS is_full, p.mentor_weight AS weight, CASE WHEN {$speaks} THEN p.languages ELSE '' END AS speaks FROM {$table} p WHERE p.mentor_listed = 1{$among} ) g GROUP BY g.status, g.is_away, g.is_full, g.weight, g.speaks";
		$rows                    = $wpdb->get_results( $wpdb->prepare( $sql, array_merge( $args, $spoken, $more ) ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; every value a placeholder.
		$groups                  = array();
		foreach ( (array) $rows as $row ) {
			$groups[] = array(
				'status'    => (string) $row['status'],
				'away'      => (bool) (int) $row['is_away'],
				'full'      => (bool) (int) $row['is_full'],
				'weight'    => (string) $row['weight'],
				'languages' => self::split( (string) $row['speaks'] ),
				'mentors'   => (int) $row['mentors'],
			);
		}
		return $groups;
	}

	/**
	 * The WHERE fragment for mentors in a team and speaking one of some languages (each optional).
	 *
	 * @param list<string>|null $languages
	 * @return array{0: string, 1: list<string>}
	 */
	private static function among( ?array $languages, string $team ): array {
		global $wpdb;
		$sql  = '';
		$args = array();
		if ( '' !== $team ) {
			// A comma-separated list column: match whole items.
			$sql   .= " AND CONCAT(',', p.teams, ',') LIKE %s";
			$args[] = '%,' . $wpdb->esc_like( $team ) . ',%';
		}
		if ( null !== $languages ) {
			list( $speaks, $spoken ) = self::speaks( $languages );
			$sql                    .= " AND {$speaks}";
			$args                    = array_merge( $args, $spoken );
		}
		return array( $sql, $args );
	}

	/**
	 * SQL true for a profile whose languages include one of these.
	 *
	 * @param list<string> $languages
	 * @return array{0: string, 1: list<string>}
	 */
	private static function speaks( array $languages ): array {
		global $wpdb;
		if ( array() === $languages ) {
			return array( '1 = 0', array() );
		}
		$likes = array_fill( 0, count( $languages ), "CONCAT(',', p.languages, ',') LIKE %s" );
		return array( '( ' . implode( ' OR ', $likes ) . ' )', array_map( static fn ( string $code ): string => '%,' . $wpdb->esc_like( $code ) . ',%', $languages ) );
	}

	/**
	 * A profile from its stored row (empty: the defaults).
	 *
	 * @param array<string, mixed> $row
	 */
	private static function profile( int $user_id, array $row ): Profile {
		// A placeholder only marks the person for the People lists: they have not filled in a profile.
		if ( array() === $row || ! empty( $row['placeholder'] ) ) {
			$profile                  = new Profile( $user_id );
			$profile->mentor_capacity = Settings::default_capacity();
			return $profile;
		}
		return new Profile(
			$user_id,
			(string) $row['timezone'],
			self::split( (string) $row['languages'] ),
			self::split( (string) $row['teams'] ),
			self::split( (string) $row['skills'] ),
			self::windows( (string) $row['availability'] ),
			(string) $row['intro'],
			(int) $row['mentor_capacity'],
			(string) $row['mentor_weight'],
			(string) $row['mentor_status'],
			null === $row['away_until'] ? null : (string) $row['away_until'],
			(bool) $row['seeking'],
			null === $row['preferred_mentor'] ? null : (int) $row['preferred_mentor'],
			(string) $row['preferred_team'],
			(string) $row['preferred_language'],
			(bool) $row['sponsored'],
			(int) ( $row['active_mentees'] ?? 0 ),
			isset( $row['backup_mentor'] ) ? (int) $row['backup_mentor'] : null
		);
	}

	/** Whether the person has saved a profile (or has a row because they mentor); a placeholder is none. */
	public function exists( int $user_id ): bool {
		$row = wp_cache_get( self::key( $user_id ), self::CACHE_GROUP );
		if ( is_array( $row ) ) {
			return array() !== $row && empty( $row['placeholder'] );
		}
		global $wpdb;
		$table = Schema::profiles_table();
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE user_id = %d AND placeholder = 0", $user_id ) ); // phpcs:ignore WordPress.DB -- our table.
	}

	/**
	 * Listed mentors who have not stopped mentoring, by name: the people offered as a backup. With
	 * teams, only those in at least one of them (a page prints a few dozen names, not every mentor).
	 *
	 * @param list<string> $teams Team slugs; empty: any team.
	 * @return array<int, string> User ID => display name, at most $limit.
	 */
	public function listed_mentor_names( int $limit = 500, array $teams = array() ): array {
		global $wpdb;
		$table = Schema::profiles_table();
		$where = '';
		$args  = array();
		$teams = array_slice( array_values( array_filter( $teams, static fn ( string $team ): bool => '' !== $team ) ), 0, 50 );
		if ( array() !== $teams ) {
			// Walks the mentors by name and stops at $limit, each checked in the facets' primary key (a
			// scalar subquery: an EXISTS would be turned into a join that sorts every team member).
			$where = ' AND ( SELECT 1 FROM ' . Schema::facets_table() . ' f WHERE f.kind = %s AND f.value IN (' . implode( ',', array_fill( 0, count( $teams ), '%s' ) ) . ') AND f.user_id = p.user_id LIMIT 1 ) = 1';
			$args  = array_merge( array( FacetRepository::TEAM ), $teams );
		}
		$args[] = $limit;
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT u.ID, u.display_name FROM {$table} p INNER JOIN {$wpdb->users} u ON u.ID = p.user_id WHERE p.mentor_listed = 1 AND p.mentor_status <> 'retired'{$where} ORDER BY p.sort_name ASC, p.user_id ASC LIMIT %d", $args ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our tables and WordPress's; the placeholders are built above.
		$names  = array();
		foreach ( (array) $rows as $row ) {
			$names[ (int) $row['ID'] ] = (string) $row['display_name'];
		}
		return $names;
	}

	/**
	 * Saves the profile (the mentee count that MatchService keeps in the same row is left alone).
	 *
	 * @return true|WP_Error An error when the database refused the row; nothing was saved then.
	 */
	public function save( Profile $profile ) {
		global $wpdb;
		$data  = array(
			'user_id'            => $profile->user_id,
			'timezone'           => $profile->timezone,
			'languages'          => self::join( $profile->languages ),
			'teams'              => self::join( $profile->teams ),
			'skills'             => self::join( $profile->skills ),
			'availability'       => (string) wp_json_encode( $profile->availability ),
			'meet_hours'         => MeetingHours::mask( $profile->availability ),
			'intro'              => $profile->intro,
			'mentor_capacity'    => $profile->mentor_capacity,
			'mentor_weight'      => $profile->mentor_weight,
			'mentor_status'      => $profile->mentor_status,
			'away_until'         => $profile->away_until,
			'seeking'            => $profile->seeking ? 1 : 0,
			'preferred_mentor'   => $profile->preferred_mentor,
			'preferred_team'     => $profile->preferred_team,
			'preferred_language' => $profile->preferred_language,
			'backup_mentor'      => $profile->backup_mentor,
			'sponsored'          => $profile->sponsored ? 1 : 0,
			'mentor_listed'      => Capabilities::can_mentor( $profile->user_id ) ? 1 : 0,
			'placeholder'        => 0,
			'sort_name'          => DisplayName::of( $profile->user_id ),
			'updated_at'         => current_time( 'mysql', true ),
		);
		$table = Schema::profiles_table();
		// Not REPLACE: that would reset the mentee count that MatchService keeps in the same row.
		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- insert() and update() prepare the values.
		// A row read in this request exists (rows go only with their account); else ask.
		$exists = $this->row_read( $profile->user_id ) || (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE user_id = %d", $profile->user_id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- our table.
		$saved  = false;
		if ( ! $exists ) {
			$suppressed = $wpdb->suppress_errors( true );
			$saved      = false !== $wpdb->insert( $table, $data );
			$wpdb->suppress_errors( $suppressed );
		}
		if ( ! $saved ) {
			// The row exists (or another request created it a moment ago).
			unset( $data['user_id'] );
			$saved = false !== $wpdb->update( $table, $data, array( 'user_id' => $profile->user_id ) );
		}
		// phpcs:enable
		$saved = $saved && $this->relist( $profile->user_id );
		if ( $saved ) {
			( new NameWords() )->name( $profile->user_id, $data['sort_name'] );
		}
		$facets = new FacetRepository();
		// Everyone in the directory has facet rows: deleting none means the person was not in it either.
		$in_directory = 1 === $data['mentor_listed'] && 'retired' !== $profile->mentor_status;
		if ( $in_directory ) {
			$saved = $saved && $facets->save( $profile->user_id, $profile->teams, $profile->languages );
		} else {
			$gone         = $saved ? $facets->delete( $profile->user_id ) : false;
			$saved        = false !== $gone;
			$in_directory = $gone > 0;
		}
		self::uncache( $profile->user_id );
		if ( ! $saved ) {
			return new WP_Error( 'wayfinder_profile_not_saved', __( 'The profile could not be saved, so nothing was changed. Shorten long lists or texts and try again; if it keeps failing, tell a site admin.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		Events::dispatch( new ProfileSaved( $this->find( $profile->user_id ), $in_directory ) );
		return true;
	}

	/** Drops the cached copy after the table changed behind the repository's back. */
	public function forget( int $user_id ): void {
		// Again once the change is committed: another server may have cached the row from before it.
		self::uncache( $user_id );
		Events::dispatch( new ProfileRowChanged( $user_id ) );
	}

	public function delete( int $user_id ): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- forget() drops the cached row.
		$wpdb->delete( Schema::profiles_table(), array( 'user_id' => $user_id ), array( '%d' ) );
		( new FacetRepository() )->delete( $user_id );
		( new NameWords() )->name( $user_id, '' );
		$this->forget( $user_id ); // What was kept about them (a directory's counts, a page's state) goes too.
	}

	/**
	 * Fills in the hours of the week that stored windows touch where they are missing (rows written
	 * before schema 7, or by bulk inserts), at most $limit rows at a time.
	 *
	 * @return int How many rows were filled.
	 */
	public function fill_meet_hours( int $limit ): int {
		global $wpdb;
		$table = Schema::profiles_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT user_id, availability FROM {$table} WHERE meet_hours = '' AND availability NOT IN ('', '[]') LIMIT %d", $limit ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table; a one-off fill.
		foreach ( (array) $rows as $row ) {
			$wpdb->update( $table, array( 'meet_hours' => MeetingHours::mask( self::windows( (string) $row['availability'] ) ) ), array( 'user_id' => (int) $row['user_id'] ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- update() prepares.
			$this->forget( (int) $row['user_id'] );
		}
		return count( (array) $rows );
	}

	/** @return list<array{0:int,1:string,2:string}> */
	private static function windows( string $json ): array {
		$windows = array();
		foreach ( (array) json_decode( $json, true ) as $window ) {
			if ( is_array( $window ) && 3 === count( $window ) ) {
				$windows[] = array( (int) $window[0], (string) $window[1], (string) $window[2] );
			}
		}
		return $windows;
	}

	/** @return list<string> */
	private static function split( string $list ): array {
		return '' === $list ? array() : explode( self::SEPARATOR, $list );
	}

	/** @param list<string> $items Items that never contain the separator (the REST schema refuses it). */
	private static function join( array $items ): string {
		return implode( self::SEPARATOR, $items );
	}

	/**
	 * Mentors whose absence is over where they live are available again (WP-Cron, hourly; safe to
	 * run twice). The one rule decides: never on the last day of an absence.
	 *
	 * @return int How many came back.
	 */
	public function end_past_absences(): int {
		global $wpdb;
		$table               = Schema::profiles_table();
		list( $over, $args ) = Availability::sql_takes_mentees( 'p' );
		$ids                 = $wpdb->get_col( $wpdb->prepare( "SELECT p.user_id FROM {$table} p WHERE p.mentor_status = 'away' AND {$over} LIMIT 500", $args ) ); // phpcs:ignore WordPress.DB -- our table.
		foreach ( $ids as $id ) {
			$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET directory_rank = " . self::directory_rank( status: "'available'" ) . ", mentor_status = 'available', away_until = NULL WHERE user_id = %d AND mentor_status = 'away'", (int) $id ) ); // phpcs:ignore WordPress.DB -- our table.
			$this->forget( (int) $id );
		}
		return count( $ids );
	}

	/*
	 * The mentor's stored count of open matches (active_mentees), kept by the match service through
	 * these methods inside its transactions, and recomputed from the matches by the repair step.
	 */

	/**
	 * A row to count on, for a mentor who never saved a profile (a placeholder becomes this row, with
	 * the defaults it showed). True when it was made now.
	 */
	public function ensure_row( int $user_id ): bool {
		$cached = wp_cache_get( self::key( $user_id ), self::CACHE_GROUP );
		if ( is_array( $cached ) && array() !== $cached && 0 === (int) ( $cached['placeholder'] ?? 1 ) ) {
			// Just read as a real profile row: nothing to make (the usual case, without three statements).
			return false;
		}
		global $wpdb;
		$table = Schema::profiles_table();
		// phpcs:disable WordPress.DB -- our table; values prepared.
		$name    = DisplayName::of( $user_id );
		$created = 1 === $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (user_id, availability, intro, mentor_capacity, mentor_listed, sort_name, updated_at) VALUES (%d, '[]', '', %d, 1, %s, %s)", $user_id, Settings::default_capacity(), $name, current_time( 'mysql', true ) ) );
		if ( $created ) {
			( new NameWords() )->name( $user_id, $name );
		} else {
			$created = 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET placeholder = 0, mentor_listed = CASE WHEN mentor_listed = 2 THEN 1 ELSE mentor_listed END, mentor_capacity = %d, updated_at = %s WHERE user_id = %d AND placeholder = 1", Settings::default_capacity(), current_time( 'mysql', true ), $user_id ) );
		}
		// phpcs:enable
		if ( $created ) {
			$this->relist( $user_id );
			self::uncache( $user_id );
			// One more mentor in the directory: it forgets its kept facets and count.
			Events::dispatch( new ProfileSaved( $this->find( $user_id ) ) );
		}
		return $created;
	}

	/*
	 * The marks the People lists read through indexes (schema 11): who stood on the mentee side
	 * (mentee_side), the row that only marks someone who never saved a profile (placeholder), whether
	 * the person shows among mentees (mentee_listed, worked out by mentee_rule()), and their name to
	 * sort by (sort_name, a copy of the display name).
	 */

	/**
	 * Marks the person as having stood on the mentee side (named as mentee by a request or a match),
	 * inside the caller's transaction; a placeholder row is made for someone without a profile. The
	 * row stays locked until the transaction ends, so changes that end in one person's standing (their
	 * requests, their matches) happen one after another: two at once would each wait for the other's
	 * half-written request or match (the standing reads them) and the database would undo one.
	 *
	 * @return bool False when the database refused the mark.
	 */
	public function mark_mentee( int $user_id ): bool {
		global $wpdb;
		$table = Schema::profiles_table();
		// An UPDATE first: it locks the row outright, where an INSERT IGNORE meeting it would share the lock.
		// phpcs:disable WordPress.DB -- our table; values prepared.
		$marked = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET mentee_side = 1, mentee_listed = 1 WHERE user_id = %d AND mentee_side = 0", $user_id ) );
		if ( 0 === $marked ) {
			$name   = DisplayName::of( $user_id );
			$marked = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (user_id, availability, intro, mentor_capacity, placeholder, mentee_side, mentee_listed, mentor_listed, sort_name, updated_at) VALUES (%d, '[]', '', %d, 1, 1, 1, %d, %s, %s)", $user_id, Settings::default_capacity(), Capabilities::can_mentor( $user_id ) ? 2 : 0, $name, current_time( 'mysql', true ) ) );
			if ( 1 === $marked ) {
				( new NameWords() )->name( $user_id, $name );
			}
			// A row made now missed the standing its request or match kept a moment ago.
			if ( 1 === $marked && ! $this->restand( $user_id ) ) {
				$marked = false;
			}
			if ( 0 === $marked ) {
				// Marked before: the row is locked by a statement it matches, whatever the isolation level.
				$marked = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET user_id = user_id WHERE user_id = %d", $user_id ) );
			}
		}
		// phpcs:enable
		self::uncache( $user_id );
		return false !== $marked;
	}

	/**
	 * Works out where the person stands as mentee again, from their matches and requests, inside the
	 * caller's transaction: the request and match repositories call it wherever those facts change.
	 *
	 * @return bool False when the database refused it.
	 */
	public function restand( int $mentee_id ): bool {
		global $wpdb;
		$table = Schema::profiles_table();
		$done  = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET " . self::standing( $table ) . ' WHERE user_id = %d', $mentee_id ) ); // phpcs:ignore WordPress.DB -- our tables; the ID prepared.
		self::uncache( $mentee_id );
		return false !== $done;
	}

	/**
	 * Works out the kept mentee standing again for the profile rows of users after $after up to
	 * $upto, writing only the rows whose standing was wrong.
	 *
	 * @return int|false How many rows were corrected, or false when the database refused it.
	 */
	public function restand_span( int $after, int $upto ): int|false {
		global $wpdb;
		$table   = Schema::profiles_table();
		$matched = 'CASE WHEN EXISTS ( SELECT 1 FROM ' . Schema::matches_table() . " sm WHERE sm.mentee_id = {$table}.user_id AND sm.active_primary = 1 ) THEN 1 ELSE 0 END";
		$since   = 'CASE WHEN EXISTS ( SELECT 1 FROM ' . Schema::matches_table() . " sm WHERE sm.mentee_id = {$table}.user_id AND sm.active_primary = 1 ) THEN NULL ELSE ( SELECT MIN(sr.created_at) FROM " . Schema::requests_table() . " sr WHERE sr.mentee_id = {$table}.user_id AND sr.status = 'open' ) END";
		// Only rows that differ from the rule, so the count says what was wrong (and a second run writes
		// nothing); NULL-safe by hand, as <=> is MySQL's only.
		$wrong = "( mentee_matched <> {$matched} OR NOT ( ( waiting_since IS NULL AND {$since} IS NULL ) OR ( waiting_since IS NOT NULL AND {$since} IS NOT NULL AND waiting_since = {$since} ) ) )";
		$done  = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET " . self::standing( $table ) . " WHERE user_id > %d AND user_id <= %d AND {$wrong}", $after, $upto ) ); // phpcs:ignore WordPress.DB -- our tables; values prepared.
		if ( false === $done ) {
			return false;
		}
		if ( $done > 0 ) {
			$this->forget_all();
		}
		return (int) $done;
	}

	/**
	 * The SET clause of a profile row's kept mentee standing, from the matches and requests (one rule
	 * for restand() and the backfill): mentee_matched 1 while the person has a proposed or active
	 * primary match; waiting_since the first of their open requests as mentee, NULL when matched.
	 */
	public static function standing( string $table ): string {
		$matched = 'EXISTS ( SELECT 1 FROM ' . Schema::matches_table() . " sm WHERE sm.mentee_id = {$table}.user_id AND sm.active_primary = 1 )";
		$since   = '( SELECT MIN(sr.created_at) FROM ' . Schema::requests_table() . " sr WHERE sr.mentee_id = {$table}.user_id AND sr.status = 'open' )";
		// Each from the tables alone: MariaDB would let the second see the first's new value, SQLite the old.
		return "mentee_matched = CASE WHEN {$matched} THEN 1 ELSE 0 END, waiting_since = CASE WHEN {$matched} THEN NULL ELSE {$since} END";
	}

	/**
	 * A placeholder row for a mentor who never saved a profile, so the People list finds every mentor
	 * through profiles.mentor_listed (2: a mentor without a profile; the directory lists only 1).
	 *
	 * @return bool False when the database refused it.
	 */
	public function add_mentor_placeholder( int $user_id ): bool {
		global $wpdb;
		$table = Schema::profiles_table();
		$name  = DisplayName::of( $user_id );
		// phpcs:ignore WordPress.DB -- our table; values prepared.
		$added = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (user_id, availability, intro, mentor_capacity, placeholder, mentor_listed, sort_name, updated_at) VALUES (%d, '[]', '', %d, 1, 2, %s, %s)", $user_id, Settings::default_capacity(), $name, current_time( 'mysql', true ) ) );
		if ( 1 === $added ) {
			( new NameWords() )->name( $user_id, $name );
		}
		self::uncache( $user_id );
		return false !== $added && $this->relist( $user_id );
	}

	/**
	 * Works out mentee_listed again for one person (null: everyone), after what it depends on changed.
	 *
	 * @return bool False when the database refused it.
	 */
	public function relist( ?int $user_id = null ): bool {
		global $wpdb;
		$table = Schema::profiles_table();
		$rule  = self::mentee_rule( $table );
		// phpcs:disable WordPress.DB -- our table and WordPress's; values prepared.
		$rank = self::directory_rank();
		$done = null === $user_id
			? $wpdb->query( "UPDATE {$table} SET mentee_listed = {$rule}, directory_rank = {$rank}" )
			: $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET mentee_listed = {$rule}, directory_rank = {$rank} WHERE user_id = %d", $user_id ) );
		// phpcs:enable
		if ( null !== $user_id ) {
			self::uncache( $user_id );
		}
		return false !== $done;
	}

	/**
	 * The directory's kept sort rank of a row, as SQL: 0 available with a free place, 1 available and
	 * full, 2 away, 3 retired (the directory ranks away mentors whose absence is over by the date
	 * itself). Statements that change the count assign it first, from the old values, so MariaDB
	 * (left to right) and SQLite (old values) agree.
	 *
	 * @param string $mentees  The mentee count the row will have (SQL over the old row).
	 * @param string $capacity Its capacity.
	 */
	public static function directory_rank( string $mentees = 'active_mentees', string $capacity = 'mentor_capacity', string $status = 'mentor_status' ): string {
		return "CASE WHEN {$status} = 'available' THEN ( CASE WHEN {$mentees} < {$capacity} THEN 0 ELSE 1 END ) WHEN {$status} = 'away' THEN 2 ELSE 3 END";
	}

	/**
	 * Who shows among mentees, as SQL over a profile row: someone who seeks a mentor, stood on the
	 * mentee side, or saved a profile without being a mentor — while their account exists.
	 */
	public static function mentee_rule( string $table ): string {
		global $wpdb;
		return "CASE WHEN ( {$table}.seeking = 1 OR {$table}.mentee_side = 1 OR ( {$table}.mentor_listed = 0 AND {$table}.placeholder = 0 ) )"
			. " AND EXISTS ( SELECT 1 FROM {$wpdb->users} lu WHERE lu.ID = {$table}.user_id ) THEN 1 ELSE 0 END";
	}

	/**
	 * The copy of the display name the lists sort by follows the account (profile_update).
	 *
	 * @return bool False when the database refused it.
	 */
	public function rename( int $user_id ): bool {
		global $wpdb;
		$name = DisplayName::of( $user_id );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- update() prepares; the cache is dropped below.
		$done = $wpdb->update( Schema::profiles_table(), array( 'sort_name' => $name ), array( 'user_id' => $user_id ) );
		if ( 0 < (int) $done ) {
			( new NameWords() )->name( $user_id, $name );
		}
		self::uncache( $user_id );
		return false !== $done;
	}

	/** Takes one of the mentor's places if one is free: one statement, atomic in the database. */
	public function take_place( int $user_id ): bool {
		global $wpdb;
		$table = Schema::profiles_table();
		$taken = 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET directory_rank = " . self::directory_rank( 'active_mentees + 1' ) . ', active_mentees = active_mentees + 1 WHERE user_id = %d AND active_mentees < mentor_capacity', $user_id ) ); // phpcs:ignore WordPress.DB -- our table.
		$this->forget( $user_id );
		return $taken;
	}

	/** Gives one of the mentor's places back (never below zero). */
	public function free_place( int $user_id ): void {
		global $wpdb;
		$table = Schema::profiles_table();
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET directory_rank = " . self::directory_rank( 'active_mentees - 1' ) . ', active_mentees = active_mentees - 1 WHERE user_id = %d AND active_mentees > 0', $user_id ) ); // phpcs:ignore WordPress.DB -- our table.
		$this->forget( $user_id );
	}

	/** @return array<int, int> User ID => stored count, for every profile whose count is above zero. */
	public function stored_counts(): array {
		global $wpdb;
		$table  = Schema::profiles_table();
		$counts = array();
		foreach ( (array) $wpdb->get_results( "SELECT user_id, active_mentees FROM {$table} WHERE active_mentees > 0", ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB -- our table; no input.
			$counts[ (int) $row['user_id'] ] = (int) $row['active_mentees'];
		}
		return $counts;
	}

	/** Sets the stored count to what the matches say (the repair step). */
	public function recount( int $user_id, int $active_mentees ): void {
		global $wpdb;
		$table = Schema::profiles_table();
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET directory_rank = " . self::directory_rank( '%d' ) . ', active_mentees = %d WHERE user_id = %d', max( 0, $active_mentees ), max( 0, $active_mentees ), $user_id ) ); // phpcs:ignore WordPress.DB -- our table.
		$this->forget( $user_id );
	}

	/**
	 * Drops every cached profile (after a transaction that touched several was rolled back, or a
	 * statement that changed many rows): a new generation in the keys, which persistent object caches
	 * without group flushing honour too.
	 */
	public function forget_all(): void {
		Transaction::forget( 'wayfinder_profiles', static fn () => wp_cache_set_last_changed( self::CACHE_GROUP ) );
	}

	/** Whether the person's row was read (and found) through the cache already. */
	private function row_read( int $user_id ): bool {
		$cached = wp_cache_get( self::key( $user_id ), self::CACHE_GROUP );
		return is_array( $cached ) && array() !== $cached;
	}

	/**
	 * Drops the person's cached row: at once, and again once the transaction it is changed in has
	 * ended (another web server may have cached the row from before the commit meanwhile).
	 */
	private static function uncache( int $user_id ): void {
		Transaction::forget( 'wayfinder_profile:' . $user_id, static fn () => wp_cache_delete( self::key( $user_id ), self::CACHE_GROUP ) );
	}

	/** A profile's cache key, in the current generation (forget_all()). */
	private static function key( int $user_id ): string {
		return $user_id . ':' . wp_cache_get_last_changed( self::CACHE_GROUP );
	}
}
