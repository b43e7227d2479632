<?php
/**
 * Starts and ends matches. Capacity and "one active mentor per mentee" hold in the database itself
 * (a conditional UPDATE on the mentor's count and a unique key), so they hold with any number of
 * simultaneous requests on any number of web servers.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Settings;
use Wayfinder\Profiles\ProfileRepository;
use WP_Error;

final class MatchService {

	public const SOURCES = array( 'auto', 'mentee_request', 'coordinator', 'mentor_offer', 'cohort' );

	/** A proposal or a running match: both hold a place with the mentor and the mentee's one primary slot. */
	public const OPEN_STATUSES = "('proposed','active')";

	/** Fired with ( match ID, mentee ID, actor ID ) whenever a match starts, whatever the path. */
	public const STARTED_HOOK = 'wayfinder_match_started';

	/** Fired with ( match ID, actor ID ) when a proposal becomes active (the mentor confirmed, or nobody declined in time). */
	public const CONFIRMED_HOOK = 'wayfinder_match_confirmed';

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly AuditTrail $audit = new AuditTrail(),
	) {
	}

	/**
	 * Starts a match, active at once or — when the mentor has not agreed yet — proposed.
	 *
	 * @param 'active'|'proposed' $status
	 * @return int|WP_Error The new match's ID, or why there is none.
	 */
	public function start( int $mentee_id, int $mentor_id, string $source, int $actor_id, string $status = 'active' ) {
		global $wpdb;
		$mentee = get_userdata( $mentee_id );
		$mentor = get_userdata( $mentor_id );
		if ( ! $mentee || ! $mentor ) {
			return new WP_Error( 'wayfinder_unknown_user', __( 'Both the mentee and the mentor must be users of this site.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( $mentee_id === $mentor_id ) {
			return new WP_Error( 'wayfinder_self_match', __( 'Nobody can be their own mentor.', 'wayfinder' ), array( 'status' => 400 ) );
		}
		if ( ! Capabilities::can_mentor( $mentor->ID ) ) {
			/* translators: %s: a person's name. */
			return new WP_Error( 'wayfinder_not_a_mentor', sprintf( __( '%s is not a mentor. Give them the Mentor role first.', 'wayfinder' ), $mentor->display_name ), array( 'status' => 400 ) );
		}
		$profile = $this->profiles->find( $mentor_id );
		if ( ! $profile->available_now() ) {
			/* translators: %s: a person's name. */
			return new WP_Error( 'wayfinder_mentor_unavailable', sprintf( __( '%s is away or retired and takes no new mentees now.', 'wayfinder' ), $mentor->display_name ), array( 'status' => 409 ) );
		}
		$table   = Schema::profiles_table();
		$matches = Schema::matches_table();
		$now     = current_time( 'mysql', true );
		// A profile row to count on, for mentors who never saved theirs.
		if ( 1 === $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (user_id, availability, intro, mentor_capacity, mentor_listed, updated_at) VALUES (%d, '[]', '', %d, 1, %s)", $mentor_id, Settings::default_capacity(), $now ) ) ) { // phpcs:ignore WordPress.DB -- our table.
			\Wayfinder\Directory\MentorDirectory::forget( $mentor_id ); // One more mentor in the directory.
		}
		// Take a place only if one is free: one statement, atomic in the database.
		$taken = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET active_mentees = active_mentees + 1 WHERE user_id = %d AND active_mentees < mentor_capacity", $mentor_id ) ); // phpcs:ignore WordPress.DB -- our table.
		$this->profiles->forget( $mentor_id );
		if ( 1 !== $taken ) {
			$fresh = $this->profiles->find( $mentor_id );
			return new WP_Error(
				'wayfinder_at_capacity',
				/* translators: 1: a person's name, 2: their current mentees, 3: their capacity. */
				sprintf( __( '%1$s has no room: %2$d of %3$d mentees.', 'wayfinder' ), $mentor->display_name, $fresh->active_mentees, $fresh->mentor_capacity ),
				array( 'status' => 409 )
			);
		}
		$suppressed = $wpdb->suppress_errors( true );
		$inserted   = $wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- insert() prepares.
			$matches,
			array(
				'mentee_id'      => $mentee_id,
				'mentor_id'      => $mentor_id,
				'source'         => $source,
				'status'         => $status,
				'active_primary' => 1,
				'created_by'     => $actor_id,
				'created_at'     => $now,
				'updated_at'     => $now,
			),
			array( '%d', '%d', '%s', '%s', '%d', '%d', '%s', '%s' )
		);
		$wpdb->suppress_errors( $suppressed );
		if ( false === $inserted ) {
			// The unique key refused a second active mentor: give the place back.
			$this->release( $mentor_id );
			/* translators: %s: a person's name. */
			return new WP_Error( 'wayfinder_has_mentor', sprintf( __( '%s already has a mentor. End that match first.', 'wayfinder' ), $mentee->display_name ), array( 'status' => 409 ) );
		}
		$id = (int) $wpdb->insert_id;
		do_action( self::STARTED_HOOK, $id, $mentee_id, $actor_id ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_match_started.
		$this->audit->record(
			'match',
			$id,
			'proposed' === $status ? 'proposed' : 'started',
			$actor_id,
			'',
			array(
				'mentee' => $mentee_id,
				'mentor' => $mentor_id,
				'source' => $source,
			)
		);
		return $id;
	}

	/**
	 * The mentor (or a coordinator) agrees to a proposed match: it becomes active.
	 *
	 * @return true|WP_Error
	 */
	public function confirm( int $match_id, int $actor_id ) {
		global $wpdb;
		$matches   = Schema::matches_table();
		$confirmed = $wpdb->query( $wpdb->prepare( "UPDATE {$matches} SET status = 'active', updated_at = %s WHERE id = %d AND status = 'proposed'", current_time( 'mysql', true ), $match_id ) ); // phpcs:ignore WordPress.DB -- our table.
		if ( 1 !== $confirmed ) {
			return new WP_Error( 'wayfinder_match_not_proposed', __( 'Only a proposed match can be confirmed; this one is already active or has ended.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$this->audit->record( 'match', $match_id, 'confirmed', $actor_id );
		do_action( self::CONFIRMED_HOOK, $match_id, $actor_id ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_match_confirmed.
		return true;
	}

	/**
	 * Proposals nobody declined within the request expiry time become active: the coordinator chose,
	 * and the mentor had that long to say no. A bounded batch per run (WP-Cron, hourly).
	 *
	 * @return list<int> The matches confirmed.
	 */
	public function confirm_due(): array {
		global $wpdb;
		$days    = Settings::request_expiry_days();
		$matches = Schema::matches_table();
		$ids     = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$matches} WHERE status = 'proposed' AND created_at <= %s ORDER BY id LIMIT 100", gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS ) ) ); // phpcs:ignore WordPress.DB -- our table.
		return array_values( array_filter( array_map( 'intval', $ids ), fn ( int $id ): bool => true === $this->confirm( $id, 0 ) ) );
	}

	/**
	 * Names (or, with 0, removes) the backup mentor who covers while the primary mentor is away.
	 *
	 * @return true|WP_Error
	 */
	public function set_backup( int $match_id, int $backup_id, int $actor_id ) {
		global $wpdb;
		if ( 0 !== $backup_id && ! Settings::backup_mentors_enabled() ) {
			return new WP_Error( 'wayfinder_backups_off', __( 'Backup mentors are switched off for this program. A site admin can switch them on under Mentorship → Settings.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$match = $this->find( $match_id );
		if ( null === $match || ! in_array( $match['status'], array( 'proposed', 'active' ), true ) ) {
			return new WP_Error( 'wayfinder_match_not_active', __( 'Only a proposed or active match can have a backup mentor.', 'wayfinder' ), array( 'status' => 409 ) );
		}
		if ( 0 !== $backup_id ) {
			if ( in_array( $backup_id, array( (int) $match['mentor_id'], (int) $match['mentee_id'] ), true ) ) {
				return new WP_Error( 'wayfinder_invalid_backup', __( 'The backup must be someone other than the mentor and the mentee of this match.', 'wayfinder' ), array( 'status' => 400 ) );
			}
			$backup = get_userdata( $backup_id );
			if ( ! $backup || ! Capabilities::can_mentor( $backup->ID ) ) {
				return new WP_Error( 'wayfinder_not_a_mentor', __( 'The backup must be a mentor on this site.', 'wayfinder' ), array( 'status' => 400 ) );
			}
			if ( 'retired' === $this->profiles->find( $backup_id )->mentor_status ) {
				/* translators: %s: a person's name. */
				return new WP_Error( 'wayfinder_mentor_unavailable', sprintf( __( '%s has retired from mentoring. Choose another backup.', 'wayfinder' ), $backup->display_name ), array( 'status' => 409 ) );
			}
		}
		$matches = Schema::matches_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our table; update() prepares.
		$wpdb->update(
			$matches,
			array(
				'backup_mentor_id' => 0 === $backup_id ? null : $backup_id,
				'updated_at'       => current_time(
					'mysql',
					true
				),
			),
			array( 'id' => $match_id )
		);
		$this->audit->record( 'match', $match_id, 0 === $backup_id ? 'backup_removed' : 'backup_set', $actor_id, '', array( 'backup' => $backup_id ) );
		return true;
	}

	/** @return true|WP_Error */
	public function end( int $match_id, string $reason, int $actor_id ) {
		global $wpdb;
		$matches = Schema::matches_table();
		$open    = self::OPEN_STATUSES;
		$mentor  = (int) $wpdb->get_var( $wpdb->prepare( "SELECT mentor_id FROM {$matches} WHERE id = %d AND status IN {$open}", $match_id ) ); // phpcs:ignore WordPress.DB -- our table.
		// A mentorship that ran its course is completed; any other ending is ended.
		$ended = $wpdb->query( $wpdb->prepare( "UPDATE {$matches} SET status = %s, active_primary = NULL, end_reason = %s, updated_at = %s WHERE id = %d AND status IN {$open}", 'completed' === $reason ? 'completed' : 'ended', $reason, current_time( 'mysql', true ), $match_id ) ); // phpcs:ignore WordPress.DB -- our table.
		if ( 1 !== $ended ) {
			return new WP_Error( 'wayfinder_match_not_active', __( 'This match is not running (it ended already, or does not exist).', 'wayfinder' ), array( 'status' => 409 ) );
		}
		$this->release( $mentor );
		$this->audit->record( 'match', $match_id, 'ended', $actor_id, $reason );
		return true;
	}

	/**
	 * @return array<string, mixed>|null The match as a row, or null.
	 */
	public function find( int $match_id ): ?array {
		global $wpdb;
		$matches = Schema::matches_table();
		$row     = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$matches} WHERE id = %d", $match_id ), ARRAY_A ); // phpcs:ignore WordPress.DB -- our table.
		return is_array( $row ) ? $row : null;
	}

	/**
	 * Matches, newest first, filtered by mentor, mentee and status.
	 *
	 * @param array{mentor?: int, mentee?: int, backup?: int, status?: string, source?: string} $filters
	 * @return array{0: list<array<string, mixed>>, 1: int} The page of rows and the total.
	 */
	public function list( array $filters, int $page, int $per_page ): array {
		global $wpdb;
		$matches = Schema::matches_table();
		$where   = array( '1=1' );
		$args    = array();
		foreach ( array(
			'mentor' => 'mentor_id = %d',
			'mentee' => 'mentee_id = %d',
			'backup' => 'backup_mentor_id = %d',
			'status' => 'status = %s',
			'source' => 'source = %s',
		) as $key => $clause ) {
			if ( isset( $filters[ $key ] ) ) {
				$where[] = $clause;
				$args[]  = $filters[ $key ];
			}
		}
		$condition = implode( ' AND ', $where );
		// phpcs:disable WordPress.DB -- our table; every value goes through prepare().
		$total = (int) $wpdb->get_var( $args ? $wpdb->prepare( "SELECT COUNT(*) FROM {$matches} WHERE {$condition}", $args ) : "SELECT COUNT(*) FROM {$matches}" );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$matches} WHERE {$condition} ORDER BY id DESC LIMIT %d OFFSET %d", array_merge( $args, array( $per_page, ( $page - 1 ) * $per_page ) ) ), ARRAY_A );
		// phpcs:enable
		return array( is_array( $rows ) ? array_values( $rows ) : array(), $total );
	}

	private function release( int $mentor_id ): void {
		global $wpdb;
		$table = Schema::profiles_table();
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET active_mentees = active_mentees - 1 WHERE user_id = %d AND active_mentees > 0", $mentor_id ) ); // phpcs:ignore WordPress.DB -- our table.
		$this->profiles->forget( $mentor_id );
	}
}
