<?php
/**
 * Mentoring: requests, matches, automatic assignment, departures, the audit trail and their routes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Mentorship\Events\MatchBackupSet;
use Wayfinder\Mentorship\Events\MatchCompleted;
use Wayfinder\Mentorship\Events\MatchConfirmed;
use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Mentorship\Events\MatchProposed;
use Wayfinder\Mentorship\Events\MatchStarted;
use Wayfinder\Mentorship\Events\MentorAway;
use Wayfinder\Mentorship\Events\MentorBack;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Transaction;

final class MentorshipModule implements Module {

	public function register( Container $services ): void {
		foreach ( array( MatchesController::class, EventsController::class, MentoringStateController::class, RequestsController::class, WaitingMenteesController::class, PeopleController::class ) as $controller ) {
			add_action( 'rest_api_init', array( $services->get( $controller ), 'register_routes' ) );
		}
		add_action( RequestService::EXPIRE_HOOK, array( $services->get( RequestService::class ), 'expire_due' ) );

		// The audit trail writes first, inside the transaction that fired the event.
		$audit = $services->get( AuditTrail::class );
		add_action( MatchProposed::HOOK, array( $audit, 'proposed' ), 1 );
		add_action( MatchStarted::HOOK, array( $audit, 'started' ), 1 );
		add_action( MatchConfirmed::HOOK, array( $audit, 'confirmed' ), 1 );
		add_action( MatchEnded::HOOK, array( $audit, 'ended' ), 1 );
		add_action( MatchCompleted::HOOK, array( $audit, 'ended' ), 1 );
		add_action( MatchBackupSet::HOOK, array( $audit, 'backup_set' ), 1 );
		add_action( MentorAway::HOOK, array( $audit, 'mentor_away' ), 1 );
		add_action( MentorBack::HOOK, array( $audit, 'mentor_back' ), 1 );

		// A match answers the mentee's open requests, whatever the path.
		$fulfil = static function ( MatchStarted|MatchProposed $event ) use ( $services ): void {
			$services->get( RequestService::class )->fulfil( $event->match->id, $event->match->mentee_id, $event->actor_id );
		};
		add_action( MatchStarted::HOOK, $fulfil, 10 );
		add_action( MatchProposed::HOOK, $fulfil, 10 );

		// A mentor with room again takes the longest-waiting mentees who fit, once the change is committed.
		$fill = static function ( MatchEnded|MentorBack $event ) use ( $services ): void {
			$mentor = $event instanceof MatchEnded ? $event->match->mentor_id : $event->profile->user_id;
			Transaction::after_commit(
				static function () use ( $services, $mentor ): void {
					$services->get( AutoAssigner::class )->fill_room( $mentor );
				}
			);
		};
		add_action( MatchEnded::HOOK, $fill, 30 );
		add_action( MatchCompleted::HOOK, $fill, 30 );
		add_action( MentorBack::HOOK, $fill, 30 );

		// The hourly tick: proposals nobody declined, counters repaired from the matches, the queue settled.
		add_action( Cron::HOURLY, static fn () => $services->get( MatchService::class )->confirm_due() );
		add_action( Cron::HOURLY, static fn () => $services->get( MatchService::class )->repair_counts(), 20 );
		add_action( Cron::HOURLY, static fn () => $services->get( AutoAssigner::class )->settle_queue(), 30 );

		$departures = $services->get( Departures::class );
		add_action( 'set_user_role', array( $departures, 'role_changed' ) );
		add_action( 'remove_user_role', array( $departures, 'role_changed' ) );
		add_action( 'delete_user', array( $departures, 'user_deleted' ) );
		add_action( Reassigner::HOOK, array( $services->get( Reassigner::class ), 'reassign_from' ) );
		add_action( 'user_register', array( $services->get( AutoAssigner::class ), 'welcome' ) );
		// Before the account goes: its open requests and queue place are settled (see RequestService).
		add_action( 'delete_user', array( $services->get( RequestService::class ), 'settle_deleted_user' ) );
	}
}
