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
use Wayfinder\Platform\Network;
use Wayfinder\Platform\Schema;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\ProfileEdited;
use Wayfinder\Profiles\ProfileRowChanged;
use Wayfinder\Profiles\ProfileSaved;
use Wayfinder\Profiles\ProfilesController;
use Wayfinder\Directory\Visitor;

final class MentorshipModule implements Module {

	public function register( Container $services ): void {
		foreach ( array( MatchesController::class, EventsController::class, MentoringStateController::class, RequestsController::class, WaitingMenteesController::class, PeopleController::class ) as $controller ) {
			add_action( 'rest_api_init', array( $services->get( $controller ), 'register_routes' ) );
		}
		// Deactivation stops the pending moves of mentees; the tables declare what they hold about people.
		add_action( \Wayfinder\Platform\Installer::DEACTIVATE, static fn () => wp_unschedule_hook( Reassigner::HOOK ) );
		self::declare_personal_data( $services->get( \Wayfinder\Privacy\PersonalData::class ) );
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
			$services->get( RequestService::class )->fulfil( $event->match->id, $event->match->mentee_id, $event->actor_id, $event->match->mentor_id );
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
		// Schema 11 and 14: the People list's marks and kept mentee standing for data from before them, resumed hourly if a run was cut short.
		add_action( Schema::MIGRATED, static fn ( int $was ) => $services->get( PeopleMarks::class )->migrated( $was ) );
		add_action( Cron::HOURLY, static fn () => $services->get( PeopleMarks::class )->resume(), 40 );

		$departures = $services->get( Departures::class );
		add_action( 'set_user_role', Network::program_only( array( $departures, 'role_changed' ) ) );
		add_action( 'remove_user_role', Network::program_only( array( $departures, 'role_changed' ) ) );
		add_action( 'delete_user', Network::program_only( array( $departures, 'user_deleted' ) ) );
		add_action( Reassigner::HOOK, array( $services->get( Reassigner::class ), 'reassign_from' ) );
		add_action( 'user_register', Network::program_only( array( $services->get( AutoAssigner::class ), 'welcome' ) ) );
		// Profiles (a lower layer) tell mentoring what changed, and ask it who are match partners.
		add_action( ProfileEdited::HOOK, array( $services->get( ProfileEdits::class ), 'edited' ) );
		add_filter( ProfilesController::PARTNERS_FILTER, array( $services->get( ProfileEdits::class ), 'partners' ), 10, 3 );
		add_filter( Visitor::STANDING_FILTER, array( $services->get( DirectoryStanding::class ), 'of' ), 10, 2 );
		// Before the account goes: its open requests and queue place are settled (see RequestService).
		add_action( 'delete_user', Network::program_only( array( $services->get( RequestService::class ), 'settle_deleted_user' ) ) );
		// On a network, leaving the program's site is leaving the program: removed there, or deleted from the
		// network (which removes the account from each site and fires no delete_user).
		add_action(
			'remove_user_from_blog',
			Network::program_only(
				static function ( $user_id ) use ( $departures, $services ): void {
					$departures->user_deleted( (int) $user_id );
					$services->get( RequestService::class )->settle_deleted_user( (int) $user_id, __( 'They no longer belong to the site that runs the program.', 'wayfinder' ) );
				}
			)
		);
		// Kept waiting totals go with any change to who waits or what narrows them (the requests' own writes drop them too).
		foreach ( array( ProfileSaved::HOOK, ProfileRowChanged::HOOK, MatchEnded::HOOK, 'deleted_user' ) as $hook ) {
			add_action( $hook, array( WaitingCounts::class, 'forget' ), 10, 0 );
		}
		// The queue by language follows a mentee's languages; schema 15 fills it, the hourly tick finishes a cut-short fill.
		$languages = $services->get( WaitingLanguages::class );
		add_action( ProfileSaved::HOOK, static fn ( ProfileSaved $event ) => $languages->refresh( $event->profile->user_id ) );
		add_action( ProfileRowChanged::HOOK, static fn ( ProfileRowChanged $event ) => $languages->refresh( $event->user_id ) );
		add_action( Schema::MIGRATED, array( $languages, 'migrated' ) );
		add_action( Cron::HOURLY, array( $languages, 'resume' ), 50, 0 );
		add_action(
			\Wayfinder\Platform\Uninstaller::DELETE_DATA,
			static function (): void {
				delete_option( WaitingLanguages::STATE_OPTION );
				delete_option( PeopleMarks::CURSOR_OPTION );
			}
		);
	}

	/**
	 * What requests, matches and the audit trail hold about people. A mentee's requests are theirs
	 * (erased with their messages); mentorships and audit entries are the program's history (kept
	 * without personal text).
	 */
	private static function declare_personal_data( \Wayfinder\Privacy\PersonalData $registry ): void {
		$registry->table(
			static fn (): \Wayfinder\Privacy\TableDeclaration => new \Wayfinder\Privacy\TableDeclaration(
				'requests',
				__( 'Mentoring requests', 'wayfinder' ),
				array(
					'mentee_id'  => \Wayfinder\Privacy\ErasePolicy::DELETE_ROW,
					'mentor_id'  => \Wayfinder\Privacy\ErasePolicy::KEEP_FACT,
					'created_by' => \Wayfinder\Privacy\ErasePolicy::KEEP_FACT,
				),
				array( 'message' ),
				array(
					'id'         => __( 'Request', 'wayfinder' ),
					'type'       => __( 'Kind', 'wayfinder' ),
					'mentee_id'  => __( 'Mentee', 'wayfinder' ),
					'mentor_id'  => __( 'Mentor asked', 'wayfinder' ),
					'team'       => __( 'Team', 'wayfinder' ),
					'language'   => __( 'Language', 'wayfinder' ),
					'message'    => __( 'Message', 'wayfinder' ),
					'status'     => __( 'Status', 'wayfinder' ),
					'created_by' => __( 'Asked by', 'wayfinder' ),
					'created_at' => __( 'Asked on', 'wayfinder' ),
					'decided_at' => __( 'Answered on', 'wayfinder' ),
				),
				'id',
				/* translators: %s: how many requests. */
				static fn ( int $kept ): string => sprintf( _n( 'Kept %s request made to or by this person, without its message, because it is part of a mentee\'s history in the program.', 'Kept %s requests made to or by this person, without their messages, because they are part of mentees\' history in the program.', $kept, 'wayfinder' ), number_format_i18n( $kept ) ),
				// Their requests are gone, so is their place in the queue by language (whatever order the erasers ran in).
				static function ( int $user_id ): void {
					( new WaitingLanguages() )->refresh( $user_id );
					WaitingCounts::forget();
				},
				retention: array( 'request' => 'id' )
			)
		);
		$registry->table(
			static fn (): \Wayfinder\Privacy\TableDeclaration => new \Wayfinder\Privacy\TableDeclaration(
				'matches',
				__( 'Mentorships', 'wayfinder' ),
				array(
					'mentee_id'        => \Wayfinder\Privacy\ErasePolicy::KEEP_FACT,
					'mentor_id'        => \Wayfinder\Privacy\ErasePolicy::KEEP_FACT,
					'created_by'       => \Wayfinder\Privacy\ErasePolicy::KEEP_FACT,
					'backup_mentor_id' => \Wayfinder\Privacy\ErasePolicy::ANONYMISE,
				),
				array(),
				array(
					'id'         => __( 'Mentorship', 'wayfinder' ),
					'mentee_id'  => __( 'Mentee', 'wayfinder' ),
					'mentor_id'  => __( 'Mentor', 'wayfinder' ),
					'source'     => __( 'How it came about', 'wayfinder' ),
					'status'     => __( 'Status', 'wayfinder' ),
					'end_reason' => __( 'Why it ended', 'wayfinder' ),
					'created_at' => __( 'Started on', 'wayfinder' ),
					'updated_at' => __( 'Last changed', 'wayfinder' ),
				),
				'id',
				/* translators: %s: how many mentorships. */
				static fn ( int $kept ): string => sprintf( _n( 'Kept %s mentorship (who mentored whom, and when), because the program\'s history needs it.', 'Kept %s mentorships (who mentored whom, and when), because the program\'s history needs them.', $kept, 'wayfinder' ), number_format_i18n( $kept ) ),
				// Erased after their profile and requests: a mentee of kept mentorships stays in the People list.
				static function ( int $user_id ): void {
					( new PeopleRepository() )->fill_marks( $user_id - 1, 1 );
				}
			)
		);
		$registry->table(
			static fn (): \Wayfinder\Privacy\TableDeclaration => new \Wayfinder\Privacy\TableDeclaration(
				'events',
				__( 'Mentoring history', 'wayfinder' ),
				array( 'actor_id' => \Wayfinder\Privacy\ErasePolicy::KEEP_FACT ),
				array( 'reason' ),
				array(
					'object_type' => __( 'About', 'wayfinder' ),
					'object_id'   => __( 'Number', 'wayfinder' ),
					'action'      => __( 'What happened', 'wayfinder' ),
					'actor_id'    => __( 'Done by', 'wayfinder' ),
					'reason'      => __( 'Reason given', 'wayfinder' ),
					'created_at'  => __( 'When', 'wayfinder' ),
				),
				'id',
				/* translators: %s: how many audit entries. */
				static fn ( int $kept ): string => sprintf( _n( 'Kept %s audit fact about what this person did in the program, without the reasons they wrote, because the program\'s history needs it.', 'Kept %s audit facts about what this person did in the program, without the reasons they wrote, because the program\'s history needs them.', $kept, 'wayfinder' ), number_format_i18n( $kept ) ),
				retention: array( 'audit_event' => 'id' )
			)
		);
		$registry->table(
			static fn (): \Wayfinder\Privacy\TableDeclaration => new \Wayfinder\Privacy\TableDeclaration(
				'waiting_languages',
				__( 'Languages you wait for a mentor in', 'wayfinder' ),
				array( 'mentee_id' => \Wayfinder\Privacy\ErasePolicy::DELETE_ROW ),
				array(),
				array(
					'language'   => __( 'Language', 'wayfinder' ),
					'request_id' => __( 'Request', 'wayfinder' ),
				),
				'language,request_id'
			)
		);
		$registry->table(
			static fn (): \Wayfinder\Privacy\TableDeclaration => new \Wayfinder\Privacy\TableDeclaration(
				'passes',
				__( 'Waiting mentees a mentor passed on', 'wayfinder' ),
				array(
					'mentor_id' => \Wayfinder\Privacy\ErasePolicy::DELETE_ROW,
					'mentee_id' => \Wayfinder\Privacy\ErasePolicy::DELETE_ROW,
				),
				array(),
				array(
					'mentor_id'  => __( 'Mentor', 'wayfinder' ),
					'mentee_id'  => __( 'Mentee passed on', 'wayfinder' ),
					'created_at' => __( 'When', 'wayfinder' ),
				),
				'mentor_id,mentee_id',
				after_erase: WaitingCounts::forget( ... )
			)
		);
	}
}
