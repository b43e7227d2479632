<?php
/**
 * The matches table: every SQL statement on it. Rows come back as MatchRecord.
 *
 * The mentee's one open primary match is held by a unique key on (mentee_id, active_primary):
 * active_primary is 1 while a match is proposed or active and NULL afterwards (NULLs never collide).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Schema;
use Wayfinder\Profiles\ProfileRepository;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class MatchRepository {

	private const OPEN_SQL = "('proposed','active')";

	/** How a match ended when its mentee must not be matched with that mentor again. */
	public const NOT_AGAIN = array( 'mentee_wants_other', 'mentor_declined', 'mentor_quit', 'fit_check' );

	public function __construct( private readonly ProfileRepository $profiles = new ProfileRepository() ) {
	}

	public function find( int $id ): ?MatchRecord {
		global $wpdb;
		$table = Schema::matches_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? MatchRecord::from_row( $row ) : null;
	}

	/**
	 * A new open match. Null when the mentee already has an open match (the unique key refused it).
	 *
	 * @param 'active'|'proposed' $status
	 * @param int                 $cohort_id The cohort the match belongs to (0: none).
	 * @throws \RuntimeException When the database refused it for another reason.
	 */
	public function insert( int $mentee_id, int $mentor_id, string $source, string $status, int $actor_id, int $cohort_id = 0 ): ?int {
		global $wpdb;
		$now        = current_time( 'mysql', true );
		$suppressed = $wpdb->suppress_errors( true );
		$inserted   = $wpdb->insert(
			Schema::matches_table(),
			array(
				'mentee_id'      => $mentee_id,
				'mentor_id'      => $mentor_id,
				'source'         => $source,
				'status'         => $status,
				'active_primary' => 1,
				'created_by'     => $actor_id,
				'cohort_id'      => $cohort_id > 0 ? $cohort_id : null,
				'created_at'     => $now,
				'updated_at'     => $now,
			),
			array( '%d', '%d', '%s', '%s', '%d', '%d', '%d', '%s', '%s' )
		);
		$wpdb->suppress_errors( $suppressed );
		if ( false === $inserted ) {
			// The unique key: the mentee's open match, maybe one committed after this transaction began.
			if ( Schema::is_duplicate( $wpdb->last_error ) ) {
				return null;
			}
			throw new \RuntimeException( 'The match could not be saved: ' . $wpdb->last_error );
		}
		$id = (int) $wpdb->insert_id;
		// The mentee's kept standing changes with the match (the caller's transaction undoes both).
		if ( ! $this->profiles->restand( $mentee_id ) ) {
			throw new \RuntimeException( 'The mentee\'s standing could not be kept: ' . $wpdb->last_error );
		}
		return $id;
	}

	/** The mentee's proposed or active primary match, if any. */
	public function open_for_mentee( int $mentee_id ): ?MatchRecord {
		global $wpdb;
		$table = Schema::matches_table();
		$open  = self::OPEN_SQL;
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE mentee_id = %d AND status IN {$open} AND active_primary = 1", $mentee_id ), ARRAY_A );
		return is_array( $row ) ? MatchRecord::from_row( $row ) : null;
	}

	/**
	 * A mentor's open matches, oldest first.
	 *
	 * @param int  $limit       At most this many; 0 for all.
	 * @param bool $with_backup Only those with a backup mentor.
	 * @return list<MatchRecord>
	 */
	public function open_of_mentor( int $mentor_id, int $limit = 0, bool $with_backup = false ): array {
		global $wpdb;
		$table = Schema::matches_table();
		$open  = self::OPEN_SQL;
		$extra = $with_backup ? ' AND backup_mentor_id IS NOT NULL' : '';
		$sql   = $limit > 0
			? $wpdb->prepare( "SELECT * FROM {$table} WHERE mentor_id = %d AND status IN {$open}{$extra} ORDER BY id LIMIT %d", $mentor_id, $limit )
			: $wpdb->prepare( "SELECT * FROM {$table} WHERE mentor_id = %d AND status IN {$open}{$extra} ORDER BY id", $mentor_id );
		return self::records( $wpdb->get_results( $sql, ARRAY_A ) );
	}

	/**
	 * A cohort's open pairs (its matches proposed or active), oldest first.
	 *
	 * @return list<MatchRecord>
	 */
	public function open_in_cohort( int $cohort_id ): array {
		global $wpdb;
		$table = Schema::matches_table();
		$open  = self::OPEN_SQL;
		return self::records( $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE cohort_id = %d AND status IN {$open} ORDER BY id", $cohort_id ), ARRAY_A ) );
	}

	/** @return list<MatchRecord> The mentee's open matches (at most one, by the unique key). */
	public function open_of_mentee( int $mentee_id ): array {
		$match = $this->open_for_mentee( $mentee_id );
		return null === $match ? array() : array( $match );
	}

	/** A proposal becomes active (still the mentee's primary match: their kept standing stays). False when it is not (or no longer) a proposal. */
	public function activate( int $id ): bool {
		global $wpdb;
		$table = Schema::matches_table();
		return 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = 'active', updated_at = %s WHERE id = %d AND status = 'proposed'", current_time( 'mysql', true ), $id ) );
	}

	/**
	 * An open match closes: ended or completed, with the reason. False when it was not open.
	 *
	 * @param int                 $mentee_id The match's mentee, whose kept standing changes with it.
	 * @param 'ended'|'completed' $status
	 * @throws \RuntimeException When the database refused the mentee's standing (the caller's transaction is undone).
	 */
	public function close( int $id, int $mentee_id, string $status, string $reason ): bool {
		global $wpdb;
		$table  = Schema::matches_table();
		$open   = self::OPEN_SQL;
		$closed = 1 === $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, active_primary = NULL, end_reason = %s, updated_at = %s WHERE id = %d AND status IN {$open}", $status, $reason, current_time( 'mysql', true ), $id ) );
		if ( $closed && ! $this->profiles->restand( $mentee_id ) ) {
			throw new \RuntimeException( 'The mentee\'s standing could not be kept: ' . $wpdb->last_error );
		}
		return $closed;
	}

	/** Names (or with null removes) the backup mentor. False when the database refused. */
	public function set_backup( int $id, ?int $backup_id ): bool {
		global $wpdb;
		return false !== $wpdb->update(
			Schema::matches_table(),
			array(
				'backup_mentor_id' => $backup_id,
				'updated_at'       => current_time( 'mysql', true ),
			),
			array( 'id' => $id )
		);
	}

	/** @return list<int> Proposals made at or before the given time (UTC), oldest first. */
	public function proposals_before( string $before, int $limit ): array {
		global $wpdb;
		$table = Schema::matches_table();
		return array_values( array_map( 'intval', (array) $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE status = 'proposed' AND created_at <= %s ORDER BY id LIMIT %d", $before, $limit ) ) ) );
	}

	/**
	 * Mentors this mentee must not be matched with again: the mentee asked for a different mentor, or
	 * the mentor declined or gave them up, or one of them said at a cohort's fit check that it was not working.
	 *
	 * @return list<int>
	 */
	public function mentors_not_again( int $mentee_id ): array {
		return $this->mentors_not_again_many( array( $mentee_id ) )[ $mentee_id ];
	}

	/**
	 * For many mentees, the mentors not to match again (as mentors_not_again()): one query per 500.
	 *
	 * @param list<int> $mentee_ids
	 * @return array<int, list<int>> Mentee ID => mentor IDs (an empty list for most).
	 */
	public function mentors_not_again_many( array $mentee_ids ): array {
		global $wpdb;
		$table  = Schema::matches_table();
		$result = array_fill_keys( array_map( 'intval', $mentee_ids ), array() );
		foreach ( array_chunk( array_keys( $result ), 500 ) as $chunk ) {
			// phpcs:ignore WordPress.DB -- our table; the IDs are integers, placeholders made for each.
			$rows = $wpdb->get_results( $wpdb->prepare( "SELECT DISTINCT mentee_id, mentor_id FROM {$table} WHERE mentee_id IN (" . implode( ',', array_fill( 0, count( $chunk ), '%d' ) ) . ") AND status = 'ended' AND end_reason IN (" . implode( ',', array_fill( 0, count( self::NOT_AGAIN ), '%s' ) ) . ')', array_merge( $chunk, self::NOT_AGAIN ) ), ARRAY_A );
			foreach ( (array) $rows as $row ) {
				$result[ (int) $row['mentee_id'] ][] = (int) $row['mentor_id'];
			}
		}
		return $result;
	}

	/** Whether the mentor ever mentored anyone (a proposal not confirmed, or declined, does not count). */
	public function has_mentored( int $mentor_id ): bool {
		global $wpdb;
		$table = Schema::matches_table();
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE mentor_id = %d AND status <> 'proposed' AND end_reason <> 'mentor_declined' LIMIT 1", $mentor_id ) );
	}

	/** @return array<int, int> Mentor ID => their open matches, for every mentor who has any. */
	public function open_counts(): array {
		global $wpdb;
		$table  = Schema::matches_table();
		$open   = self::OPEN_SQL;
		$counts = array();
		foreach ( (array) $wpdb->get_results( "SELECT mentor_id, COUNT(*) AS n FROM {$table} WHERE status IN {$open} GROUP BY mentor_id", ARRAY_A ) as $row ) {
			$counts[ (int) $row['mentor_id'] ] = (int) $row['n'];
		}
		return $counts;
	}

	/**
	 * Matches, newest first, filtered by mentor, mentee, backup, status and source.
	 *
	 * @param array{mentor?: int, mentee?: int, backup?: int, status?: string, source?: string} $filters
	 * @return array{0: list<MatchRecord>, 1: int} The page of records and the total.
	 */
	public function list( array $filters, int $page, int $per_page ): array {
		global $wpdb;
		$table = Schema::matches_table();
		$where = array( '1=1' );
		$args  = array();
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
		$offset    = max( 0, $page - 1 ) * $per_page;
		$records   = self::records( $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE {$condition} ORDER BY id DESC LIMIT %d OFFSET %d", array_merge( $args, array( $per_page, $offset ) ) ), ARRAY_A ) );
		$shown     = count( $records );
		// A page that is not full and not past the end is the last: it tells the total without counting.
		$total = $shown < $per_page && ( $shown > 0 || 0 === $offset )
			? $offset + $shown
			: (int) $wpdb->get_var( $args ? $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE {$condition}", $args ) : "SELECT COUNT(*) FROM {$table}" );
		return array( $records, $total );
	}

	/**
	 * @param mixed $rows What get_results() gave.
	 * @return list<MatchRecord>
	 */
	private static function records( $rows ): array {
		return array_values( array_map( array( MatchRecord::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}
}
