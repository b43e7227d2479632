<?php
/**
 * The survey_waves table: one wave per survey, cohort (0: the 1:1 mentorships) and kind — the unique
 * key, so two ticks that open a wave at once open it once.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class WaveRepository {

	public function find( int $id ): ?Wave {
		global $wpdb;
		$table = Schema::survey_waves_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? Wave::from_row( $row ) : null;
	}

	public function find_for( int $survey_id, int $cohort_id, string $kind ): ?Wave {
		global $wpdb;
		$table = Schema::survey_waves_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE survey_id = %d AND cohort_id = %d AND kind = %s", $survey_id, $cohort_id, $kind ), ARRAY_A );
		return is_array( $row ) ? Wave::from_row( $row ) : null;
	}

	/**
	 * The wave, made the first time it is asked for (a second call returns the first one's row).
	 *
	 * @param int|null $closes Unix time it closes, or null when each invitation has its own due date.
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function ensure( int $survey_id, int $cohort_id, string $kind, int $opens, ?int $closes, int $now ): Wave {
		global $wpdb;
		$table = Schema::survey_waves_table();
		$done  = null === $closes
			? $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (survey_id, cohort_id, kind, opens_at, created_at) VALUES (%d, %d, %s, %s, %s)", $survey_id, $cohort_id, $kind, gmdate( 'Y-m-d H:i:s', $opens ), gmdate( 'Y-m-d H:i:s', $now ) ) )
			: $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (survey_id, cohort_id, kind, opens_at, closes_at, created_at) VALUES (%d, %d, %s, %s, %s, %s)", $survey_id, $cohort_id, $kind, gmdate( 'Y-m-d H:i:s', $opens ), gmdate( 'Y-m-d H:i:s', $closes ), gmdate( 'Y-m-d H:i:s', $now ) ) );
		$wave  = false === $done ? null : $this->find_for( $survey_id, $cohort_id, $kind );
		if ( null === $wave ) {
			throw new \RuntimeException( 'The survey wave could not be saved: ' . $wpdb->last_error );
		}
		return $wave;
	}

	/** @return list<Wave> A cohort's waves (0: the 1:1 mentorships'), in the order they open. */
	public function of_cohort( int $cohort_id ): array {
		global $wpdb;
		$table = Schema::survey_waves_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE cohort_id = %d ORDER BY opens_at, id", $cohort_id ), ARRAY_A );
		return array_values( array_map( array( Wave::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/** @return list<Wave> A survey's waves, in the order they open. */
	public function of_survey( int $survey_id ): array {
		global $wpdb;
		$table = Schema::survey_waves_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE survey_id = %d ORDER BY opens_at, id", $survey_id ), ARRAY_A );
		return array_values( array_map( array( Wave::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}
	/** @return list<Wave> Every wave, the latest opened first (at most $limit). */
	public function latest( int $limit ): array {
		global $wpdb;
		$table = Schema::survey_waves_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} ORDER BY opens_at DESC, id DESC LIMIT %d", $limit ), ARRAY_A );
		return array_values( array_map( array( Wave::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}
}
