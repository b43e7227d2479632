<?php
/**
 * A cohort's application settings checked together before the cohort is saved (each field's own
 * schema is checked first, by CohortPostType): question keys unique and each question's fewest
 * characters no more than its most, rubric keys unique, the last day to apply before the cohort
 * starts, and the day reserved seats are released no later than the start. Each refusal is a
 * sentence, and nothing is saved.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

use Wayfinder\Cohorts\CohortPostType;
use WP_Error;

final class SettingsRules {

	/**
	 * The `rest_pre_insert_wayfinder_cohort` filter (priority 11).
	 *
	 * @param \stdClass|WP_Error $prepared The post about to be saved.
	 * @param \WP_REST_Request   $request  The request.
	 * @return \stdClass|WP_Error
	 */
	public static function validate_before_save( $prepared, $request ) {
		if ( $prepared instanceof WP_Error ) {
			return $prepared;
		}
		$meta  = $request->get_param( 'meta' );
		$meta  = is_array( $meta ) ? $meta : array();
		$id    = isset( $prepared->ID ) ? (int) $prepared->ID : 0;
		$saved = ApplicationSettings::of( $id );
		$start = array_key_exists( CohortPostType::START_DATE, $meta ) ? (string) $meta[ CohortPostType::START_DATE ] : ( $id > 0 ? (string) get_post_meta( $id, CohortPostType::START_DATE, true ) : '' );
		$check = self::check(
			array(
				'questions'      => array_key_exists( ApplicationSettings::QUESTIONS, $meta ) ? (array) $meta[ ApplicationSettings::QUESTIONS ] : $saved->questions,
				'rubric'         => array_key_exists( ApplicationSettings::RUBRIC, $meta ) ? (array) $meta[ ApplicationSettings::RUBRIC ] : $saved->rubric,
				'apply_until'    => array_key_exists( ApplicationSettings::APPLY_UNTIL, $meta ) ? (string) $meta[ ApplicationSettings::APPLY_UNTIL ] : $saved->apply_until,
				'reserved_until' => array_key_exists( ApplicationSettings::RESERVED_UNTIL, $meta ) ? (string) $meta[ ApplicationSettings::RESERVED_UNTIL ] : $saved->reserved_until,
				'start'          => $start,
			)
		);
		return $check ?? $prepared;
	}

	/**
	 * The first rule the settings break, or null.
	 *
	 * @param array{questions: array<mixed>, rubric: array<mixed>, apply_until: string, reserved_until: string, start: string} $values
	 */
	public static function check( array $values ): ?WP_Error {
		$keys = array();
		foreach ( $values['questions'] as $question ) {
			$question = (array) $question;
			$key      = (string) ( $question['key'] ?? '' );
			$label    = (string) ( $question['label'] ?? $key );
			if ( isset( $keys[ $key ] ) ) {
				/* translators: %s: a question's key. */
				return self::refuse( 'wayfinder_question_keys', sprintf( __( 'Two questions have the key "%s". Give each question its own key.', 'wayfinder' ), $key ) );
			}
			$keys[ $key ] = true;
			$min          = (int) ( $question['min'] ?? 0 );
			$max          = (int) ( $question['max'] ?? 0 );
			if ( $min > $max ) {
				/* translators: 1: the question, 2: its fewest characters, 3: its most. */
				return self::refuse( 'wayfinder_question_limits', sprintf( __( 'The question "%1$s" asks for at least %2$d characters but allows at most %3$d. Make the fewest no more than the most.', 'wayfinder' ), $label, $min, $max ) );
			}
		}
		$criteria = array();
		foreach ( $values['rubric'] as $criterion ) {
			$key = (string) ( ( (array) $criterion )['key'] ?? '' );
			if ( isset( $criteria[ $key ] ) ) {
				/* translators: %s: a criterion's key. */
				return self::refuse( 'wayfinder_rubric_keys', sprintf( __( 'Two criteria of the rubric have the key "%s". Give each criterion its own key.', 'wayfinder' ), $key ) );
			}
			$criteria[ $key ] = true;
		}
		$start = $values['start'];
		if ( '' !== $start && '' !== $values['apply_until'] && $values['apply_until'] >= $start ) {
			return self::refuse( 'wayfinder_apply_until', __( 'The last day to apply must come before the cohort starts, so there is time to select. Choose an earlier last day, or a later start.', 'wayfinder' ) );
		}
		if ( '' !== $start && '' !== $values['reserved_until'] && $values['reserved_until'] > $start ) {
			return self::refuse( 'wayfinder_reserved_until', __( 'Seats kept for sponsored contributors must be released no later than the cohort\'s first day. Choose an earlier day.', 'wayfinder' ) );
		}
		return null;
	}

	private static function refuse( string $code, string $message ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => 400 ) );
	}
}
