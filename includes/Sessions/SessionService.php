<?php
/**
 * The rules of a cohort's group sessions: scheduled by a coordinator for a cohort that is open or
 * running, in the future, within the cohort's dates (a day either side, for time zones), 15 minutes
 * to 4 hours; changed or cancelled while scheduled. Each change is an event that carries the session
 * (the invitations listen). Who is invited (invited(), the one answer for emails, reminders, the feed
 * and the schedule): to a group session everyone who holds a place in the cohort; to a 1:1 its mentor
 * and mentee alone; to a project group's session its leader and the mentees they lead. A mentor's own
 * sessions are proposed by MentorSessions.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Sessions\Events\SessionCancelled;
use Wayfinder\Sessions\Events\SessionChanged;
use Wayfinder\Sessions\Events\SessionReminderDue;
use Wayfinder\Sessions\Events\SessionScheduled;
use WP_Error;

final class SessionService {

	public const SHORTEST = 15;
	public const LONGEST  = 240;

	public function __construct(
		private readonly SessionRepository $sessions = new SessionRepository(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
	) {
	}

	/**
	 * @param array{starts: int, minutes: int, title: string, location: string, agenda: string} $fields
	 * @return Session|WP_Error
	 */
	public function schedule_group( int $cohort_id, array $fields, int $actor_id, ?int $now = null ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$refused = self::refusal( $cohort, $fields, $now ?? time() );
		if ( null !== $refused ) {
			return $refused;
		}
		$session = $this->sessions->add(
			array(
				'cohort_id'  => $cohort->id,
				'kind'       => Session::GROUP,
				'mentor_id'  => 0,
				'mentee_id'  => null,
				'created_by' => $actor_id,
			) + $fields
		);
		if ( null === $session ) {
			return self::error( 'wayfinder_session_not_saved', __( 'The session could not be saved. Nothing changed; try again.', 'wayfinder' ), 500 );
		}
		Events::dispatch( new SessionScheduled( $session, $cohort, $actor_id ) );
		return $session;
	}

	/**
	 * @param array{starts: int, minutes: int, title: string, location: string, agenda: string} $fields Every field, as it should be.
	 * @return Session|WP_Error
	 */
	public function change( int $id, array $fields, int $actor_id, ?int $now = null ) {
		$found = $this->scheduled( $id, $now );
		if ( is_wp_error( $found ) ) {
			return $found;
		}
		list( $session, $cohort ) = $found;
		$refused                  = self::refusal( $cohort, $fields, $now ?? time() );
		if ( null !== $refused ) {
			return $refused;
		}
		if ( ! $this->sessions->change( $session->id, $fields ) ) {
			return self::error( 'wayfinder_session_not_scheduled', __( 'The session was cancelled meanwhile. Nothing changed.', 'wayfinder' ), 409 );
		}
		$session = $this->sessions->find( $session->id ) ?? $session;
		Events::dispatch( new SessionChanged( $session, $cohort, $actor_id ) );
		return $session;
	}

	/**
	 * A cohort pair that ended keeps no 1:1 to come: each is cancelled (both people get the
	 * calendar's cancellation), so nobody is reminded of a meeting with a mentor who is not theirs.
	 *
	 * @return int How many were cancelled.
	 */
	public function cancel_pair( int $cohort_id, int $mentor_id, int $mentee_id, int $actor_id, ?int $now = null ): int {
		$cancelled = 0;
		foreach ( $this->sessions->pair_to_come( $cohort_id, $mentor_id, $mentee_id, $now ?? time() ) as $session ) {
			$cancelled += $this->cancel( $session->id, $actor_id ) instanceof Session ? 1 : 0;
		}
		return $cancelled;
	}

	/** @return Session|WP_Error The session, cancelled. */
	public function cancel( int $id, int $actor_id ) {
		$found = $this->scheduled( $id );
		if ( is_wp_error( $found ) ) {
			return $found;
		}
		list( $session, $cohort ) = $found;
		if ( ! $this->sessions->cancel( $session->id ) ) {
			return self::error( 'wayfinder_session_not_scheduled', __( 'The session was cancelled already. Nothing changed.', 'wayfinder' ), 409 );
		}
		$session = $this->sessions->find( $session->id ) ?? $session;
		Events::dispatch( new SessionCancelled( $session, $cohort, $actor_id ) );
		return $session;
	}

	/**
	 * The day-before reminders (the hourly tick): each scheduled session that starts within a day and
	 * was not reminded of is claimed in the database, then its event goes out — at most $limit a tick,
	 * soonest first, so a long list spreads over ticks; safe to run twice at once.
	 *
	 * @return int How many sessions were reminded of.
	 */
	public function send_reminders( ?int $now = null, int $limit = 20 ): int {
		$now  = $now ?? time();
		$sent = 0;
		foreach ( $this->sessions->due_for_reminder( $now, DAY_IN_SECONDS, $limit ) as $session ) {
			$cohort = CohortPostType::find( $session->cohort_id );
			if ( null !== $cohort && $this->sessions->claim_reminder( $session->id, $now ) ) {
				Events::dispatch( new SessionReminderDue( $session, $cohort, 0 ) );
				++$sent;
			}
		}
		return $sent;
	}

	/**
	 * Whether the person may see the cohort's sessions: they hold a place in it.
	 */
	public function takes_part( int $cohort_id, int $user_id ): bool {
		$member = $user_id > 0 ? $this->members->find( $cohort_id, $user_id ) : null;
		return null !== $member && \Wayfinder\Cohorts\CohortMember::ENROLLED === $member->status;
	}

	/**
	 * Everyone invited to a session: for a group session who holds a place in its cohort now; for a 1:1
	 * its two people; for a project group's session its leader and the mentees in their group now.
	 *
	 * @return list<int> User IDs.
	 */
	public function invited( Session $session ): array {
		if ( Session::ONE_TO_ONE === $session->kind ) {
			return array_values( array_filter( array( $session->mentor_id, (int) $session->mentee_id ) ) );
		}
		if ( Session::PROJECT_GROUP === $session->kind ) {
			$ids = array( $session->mentor_id );
			foreach ( $this->members->group_of( $session->cohort_id, $session->mentor_id ) as $member ) {
				$ids[] = $member->user_id;
			}
			return $ids;
		}
		$ids = array();
		for ( $page = 1; ; $page++ ) {
			$members = $this->members->page( $session->cohort_id, '', $page, 100 );
			foreach ( $members as $member ) {
				$ids[] = $member->user_id;
			}
			if ( count( $members ) < 100 ) {
				return $ids;
			}
		}
	}

	/**
	 * Whether the person is invited to the session (and so may see it, its invitation and its feed
	 * entry): the same rule as invited() and SessionRepository::visible_to(), asked of one person.
	 */
	public function is_invited( Session $session, int $user_id ): bool {
		if ( $user_id <= 0 ) {
			return false;
		}
		if ( Session::ONE_TO_ONE === $session->kind ) {
			return $user_id === $session->mentor_id || $user_id === $session->mentee_id;
		}
		if ( Session::PROJECT_GROUP === $session->kind ) {
			return $user_id === $session->mentor_id || ( $this->takes_part( $session->cohort_id, $user_id ) && $this->leader_of( $session->cohort_id, $user_id ) === $session->mentor_id );
		}
		return $this->takes_part( $session->cohort_id, $user_id );
	}

	/** Whether the person may change, cancel or keep notes of the session: a coordinator, or the mentor of their own 1:1 or project group. */
	public function may_manage( Session $session, int $user_id ): bool {
		return Capabilities::can_coordinate( $user_id ) || ( $session->is_mentors() && $user_id > 0 && $user_id === $session->mentor_id );
	}

	/** The mentor whose project group the person is in, in the cohort (0: none). */
	public function leader_of( int $cohort_id, int $user_id ): int {
		$member = $user_id > 0 ? $this->members->find( $cohort_id, $user_id ) : null;
		return null !== $member && \Wayfinder\Cohorts\CohortMember::ENROLLED === $member->status ? $member->leader_id : 0;
	}

	/**
	 * The cohort's sessions the person is invited to (a page of them), in time order.
	 *
	 * @return list<Session>
	 */
	public function visible_to( int $cohort_id, int $user_id, int $page = 1, int $per_page = 100 ): array {
		return $this->sessions->visible_to( $cohort_id, $user_id, $this->leader_of( $cohort_id, $user_id ), $page, $per_page );
	}

	public function count_visible_to( int $cohort_id, int $user_id ): int {
		return $this->sessions->count_visible_to( $cohort_id, $user_id, $this->leader_of( $cohort_id, $user_id ) );
	}

	/**
	 * Keeps notes of a session (its mentor or a coordinator; the controller checks who).
	 *
	 * @return Session|WP_Error
	 */
	public function keep_notes( int $id, string $notes ) {
		$session = $this->sessions->find( $id );
		if ( null === $session ) {
			return Session::not_found();
		}
		if ( Session::SCHEDULED !== $session->status ) {
			return self::error( 'wayfinder_session_not_scheduled', __( 'This session was cancelled, so it keeps no notes.', 'wayfinder' ), 409 );
		}
		if ( ! $this->sessions->set_notes( $session->id, $notes ) ) {
			return self::error( 'wayfinder_session_not_saved', __( 'The notes could not be saved. Nothing changed; try again.', 'wayfinder' ), 500 );
		}
		return $this->sessions->find( $session->id ) ?? $session;
	}

	/** @return array{0: Session, 1: Cohort}|WP_Error */
	private function scheduled( int $id, ?int $now = null ) {
		$session = $this->sessions->find( $id );
		$cohort  = null === $session ? null : CohortPostType::find( $session->cohort_id );
		if ( null === $session || null === $cohort ) {
			return Session::not_found();
		}
		if ( Session::SCHEDULED !== $session->status ) {
			return self::error( 'wayfinder_session_not_scheduled', __( 'This session was cancelled. Schedule a new one instead.', 'wayfinder' ), 409 );
		}
		// Once it started, its attendance counts: moving or cancelling it would unsay what happened.
		if ( $session->starts <= ( $now ?? time() ) ) {
			return self::error( 'wayfinder_session_started', __( 'This session has started already, so it can no longer be moved or cancelled. Schedule a new one instead.', 'wayfinder' ), 409 );
		}
		return array( $session, $cohort );
	}

	/**
	 * Why a session cannot be at this time in this cohort, or null when it can.
	 *
	 * @param array{starts: int, minutes: int, title: string, location: string, agenda: string} $fields
	 */
	public static function refusal( Cohort $cohort, array $fields, int $now ): ?WP_Error {
		if ( ! in_array( $cohort->stage, array( Cohort::OPEN, Cohort::RUNNING ), true ) ) {
			/* translators: %s: the cohort's name. */
			return self::error( 'wayfinder_cohort_not_running', sprintf( __( '%s is not open or running, so it has no sessions to plan. Open it first.', 'wayfinder' ), $cohort->name ), 409 );
		}
		if ( $fields['starts'] <= $now ) {
			return self::error( 'wayfinder_session_in_the_past', __( 'That time has passed. Choose a time still to come.', 'wayfinder' ), 400 );
		}
		// A day either side of the cohort's dates: its first day starts earlier in some time zones.
		$first = (int) strtotime( $cohort->start_date . ' 00:00:00 UTC' ) - DAY_IN_SECONDS;
		$last  = (int) strtotime( $cohort->end_date . ' 00:00:00 UTC' ) + 2 * DAY_IN_SECONDS;
		if ( $fields['starts'] < $first || $fields['starts'] >= $last ) {
			return self::error(
				'wayfinder_session_outside_cohort',
				/* translators: 1: the cohort's name, 2: its first day, 3: its last day. */
				sprintf( __( 'The session falls outside %1$s, which runs from %2$s to %3$s. Choose a time within those dates.', 'wayfinder' ), $cohort->name, $cohort->start_date, $cohort->end_date ),
				400
			);
		}
		return null;
	}

	public static function error( string $code, string $message, int $status ): WP_Error {
		return new WP_Error( $code, $message, array( 'status' => $status ) );
	}
}
