<?php
/**
 * The applications table: one application per person per cohort (the unique key `cohort_user`), each
 * with a pseudonym unique in its cohort (`cohort_pseudonym`) drawn when the draft is made.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class ApplicationRepository {

	/** The columns update() may write, with their placeholders. */
	private const COLUMNS = array(
		'status'          => '%s',
		'stage'           => '%s',
		'answers'         => '%s',
		'redacted'        => '%s',
		'mode'            => '%s',
		'teams'           => '%s',
		'languages'       => '%s',
		'sponsored'       => '%d',
		'sponsor'         => '%s',
		'capacity'        => '%d',
		'consented_at'    => '%s',
		'submitted_at'    => '%s',
		'released_at'     => '%s',
		'released_by'     => '%d',
		'reviews_wanted'  => '%d',
		'reviews_done'    => '%d',
		'score'           => '%f',
		'spread'          => '%f',
		'flagged'         => '%d',
		'decision'        => '%s',
		'decision_reason' => '%s',
		'position'        => '%d',
		'decided_by'      => '%d',
		'decided_at'      => '%s',
		'told_at'         => '%s',
	);

	/**
	 * Makes the person's draft for the cohort, or returns the one they have (one per person per
	 * cohort, held by the unique key even when two requests race). Null when their own application was
	 * made at the same moment by another request: this transaction's snapshot, taken before that one
	 * was committed, cannot read it, so the caller says so rather than guess.
	 *
	 * @throws \RuntimeException When the database refused the row for another reason.
	 */
	public function create_draft( int $cohort_id, int $user_id, string $role, int $now ): ?Application {
		global $wpdb;
		$table = Schema::applications_table();
		$at    = gmdate( 'Y-m-d H:i:s', $now );
		for ( $attempt = 0; $attempt < 8; $attempt++ ) {
			$existing = $this->find_for( $cohort_id, $user_id );
			if ( null !== $existing ) {
				return $existing;
			}
			$suppress = $wpdb->suppress_errors( true );
			$added    = $wpdb->query( $wpdb->prepare( "INSERT INTO {$table} (cohort_id, user_id, role, status, pseudonym, answers, redacted, created_at, updated_at) VALUES (%d, %d, %s, %s, %s, '{}', '{}', %s, %s)", $cohort_id, $user_id, $role, Application::DRAFT, Pseudonym::draw(), $at, $at ) );
			$wpdb->suppress_errors( $suppress );
			if ( 1 === $added ) {
				$made = $this->find( (int) $wpdb->insert_id );
				if ( null !== $made ) {
					return $made;
				}
			}
			if ( ! Schema::is_duplicate( $wpdb->last_error ) ) {
				break;
			}
			if ( ! str_contains( $wpdb->last_error, 'pseudonym' ) ) {
				// The person's own application (the key cohort_user), committed after this transaction began.
				return $this->find_for( $cohort_id, $user_id );
			}
			// A pseudonym already drawn in the cohort: draw another.
		}
		$existing = $this->find_for( $cohort_id, $user_id );
		if ( null === $existing ) {
			throw new \RuntimeException( 'The application could not be saved: ' . esc_html( $wpdb->last_error ) );
		}
		return $existing;
	}

	public function find( int $id ): ?Application {
		global $wpdb;
		$table = Schema::applications_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? Application::from_row( $row ) : null;
	}

	public function find_for( int $cohort_id, int $user_id ): ?Application {
		global $wpdb;
		$table = Schema::applications_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE cohort_id = %d AND user_id = %d", $cohort_id, $user_id ), ARRAY_A );
		return is_array( $row ) ? Application::from_row( $row ) : null;
	}

	/** @return list<Application> The person's applications, newest first. */
	public function of_user( int $user_id ): array {
		global $wpdb;
		$table = Schema::applications_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE user_id = %d ORDER BY id DESC", $user_id ), ARRAY_A );
		return self::records( $rows );
	}

	/**
	 * A cohort's submitted applications of one role, at a stage ('' for every stage), oldest first.
	 *
	 * @return list<Application>
	 */
	public function in_cohort( int $cohort_id, string $role, string $stage = '', int $limit = 1000, int $offset = 0 ): array {
		global $wpdb;
		$table = Schema::applications_table();
		$rows  = '' === $stage
			? $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE cohort_id = %d AND role = %s AND status = %s ORDER BY id LIMIT %d OFFSET %d", $cohort_id, $role, Application::SUBMITTED, $limit, $offset ), ARRAY_A )
			: $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE cohort_id = %d AND role = %s AND status = %s AND stage = %s ORDER BY id LIMIT %d OFFSET %d", $cohort_id, $role, Application::SUBMITTED, $stage, $limit, $offset ), ARRAY_A );
		return self::records( $rows );
	}

	/**
	 * How many of a cohort's applications of one role are at each status and stage: 'draft',
	 * 'withdrawn', and each stage of the submitted ones.
	 *
	 * @return array<string, int>
	 */
	public function counts( int $cohort_id, string $role ): array {
		global $wpdb;
		$table  = Schema::applications_table();
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT status, stage, COUNT(*) AS n FROM {$table} WHERE cohort_id = %d AND role = %s GROUP BY status, stage", $cohort_id, $role ), ARRAY_A );
		$counts = array_fill_keys( array( Application::DRAFT, Application::WITHDRAWN, Application::SCREENING, Application::REVIEW, Application::DECIDED ), 0 );
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$key            = Application::SUBMITTED === $row['status'] ? (string) $row['stage'] : (string) $row['status'];
			$counts[ $key ] = ( $counts[ $key ] ?? 0 ) + (int) $row['n'];
		}
		return $counts;
	}

	/**
	 * Writes some columns of an application, only while the row still matches $only_if (column =>
	 * value), so two people acting at once change it once.
	 *
	 * @param array<string, scalar|null> $fields  Column => value (COLUMNS only; null writes NULL).
	 * @param array<string, scalar>      $only_if Column => the value it must still have.
	 * @return int|false Rows changed (0: it no longer matched), false when the database refused.
	 */
	public function update( int $id, array $fields, int $now, array $only_if = array() ): int|false {
		global $wpdb;
		$table  = Schema::applications_table();
		$sets   = array( 'updated_at = %s' );
		$values = array( gmdate( 'Y-m-d H:i:s', $now ) );
		foreach ( $fields as $column => $value ) {
			if ( ! isset( self::COLUMNS[ $column ] ) ) {
				throw new \InvalidArgumentException( esc_html( "Not a column update() writes: {$column}" ) );
			}
			if ( null === $value ) {
				$sets[] = "{$column} = NULL";
				continue;
			}
			$sets[]   = "{$column} = " . self::COLUMNS[ $column ];
			$values[] = $value;
		}
		$where    = array( 'id = %d' );
		$values[] = $id;
		foreach ( $only_if as $column => $value ) {
			if ( ! isset( self::COLUMNS[ $column ] ) ) {
				throw new \InvalidArgumentException( esc_html( "Not a column update() reads: {$column}" ) );
			}
			$where[]  = "{$column} = " . self::COLUMNS[ $column ];
			$values[] = $value;
		}
		$changed = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET " . implode( ', ', $sets ) . ' WHERE ' . implode( ' AND ', $where ), $values ) );
		return false === $changed ? false : (int) $changed;
	}

	/** Who released the application to reviewers (0: nobody yet, or their account was erased). */
	public function released_by( int $id ): int {
		global $wpdb;
		$table = Schema::applications_table();
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT released_by FROM {$table} WHERE id = %d", $id ) );
	}

	/** A deleted cohort takes its applications, their edits and reviews, and its selection with it. */
	public function delete_cohort( int $cohort_id ): void {
		global $wpdb;
		foreach ( array( Schema::applications_table(), Schema::application_edits_table(), Schema::reviews_table(), Schema::selections_table() ) as $table ) {
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE cohort_id = %d", $cohort_id ) );
		}
	}

	/**
	 * @param mixed $rows What get_results() gave.
	 * @return list<Application>
	 */
	private static function records( mixed $rows ): array {
		return array_values( array_map( array( Application::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}
}
