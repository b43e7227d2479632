<?php
/**
 * The surveys a new program starts with, added once when Wayfinder is first activated (an option
 * remembers it, so a survey a coordinator edited or deleted stays as they left it): one for mentees
 * (kept with the person, so before and after pair up), one for mentors (anonymous) and one for team
 * representatives. The question keys are stable — reports, the demo and comparisons across waves
 * rely on them (docs/rest-api.md lists them).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class DefaultSurveys {

	public const SEEDED_OPTION = 'wayfinder_surveys_seeded';

	/** The mentees' question keys, as reports name them. */
	public const FAMILIARITY         = 'familiarity';
	public const CONFIDENCE          = 'confidence';
	public const WHERE_TO_ASK        = 'where_to_ask';
	public const WHOM_TO_PING        = 'whom_to_ping';
	public const BELONGING           = 'belonging';
	public const KEEP_CONTRIBUTING   = 'keep_contributing';
	public const MENTOR_RELATIONSHIP = 'mentor_relationship';
	public const RECOMMEND           = 'recommend';
	public const HELPED              = 'helped';

	/**
	 * Adds the default surveys, once. The IDs of the surveys added (none when it ran before).
	 *
	 * @return list<int>
	 */
	public static function seed_once(): array {
		if ( get_option( self::SEEDED_OPTION ) ) {
			return array();
		}
		// Before anything else, so a failure halfway never adds them twice.
		update_option( self::SEEDED_OPTION, 1, false );
		$ids = array();
		foreach ( self::definitions() as $survey ) {
			$id = wp_insert_post(
				array(
					'post_type'   => SurveyPostType::POST_TYPE,
					'post_status' => 'publish',
					'post_title'  => $survey['title'],
					'meta_input'  => array(
						SurveyPostType::AUDIENCE    => $survey['audience'],
						SurveyPostType::ANONYMOUS   => $survey['anonymous'],
						SurveyPostType::WAVES       => $survey['waves'],
						SurveyPostType::ANSWER_DAYS => Survey::ANSWER_DAYS,
						SurveyPostType::QUESTIONS   => $survey['questions'],
					),
				),
				true
			);
			if ( ! is_wp_error( $id ) ) {
				$ids[] = (int) $id;
			}
		}
		return $ids;
	}

	/**
	 * The three default surveys, in words people read.
	 *
	 * @return list<array{title: string, audience: string, anonymous: bool, waves: list<string>, questions: list<array<string, mixed>>}>
	 */
	public static function definitions(): array {
		$agree  = static fn ( string $key, string $text, bool $required = true ): array => self::question( $key, Question::AGREE, $text, $required );
		$nps    = self::question( self::RECOMMEND, Question::NPS, __( 'How likely are you to recommend the mentorship program to a friend or colleague?', 'wayfinder' ), true );
		$helped = self::question( self::HELPED, Question::LONG, __( 'What would have helped you more?', 'wayfinder' ), false );
		return array(
			array(
				'title'     => __( 'How contributing feels for you', 'wayfinder' ),
				'audience'  => Survey::MENTEES,
				'anonymous' => false,
				'waves'     => array( Wave::PRE, Wave::POST, Wave::FOLLOW_UP, Wave::START, Wave::COMPLETION ),
				'questions' => array(
					$agree( self::FAMILIARITY, __( 'I know how contributing to the project works.', 'wayfinder' ) ),
					$agree( self::CONFIDENCE, __( 'I feel confident making a contribution on my own.', 'wayfinder' ) ),
					$agree( self::WHERE_TO_ASK, __( 'I know where to ask when I am stuck.', 'wayfinder' ) ),
					$agree( self::WHOM_TO_PING, __( 'I know whom to ping to get my contribution reviewed.', 'wayfinder' ) ),
					$agree( self::BELONGING, __( 'I feel I belong in the contributor community.', 'wayfinder' ) ),
					$agree( self::KEEP_CONTRIBUTING, __( 'I intend to keep contributing in the coming months.', 'wayfinder' ) ),
					$agree( self::MENTOR_RELATIONSHIP, __( 'My mentor and I work well together. (Skip this if you have no mentor yet.)', 'wayfinder' ), false ),
					$nps,
					$helped,
				),
			),
			array(
				'title'     => __( 'How mentoring went for you', 'wayfinder' ),
				'audience'  => Survey::MENTORS,
				'anonymous' => true,
				'waves'     => array( Wave::POST, Wave::COMPLETION ),
				'questions' => array(
					self::question(
						'time_spent',
						Question::SINGLE,
						__( 'How much time did mentoring take you in a usual week?', 'wayfinder' ),
						true,
						array( __( 'Less than 1 hour', 'wayfinder' ), __( '1 to 2 hours', 'wayfinder' ), __( '3 to 5 hours', 'wayfinder' ), __( 'More than 5 hours', 'wayfinder' ) )
					),
					$agree( 'program_support', __( 'The program gave me the support I needed as a mentor.', 'wayfinder' ) ),
					$agree( 'mentor_again', __( 'I would mentor again.', 'wayfinder' ) ),
					$nps,
					self::question( self::HELPED, Question::LONG, __( 'What would have helped you as a mentor?', 'wayfinder' ), false ),
				),
			),
			array(
				'title'     => __( 'The newcomers your team received', 'wayfinder' ),
				'audience'  => Survey::TEAM_REPS,
				'anonymous' => false,
				'waves'     => array( Wave::FOLLOW_UP ),
				'questions' => array(
					$agree( 'newcomer_readiness', __( 'The newcomers our team received were ready to contribute.', 'wayfinder' ) ),
					self::question(
						'follow_up_contributions',
						Question::SINGLE,
						__( 'How many contributions have you seen from them since they joined your team?', 'wayfinder' ),
						true,
						array( __( 'None', 'wayfinder' ), __( 'One or two', 'wayfinder' ), __( 'Several', 'wayfinder' ) )
					),
					self::question( 'team_comments', Question::LONG, __( 'Anything the program should do differently for your team?', 'wayfinder' ), false ),
				),
			),
		);
	}

	/**
	 * @param list<string> $choices
	 * @return array{key: string, type: string, text: string, required: bool, choices: list<string>}
	 */
	private static function question( string $key, string $type, string $text, bool $required, array $choices = array() ): array {
		return ( new Question( $key, $type, $text, $required, $choices ) )->to_array();
	}

	/** Uninstall: every survey goes, and seeding may happen again on a new install. */
	public static function delete_all(): void {
		$ids = get_posts(
			array(
				'post_type'      => SurveyPostType::POST_TYPE,
				'post_status'    => 'any',
				'posts_per_page' => -1,
				'fields'         => 'ids',
			)
		);
		foreach ( $ids as $id ) {
			wp_delete_post( (int) $id, true );
		}
		delete_option( self::SEEDED_OPTION );
	}
}
