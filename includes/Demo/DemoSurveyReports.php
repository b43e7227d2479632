<?php
/**
 * The demo's survey answers for the reports (loading again changes nothing): on last season's
 * finished cohort, seven mentees answered the mentees' survey before the cohort and six of them at its
 * end (one more was asked and did not answer), so the report shows means, shares agreeing, the NPS
 * with its margin, the text answers and six before/after pairs with their confidence intervals; two
 * answered three months later, so that wave shows the small-group rule withholding its figures. The
 * survey is the published linked mentees' survey asked before the cohort (the default one), or a demo
 * survey with the default question keys when there is none.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Transaction;
use Wayfinder\Surveys\Answer;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\Question;
use Wayfinder\Surveys\Questions;
use Wayfinder\Surveys\ReportRepository;
use Wayfinder\Surveys\ResponseRepository;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\SurveyPostType;
use Wayfinder\Surveys\SurveyVersionRepository;
use Wayfinder\Surveys\Wave;
use Wayfinder\Surveys\WaveRepository;

final class DemoSurveyReports {

	/**
	 * Login => [ familiarity, confidence, belonging ] before, then after (null: did not answer after),
	 * would recommend after, and what helped.
	 */
	private const ANSWERS = array(
		'mentee-lucas' => array( array( 2, 2, 3 ), array( 4, 4, 4 ), 9, 'My mentor showed me how to find a good first ticket.' ),
		'mentee-aisha' => array( array( 3, 2, 2 ), array( 4, 3, 4 ), 8, 'The group sessions: I was not the only one who felt lost.' ),
		'mentee-tamil' => array( array( 2, 3, 3 ), array( 5, 4, 5 ), 10, 'Being told whom to ping on Slack.' ),
		'mentee-emily' => array( array( 3, 3, 2 ), array( 4, 4, 3 ), 7, 'Reviewing my first patch together.' ),
		'mentee-yuki'  => array( array( 1, 2, 2 ), array( 3, 3, 3 ), 6, 'The weekly check-ins kept me going.' ),
		'mentee-jonas' => array( array( 2, 3, 3 ), array( 4, 5, 4 ), 10, 'Translating alongside Polyglots reviewers.' ),
		'mentee-sofia' => array( array( 3, 3, 3 ), null, null, '' ),
	);

	public static function load( ?int $today = null ): void {
		$now      = $today ?? time();
		$finished = get_page_by_path( 'contributor-cohort-before', OBJECT, CohortPostType::POST_TYPE );
		$survey   = self::survey( $now );
		if ( ! $finished instanceof \WP_Post || null === $survey ) {
			return;
		}
		$version = ( new SurveyVersionRepository() )->latest( $survey->id );
		if ( null === $version ) {
			return;
		}
		$waves = new WaveRepository();
		$pre   = $waves->ensure( $survey->id, $finished->ID, Wave::PRE, $now - 130 * DAY_IN_SECONDS, null, $now );
		$post  = $waves->ensure( $survey->id, $finished->ID, Wave::POST, $now - 100 * DAY_IN_SECONDS, null, $now );
		$later = $waves->ensure( $survey->id, $finished->ID, Wave::FOLLOW_UP, $now - 8 * DAY_IN_SECONDS, null, $now );
		$kept  = ( new ReportRepository() )->wave_counts( array( $pre->id ) );
		if ( ( $kept[ $pre->id ]['answered'] ?? 0 ) > 0 ) {
			return; // Loaded before.
		}
		foreach ( self::ANSWERS as $login => list( $before, $after, $recommend, $helped ) ) {
			$user = get_user_by( 'login', $login );
			if ( ! $user instanceof \WP_User ) {
				continue;
			}
			self::respond( $pre, $version->id, $user->ID, $now - 128 * DAY_IN_SECONDS, self::agree( $before ) );
			if ( null !== $after ) {
				$answers   = self::agree( $after );
				$answers[] = new Answer( 'recommend', '', (int) $recommend );
				$answers[] = new Answer( 'helped', '', null, $helped );
				self::respond( $post, $version->id, $user->ID, $now - 98 * DAY_IN_SECONDS, $answers );
			}
			if ( in_array( $login, array( 'mentee-lucas', 'mentee-tamil' ), true ) ) {
				self::respond( $later, $version->id, $user->ID, $now - 6 * DAY_IN_SECONDS, self::agree( (array) $after ) );
			}
		}
		// Omar was asked at the end and has not answered: the response rate is below 100 %.
		$omar = get_user_by( 'login', 'mentee-omar' );
		if ( $omar instanceof \WP_User ) {
			( new InvitationRepository() )->invite( $post->id, $omar->ID, 0, $now - 100 * DAY_IN_SECONDS, $now - 86 * DAY_IN_SECONDS );
		}
	}

	/**
	 * @param array<int, int> $values Familiarity, confidence, belonging.
	 * @return list<Answer>
	 */
	private static function agree( array $values ): array {
		$answers = array();
		foreach ( array( 'familiarity', 'confidence', 'belonging' ) as $index => $key ) {
			if ( isset( $values[ $index ] ) ) {
				$answers[] = new Answer( $key, '', (int) $values[ $index ] );
			}
		}
		return $answers;
	}

	/**
	 * Asked, answered the next day, kept with the person (a linked survey).
	 *
	 * @param list<Answer> $answers
	 */
	private static function respond( Wave $wave, int $version_id, int $user_id, int $asked, array $answers ): void {
		$invitation = ( new InvitationRepository() )->invite( $wave->id, $user_id, 0, $asked, $asked + 14 * DAY_IN_SECONDS );
		if ( null === $invitation ) {
			return;
		}
		$answered = $asked + DAY_IN_SECONDS;
		Transaction::run(
			static function () use ( $invitation, $wave, $version_id, $user_id, $answered, $answers ): bool {
				if ( ! ( new InvitationRepository() )->claim_answered( $invitation->id, $answered ) ) {
					return false;
				}
				( new ResponseRepository() )->add( $wave->id, $version_id, $invitation->id, $user_id, gmdate( 'Y-m-d', $answered ), $answers );
				return true;
			}
		);
	}

	/** The published linked mentees' survey asked before a cohort, or the demo's own with the default keys. */
	private static function survey( int $now ): ?Survey {
		foreach ( SurveyPostType::published_for( Survey::MENTEES, Wave::PRE ) as $survey ) {
			if ( ! $survey->anonymous && null !== $survey->question( 'confidence' ) ) {
				return $survey;
			}
		}
		$raw       = array(
			array(
				'key'      => 'familiarity',
				'type'     => Question::AGREE,
				'text'     => __( 'I know how contributing to WordPress works.', 'wayfinder' ),
				'required' => true,
			),
			array(
				'key'      => 'confidence',
				'type'     => Question::AGREE,
				'text'     => __( 'I feel confident I can contribute.', 'wayfinder' ),
				'required' => true,
			),
			array(
				'key'      => 'belonging',
				'type'     => Question::AGREE,
				'text'     => __( 'I feel I belong in the contributor community.', 'wayfinder' ),
				'required' => true,
			),
			array(
				'key'      => 'recommend',
				'type'     => Question::NPS,
				'text'     => __( 'How likely are you to recommend the mentorship program to a friend?', 'wayfinder' ),
				'required' => false,
			),
			array(
				'key'      => 'helped',
				'type'     => Question::LONG,
				'text'     => __( 'What helped you most?', 'wayfinder' ),
				'required' => false,
			),
		);
		$questions = Questions::parse( $raw );
		if ( is_wp_error( $questions ) ) {
			return null;
		}
		$id = wp_insert_post(
			array(
				'post_type'   => SurveyPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => __( 'Mentee survey', 'wayfinder' ),
				'meta_input'  => array(
					SurveyPostType::AUDIENCE  => Survey::MENTEES,
					SurveyPostType::ANONYMOUS => 0,
					SurveyPostType::WAVES     => array( Wave::PRE, Wave::POST, Wave::FOLLOW_UP ),
					SurveyPostType::QUESTIONS => Questions::to_arrays( $questions ),
				),
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			return null;
		}
		if ( null === ( new SurveyVersionRepository() )->latest( $id ) ) {
			( new SurveyVersionRepository() )->add( $id, 1, $questions, $now );
		}
		return SurveyPostType::find( $id );
	}
}
