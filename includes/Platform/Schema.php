<?php
/**
 * Wayfinder's own tables, created and upgraded with dbDelta behind a schema version, so a site moves
 * from any earlier version to the current one. The SQL stays within what the SQLite driver of
 * WordPress Playground translates.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

final class Schema {

	public const VERSION        = 9;
	public const VERSION_OPTION = 'wayfinder_schema_version';

	public static function profiles_table(): string {
		return self::table( 'profiles' );
	}

	public static function matches_table(): string {
		return self::table( 'matches' );
	}

	public static function requests_table(): string {
		return self::table( 'requests' );
	}

	public static function events_table(): string {
		return self::table( 'events' );
	}

	/** Anonymous weekly counts of the orientation quiz (see Orientation\QuizCounts). */
	public static function quiz_counts_table(): string {
		return self::table( 'quiz_counts' );
	}

	/** @return list<string> Every Wayfinder table, for uninstall. */
	public static function tables(): array {
		return array( self::profiles_table(), self::matches_table(), self::events_table(), self::requests_table(), self::quiz_counts_table() );
	}

	private static function table( string $name ): string {
		global $wpdb;
		return $wpdb->prefix . 'wayfinder_' . $name;
	}

	/** @return bool Whether the tables changed (so the Installer refreshes roles and seeds what is new). */
	public static function migrate( bool $force = false ): bool {
		$was = (int) get_option( self::VERSION_OPTION, 0 );
		if ( ! $force && $was >= self::VERSION ) {
			return false;
		}
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php'; // @phpstan-ignore requireOnce.fileNotFound (WordPress's own file, there at run time)
		$charset = $wpdb->get_charset_collate();
		$table   = self::profiles_table();
		$matches = self::matches_table();
		$events  = self::events_table();
		$asks    = self::requests_table();
		$counts  = self::quiz_counts_table();
		// dbDelta wants two spaces after PRIMARY KEY and one definition per line. The match's
		// active_primary is 1 while it is a mentee's active primary match and NULL otherwise, so the
		// unique key allows one such match per mentee (NULLs never collide). Events are indexed by actor
		// for a person's history and last activity on the People screen.
		dbDelta(
			"CREATE TABLE {$table} (
  user_id bigint(20) unsigned NOT NULL,
  timezone varchar(64) NOT NULL DEFAULT 'UTC',
  languages varchar(255) NOT NULL DEFAULT '',
  teams varchar(1000) NOT NULL DEFAULT '',
  skills varchar(1000) NOT NULL DEFAULT '',
  availability text NOT NULL,
  meet_hours varchar(168) NOT NULL DEFAULT '',
  intro text NOT NULL,
  mentor_capacity smallint(5) unsigned NOT NULL DEFAULT 3,
  mentor_weight varchar(10) NOT NULL DEFAULT 'normal',
  mentor_status varchar(10) NOT NULL DEFAULT 'available',
  away_until date DEFAULT NULL,
  seeking tinyint(1) NOT NULL DEFAULT 0,
  preferred_mentor bigint(20) unsigned DEFAULT NULL,
  preferred_team varchar(100) NOT NULL DEFAULT '',
  preferred_language varchar(20) NOT NULL DEFAULT '',
  backup_mentor bigint(20) unsigned DEFAULT NULL,
  sponsored tinyint(1) NOT NULL DEFAULT 0,
  active_mentees smallint(5) unsigned NOT NULL DEFAULT 0,
  mentor_listed tinyint(1) NOT NULL DEFAULT 0,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (user_id),
  KEY mentor_status (mentor_status),
  KEY directory (mentor_listed,mentor_status,away_until,active_mentees,mentor_capacity),
  KEY seeking (seeking)
) {$charset};
CREATE TABLE {$matches} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  mentee_id bigint(20) unsigned NOT NULL,
  mentor_id bigint(20) unsigned NOT NULL,
  source varchar(20) NOT NULL,
  status varchar(12) NOT NULL DEFAULT 'active',
  active_primary tinyint(1) DEFAULT NULL,
  backup_mentor_id bigint(20) unsigned DEFAULT NULL,
  created_by bigint(20) unsigned NOT NULL DEFAULT 0,
  end_reason varchar(40) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY mentee_active_primary (mentee_id,active_primary),
  KEY mentor_status (mentor_id,status),
  KEY backup_mentor (backup_mentor_id)
) {$charset};
CREATE TABLE {$events} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  object_type varchar(20) NOT NULL,
  object_id bigint(20) unsigned NOT NULL,
  action varchar(40) NOT NULL,
  actor_id bigint(20) unsigned NOT NULL DEFAULT 0,
  reason varchar(200) NOT NULL DEFAULT '',
  details text NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY object (object_type,object_id),
  KEY actor (actor_id,created_at),
  KEY created_at (created_at)
) {$charset};
CREATE TABLE {$asks} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  type varchar(24) NOT NULL,
  mentee_id bigint(20) unsigned NOT NULL,
  mentor_id bigint(20) unsigned DEFAULT NULL,
  team varchar(100) NOT NULL DEFAULT '',
  language varchar(20) NOT NULL DEFAULT '',
  message text NOT NULL,
  status varchar(12) NOT NULL DEFAULT 'open',
  created_by bigint(20) unsigned NOT NULL,
  match_id bigint(20) unsigned DEFAULT NULL,
  expires_at datetime NOT NULL,
  decided_at datetime DEFAULT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY status_expires (status,expires_at),
  KEY mentor_status (mentor_id,status),
  KEY mentee_status (mentee_id,status)
) {$charset};
CREATE TABLE {$counts} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  quiz_id bigint(20) unsigned NOT NULL,
  week char(8) NOT NULL,
  team varchar(100) NOT NULL,
  kind varchar(10) NOT NULL,
  total int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (id),
  UNIQUE KEY bucket (quiz_id,week,team,kind),
  KEY week (week)
) {$charset};"
		);
		if ( $was < 7 ) {
			// Schema 7 added what the mentor directory searches: who holds the mentor capability, and the
			// hours each profile's windows touch (its "can meet" filter).
			\Wayfinder\Directory\DirectoryIndex::resync_all();
			while ( ( new \Wayfinder\Profiles\ProfileRepository() )->fill_meet_hours( 500 ) > 0 ) {
				continue;
			}
		}
		if ( $was > 0 && $was < 9 ) {
			// Schema 9: the profile's backup mentor (added above), and who is a mentor became the Mentor
			// role or the capability on the account — administrators and coordinators no longer by their role.
			\Wayfinder\Directory\DirectoryIndex::resync_all();
		}
		update_option( self::VERSION_OPTION, self::VERSION, true );
		return true;
	}

	public static function drop(): void {
		global $wpdb;
		foreach ( self::tables() as $table ) {
			$wpdb->query( "DROP TABLE IF EXISTS {$table}" ); // phpcs:ignore WordPress.DB -- our own tables; nothing from input.
		}
		delete_option( self::VERSION_OPTION );
	}
}
