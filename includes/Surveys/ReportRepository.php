<?php
/**
 * Read-only SQL for the survey reports: counts of invitations and responses per wave, the numbers
 * and choices answered (counted in the database, never one row per person), the linked answers of
 * two waves for the before/after pairs, text answers, and the rows of the answers export.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class ReportRepository {

	/**
	 * Invited and answered per wave (answered: the responses kept, which for an anonymous survey is
	 * the only count that exists).
	 *
	 * @param list<int> $wave_ids
	 * @return array<int, array{invited: int, answered: int}>
	 */
	public function wave_counts( array $wave_ids ): array {
		global $wpdb;
		$counts = array_fill_keys(
			$wave_ids,
			array(
				'invited'  => 0,
				'answered' => 0,
			)
		);
		if ( array() === $wave_ids ) {
			return $counts;
		}
		$in      = implode( ',', array_fill( 0, count( $wave_ids ), '%d' ) );
		$invited = $wpdb->get_results( $wpdb->prepare( 'SELECT wave_id, COUNT(*) AS n FROM ' . Schema::survey_invitations_table() . " WHERE wave_id IN ({$in}) GROUP BY wave_id", ...$wave_ids ), ARRAY_A );
		foreach ( is_array( $invited ) ? $invited : array() as $row ) {
			$counts[ (int) $row['wave_id'] ] = array(
				'invited'  => (int) $row['n'],
				'answered' => 0,
			);
		}
		$answered = $wpdb->get_results( $wpdb->prepare( 'SELECT wave_id, COUNT(*) AS n FROM ' . Schema::survey_responses_table() . " WHERE wave_id IN ({$in}) GROUP BY wave_id", ...$wave_ids ), ARRAY_A );
		foreach ( is_array( $answered ) ? $answered : array() as $row ) {
			$counts[ (int) $row['wave_id'] ] = array(
				'invited'  => $counts[ (int) $row['wave_id'] ]['invited'] ?? 0,
				'answered' => (int) $row['n'],
			);
		}
		return $counts;
	}

	/**
	 * How many answered each number of each numeric question, per wave.
	 *
	 * @param list<int> $wave_ids
	 * @return list<array{wave_id: int, question: string, value: int, n: int}>
	 */
	public function number_counts( array $wave_ids ): array {
		global $wpdb;
		if ( array() === $wave_ids ) {
			return array();
		}
		$in   = implode( ',', array_fill( 0, count( $wave_ids ), '%d' ) );
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT r.wave_id, a.question, a.value_number, COUNT(*) AS n FROM ' . Schema::survey_responses_table() . ' r JOIN ' . Schema::survey_answers_table() . " a ON a.response_id = r.id WHERE r.wave_id IN ({$in}) AND a.value_number IS NOT NULL GROUP BY r.wave_id, a.question, a.value_number", ...$wave_ids ), ARRAY_A );
		return array_values(
			array_map(
				static fn ( array $row ): array => array(
					'wave_id'  => (int) $row['wave_id'],
					'question' => (string) $row['question'],
					'value'    => (int) $row['value_number'],
					'n'        => (int) $row['n'],
				),
				is_array( $rows ) ? $rows : array()
			)
		);
	}

	/**
	 * How many chose each option of each choice question, per wave, and how many responses answered
	 * the question at all (a multiple choice answer is one row per option).
	 *
	 * @param list<int> $wave_ids
	 * @return array{choices: list<array{wave_id: int, question: string, choice: string, n: int}>, answered: list<array{wave_id: int, question: string, n: int}>}
	 */
	public function choice_counts( array $wave_ids ): array {
		global $wpdb;
		if ( array() === $wave_ids ) {
			return array(
				'choices'  => array(),
				'answered' => array(),
			);
		}
		$in       = implode( ',', array_fill( 0, count( $wave_ids ), '%d' ) );
		$join     = Schema::survey_responses_table() . ' r JOIN ' . Schema::survey_answers_table() . ' a ON a.response_id = r.id';
		$choices  = $wpdb->get_results( $wpdb->prepare( "SELECT r.wave_id, a.question, a.choice, COUNT(*) AS n FROM {$join} WHERE r.wave_id IN ({$in}) AND a.choice <> '' GROUP BY r.wave_id, a.question, a.choice", ...$wave_ids ), ARRAY_A );
		$answered = $wpdb->get_results( $wpdb->prepare( "SELECT r.wave_id, a.question, COUNT(DISTINCT r.id) AS n FROM {$join} WHERE r.wave_id IN ({$in}) AND a.choice <> '' GROUP BY r.wave_id, a.question", ...$wave_ids ), ARRAY_A );
		return array(
			'choices'  => array_values(
				array_map(
					static fn ( array $row ): array => array(
						'wave_id'  => (int) $row['wave_id'],
						'question' => (string) $row['question'],
						'choice'   => (string) $row['choice'],
						'n'        => (int) $row['n'],
					),
					is_array( $choices ) ? $choices : array()
				)
			),
			'answered' => array_values(
				array_map(
					static fn ( array $row ): array => array(
						'wave_id'  => (int) $row['wave_id'],
						'question' => (string) $row['question'],
						'n'        => (int) $row['n'],
					),
					is_array( $answered ) ? $answered : array()
				)
			),
		);
	}

	/**
	 * The text answers per wave, in the order of their words (never the order they came).
	 *
	 * @param list<int> $wave_ids
	 * @return list<array{wave_id: int, question: string, text: string}>
	 */
	public function texts( array $wave_ids ): array {
		global $wpdb;
		if ( array() === $wave_ids ) {
			return array();
		}
		$in   = implode( ',', array_fill( 0, count( $wave_ids ), '%d' ) );
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT r.wave_id, a.question, a.value_text FROM ' . Schema::survey_responses_table() . ' r JOIN ' . Schema::survey_answers_table() . " a ON a.response_id = r.id WHERE r.wave_id IN ({$in}) AND a.value_text IS NOT NULL AND a.value_text <> '' ORDER BY a.question, a.value_text", ...$wave_ids ), ARRAY_A );
		return array_values(
			array_map(
				static fn ( array $row ): array => array(
					'wave_id'  => (int) $row['wave_id'],
					'question' => (string) $row['question'],
					'text'     => (string) $row['value_text'],
				),
				is_array( $rows ) ? $rows : array()
			)
		);
	}

	/**
	 * The numbers answered in linked responses of some waves, with who answered and about which
	 * mentorship (0 for a cohort wave), for pairing a person's before with their after.
	 *
	 * @param list<int> $wave_ids
	 * @return list<array{wave_id: int, user_id: int, match_id: int, question: string, value: int}>
	 */
	public function linked_numbers( array $wave_ids ): array {
		global $wpdb;
		if ( array() === $wave_ids ) {
			return array();
		}
		$in   = implode( ',', array_fill( 0, count( $wave_ids ), '%d' ) );
		$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT r.wave_id, r.user_id, COALESCE(i.match_id, 0) AS match_id, a.question, a.value_number FROM ' . Schema::survey_responses_table() . ' r JOIN ' . Schema::survey_answers_table() . ' a ON a.response_id = r.id LEFT JOIN ' . Schema::survey_invitations_table() . " i ON i.id = r.invitation_id WHERE r.wave_id IN ({$in}) AND r.user_id IS NOT NULL AND a.value_number IS NOT NULL", ...$wave_ids ), ARRAY_A );
		return array_values(
			array_map(
				static fn ( array $row ): array => array(
					'wave_id'  => (int) $row['wave_id'],
					'user_id'  => (int) $row['user_id'],
					'match_id' => (int) $row['match_id'],
					'question' => (string) $row['question'],
					'value'    => (int) $row['value_number'],
				),
				is_array( $rows ) ? $rows : array()
			)
		);
	}

	/**
	 * The responses of some waves for the export: linked ones by the day they came, anonymous ones
	 * by their random ID (so the order says nothing about who answered when).
	 *
	 * @param list<int> $wave_ids
	 * @return list<array{id: string, wave_id: int, version_id: int, user_id: ?int, day: string}>
	 */
	public function responses( array $wave_ids, bool $anonymous ): array {
		global $wpdb;
		if ( array() === $wave_ids ) {
			return array();
		}
		$in    = implode( ',', array_fill( 0, count( $wave_ids ), '%d' ) );
		$order = $anonymous ? 'id' : 'submitted_on, id';
		$rows  = $wpdb->get_results( $wpdb->prepare( 'SELECT id, wave_id, version_id, user_id, submitted_on FROM ' . Schema::survey_responses_table() . " WHERE wave_id IN ({$in}) ORDER BY {$order}", ...$wave_ids ), ARRAY_A );
		return array_values(
			array_map(
				static fn ( array $row ): array => array(
					'id'         => (string) $row['id'],
					'wave_id'    => (int) $row['wave_id'],
					'version_id' => (int) $row['version_id'],
					'user_id'    => $anonymous || null === $row['user_id'] ? null : (int) $row['user_id'],
					'day'        => $anonymous ? '' : (string) $row['submitted_on'],
				),
				is_array( $rows ) ? $rows : array()
			)
		);
	}

	/**
	 * The answers of some responses.
	 *
	 * @param list<string> $response_ids
	 * @return array<string, list<Answer>> Response ID => its answers.
	 */
	public function answers_of( array $response_ids ): array {
		global $wpdb;
		$found = array();
		foreach ( array_chunk( $response_ids, 500 ) as $chunk ) {
			$in   = implode( ',', array_fill( 0, count( $chunk ), '%s' ) );
			$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT response_id, question, choice, value_number, value_text FROM ' . Schema::survey_answers_table() . " WHERE response_id IN ({$in}) ORDER BY response_id, question, choice", ...$chunk ), ARRAY_A );
			foreach ( is_array( $rows ) ? $rows : array() as $row ) {
				$found[ (string) $row['response_id'] ][] = new Answer( (string) $row['question'], (string) $row['choice'], null === $row['value_number'] ? null : (int) $row['value_number'], null === $row['value_text'] ? null : (string) $row['value_text'] );
			}
		}
		return $found;
	}

	/**
	 * For the list of surveys: each survey's newest version number and how many responses it has.
	 *
	 * @return array<int, array{version: int, answers: int}> Survey ID => its figures (surveys with neither are left out).
	 */
	public function summaries(): array {
		global $wpdb;
		$found    = array();
		$versions = $wpdb->get_results( 'SELECT survey_id, MAX(version) AS version FROM ' . Schema::survey_versions_table() . ' GROUP BY survey_id', ARRAY_A );
		foreach ( is_array( $versions ) ? $versions : array() as $row ) {
			$found[ (int) $row['survey_id'] ] = array(
				'version' => (int) $row['version'],
				'answers' => 0,
			);
		}
		$answers = $wpdb->get_results( 'SELECT w.survey_id, COUNT(*) AS n FROM ' . Schema::survey_responses_table() . ' r JOIN ' . Schema::survey_waves_table() . ' w ON w.id = r.wave_id GROUP BY w.survey_id', ARRAY_A );
		foreach ( is_array( $answers ) ? $answers : array() as $row ) {
			$found[ (int) $row['survey_id'] ]            = $found[ (int) $row['survey_id'] ] ?? array(
				'version' => 0,
				'answers' => 0,
			);
			$found[ (int) $row['survey_id'] ]['answers'] = (int) $row['n'];
		}
		return $found;
	}
}
