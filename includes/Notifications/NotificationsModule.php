<?php
/**
 * Every email Wayfinder sends, in one place: the listeners of the domain events that people hear about.
 * Emails wait until the change they tell of is committed (Platform\Transaction::after_commit).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Mentorship\Events\MatchBackupSet;
use Wayfinder\Mentorship\Events\MatchCompleted;
use Wayfinder\Mentorship\Events\MatchConfirmed;
use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Mentorship\Events\MatchProposed;
use Wayfinder\Mentorship\Events\MatchStarted;
use Wayfinder\Mentorship\Events\MentorAway;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class NotificationsModule implements Module {

	public function register( Container $services ): void {
		$matches = $services->get( MatchNotices::class );
		add_action( MatchProposed::HOOK, array( $matches, 'proposed' ), 20 );
		add_action( MatchStarted::HOOK, array( $matches, 'started' ), 20 );
		add_action( MatchConfirmed::HOOK, array( $matches, 'confirmed' ), 20 );
		add_action( MatchEnded::HOOK, array( $matches, 'ended' ), 20 );
		add_action( MatchCompleted::HOOK, array( $matches, 'ended' ), 20 );
		add_action( MatchBackupSet::HOOK, array( $matches, 'backup_set' ), 20 );
		add_action( MentorAway::HOOK, array( $matches, 'mentor_away' ), 20 );
		// Before automatic assignment (MentorshipModule, priority 10), so the welcome comes first.
		add_action( 'user_register', array( $services->get( WelcomeNotice::class ), 'send' ), 5 );
	}
}
