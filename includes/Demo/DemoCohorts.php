<?php
/**
 * The demo's cohorts, one in each stage: a running six-week cohort in its third week with mentors
 * and mentees in each way of taking part and its next group sessions, one open for applications, a
 * finished one and a draft.
 * Added once: a cohort already at a demo slug is left as it is.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Applications\ApplicationSettings;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Enrolment;

final class DemoCohorts {

	/** The running cohort's slug. */
	public const RUNNING = 'contributor-cohort-now';

	/**
	 * @throws \RuntimeException When WordPress refuses a cohort, or a place is refused.
	 */
	public static function load( int $coordinator, ?int $today = null ): void {
		$today    = $today ?? time();
		$day      = static fn ( int $days ): string => gmdate( 'Y-m-d', $today + $days * DAY_IN_SECONDS );
		$id       = static function ( string $login ): int {
			$user = get_user_by( 'login', $login );
			return $user ? $user->ID : 0;
		};
		$training = array(
			array(
				'title' => 'Learn WordPress: Contributing to WordPress',
				'url'   => 'https://learn.wordpress.org/course/contributing-to-wordpress/',
			),
			array(
				'title' => 'Make WordPress: Contributor Handbook',
				'url'   => 'https://make.wordpress.org/contribute/handbook/',
			),
		);
		$cohorts  = array(
			self::RUNNING               => array(
				'title'   => __( 'Contributor cohort — this season', 'wayfinder' ),
				'content' => __( 'Six weeks for new contributors: a mentor each, three group sessions on how the project works, and a first contribution to a team of your choice.', 'wayfinder' ),
				'stage'   => Cohort::RUNNING,
				'dates'   => array( $day( -15 ), $day( 26 ) ),
				'seats'   => 12,
				'places'  => 4,
				'modes'   => Cohort::MODES,
				'people'  => array(
					array( 'mentor-lucia', CohortMember::MENTOR, '' ),
					array( 'mentor-kenji', CohortMember::MENTOR, '' ),
					array( 'mentee-lucas', CohortMember::MENTEE, Cohort::ONE_TO_ONE ),
					array( 'mentee-omar', CohortMember::MENTEE, Cohort::ONE_TO_ONE ),
					array( 'mentee-aisha', CohortMember::MENTEE, Cohort::PROJECT_GROUP ),
					array( 'mentee-yuki', CohortMember::MENTEE, Cohort::GROUP_ONLY ),
					array( 'mentor-anna', CohortMember::MENTOR, '' ),
					array( 'mentee-kofi', CohortMember::MENTEE, Cohort::ONE_TO_ONE ),
					array( 'mentee-ines', CohortMember::MENTEE, Cohort::ONE_TO_ONE ),
				),
			),
			'contributor-cohort-next'   => array(
				'title'   => __( 'Contributor cohort — next season', 'wayfinder' ),
				'content' => __( 'Four weeks, open for applications. Volunteers and self-sponsored contributors first; a few seats are kept for contributors sponsored by a company.', 'wayfinder' ),
				'stage'   => Cohort::OPEN,
				'dates'   => array( $day( 60 ), $day( 87 ) ),
				'seats'   => 20,
				'places'  => 8,
				'modes'   => array( Cohort::ONE_TO_ONE, Cohort::GROUP_ONLY ),
				'people'  => array( array( 'mentor-grace', CohortMember::MENTOR, '' ) ),
			),
			'contributor-cohort-before' => array(
				'title'   => __( 'Contributor cohort — last season', 'wayfinder' ),
				'content' => __( 'The last cohort: four weeks, 1:1 pairs.', 'wayfinder' ),
				'stage'   => Cohort::FINISHED,
				'dates'   => array( $day( -120 ), $day( -93 ) ),
				'seats'   => 8,
				'places'  => 4,
				'modes'   => array( Cohort::ONE_TO_ONE ),
				'people'  => array(
					array( 'mentor-anna', CohortMember::MENTOR, '' ),
					array( 'mentee-jonas', CohortMember::MENTEE, Cohort::ONE_TO_ONE ),
				),
			),
			'translation-cohort-draft'  => array(
				'title'   => __( 'Translation cohort (being planned)', 'wayfinder' ),
				'content' => __( 'A cohort with the Polyglots team: dates to be set.', 'wayfinder' ),
				'stage'   => Cohort::DRAFT,
				'dates'   => array( '', '' ),
				'seats'   => 10,
				'places'  => 3,
				'modes'   => array( Cohort::PROJECT_GROUP ),
				'people'  => array(),
			),
		);
		foreach ( $cohorts as $slug => $cohort ) {
			if ( get_page_by_path( $slug, OBJECT, CohortPostType::POST_TYPE ) ) {
				continue;
			}
			// The finished cohort takes its people while it runs, then finishes.
			$stage   = Cohort::FINISHED === $cohort['stage'] ? Cohort::RUNNING : $cohort['stage'];
			$post_id = wp_insert_post(
				array(
					'post_type'    => CohortPostType::POST_TYPE,
					'post_status'  => Cohort::DRAFT === $cohort['stage'] ? 'draft' : 'publish',
					'post_name'    => $slug,
					'post_title'   => $cohort['title'],
					'post_content' => '<!-- wp:paragraph --><p>' . esc_html( $cohort['content'] ) . '</p><!-- /wp:paragraph -->',
					'post_author'  => $coordinator,
					'meta_input'   => array(
						CohortPostType::START_DATE     => $cohort['dates'][0],
						CohortPostType::END_DATE       => $cohort['dates'][1],
						CohortPostType::STAGE          => $stage,
						CohortPostType::SEATS          => $cohort['seats'],
						CohortPostType::MENTOR_PLACES  => $cohort['places'],
						CohortPostType::RESERVED_SEATS => intdiv( $cohort['seats'], 6 ),
						CohortPostType::MODES          => $cohort['modes'],
						CohortPostType::TEAMS          => array( 'core', 'polyglots', 'docs' ),
						CohortPostType::TRAINING       => $training,
					) + ( Cohort::OPEN === $cohort['stage'] ? array(
						// Applications close three weeks from now; unused seats kept for sponsored contributors are released a few days later.
						ApplicationSettings::APPLY_UNTIL => $day( 20 ),
						ApplicationSettings::RESERVED_UNTIL => $day( 25 ),
					) : array() ),
				),
				true
			);
			if ( is_wp_error( $post_id ) ) {
				throw new \RuntimeException( esc_html( $slug . ': ' . $post_id->get_error_message() ) );
			}
			foreach ( $cohort['people'] as list( $login, $role, $mode ) ) {
				$member = ( new Enrolment() )->enrol( $post_id, $id( $login ), $role, $mode, $coordinator );
				if ( is_wp_error( $member ) ) {
					throw new \RuntimeException( esc_html( $slug . ', ' . $login . ': ' . $member->get_error_message() ) );
				}
			}
			if ( $stage !== $cohort['stage'] ) {
				update_post_meta( $post_id, CohortPostType::STAGE, $cohort['stage'] );
			}
			if ( self::RUNNING === $slug ) {
				self::plan_sessions( $post_id, $coordinator, $today );
				self::in_motion( $post_id, $coordinator, $id, $today );
			}
			if ( Cohort::OPEN === $cohort['stage'] ) {
				DemoApplications::load( $post_id, $today );
			}
		}
	}

	/**
	 * The running cohort in its third week, with mentees in each state: Aisha on track in Kenji's
	 * project group (the kick-off attended, training done, a plan, last week's check-in answered and
	 * this week's waiting); Omar
	 * missed the kick-off and Yuki went quiet — both nudged three days ago, so coordinators see them
	 * on the Overview; Kofi said in the week-one fit check that his pairing with Anna is not working;
	 * Lucas, Omar and Inês still wait to be paired on the board.
	 *
	 * @param callable(string): int $id User ID by login.
	 * @throws \RuntimeException When a step is refused.
	 */
	private static function in_motion( int $cohort, int $coordinator, callable $id, int $today ): void {
		$kenji   = $id( 'mentor-kenji' );
		$aisha   = $id( 'mentee-aisha' );
		$members = new \Wayfinder\Cohorts\CohortMemberRepository();
		$check   = static function ( $result, string $what ): void {
			if ( false === $result || null === $result || is_wp_error( $result ) ) {
				throw new \RuntimeException( esc_html( $what . ': refused.' ) );
			}
		};
		$check( ( new \Wayfinder\Cohorts\CohortPairing( $members ) )->group( $cohort, $aisha, $kenji ), 'Aisha in Kenji\'s group' );
		$kickoff = ( new \Wayfinder\Sessions\SessionRepository() )->add(
			array(
				'cohort_id'  => $cohort,
				'kind'       => \Wayfinder\Sessions\Session::GROUP,
				'mentor_id'  => 0,
				'mentee_id'  => null,
				'starts'     => (int) strtotime( gmdate( 'Y-m-d', $today - 12 * DAY_IN_SECONDS ) . ' 16:00:00 UTC' ),
				'minutes'    => 60,
				'title'      => __( 'Kick-off: how WordPress is made', 'wayfinder' ),
				'location'   => 'https://meet.example.org/contributor-cohort',
				'agenda'     => '',
				'created_by' => $coordinator,
			)
		);
		if ( ! $kickoff instanceof \Wayfinder\Sessions\Session ) {
			throw new \RuntimeException( 'The kick-off: refused.' );
		}
		$attendance = new \Wayfinder\Sessions\Attendance();
		$check( $attendance->record( $kickoff->id, $aisha, 'attended', $coordinator ), 'Aisha at the kick-off' );
		$check( $attendance->record( $kickoff->id, $id( 'mentee-omar' ), 'missed', $coordinator ), 'Omar at the kick-off' );
		$training = new \Wayfinder\Training\TrainingService();
		$learn    = \Wayfinder\Training\TrainingItem::key_of( 'https://learn.wordpress.org/course/contributing-to-wordpress/' );
		$check( $training->mark_done( $cohort, $learn, $aisha ), 'Aisha\'s training' );
		$check( $training->confirm( $cohort, $learn, $aisha, $kenji ), 'Kenji\'s confirmation' );
		$plans = new \Wayfinder\Plans\PlanService();
		$check(
			$plans->add(
				$cohort,
				$aisha,
				array(
					'what' => __( 'Answer five threads in the support forums', 'wayfinder' ),
					'team' => 'support',
					'due'  => gmdate( 'Y-m-d', $today + 40 * DAY_IN_SECONDS ),
				),
				$aisha
			),
			'Aisha\'s first goal'
		);
		$check(
			$plans->add(
				$cohort,
				$aisha,
				array(
					'what' => __( 'Finish the Learn WordPress course on contributing', 'wayfinder' ),
					'due'  => gmdate( 'Y-m-d', $today + 10 * DAY_IN_SECONDS ),
				),
				$kenji
			),
			'Aisha\'s second goal'
		);
		$asked = ( new \Wayfinder\CheckIns\CheckInRepository() )->ask( $cohort, $aisha, 2, gmdate( 'Y-m-d H:i:s', $today - 4 * DAY_IN_SECONDS ) );
		if ( ! $asked instanceof \Wayfinder\CheckIns\CheckIn ) {
			throw new \RuntimeException( 'Aisha\'s check-in: refused.' );
		}
		$check( ( new \Wayfinder\CheckIns\CheckInService() )->answer( $asked->id, __( 'Finished the first course module and found the support team\'s handbook.', 'wayfinder' ), __( 'Nothing right now.', 'wayfinder' ), $aisha ), 'Aisha\'s answer' );
		// This week's check-in, asked yesterday: waiting for her answer.
		$check( ( new \Wayfinder\CheckIns\CheckInRepository() )->ask( $cohort, $aisha, 3, gmdate( 'Y-m-d H:i:s', $today - DAY_IN_SECONDS ) ), 'Aisha\'s check-in this week' );
		// Kofi and Anna were paired in week one; at its end Kofi said it is not working (coordinators see
		// it at once, with "Find another mentor"), Anna has not answered yet.
		$kofi  = $id( 'mentee-kofi' );
		$match = ( new \Wayfinder\Mentorship\MatchService() )->start( $kofi, $id( 'mentor-anna' ), 'cohort', $coordinator, 'active', $cohort );
		if ( is_wp_error( $match ) ) {
			throw new \RuntimeException( esc_html( 'Kofi and Anna: ' . $match->get_error_message() ) );
		}
		$asking = new \Wayfinder\FitCheck\FitCheckRepository();
		$check( $asking->ask( $cohort, $match, $kofi, 'mentee', $today - 6 * DAY_IN_SECONDS ), 'Kofi\'s fit check' );
		$check( $asking->ask( $cohort, $match, $id( 'mentor-anna' ), 'mentor', $today - 6 * DAY_IN_SECONDS ), 'Anna\'s fit check' );
		$asked_kofi = $asking->current_of( $cohort, $kofi );
		if ( null === $asked_kofi ) {
			throw new \RuntimeException( 'Kofi\'s fit check: not found.' );
		}
		$check( ( new \Wayfinder\FitCheck\FitCheckService() )->answer( $asked_kofi->id, $kofi, false, __( 'We never found a time that works for both of us.', 'wayfinder' ), $today - 5 * DAY_IN_SECONDS ), 'Kofi\'s answer' );
		foreach ( array(
			'mentee-omar' => \Wayfinder\Cohorts\EarlyWarning::MISSED_SESSION,
			'mentee-yuki' => \Wayfinder\Cohorts\EarlyWarning::QUIET,
		) as $login => $kind ) {
			$check( $members->raise_warning( $cohort, $id( $login ), $kind, $today - 3 * DAY_IN_SECONDS ), $login . '\'s warning' );
		}
	}

	/**
	 * The running cohort's next group sessions, at 16:00 UTC (evening in Europe and Africa, morning in
	 * the Americas, late in Asia), and one that was cancelled. Written past the service on purpose:
	 * demo people get no invitations.
	 *
	 * @throws \RuntimeException When the database refuses a session.
	 */
	private static function plan_sessions( int $cohort, int $coordinator, int $today ): void {
		$at       = static fn ( int $days ): int => (int) strtotime( gmdate( 'Y-m-d', $today + $days * DAY_IN_SECONDS ) . ' 16:00:00 UTC' );
		$sessions = array(
			array( 2, __( 'Finding your team', 'wayfinder' ), __( 'Representatives of Core, Polyglots and Docs say how newcomers start with them; then questions.', 'wayfinder' ), false ),
			array( 9, __( 'Your first contribution', 'wayfinder' ), __( 'Show what you are working on; mentors help with what blocks you.', 'wayfinder' ), false ),
			array( 5, __( 'Office hour', 'wayfinder' ), '', true ),
		);
		$planned  = new \Wayfinder\Sessions\SessionRepository();
		foreach ( $sessions as list( $days, $title, $agenda, $cancel ) ) {
			$session = $planned->add(
				array(
					'cohort_id'  => $cohort,
					'kind'       => \Wayfinder\Sessions\Session::GROUP,
					'mentor_id'  => 0,
					'mentee_id'  => null,
					'starts'     => $at( $days ),
					'minutes'    => 60,
					'title'      => $title,
					'location'   => 'https://meet.example.org/contributor-cohort',
					'agenda'     => $agenda,
					'created_by' => $coordinator,
				)
			);
			if ( null === $session || ( $cancel && ! $planned->cancel( $session->id ) ) ) {
				throw new \RuntimeException( esc_html( $title . ': the database refused the session.' ) );
			}
		}
	}
}
