<?php
/**
 * The survey_versions table: each version of a survey's questions, numbered 1, 2, … per survey (the
 * unique key), written as JSON.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our table, named by Schema; every value goes through prepare().

final class SurveyVersionRepository {

	public function find( int $id ): ?SurveyVersion {
		global $wpdb;
		$table = Schema::survey_versions_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? SurveyVersion::from_row( $row ) : null;
	}

	/** The survey's newest version; null before its first save. */
	public function latest( int $survey_id ): ?SurveyVersion {
		global $wpdb;
		$table = Schema::survey_versions_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE survey_id = %d ORDER BY version DESC LIMIT 1", $survey_id ), ARRAY_A );
		return is_array( $row ) ? SurveyVersion::from_row( $row ) : null;
	}

	/**
	 * The survey's newest version, its row locked until the transaction ends (a save that rewrites or
	 * numbers versions, and an answer that names one, wait for each other). Call inside a transaction.
	 */
	public function latest_locked( int $survey_id ): ?SurveyVersion {
		global $wpdb;
		$table = Schema::survey_versions_table();
		$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE survey_id = %d ORDER BY version DESC LIMIT 1 FOR UPDATE", $survey_id ), ARRAY_A );
		return is_array( $row ) ? SurveyVersion::from_row( $row ) : null;
	}

	/** @return list<SurveyVersion> Every version of the survey, oldest first. */
	public function of_survey( int $survey_id ): array {
		global $wpdb;
		$table = Schema::survey_versions_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE survey_id = %d ORDER BY version", $survey_id ), ARRAY_A );
		return array_values( array_map( array( SurveyVersion::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * Adds the next version. Null when another save added that number first (the unique key).
	 *
	 * @param list<Question> $questions
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function add( int $survey_id, int $version, array $questions, int $now ): ?SurveyVersion {
		global $wpdb;
		$table = Schema::survey_versions_table();
		$done  = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO {$table} (survey_id, version, questions, created_at) VALUES (%d, %d, %s, %s)", $survey_id, $version, (string) wp_json_encode( Questions::to_arrays( $questions ) ), gmdate( 'Y-m-d H:i:s', $now ) ) );
		if ( false === $done ) {
			throw new \RuntimeException( 'The survey version could not be saved: ' . $wpdb->last_error );
		}
		return 1 === $done ? $this->find( (int) $wpdb->insert_id ) : null;
	}

	/**
	 * Rewrites a version nobody answered yet (the caller checks, in the same transaction).
	 *
	 * @param list<Question> $questions
	 * @throws \RuntimeException When the database refused the statement.
	 */
	public function replace_questions( int $id, array $questions ): void {
		global $wpdb;
		$table = Schema::survey_versions_table();
		$done  = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET questions = %s WHERE id = %d", (string) wp_json_encode( Questions::to_arrays( $questions ) ), $id ) );
		if ( false === $done ) {
			throw new \RuntimeException( 'The survey version could not be saved: ' . $wpdb->last_error );
		}
	}

	public function delete_survey( int $survey_id ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( 'DELETE FROM ' . Schema::survey_versions_table() . ' WHERE survey_id = %d', $survey_id ) );
	}
}
