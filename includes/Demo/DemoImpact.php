<?php
/**
 * The demo's impact: a cohort that finished fourteen months ago ("a year ago") with eight alumni —
 * six graduated, most handed to a team — and four applicants it waitlisted; three 1:1 mentorships
 * that ended months ago (automatic, mentee asked, mentor offer); verified contributions over the
 * months after each end (some keep going, some stop; the waitlisted contribute less), also for Jonas
 * of the last season's cohort. Outcomes are added and measured through Impact\Outcomes, so every chart
 * of the Impact screen has data. Idempotent.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortEnding;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Impact\ImpactFigures;
use Wayfinder\Impact\Outcomes;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Surveys\WaveTiming;

final class DemoImpact {

	public const COHORT = 'contributor-cohort-last-year';

	/**
	 * Alumni of the cohort a year ago: login, name, graduated, team, months they kept contributing, contributions a month.
	 *
	 * @var list<array{0: string, 1: string, 2: bool, 3: string, 4: int, 5: int}>
	 */
	private const ALUMNI = array(
		array( 'alum-amara', 'Amara Okafor', true, 'polyglots', 14, 3 ),
		array( 'alum-bruno', 'Bruno Silva', true, 'core', 13, 2 ),
		array( 'alum-chen', 'Chen Wei', true, 'docs', 7, 2 ),
		array( 'alum-dalia', 'Dalia Haddad', true, 'polyglots', 4, 1 ),
		array( 'alum-emil', 'Emil Novak', true, 'core', 2, 1 ),
		array( 'alum-fatou', 'Fatou Diop', true, '', 1, 1 ),
		array( 'alum-goran', 'Goran Petrov', false, '', 0, 0 ),
		array( 'alum-hana', 'Hana Sato', false, '', 3, 1 ),
	);

	/** @var list<array{0: string, 1: string, 2: int, 3: int}> Waitlisted applicants: login, name, months, a month. */
	private const WAITLISTED = array(
		array( 'waitlisted-ivo', 'Ivo Marković', 2, 1 ),
		array( 'waitlisted-jade', 'Jade Martin', 0, 0 ),
		array( 'waitlisted-kemal', 'Kemal Yilmaz', 1, 1 ),
		array( 'waitlisted-lea', 'Léa Dubois', 0, 0 ),
	);

	/** @var list<array{0: string, 1: string, 2: string, 3: int, 4: int}> 1:1 mentees: login, name, source, ended days ago, months kept. */
	private const ONE_TO_ONE = array(
		array( 'alum-mira', 'Mira Kowalska', 'auto', 200, 5 ),
		array( 'alum-noah', 'Noah Becker', 'mentee_request', 130, 1 ),
		array( 'alum-olu', 'Olu Adeyemi', 'mentor_offer', 100, 3 ),
	);

	public static function load( int $coordinator, ?int $today = null ): void {
		$now = $today ?? time();
		if ( get_page_by_path( self::COHORT, OBJECT, CohortPostType::POST_TYPE ) ) {
			return;
		}
		$day_of = static fn ( int $days ): string => WaveTiming::day_of( $now + $days * DAY_IN_SECONDS );
		$end    = $day_of( -425 );
		$cohort = wp_insert_post(
			array(
				'post_type'    => CohortPostType::POST_TYPE,
				'post_status'  => 'publish',
				'post_name'    => self::COHORT,
				'post_title'   => __( 'Contributor cohort — a year ago', 'wayfinder' ),
				'post_content' => '<!-- wp:paragraph --><p>' . esc_html__( 'Four weeks, 1:1 pairs and project groups.', 'wayfinder' ) . '</p><!-- /wp:paragraph -->',
				'post_author'  => $coordinator,
				'meta_input'   => array(
					CohortPostType::START_DATE => $day_of( -452 ),
					CohortPostType::END_DATE   => $end,
					CohortPostType::STAGE      => Cohort::RUNNING,
					CohortPostType::SEATS      => 8,
					CohortPostType::MODES      => array( Cohort::ONE_TO_ONE ),
					CohortPostType::TEAMS      => array( 'core', 'polyglots', 'docs' ),
				),
			),
			true
		);
		if ( is_wp_error( $cohort ) ) {
			return;
		}
		$members   = new CohortMemberRepository();
		$handoffs  = new HandoffRepository();
		$applied   = new ApplicationRepository();
		$made      = new ContributionRepository();
		$mentor    = get_user_by( 'login', 'mentor-anna' );
		$mentor_id = $mentor ? $mentor->ID : 0;
		foreach ( self::ALUMNI as $alum ) {
			$user = self::person( $alum[0], $alum[1] );
			if ( null !== $members->add( $cohort, $user, CohortMember::MENTEE, Cohort::ONE_TO_ONE, $coordinator ) ) {
				$members->take_place( $cohort, CohortMember::MENTEE, count( self::ALUMNI ) ); // Counted as an enrolment would.
			}
			if ( $alum[2] ) {
				$members->graduate( $cohort, $user, $coordinator, '', $now - 420 * DAY_IN_SECONDS );
			}
			self::hand_off( $handoffs, $user, $cohort, $alum[3], $now );
			self::contribute( $made, $user, $end, $alum[4], $alum[5], self::team_or( $alum[3], 'core' ), $now );
		}
		foreach ( self::WAITLISTED as list( $login, $name, $months, $a_month ) ) {
			$user  = self::person( $login, $name );
			$draft = $applied->create_draft( $cohort, $user, Application::MENTEE, $now - 480 * DAY_IN_SECONDS );
			if ( null === $draft ) {
				continue;
			}
			$applied->update(
				$draft->id,
				array(
					'status'   => Application::SUBMITTED,
					'stage'    => Application::DECIDED,
					'decision' => Application::WAITLISTED,
				),
				$now - 470 * DAY_IN_SECONDS
			);
			self::contribute( $made, $user, $end, $months, $a_month, 'docs', $now );
		}
		// The cohort finishes (CohortFinished): its outcomes are added and measured.
		update_post_meta( $cohort, CohortPostType::STAGE, Cohort::FINISHED );

		$outcomes = new Outcomes();
		$matches  = new MatchRepository();
		foreach ( self::ONE_TO_ONE as list( $login, $name, $source, $days_ago, $months ) ) {
			$user  = self::person( $login, $name );
			$match = 0 === $mentor_id ? null : $matches->insert( $user, $mentor_id, $source, 'active', $coordinator );
			$ended = null !== $match && $matches->close( $match, $user, 'completed', 'completed' ) ? $matches->find( $match ) : null;
			if ( null !== $ended ) {
				$outcomes->match_ended( $ended, 'completed', $now - $days_ago * DAY_IN_SECONDS );
			}
			self::contribute( $made, $user, $day_of( -$days_ago ), $months, 2, 'support', $now );
		}
		// Jonas (last season's cohort) keeps translating.
		$jonas = get_user_by( 'login', 'mentee-jonas' );
		$last  = get_page_by_path( 'contributor-cohort-before', OBJECT, CohortPostType::POST_TYPE );
		if ( $jonas && $last instanceof \WP_Post ) {
			$ended = CohortEnding::ended_on( $last->ID );
			if ( null !== $ended ) {
				self::contribute( $made, $jonas->ID, $ended, 3, 2, 'polyglots', $now );
				$outcomes->cohort_finished( $last->ID, $ended, $now );
			}
		}
		// Every person's months, as the tick measures them.
		foreach ( array_merge( array_column( self::ALUMNI, 0 ), array_column( self::WAITLISTED, 0 ), array_column( self::ONE_TO_ONE, 0 ), array( 'mentee-jonas' ) ) as $login ) {
			$person = get_user_by( 'login', $login );
			if ( $person ) {
				$outcomes->remeasure( $person->ID, $now );
			}
		}
		ImpactFigures::forget();
	}

	private static function hand_off( HandoffRepository $handoffs, int $user, int $cohort, string $team, int $now ): void {
		if ( '' !== $team ) {
			$handoffs->choose( $user, $cohort, $team, $now - 430 * DAY_IN_SECONDS );
		}
	}

	private static function team_or( string $team, string $otherwise ): string {
		return '' === $team ? $otherwise : $team;
	}

	private static function person( string $login, string $name ): int {
		$user = get_user_by( 'login', $login );
		if ( $user ) {
			return $user->ID;
		}
		$id = wp_insert_user(
			array(
				'user_login'   => $login,
				'user_pass'    => DemoPeople::PASSWORD,
				'user_email'   => $login . '@example.org',
				'display_name' => $name,
				'role'         => 'subscriber',
			)
		);
		return is_int( $id ) ? $id : 0;
	}

	/** Verified contributions in each of the $months months after $ended (in the past only). */
	private static function contribute( ContributionRepository $made, int $user, string $ended, int $months, int $a_month, string $team, int $now ): void {
		if ( 0 === $user ) {
			return;
		}
		$kinds = array( 'code', 'translation', 'documentation', 'support', 'testing' );
		$today = WaveTiming::day_of( $now );
		for ( $m = 1; $m <= $months; $m++ ) {
			for ( $k = 0; $k < $a_month; $k++ ) {
				// 1, 9 and 17 days into the month after add_months( ended, m − 1 ): inside the m-th month.
				$day = WaveTiming::day_of( WaveTiming::start_of_day( WaveTiming::add_months( $ended, $m - 1 ) ) + ( 1 + 8 * $k ) * DAY_IN_SECONDS + 12 * HOUR_IN_SECONDS );
				if ( $day >= $today ) {
					continue;
				}
				$made->record(
					array(
						'user_id'        => $user,
						'kind'           => $kinds[ ( $m + $k ) % count( $kinds ) ],
						'team'           => $team,
						'url'            => 'https://example.org/contributions/' . $user . '-' . $m . '-' . $k,
						'summary'        => __( 'A contribution after the program', 'wayfinder' ),
						'contributed_on' => $day,
						'source'         => Contribution::MANUAL,
						'source_key'     => 'demo-impact-' . $user . '-' . $m . '-' . $k,
						'status'         => Contribution::VERIFIED,
					),
					$now
				);
			}
		}
	}
}
