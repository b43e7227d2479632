<?php
/**
 * Mentoring: requests, matches, automatic assignment, departures, the audit trail and their routes.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;
use Wayfinder\Profiles\ProfileEdited;
use Wayfinder\Profiles\ProfilesController;
use Wayfinder\Directory\Visitor;

final class MentorshipModule implements Module {

	public function register( Container $services ): void {
		foreach ( array( MatchesController::class, EventsController::class, MentoringStateController::class, RequestsController::class, WaitingMenteesController::class, PeopleController::class ) as $controller ) {
			add_action( 'rest_api_init', array( $services->get( $controller ), 'register_routes' ) );
		}
		add_action( RequestService::EXPIRE_HOOK, array( $services->get( RequestService::class ), 'expire_due' ) );
		add_action( RequestService::EXPIRE_HOOK, array( $services->get( MatchService::class ), 'confirm_due' ) );
		add_action( MatchService::STARTED_HOOK, array( $services->get( RequestService::class ), 'fulfil' ), 10, 3 );
		add_action( MatchService::STARTED_HOOK, array( MatchNotices::class, 'on_started' ), 20, 3 );
		add_action( MatchService::CONFIRMED_HOOK, array( MatchNotices::class, 'confirmed' ), 10, 2 );
		$services->get( Departures::class )->register();
		add_action( Reassigner::HOOK, array( $services->get( Reassigner::class ), 'reassign_from' ) );
		add_action( 'user_register', array( $services->get( AutoAssigner::class ), 'welcome' ) );
		// Profiles (a lower layer) tell mentoring what changed, and ask it who are match partners.
		add_action( ProfileEdited::HOOK, array( $services->get( ProfileEdits::class ), 'edited' ) );
		add_filter( ProfilesController::PARTNERS_FILTER, array( $services->get( ProfileEdits::class ), 'partners' ), 10, 3 );
		add_filter( Visitor::STANDING_FILTER, array( $services->get( DirectoryStanding::class ), 'of' ), 10, 2 );
	}
}
