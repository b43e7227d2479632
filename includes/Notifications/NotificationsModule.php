<?php
/**
 * Every email Wayfinder sends, in one place: the listeners of the domain events that people hear about.
 * Emails wait until the change they tell of is committed (Platform\Transaction::after_commit).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Notifications;

use Wayfinder\Applications\Events\ApplicationDecided;
use Wayfinder\Applications\Events\ApplicationSubmitted;
use Wayfinder\Badges\Events\AwardRevoked;
use Wayfinder\Badges\Events\BadgeAwarded;
use Wayfinder\CheckIns\Events\CheckInAsked;
use Wayfinder\Contributions\Events\ContributionRecorded;
use Wayfinder\Contributions\Events\ContributionReviewed;
use Wayfinder\EarlyWarnings\Events\DropOffSpotted;
use Wayfinder\FitCheck\Events\FitCheckAnswered;
use Wayfinder\FitCheck\Events\FitCheckAsked;
use Wayfinder\FitCheck\Events\MenteeRematched;
use Wayfinder\Graduation\Events\CohortOutcome;
use Wayfinder\Graduation\Events\MenteeGraduated;
use Wayfinder\Handoffs\Events\HandoffAccepted;
use Wayfinder\Handoffs\Events\HandoffOverdue;
use Wayfinder\Handoffs\Events\HandoffSent;
use Wayfinder\Mentorship\Events\MatchBackupSet;
use Wayfinder\Mentorship\Events\MatchCompleted;
use Wayfinder\Mentorship\Events\MatchConfirmed;
use Wayfinder\Mentorship\Events\MatchEnded;
use Wayfinder\Mentorship\Events\MatchProposed;
use Wayfinder\Mentorship\Events\MatchStarted;
use Wayfinder\Mentorship\Events\MentorAway;
use Wayfinder\Mentorship\Events\RequestClosed;
use Wayfinder\Mentorship\Events\RequestOpened;
use Wayfinder\Platform\Container;
use Wayfinder\Platform\Cron;
use Wayfinder\Platform\Module;
use Wayfinder\Platform\Transaction;
use Wayfinder\Sessions\Events\SessionCancelled;
use Wayfinder\Sessions\Events\SessionChanged;
use Wayfinder\Sessions\Events\SessionReminderDue;
use Wayfinder\Sessions\Events\SessionScheduled;
use Wayfinder\Surveys\Events\SurveyInvited;
use Wayfinder\Surveys\Events\SurveyReminderDue;
use Wayfinder\Surveys\Events\SurveyResent;

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
		$requests = $services->get( RequestNotices::class );
		// Like the match emails, nothing is told of a request change that was rolled back.
		$once_committed = static fn ( callable $send ): \Closure => static function ( RequestOpened|RequestClosed $event ) use ( $send ): void {
			Transaction::after_commit( static fn () => $send( $event ) );
		};
		add_action( RequestOpened::HOOK, $once_committed( array( $requests, 'opened' ) ), 20 );
		add_action( RequestClosed::HOOK, $once_committed( array( $requests, 'closed' ) ), 20 );
		add_action( Cron::HOURLY, array( $requests, 'send_digest' ) );
		$sessions = $services->get( SessionNotices::class );
		add_action( SessionScheduled::HOOK, array( $sessions, 'scheduled' ), 20 );
		add_action( SessionChanged::HOOK, array( $sessions, 'changed' ), 20 );
		add_action( SessionCancelled::HOOK, array( $sessions, 'cancelled' ), 20 );
		add_action( SessionReminderDue::HOOK, array( $sessions, 'reminder' ), 20 );
		add_action( DropOffSpotted::HOOK, array( $services->get( DropOffNotices::class ), 'spotted' ), 20 );
		add_action( CheckInAsked::HOOK, array( $services->get( CheckInNotices::class ), 'asked' ), 20 );
		$fit_checks = $services->get( FitCheckNotices::class );
		add_action( FitCheckAsked::HOOK, array( $fit_checks, 'asked' ), 20 );
		add_action( FitCheckAnswered::HOOK, array( $fit_checks, 'answered' ), 20 );
		add_action( MenteeRematched::HOOK, array( $fit_checks, 'rematched' ), 20 );
		// Decisions: the reveal's request tells the first batch, each hourly tick the next.
		$decisions = $services->get( DecisionNotices::class );
		add_action( ApplicationDecided::HOOK, array( $decisions, 'decided' ), 20 );
		add_action( Cron::HOURLY, static fn () => $decisions->tick() );
		$applications = $services->get( ApplicationNotices::class );
		add_action( ApplicationSubmitted::HOOK, array( $applications, 'submitted' ), 20 );
		add_action( ApplicationDecided::HOOK, array( $applications, 'decided' ), 20 );
		$contributions = $services->get( ContributionNotices::class );
		add_action( ContributionRecorded::HOOK, array( $contributions, 'recorded' ), 20 );
		add_action( ContributionReviewed::HOOK, array( $contributions, 'reviewed' ), 20 );
		$handoffs = $services->get( HandoffNotices::class );
		add_action( HandoffSent::HOOK, array( $handoffs, 'sent' ), 20 );
		add_action( HandoffAccepted::HOOK, array( $handoffs, 'accepted' ), 20 );
		add_action( HandoffOverdue::HOOK, array( $handoffs, 'overdue' ), 20 );
		$graduation = $services->get( GraduationNotices::class );
		add_action( MenteeGraduated::HOOK, array( $graduation, 'graduated' ), 20 );
		add_action( CohortOutcome::HOOK, array( $graduation, 'outcome' ), 20 );
		$badges = $services->get( BadgeNotices::class );
		add_action( BadgeAwarded::HOOK, array( $badges, 'awarded' ), 20 );
		add_action( AwardRevoked::HOOK, array( $badges, 'revoked' ), 20 );
		$surveys = $services->get( SurveyNotices::class );
		add_action( SurveyInvited::HOOK, array( $surveys, 'invited' ), 20 );
		add_action( SurveyReminderDue::HOOK, array( $surveys, 'reminder' ), 20 );
		add_action( SurveyResent::HOOK, array( $surveys, 'resent' ), 20 );
	}
}
