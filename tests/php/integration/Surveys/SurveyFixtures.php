<?php
/**
 * Surveys, waves and invitations for the answering tests.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Tests\Integration\Surveys;

use Wayfinder\Surveys\Invitation;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\SurveyPostType;
use Wayfinder\Surveys\Wave;
use Wayfinder\Surveys\WaveRepository;

trait SurveyFixtures {

	/** @return list<array<string, mixed>> One question of every type. */
	protected static function all_types(): array {
		return array(
			array(
				'key'      => 'confidence',
				'type'     => 'agree',
				'text'     => 'I feel confident contributing.',
				'required' => true,
			),
			array(
				'key'      => 'recommend',
				'type'     => 'nps',
				'text'     => 'Would you recommend the program?',
				'required' => true,
			),
			array(
				'key'      => 'time',
				'type'     => 'single',
				'text'     => 'How much time a week?',
				'required' => true,
				'choices'  => array( 'Less than 1 hour', 'More than 1 hour' ),
			),
			array(
				'key'      => 'areas',
				'type'     => 'multiple',
				'text'     => 'Where did you contribute?',
				'required' => false,
				'choices'  => array( 'Code', 'Docs', 'Translation' ),
			),
			array(
				'key'      => 'one_word',
				'type'     => 'short_text',
				'text'     => 'The program in one word?',
				'required' => false,
			),
			array(
				'key'      => 'helped',
				'type'     => 'long_text',
				'text'     => 'What would have helped?',
				'required' => false,
			),
		);
	}

	/** @return array<string, mixed> Valid answers to all_types(). */
	protected static function good_answers(): array {
		return array(
			'confidence' => 4,
			'recommend'  => 9,
			'time'       => 'More than 1 hour',
			'areas'      => array( 'Code', 'Docs' ),
			'one_word'   => 'Welcoming',
			'helped'     => 'More time with my mentor.',
		);
	}

	/**
	 * A published survey saved through PHP (its version made by the save).
	 *
	 * @param list<array<string, mixed>>|null $questions
	 */
	protected function make_survey( ?array $questions = null, bool $anonymous = false, string $audience = 'mentees', string $title = 'How it went' ): int {
		$id = wp_insert_post(
			array(
				'post_type'   => SurveyPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => $title,
				'meta_input'  => array(
					SurveyPostType::AUDIENCE  => $audience,
					SurveyPostType::ANONYMOUS => $anonymous,
					SurveyPostType::WAVES     => array( Wave::PRE, Wave::POST ),
					SurveyPostType::QUESTIONS => $questions ?? self::all_types(),
				),
			),
			true
		);
		$this->assertIsInt( $id );
		return $id;
	}

	/** An invitation to the survey's "before" wave of a cohort, due in $due_in seconds (negative: past). */
	protected function make_invitation( int $survey_id, int $user_id, int $due_in = WEEK_IN_SECONDS, int $cohort_id = 0 ): Invitation {
		$cohort_id  = $cohort_id > 0 ? $cohort_id : $this->insert_cohort( array(), 'Spring cohort' );
		$wave       = ( new WaveRepository() )->ensure( $survey_id, $cohort_id, Wave::PRE, time() - DAY_IN_SECONDS, null, time() );
		$invitation = ( new InvitationRepository() )->invite( $wave->id, $user_id, 0, time() - HOUR_IN_SECONDS, time() + $due_in );
		$this->assertNotNull( $invitation );
		return $invitation;
	}
}
