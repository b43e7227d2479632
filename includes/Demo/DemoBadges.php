<?php
/**
 * The demo's badges, through the services: the default badges, then the awards the rules give for the
 * demo's history (its completed mentorships, graduations, verified contributions and the finished
 * cohort, where `mentor-anna` led the closing group session, so she is its Cohort facilitator) by the
 * same backfill an upgraded site runs; a badge a coordinator awards by hand ("Translation sprint
 * host", to Nadia); one revoked with its reason (first given to Tomás by mistake); one the person hid
 * (Tomás' Mentee badge is not on his profile). Quiet: nobody is e-mailed about the demo's badges.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Badges\Awarding;
use Wayfinder\Badges\AwardRepository;
use Wayfinder\Badges\Badge;
use Wayfinder\Badges\BadgePostType;
use Wayfinder\Badges\BadgeRules;
use Wayfinder\Badges\DefaultBadges;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Sessions\Session;
use Wayfinder\Sessions\SessionRepository;

final class DemoBadges {

	/** The badge only coordinators award. */
	public const BY_HAND_SLUG = 'translation-sprint-host';

	/**
	 * @throws \RuntimeException When a step is refused.
	 */
	public static function load( int $coordinator, ?int $today = null ): void {
		$today = $today ?? time();
		$user  = static function ( string $login ): int {
			$found = get_user_by( 'login', $login );
			return $found ? (int) $found->ID : 0;
		};
		if ( $coordinator <= 0 || 0 === $user( 'mentor-anna' ) || 0 === $user( 'mentee-nadia' ) ) {
			return; // No demo people to recognise.
		}
		BadgeRules::quietly(
			static function () use ( $coordinator, $today, $user ): void {
				// A site set up before badges, or the tests (which set the seeded ones aside), has none yet.
				if ( null === BadgePostType::for_rule( Badge::MENTOR ) ) {
					delete_option( DefaultBadges::SEEDED_OPTION );
					DefaultBadges::seed_once();
				}
				self::closing_session( $user( 'mentor-anna' ), $coordinator, $today );
				$rules = new BadgeRules();
				$rules->start_backfill();
				$ticks = 0;
				while ( false !== get_option( BadgeRules::BACKFILL ) && $ticks < 50 ) {
					$rules->tick( $today );
					++$ticks;
				}
				self::by_hand( $coordinator, $user( 'mentee-nadia' ), $user( 'mentee-tomas' ), $today );
				self::hidden( $user( 'mentee-tomas' ) );
			}
		);
	}

	/** The last season's closing session, led by Anna: a group session that took place. */
	private static function closing_session( int $anna, int $coordinator, int $today ): void {
		$before = get_page_by_path( 'contributor-cohort-before', OBJECT, CohortPostType::POST_TYPE );
		if ( ! $before instanceof \WP_Post ) {
			return;
		}
		$sessions = new SessionRepository();
		if ( $sessions->count_of_cohort( $before->ID ) > 0 ) {
			return; // Added already.
		}
		$added = $sessions->add(
			array(
				'cohort_id'  => $before->ID,
				'kind'       => Session::GROUP,
				'mentor_id'  => $anna,
				'mentee_id'  => null,
				'starts'     => (int) strtotime( gmdate( 'Y-m-d', $today - 95 * DAY_IN_SECONDS ) . ' 16:00:00 UTC' ),
				'minutes'    => 60,
				'title'      => __( 'Closing session: what comes after the cohort', 'wayfinder' ),
				'location'   => 'https://meet.example.org/contributor-cohort',
				'agenda'     => __( 'Each mentee shows their contribution; the teams say how to keep going.', 'wayfinder' ),
				'created_by' => $coordinator,
			)
		);
		if ( null === $added ) {
			throw new \RuntimeException( 'The closing session: the database refused it.' );
		}
	}

	/** Nadia hosted a translation sprint: awarded by hand — first to Tomás by mistake, revoked with the reason. */
	private static function by_hand( int $coordinator, int $nadia, int $tomas, int $today ): void {
		$badge    = self::by_hand_badge();
		$awards   = new AwardRepository();
		$awarding = new Awarding( $awards );
		if ( null !== $awards->find_for( $badge->id, $nadia ) ) {
			return; // Loaded already.
		}
		if ( $tomas > 0 && null === $awards->find_for( $badge->id, $tomas ) ) {
			$mistake = self::check( $awarding->award_by_hand( $badge, $tomas, __( 'Hosted the Czech translation sprint in March.', 'wayfinder' ), $coordinator, $today - 20 * DAY_IN_SECONDS ), 'Tomás\' award' );
			self::check( $awarding->revoke( $mistake, __( 'Awarded to the wrong person: Nadia hosted the sprint; Tomás took part in it.', 'wayfinder' ), $coordinator, $today - 19 * DAY_IN_SECONDS ), 'the revocation' );
		}
		self::check( $awarding->award_by_hand( $badge, $nadia, __( 'Hosted the French translation sprint in March: 14 newcomers translated 2,300 strings of WordPress 7.0 (https://make.wordpress.org/polyglots/).', 'wayfinder' ), $coordinator, $today - 19 * DAY_IN_SECONDS ), 'Nadia\'s award' );
	}

	/** Tomás keeps his Mentee badge off his profile (his choice, on his mentorship page). */
	private static function hidden( int $tomas ): void {
		$mentee = BadgePostType::for_rule( Badge::MENTEE );
		$award  = null === $mentee || $tomas <= 0 ? null : ( new AwardRepository() )->find_for( $mentee->id, $tomas );
		if ( null === $award ) {
			$graduate = BadgePostType::for_rule( Badge::GRADUATE );
			$award    = null === $graduate || $tomas <= 0 ? null : ( new AwardRepository() )->find_for( $graduate->id, $tomas );
		}
		if ( null !== $award && $award->shown ) {
			( new Awarding( new AwardRepository() ) )->choose_shown( $award, false );
		}
	}

	private static function by_hand_badge(): Badge {
		$post  = get_page_by_path( self::BY_HAND_SLUG, OBJECT, BadgePostType::POST_TYPE );
		$id    = $post instanceof \WP_Post ? $post->ID : wp_insert_post(
			array(
				'post_type'    => BadgePostType::POST_TYPE,
				'post_status'  => 'publish',
				'post_name'    => self::BY_HAND_SLUG,
				'post_title'   => __( 'Translation sprint host', 'wayfinder' ),
				'post_excerpt' => __( 'Organised and hosted a translation sprint that brought newcomers to the Polyglots team.', 'wayfinder' ),
				'meta_input'   => array(
					BadgePostType::RULE     => Badge::BY_HAND,
					BadgePostType::CRITERIA => __( 'Awarded by a mentoring coordinator to the host of a translation sprint, with a link to its results.', 'wayfinder' ),
				),
			),
			true
		);
		$badge = is_int( $id ) ? BadgePostType::find( $id ) : null;
		if ( null === $badge ) {
			throw new \RuntimeException( 'The demo\'s by-hand badge: refused.' );
		}
		return $badge;
	}

	/**
	 * @template T of object
	 * @param T|\WP_Error $result
	 * @return T
	 * @throws \RuntimeException When the step was refused.
	 */
	private static function check( $result, string $what ) {
		if ( $result instanceof \WP_Error ) {
			throw new \RuntimeException( esc_html( $what . ': ' . $result->get_error_message() ) );
		}
		return $result;
	}
}
