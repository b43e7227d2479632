<?php
/**
 * The matching board's stored runs (`{prefix}wayfinder_board_runs`): one row per run, with what its
 * steps kept as JSON. A worker takes a step by claiming a lease with one conditional UPDATE and keeps
 * the step's work only while it still holds that lease (another conditional UPDATE), so two workers
 * never both keep a step and a worker that died is taken over once its lease ends. Runs on MariaDB,
 * MySQL and Playground's SQLite driver.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Board;

use Wayfinder\Platform\Schema;

final class BoardRunRepository {

	/** The columns a step may change with finish_step(); the JSON ones are encoded on the way in. */
	private const STEP_COLUMNS = array(
		'status'     => '%s',
		'phase'      => '%s',
		'done'       => '%d',
		'candidates' => 'json',
		'solution'   => 'json',
		'result'     => 'json',
		'error'      => '%s',
	);

	/**
	 * Stores a new run, queued.
	 *
	 * @param list<int> $mentees
	 * @return int The run's ID, or 0 when the database refused the row.
	 */
	public function insert( int $created_by, array $mentees, int $clock ): int {
		global $wpdb;
		$now = gmdate( 'Y-m-d H:i:s' );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- our table; a new row.
		$ok = $wpdb->insert(
			Schema::board_runs_table(),
			array(
				'created_by' => $created_by,
				'status'     => BoardRun::QUEUED,
				'phase'      => BoardRun::PHASE_CANDIDATES,
				'total'      => count( $mentees ),
				'done'       => 0,
				'clock'      => $clock,
				'mentees'    => (string) wp_json_encode( $mentees ),
				'candidates' => '',
				'solution'   => '',
				'result'     => '',
				'error'      => '',
				'created_at' => $now,
				'updated_at' => $now,
			),
			array( '%d', '%s', '%s', '%d', '%d', '%d', '%s', '%s', '%s', '%s', '%s', '%s', '%s' )
		);
		return false === $ok ? 0 : (int) $wpdb->insert_id;
	}

	public function find( int $id ): ?BoardRun {
		global $wpdb;
		$table = Schema::board_runs_table();
		// phpcs:ignore WordPress.DB -- our table; a run changes with every step, nothing to cache.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? self::run( $row ) : null;
	}

	/**
	 * Takes the run's next step for one worker: only while the run is unfinished, its step has been
	 * tried fewer than `$max_attempts` times, and nobody holds a lease that is still running.
	 *
	 * @return bool Whether this worker holds the lease now.
	 */
	public function claim( int $id, string $token, int $now, int $until, int $max_attempts ): bool {
		global $wpdb;
		$table = Schema::board_runs_table();
		// phpcs:ignore WordPress.DB -- our table; every value through prepare(). The check and the claim are one statement.
		$claimed = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET lease_token = %s, lease_until = %d, attempts = attempts + 1, status = %s, updated_at = %s WHERE id = %d AND status IN (%s, %s) AND attempts < %d AND ( lease_token IS NULL OR lease_until < %d )", $token, $until, BoardRun::RUNNING, gmdate( 'Y-m-d H:i:s', $now ), $id, BoardRun::QUEUED, BoardRun::RUNNING, $max_attempts, $now ) );
		return 1 === $claimed;
	}

	/**
	 * Keeps a step's work and lets the lease go — only if `$token` still holds it (a worker whose lease
	 * ran out and was taken over keeps nothing); the next step starts with no attempts counted.
	 *
	 * @param array<string, mixed> $changes Column (of STEP_COLUMNS) => new value.
	 * @return bool Whether the work was kept.
	 */
	public function finish_step( int $id, string $token, array $changes ): bool {
		global $wpdb;
		$table  = Schema::board_runs_table();
		$sets   = array();
		$values = array();
		foreach ( $changes as $column => $value ) {
			$format = self::STEP_COLUMNS[ $column ] ?? null;
			if ( null === $format ) {
				throw new \InvalidArgumentException( sprintf( 'A step cannot change the column %s.', esc_html( $column ) ) );
			}
			$sets[]   = "{$column} = " . ( 'json' === $format ? '%s' : $format );
			$values[] = 'json' === $format ? ( array() === $value ? '' : (string) wp_json_encode( $value ) ) : $value;
		}
		$sets[]   = 'lease_token = NULL, lease_until = 0, attempts = 0, updated_at = %s';
		$values[] = gmdate( 'Y-m-d H:i:s' );
		$values[] = $id;
		$values[] = $token;
		// phpcs:ignore WordPress.DB -- our table; the columns are named above, every value through prepare().
		$kept = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET " . implode( ', ', $sets ) . ' WHERE id = %d AND lease_token = %s', $values ) );
		return 1 === $kept;
	}

	/**
	 * Marks a run failed when its step was tried `$max_attempts` times and the last lease ran out (the
	 * step kills its worker every time), so polls stop waiting for it.
	 *
	 * @return bool Whether the run was marked failed now.
	 */
	public function fail_stuck( int $id, int $now, int $max_attempts, string $error ): bool {
		global $wpdb;
		$table = Schema::board_runs_table();
		// phpcs:ignore WordPress.DB -- our table; every value through prepare().
		$failed = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET status = %s, error = %s, lease_token = NULL, lease_until = 0, updated_at = %s WHERE id = %d AND status IN (%s, %s) AND attempts >= %d AND ( lease_token IS NULL OR lease_until < %d )", BoardRun::FAILED, $error, gmdate( 'Y-m-d H:i:s', $now ), $id, BoardRun::QUEUED, BoardRun::RUNNING, $max_attempts, $now ) );
		return 1 === $failed;
	}

	/**
	 * Deletes runs nobody changed since `$before` (finished or abandoned), at most `$batch` of them.
	 *
	 * @return int How many went.
	 */
	public function delete_untouched_since( string $before, int $batch ): int {
		global $wpdb;
		$table = Schema::board_runs_table();
		// phpcs:disable WordPress.DB -- our table; every value through prepare().
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE updated_at < %s ORDER BY id LIMIT %d", $before, $batch ) );
		if ( ! is_array( $ids ) || array() === $ids ) {
			return 0;
		}
		$ids = array_map( 'intval', $ids );
		$in  = implode( ', ', array_fill( 0, count( $ids ), '%d' ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE id IN ({$in})", $ids ) );
		// phpcs:enable
		return count( $ids );
	}

	/** Deletes every run (a personal data erasure: any run may name anyone waiting or mentoring). */
	public function delete_all(): void {
		global $wpdb;
		$table = Schema::board_runs_table();
		$wpdb->query( "DELETE FROM {$table}" ); // phpcs:ignore WordPress.DB -- our table; no input.
	}

	/** @param array<string, mixed> $row */
	private static function run( array $row ): BoardRun {
		$json = static function ( mixed $text ): array {
			$value = '' === (string) $text ? array() : json_decode( (string) $text, true );
			return is_array( $value ) ? $value : array();
		};
		return new BoardRun(
			(int) $row['id'],
			(int) $row['created_by'],
			(string) $row['status'],
			(string) $row['phase'],
			(int) $row['total'],
			(int) $row['done'],
			(int) $row['clock'],
			array_values( array_map( 'intval', $json( $row['mentees'] ) ) ),
			$json( $row['candidates'] ),
			$json( $row['solution'] ),
			$json( $row['result'] ),
			(string) $row['error'],
			null === $row['lease_token'] ? null : (string) $row['lease_token'],
			(int) $row['lease_until'],
			(int) $row['attempts'],
			(string) $row['created_at'],
		);
	}
}
