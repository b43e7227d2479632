<?php
/**
 * The personal data export of a person's survey answers: for each response kept with their name (an
 * anonymous survey's responses name nobody, so they are never in it), the survey, when it was asked
 * and answered, and each question's words with the answer in words. Erasure deletes these responses
 * and their answers (see SurveysModule's declarations).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class SurveyAnswersExport {

	public const EXPORTER = 'wayfinder-survey-answers';

	/**
	 * Adds the exporter to WordPress's list.
	 *
	 * @param mixed $exporters
	 * @return array<string, array<string, mixed>>
	 */
	public static function register( $exporters ): array {
		$exporters                   = is_array( $exporters ) ? $exporters : array();
		$exporters[ self::EXPORTER ] = array(
			'exporter_friendly_name' => __( 'Mentorship: Survey answers', 'wayfinder' ),
			'callback'               => array( self::class, 'export' ),
		);
		return $exporters;
	}

	/**
	 * One page (all of them: a person answers a handful of surveys).
	 *
	 * @return array{data: list<array<string, mixed>>, done: bool}
	 */
	public static function export( string $email, int $page = 1 ): array {
		$user = get_user_by( 'email', $email );
		if ( ! $user || $page > 1 ) {
			return array(
				'data' => array(),
				'done' => true,
			);
		}
		$responses = new ResponseRepository();
		$versions  = new SurveyVersionRepository();
		$waves     = new WaveRepository();
		$items     = array();
		foreach ( $responses->linked_of_user( $user->ID ) as $response ) {
			$version = $versions->find( $response['version_id'] );
			$wave    = $waves->find( $response['wave_id'] );
			$survey  = null === $version ? null : SurveyPostType::find( $version->survey_id );
			$data    = array(
				array(
					'name'  => __( 'Survey', 'wayfinder' ),
					'value' => null === $survey ? __( '(deleted survey)', 'wayfinder' ) : $survey->title,
				),
				array(
					'name'  => __( 'Asked', 'wayfinder' ),
					'value' => null === $wave ? '' : Answering::wave_label( $wave ),
				),
				array(
					'name'  => __( 'Answered on', 'wayfinder' ),
					'value' => $response['submitted_on'],
				),
			);
			$given   = array();
			foreach ( $responses->answers_of( $response['id'] ) as $answer ) {
				$given[ $answer->question ][] = $answer;
			}
			foreach ( null === $version ? array() : $version->questions as $question ) {
				if ( isset( $given[ $question->key ] ) ) {
					$data[] = array(
						'name'  => $question->text,
						'value' => self::words( $question, $given[ $question->key ] ),
					);
				}
			}
			$items[] = array(
				'group_id'    => self::EXPORTER,
				'group_label' => __( 'Survey answers', 'wayfinder' ),
				'item_id'     => 'survey-response-' . $response['id'],
				'data'        => $data,
			);
		}
		return array(
			'data' => $items,
			'done' => true,
		);
	}

	/**
	 * An answer in words: the point of the scale, the number, the options chosen, or the text.
	 *
	 * @param list<Answer> $answers The question's answers (several for several choices).
	 */
	public static function words( Question $question, array $answers ): string {
		if ( Question::AGREE === $question->type ) {
			return Question::agree_labels()[ (int) $answers[0]->number ] ?? (string) $answers[0]->number;
		}
		if ( Question::NPS === $question->type ) {
			return (string) $answers[0]->number;
		}
		if ( $question->is_choice() ) {
			return implode( ', ', array_map( static fn ( Answer $answer ): string => $answer->choice, $answers ) );
		}
		return (string) $answers[0]->text;
	}
}
