<?php
/**
 * The demo's hand-offs to a team, through the services (loading again changes nothing): Mateo García
 * (`team-rep`) represents Polyglots; Lucas is heading there (chose it), Kofi's introduction waits for a
 * representative, Inés's has waited ten days and was escalated to the coordinators, and Jonas (last
 * season) was accepted two months ago with Mateo as his contact. Omar's quiz recommended Polyglots, so
 * it is offered to him first. Whatever the graduation demo sent already is left as it is.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Demo;

use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\ContributionRepository;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Handoffs\HandoffService;
use Wayfinder\Orientation\QuizTaken;
use Wayfinder\Orientation\Recommendation;
use Wayfinder\Teams\TeamPostType;

final class DemoHandoffs {

	public const TEAM = 'polyglots';

	public static function load( ?int $today = null ): void {
		$now  = $today ?? time();
		$id   = static function ( string $login ): int {
			$user = get_user_by( 'login', $login );
			return $user ? $user->ID : 0;
		};
		$team = get_page_by_path( self::TEAM, OBJECT, TeamPostType::POST_TYPE );
		$rep  = $id( 'team-rep' );
		if ( ! $team instanceof \WP_Post || 0 === $rep ) {
			return;
		}
		$listed = array_map( 'intval', (array) get_post_meta( $team->ID, TeamPostType::REPRESENTATIVES, true ) );
		if ( ! in_array( $rep, $listed, true ) ) {
			update_post_meta( $team->ID, TeamPostType::REPRESENTATIVES, array_values( array_merge( $listed, array( $rep ) ) ) );
		}
		QuizTaken::mark( $id( 'mentee-omar' ), $now, array( new Recommendation( self::TEAM, 1, 6, array() ) ) );

		$running  = get_page_by_path( DemoCohorts::RUNNING, OBJECT, CohortPostType::POST_TYPE );
		$finished = get_page_by_path( 'contributor-cohort-before', OBJECT, CohortPostType::POST_TYPE );
		$service  = new HandoffService();
		if ( $running instanceof \WP_Post ) {
			self::hand_off( $service, $id( 'mentee-lucas' ), $running->ID, null, $now );
			self::hand_off( $service, $id( 'mentee-kofi' ), $running->ID, null, $now );
			self::hand_off( $service, $id( 'mentee-ines' ), $running->ID, $now - 10 * DAY_IN_SECONDS, $now );
			// Inés waited longer than the setting: the coordinators are told, once.
			$service->escalate_due( $now );
		}
		if ( $finished instanceof \WP_Post ) {
			$jonas = self::hand_off( $service, $id( 'mentee-jonas' ), $finished->ID, $now - 70 * DAY_IN_SECONDS, $now );
			if ( null !== $jonas && Handoff::WAITING === $jonas->status ) {
				$service->accept( $jonas->id, $rep, 'Welcome to Polyglots, Jonas! Join us in #polyglots on Thursdays; I will help you with your first locale reviews.', $rep, $now - 60 * DAY_IN_SECONDS );
			}
		}
	}

	/**
	 * The person chooses Polyglots and, when $sent_at is given, graduates into it then (sent with their
	 * mentor's note). Left alone when their hand-off was sent already.
	 */
	private static function hand_off( HandoffService $service, int $user_id, int $cohort_id, ?int $sent_at, int $now ): ?Handoff {
		if ( 0 === $user_id ) {
			return null;
		}
		$handoffs = new HandoffRepository();
		$current  = $handoffs->find_for( $user_id, $cohort_id );
		if ( null === $current || Handoff::CHOSEN === $current->status ) {
			$service->choose( $user_id, $cohort_id, self::TEAM, $user_id, $sent_at ?? $now );
		}
		if ( null !== $sent_at ) {
			$mentor      = ( new CohortPairs() )->mentor_of( $cohort_id, $user_id );
			$coordinator = get_user_by( 'login', 'coordinator' );
			$confirmer   = $mentor > 0 ? $mentor : ( $coordinator ? $coordinator->ID : 0 );
			// A hand-off goes out at graduation: the demo graduate has a verified contribution and a confirmed graduation.
			$contributions = new ContributionRepository();
			if ( 0 === $contributions->count_verified( $user_id ) ) {
				foreach ( $contributions->of_user( $user_id, Contribution::UNVERIFIED, 1 ) as $first ) {
					$contributions->review( $first->id, Contribution::VERIFIED, $confirmer, '', $sent_at, array( Contribution::UNVERIFIED ) );
				}
			}
			( new CohortMemberRepository() )->graduate( $cohort_id, $user_id, $confirmer, '', $sent_at );
			$service->send( $user_id, $cohort_id, $mentor, __( 'Curious and careful: they translated a whole plugin during the cohort and asked good questions about style guides.', 'wayfinder' ), $mentor, $sent_at );
		}
		return $handoffs->find_for( $user_id, $cohort_id );
	}
}
