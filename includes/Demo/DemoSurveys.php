<?php
/**
 * The demo's surveys: a spring cohort that ended about a hundred days ago with ten alumni, asked
 * before and after (most answered, showing the change) and three months later (the follow-up open,
 * some answered); mentees of next season's cohort asked "before" by the planner as they enrol, so
 * they have a survey waiting. The surveys themselves are the seeded defaults when they exist;
 * without them (before the default surveys land) minimal published surveys with the same question
 * keys are made here, once per audience.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Surveys\Answer;
use Wayfinder\Surveys\InvitationRepository;
use Wayfinder\Surveys\Question;
use Wayfinder\Surveys\Questions;
use Wayfinder\Surveys\ResponseRepository;
use Wayfinder\Surveys\Survey;
use Wayfinder\Surveys\SurveyPostType;
use Wayfinder\Surveys\SurveyVersionRepository;
use Wayfinder\Surveys\Wave;
use Wayfinder\Surveys\WaveRepository;
use Wayfinder\Surveys\WaveTiming;

final class DemoSurveys {

	/** The finished cohort with answers. */
	public const COHORT = 'contributor-cohort-spring';

	/** The alumni: login, name, time zone. */
	private const ALUMNI = array(
		array( 'alumni-rosa', 'Rosa Martínez', 'Europe/Madrid' ),
		array( 'alumni-dev', 'Dev Patel', 'Asia/Kolkata' ),
		array( 'alumni-chloe', 'Chloé Bernard', 'Europe/Paris' ),
		array( 'alumni-tunde', 'Tunde Adeyemi', 'Africa/Lagos' ),
		array( 'alumni-hana', 'Hana Sato', 'Asia/Tokyo' ),
		array( 'alumni-lena', 'Lena Fischer', 'Europe/Berlin' ),
		array( 'alumni-marco', 'Marco Rossi', 'Europe/Rome' ),
		array( 'alumni-ana', 'Ana Souza', 'America/Sao_Paulo' ),
		array( 'alumni-sam', 'Sam Okafor', 'America/New_York' ),
		array( 'alumni-ivy', 'Ivy Chen', 'Australia/Sydney' ),
	);

	/**
	 * @throws \RuntimeException When a step is refused.
	 */
	public static function load( int $coordinator, ?int $today = null ): void {
		$now     = $today ?? time();
		$surveys = array(
			Survey::MENTEES   => self::survey( Survey::MENTEES, $now ),
			Survey::MENTORS   => self::survey( Survey::MENTORS, $now ),
			Survey::TEAM_REPS => self::survey( Survey::TEAM_REPS, $now ),
		);
		if ( ! get_page_by_path( self::COHORT, OBJECT, CohortPostType::POST_TYPE ) ) {
			self::spring( $surveys[ Survey::MENTEES ], $surveys[ Survey::MENTORS ], $coordinator, $now );
		}
		// Next season's cohort: two mentees enrol now, and the planner asks them "before" (a survey waiting in My mentorship).
		$next = get_page_by_path( 'contributor-cohort-next', OBJECT, CohortPostType::POST_TYPE );
		if ( $next instanceof \WP_Post ) {
			foreach ( array( 'mentee-emily', 'mentee-sofia' ) as $login ) {
				$user = get_user_by( 'login', $login );
				if ( $user ) {
					( new Enrolment() )->enrol( $next->ID, $user->ID, 'mentee', Cohort::ONE_TO_ONE, $coordinator ); // Already enrolled: refused, nothing changes.
				}
			}
		}
	}

	/** The spring cohort, its people, and its before, after and follow-up waves with answers. */
	private static function spring( int $mentees_survey, int $mentors_survey, int $coordinator, int $now ): void {
		$day    = static fn ( int $days ): string => WaveTiming::day_of( $now + $days * DAY_IN_SECONDS );
		$start  = $day( -128 );
		$end    = $day( -100 );
		$cohort = wp_insert_post(
			array(
				'post_type'    => CohortPostType::POST_TYPE,
				'post_status'  => 'publish',
				'post_name'    => self::COHORT,
				'post_title'   => __( 'Contributor cohort — spring', 'wayfinder' ),
				'post_content' => '<!-- wp:paragraph --><p>' . esc_html__( 'Four weeks, 1:1 pairs: the cohort whose surveys the Impact screen shows.', 'wayfinder' ) . '</p><!-- /wp:paragraph -->',
				'post_author'  => $coordinator,
				'meta_input'   => array(
					CohortPostType::START_DATE    => $start,
					CohortPostType::END_DATE      => $end,
					CohortPostType::STAGE         => Cohort::RUNNING,
					CohortPostType::SEATS         => 12,
					CohortPostType::MENTOR_PLACES => 3,
					CohortPostType::MODES         => array( Cohort::ONE_TO_ONE ),
					CohortPostType::TEAMS         => array( 'core', 'polyglots', 'docs' ),
				),
			),
			true
		);
		if ( is_wp_error( $cohort ) ) {
			throw new \RuntimeException( esc_html( self::COHORT . ': ' . $cohort->get_error_message() ) );
		}
		$alumni = array();
		foreach ( self::ALUMNI as list( $login, $name, $zone ) ) {
			$user     = get_user_by( 'login', $login );
			$alumni[] = $user ? $user->ID : self::person( $login, $name, $zone );
		}
		$mentors = array();
		foreach ( array( 'mentor-priya', 'mentor-lucia' ) as $login ) {
			$user = get_user_by( 'login', $login );
			if ( $user ) {
				$mentors[] = $user->ID;
			}
		}
		// Enrolled long after the first week: the planner asks nobody "before" now; the demo's waves are written as they happened.
		foreach ( $alumni as $user ) {
			self::check( ( new Enrolment() )->enrol( $cohort, $user, 'mentee', Cohort::ONE_TO_ONE, $coordinator ), 'enrol an alumna' );
		}
		foreach ( $mentors as $user ) {
			self::check( ( new Enrolment() )->enrol( $cohort, $user, 'mentor', '', $coordinator ), 'enrol a mentor' );
		}
		$asked_pre  = WaveTiming::start_of_day( $start ) - 5 * DAY_IN_SECONDS;
		$asked_post = WaveTiming::post_opens( $end ) + HOUR_IN_SECONDS;
		$asked_fu   = WaveTiming::follow_up_opens( $end ) + HOUR_IN_SECONDS;
		// Before: all but one answered; after: the same nine (nine before-and-after pairs); three months later: five so far.
		self::wave( $mentees_survey, $cohort, Wave::PRE, $asked_pre, WaveTiming::pre_closes( $start ), $alumni, 9, $now );
		self::wave( $mentees_survey, $cohort, Wave::POST, $asked_post, WaveTiming::due( $asked_post, 14 ), $alumni, 9, $now );
		self::wave( $mentees_survey, $cohort, Wave::FOLLOW_UP, $asked_fu, WaveTiming::due( $asked_fu, 14 ), $alumni, 5, $now );
		self::wave( $mentors_survey, $cohort, Wave::POST, $asked_post, WaveTiming::due( $asked_post, 14 ), $mentors, count( $mentors ), $now );
		self::wave( $mentors_survey, $cohort, Wave::FOLLOW_UP, $asked_fu, WaveTiming::due( $asked_fu, 14 ), $mentors, 1, $now );
		// Finished now, on its end date: the "after" waves exist already, so nobody is asked again.
		update_post_meta( $cohort, CohortPostType::STAGE, Cohort::FINISHED );
	}

	/**
	 * A wave as it happened: everyone asked at $asked (the e-mail counted as sent), the first
	 * $answering answered a day or two later. The responses are written here with the invitation's
	 * claim in one transaction, as the answering service (a later part of #17) will do.
	 *
	 * @param list<int> $people
	 */
	private static function wave( int $survey_id, int $cohort, string $kind, int $asked, int $closes, array $people, int $answering, int $now ): void {
		$survey   = SurveyPostType::find( $survey_id );
		$versions = new SurveyVersionRepository();
		$version  = null === $survey ? null : ( $versions->latest( $survey_id ) ?? $versions->add( $survey_id, 1, $survey->questions, $now ) );
		if ( null === $survey || null === $version ) {
			return;
		}
		$wave        = ( new WaveRepository() )->ensure( $survey_id, $cohort, $kind, $asked, $closes, $asked );
		$invitations = new InvitationRepository();
		$responses   = new ResponseRepository();
		foreach ( $people as $n => $user ) {
			$invitation = $invitations->invite( $wave->id, $user, 0, $asked, $closes );
			if ( null === $invitation ) {
				continue;
			}
			$invitations->claim_sent( $invitation->id, $asked );
			if ( $n >= $answering ) {
				continue;
			}
			$answered = min( $now - HOUR_IN_SECONDS, $asked + ( 1 + $n % 3 ) * DAY_IN_SECONDS );
			$answers  = self::answers( $survey, $kind, $n );
			self::check(
				Transaction::run(
					static function () use ( $invitations, $responses, $invitation, $wave, $version, $survey, $user, $answered, $answers ) {
						if ( ! $invitations->claim_answered( $invitation->id, $answered ) ) {
							return new \WP_Error( 'wayfinder_demo', 'The invitation was answered already.' );
						}
						return $responses->add( $wave->id, $version->id, $survey->anonymous ? null : $invitation->id, $survey->anonymous ? null : $user, gmdate( 'Y-m-d', $answered ), $answers );
					}
				),
				'a demo response'
			);
		}
	}

	/**
	 * Varied answers: before, mostly unsure (2–3); after and three months later, mostly agreeing (4–5).
	 *
	 * @return list<Answer>
	 */
	private static function answers( Survey $survey, string $kind, int $n ): array {
		$answers = array();
		$lift    = Wave::PRE === $kind ? 0 : ( Wave::POST === $kind ? 2 : 1 );
		foreach ( $survey->questions as $i => $question ) {
			$spread = ( $n + $i ) % 3;
			if ( Question::AGREE === $question->type ) {
				$answers[] = new Answer( $question->key, '', min( 5, max( 1, 2 + ( $spread > 1 ? 1 : 0 ) + $lift - ( 0 === ( $n * 7 + $i ) % 9 ? 1 : 0 ) ) ), null );
			} elseif ( Question::NPS === $question->type ) {
				$answers[] = new Answer( $question->key, '', Wave::PRE === $kind ? 5 + $spread : min( 10, 7 + $spread + ( $n % 2 ) ), null );
			} elseif ( $question->is_choice() && array() !== $question->choices ) {
				$answers[] = new Answer( $question->key, $question->choices[ ( $n + $i ) % count( $question->choices ) ], null, null );
			} elseif ( $question->is_text() && 0 === $n % 3 ) {
				$answers[] = new Answer( $question->key, '', null, Wave::PRE === $kind ? 'I do not know where to start yet.' : 'Having a mentor to ask made the difference.' );
			}
		}
		return $answers;
	}

	/** The audience's survey: the first one there is (any status), else a minimal published one with the default keys. */
	private static function survey( string $audience, int $now ): int {
		$found = get_posts(
			array(
				'post_type'      => SurveyPostType::POST_TYPE,
				'post_status'    => array( 'publish', 'draft', 'private' ),
				'posts_per_page' => 1,
				'fields'         => 'ids',
				'orderby'        => 'ID',
				'order'          => 'ASC',
				'meta_key'       => SurveyPostType::AUDIENCE, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of surveys.
				'meta_value'     => $audience, // phpcs:ignore WordPress.DB.SlowDBQuery -- a handful of surveys.
			)
		);
		if ( array() !== $found ) {
			return (int) $found[0];
		}
		$agree     = static fn ( string $key, string $text ): array => array(
			'key'      => $key,
			'type'     => Question::AGREE,
			'text'     => $text,
			'required' => true,
		);
		$recommend = array(
			'key'      => 'recommend',
			'type'     => Question::NPS,
			'text'     => __( 'How likely are you to recommend the program to a friend?', 'wayfinder' ),
			'required' => true,
		);
		$setup     = match ( $audience ) {
			Survey::MENTEES => array(
				__( 'Mentees: before, after and three months later', 'wayfinder' ),
				array( Wave::PRE, Wave::POST, Wave::FOLLOW_UP, Wave::START, Wave::COMPLETION ),
				array(
					$agree( 'familiarity', __( 'I am familiar with how to contribute to WordPress.', 'wayfinder' ) ),
					$agree( 'confidence', __( 'I feel confident making a contribution.', 'wayfinder' ) ),
					$agree( 'where_to_ask', __( 'I know where to ask when I am stuck.', 'wayfinder' ) ),
					$agree( 'whom_to_ping', __( 'I know whom to ping about my contribution.', 'wayfinder' ) ),
					$agree( 'belonging', __( 'I feel I belong in the contributor community.', 'wayfinder' ) ),
					$agree( 'keep_contributing', __( 'I intend to keep contributing.', 'wayfinder' ) ),
					$recommend,
				),
			),
			Survey::MENTORS => array(
				__( 'Mentors: after the cohort', 'wayfinder' ),
				array( Wave::POST, Wave::FOLLOW_UP, Wave::COMPLETION ),
				array(
					array(
						'key'      => 'time_spent',
						'type'     => Question::SINGLE,
						'text'     => __( 'How much time did mentoring take a week?', 'wayfinder' ),
						'required' => true,
						'choices'  => array( __( 'Under an hour', 'wayfinder' ), __( '1–2 hours', 'wayfinder' ), __( 'More than 2 hours', 'wayfinder' ) ),
					),
					$agree( 'program_support', __( 'The program supported me well as a mentor.', 'wayfinder' ) ),
					$agree( 'mentor_again', __( 'I would mentor again.', 'wayfinder' ) ),
					$recommend,
				),
			),
			default         => array(
				__( 'Teams: the newcomers you received', 'wayfinder' ),
				array( Wave::FOLLOW_UP ),
				array(
					$agree( 'readiness', __( 'The newcomers we received were ready to contribute.', 'wayfinder' ) ),
					$agree( 'follow_up_contributions', __( 'They went on contributing to our team.', 'wayfinder' ) ),
				),
			),
		};
		$questions = Questions::parse( $setup[2] );
		if ( is_wp_error( $questions ) ) {
			throw new \RuntimeException( esc_html( $audience . ': ' . $questions->get_error_message() ) );
		}
		$id = wp_insert_post(
			array(
				'post_type'   => SurveyPostType::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => $setup[0],
				'meta_input'  => array(
					SurveyPostType::AUDIENCE    => $audience,
					SurveyPostType::ANONYMOUS   => false,
					SurveyPostType::WAVES       => $setup[1],
					SurveyPostType::ANSWER_DAYS => Survey::ANSWER_DAYS,
					SurveyPostType::QUESTIONS   => Questions::to_arrays( $questions ),
				),
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			throw new \RuntimeException( esc_html( $audience . ': ' . $id->get_error_message() ) );
		}
		$versions = new SurveyVersionRepository();
		if ( null === $versions->latest( $id ) ) {
			$versions->add( $id, 1, $questions, $now );
		}
		return $id;
	}

	private static function person( string $login, string $name, string $zone ): int {
		$user = wp_insert_user(
			array(
				'user_login'   => $login,
				'user_pass'    => DemoPeople::PASSWORD,
				'display_name' => $name,
				'first_name'   => explode( ' ', $name )[0],
				'user_email'   => $login . '@example.org',
				'role'         => 'subscriber',
			)
		);
		if ( is_wp_error( $user ) ) {
			throw new \RuntimeException( esc_html( $login . ': ' . $user->get_error_message() ) );
		}
		$saved = ( new ProfileRepository() )->save( new Profile( $user, $zone, array( 'en' ), array( 'core' ), array(), array(), '', 1 ) );
		if ( is_wp_error( $saved ) ) {
			throw new \RuntimeException( esc_html( $login . ': ' . $saved->get_error_message() ) );
		}
		return $user;
	}

	/** @param mixed $result */
	private static function check( $result, string $what ): void {
		if ( false === $result || null === $result || is_wp_error( $result ) ) {
			throw new \RuntimeException( esc_html( $what . ': ' . ( is_wp_error( $result ) ? $result->get_error_message() : 'refused.' ) ) );
		}
	}
}
