<?php
/**
 * The survey_responses and survey_answers tables. A response's ID is random (not a sequence), and an
 * anonymous response keeps neither the person nor the invitation, and as its day the day its wave
 * opened (Answering), so neither order nor time ties it to who answered.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

use Wayfinder\Platform\Schema;

// phpcs:disable WordPress.DB -- our tables, named by Schema; every value goes through prepare().

final class ResponseRepository {

	/**
	 * Saves a response and its answers (the caller runs this in a transaction with the invitation's
	 * claim). Returns the new response's ID.
	 *
	 * @param int|null     $invitation_id Null for an anonymous survey.
	 * @param int|null     $user_id       Null for an anonymous survey.
	 * @param string       $day           The day it came (Y-m-d, UTC).
	 * @param list<Answer> $answers
	 * @throws \RuntimeException When the database refused a statement.
	 */
	public function add( int $wave_id, int $version_id, ?int $invitation_id, ?int $user_id, string $day, array $answers ): string {
		global $wpdb;
		$responses = Schema::survey_responses_table();
		$id        = bin2hex( random_bytes( 16 ) );
		$done      = $wpdb->insert(
			$responses,
			array(
				'id'            => $id,
				'wave_id'       => $wave_id,
				'version_id'    => $version_id,
				'invitation_id' => $invitation_id,
				'user_id'       => $user_id,
				'submitted_on'  => $day,
			),
			array( '%s', '%d', '%d', '%d', '%d', '%s' )
		);
		if ( 1 !== $done ) {
			throw new \RuntimeException( 'The survey response could not be saved: ' . $wpdb->last_error );
		}
		foreach ( $answers as $answer ) {
			$row     = array(
				'response_id' => $id,
				'question'    => $answer->question,
				'choice'      => $answer->choice,
			);
			$formats = array( '%s', '%s', '%s' );
			if ( null !== $answer->number ) {
				$row['value_number'] = $answer->number;
				$formats[]           = '%d';
			}
			if ( null !== $answer->text ) {
				$row['value_text'] = $answer->text;
				$formats[]         = '%s';
			}
			if ( 1 !== $wpdb->insert( Schema::survey_answers_table(), $row, $formats ) ) {
				throw new \RuntimeException( 'A survey answer could not be saved: ' . $wpdb->last_error );
			}
		}
		return $id;
	}

	/**
	 * A person's linked responses (anonymous ones name nobody), oldest first.
	 *
	 * @return list<array{id: string, wave_id: int, version_id: int, submitted_on: string}>
	 */
	public function linked_of_user( int $user_id ): array {
		global $wpdb;
		$table = Schema::survey_responses_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT id, wave_id, version_id, submitted_on FROM {$table} WHERE user_id = %d ORDER BY submitted_on, id", $user_id ), ARRAY_A );
		$found = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$found[] = array(
				'id'           => (string) $row['id'],
				'wave_id'      => (int) $row['wave_id'],
				'version_id'   => (int) $row['version_id'],
				'submitted_on' => (string) $row['submitted_on'],
			);
		}
		return $found;
	}

	/** Whether anyone answered this version (then an edit makes a new version). */
	public function version_answered( int $version_id ): bool {
		global $wpdb;
		$table = Schema::survey_responses_table();
		return null !== $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE version_id = %d LIMIT 1", $version_id ) );
	}

	/** @return list<Answer> A response's answers. */
	public function answers_of( string $response_id ): array {
		global $wpdb;
		$table = Schema::survey_answers_table();
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT question, choice, value_number, value_text FROM {$table} WHERE response_id = %s", $response_id ), ARRAY_A );
		$found = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$found[] = new Answer( (string) $row['question'], (string) $row['choice'], null === $row['value_number'] ? null : (int) $row['value_number'], null === $row['value_text'] ? null : (string) $row['value_text'] );
		}
		return $found;
	}

	/** Drops the answers whose response is gone (after a person's responses were erased). */
	public function delete_orphan_answers(): void {
		global $wpdb;
		$answers   = Schema::survey_answers_table();
		$responses = Schema::survey_responses_table();
		$wpdb->query( "DELETE FROM {$answers} WHERE NOT EXISTS (SELECT 1 FROM {$responses} r WHERE r.id = {$answers}.response_id)" );
	}
}
