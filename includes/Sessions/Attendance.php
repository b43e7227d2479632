<?php
/**
 * The rules of attendance. Once a session has started, whoever runs it records which of its invited
 * mentees attended or missed it: a coordinator, the mentor of a 1:1 or a project group's session, and
 * for a whole-cohort session each mentee's own mentor in the cohort. A mentee confirms their own
 * attendance ("I was there"); a session nobody recorded yet counts from that, while a "missed" from
 * the mentor stands until the mentor changes it. After each change the mentee's kept figures are
 * recounted from the table (1:1s attended; group and project-group sessions attended) and written to
 * their cohort place, and an attended session counts as their activity.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Transaction;
use WP_Error;

final class Attendance {

	public const STATUSES = array( AttendanceRepository::ATTENDED, AttendanceRepository::MISSED );

	public function __construct(
		private readonly AttendanceRepository $attendance = new AttendanceRepository(),
		private readonly SessionRepository $sessions = new SessionRepository(),
		private readonly SessionService $service = new SessionService(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly CohortPairs $pairs = new CohortPairs(),
	) {
	}

	/** Whether the person may record this mentee's attendance of the session (see the file's header). */
	public function may_record( Session $session, int $mentee_id, int $actor_id ): bool {
		if ( Capabilities::can_coordinate( $actor_id ) ) {
			return true;
		}
		if ( $session->is_mentors() ) {
			return $actor_id > 0 && $actor_id === $session->mentor_id;
		}
		return $this->pairs->mentors( $session->cohort_id, $actor_id, $mentee_id );
	}

	/**
	 * The mentees invited to the session whose attendance is recorded (its mentor is not).
	 *
	 * @return list<int>
	 */
	public function mentees( Session $session ): array {
		$ids = array();
		foreach ( $this->service->invited( $session ) as $user_id ) {
			if ( $user_id !== $session->mentor_id && $this->is_mentee( $session->cohort_id, $user_id ) ) {
				$ids[] = $user_id;
			}
		}
		return $ids;
	}

	/**
	 * Records that the mentee attended or missed the session.
	 *
	 * @return array{user_id: int, status: string, recorded_by: int, recorded_at: string, confirmed_at: string|null}|WP_Error What is recorded now.
	 */
	public function record( int $session_id, int $mentee_id, string $status, int $actor_id, ?int $now = null ) {
		$now     = $now ?? time();
		$session = $this->started( $session_id, $now );
		if ( is_wp_error( $session ) ) {
			return $session;
		}
		if ( ! in_array( $status, self::STATUSES, true ) ) {
			return SessionService::error( 'wayfinder_attendance_status', __( 'Say whether they attended or missed the session.', 'wayfinder' ), 400 );
		}
		if ( ! $this->is_mentee( $session->cohort_id, $mentee_id ) || ! $this->service->is_invited( $session, $mentee_id ) || $mentee_id === $session->mentor_id ) {
			return SessionService::error( 'wayfinder_not_invited', __( 'That person is not a mentee invited to this session, so there is no attendance of theirs to record.', 'wayfinder' ), 404 );
		}
		if ( ! $this->may_record( $session, $mentee_id, $actor_id ) ) {
			return SessionService::error( 'wayfinder_not_your_session', __( 'Only the session\'s mentor, the mentee\'s mentor or a coordinator records who attended.', 'wayfinder' ), 403 );
		}
		return Transaction::run(
			function () use ( $session, $mentee_id, $status, $actor_id, $now ) {
				if ( ! $this->attendance->record( $session, $mentee_id, $status, $actor_id, $now ) ) {
					return self::not_saved();
				}
				return $this->settle( $session, $mentee_id, $now );
			}
		);
	}

	/**
	 * The mentee says they were there.
	 *
	 * @return array{user_id: int, status: string, recorded_by: int, recorded_at: string, confirmed_at: string|null}|WP_Error
	 */
	public function confirm( int $session_id, int $mentee_id, ?int $now = null ) {
		$now     = $now ?? time();
		$invited = $this->sessions->find( $session_id );
		// Whoever was not invited learns nothing more of the session.
		if ( null !== $invited && ( ! $this->is_mentee( $invited->cohort_id, $mentee_id ) || ! $this->service->is_invited( $invited, $mentee_id ) ) ) {
			return SessionService::error( 'wayfinder_not_invited', __( 'You were not invited to this session as a mentee, so there is nothing to confirm.', 'wayfinder' ), 403 );
		}
		$session = $this->started( $session_id, $now );
		if ( is_wp_error( $session ) ) {
			return $session;
		}
		return Transaction::run(
			function () use ( $session, $mentee_id, $now ) {
				if ( ! $this->attendance->confirm( $session, $mentee_id, $now ) ) {
					$held = $this->attendance->find( $session->id, $mentee_id );
					return null !== $held && AttendanceRepository::MISSED === $held['status']
						? SessionService::error( 'wayfinder_recorded_missed', __( 'Your mentor recorded that you missed this session. If that is wrong, ask them to change it.', 'wayfinder' ), 409 )
						: self::not_saved();
				}
				return $this->settle( $session, $mentee_id, $now );
			}
		);
	}

	/**
	 * The mentee's attended sessions as their cohort place keeps them: 1:1s, and group sessions of
	 * either kind together.
	 *
	 * @return array{one_to_ones_done: int, group_sessions_done: int}
	 */
	public function figures( int $cohort_id, int $mentee_id ): array {
		$counts = $this->attendance->attended_by_kind( $cohort_id, $mentee_id );
		return array(
			'one_to_ones_done'    => (int) ( $counts[ Session::ONE_TO_ONE ] ?? 0 ),
			'group_sessions_done' => (int) ( $counts[ Session::GROUP ] ?? 0 ) + (int) ( $counts[ Session::PROJECT_GROUP ] ?? 0 ),
		);
	}

	/**
	 * Recounts the mentee's attended sessions into their cohort place and notes the activity.
	 *
	 * @return array{user_id: int, status: string, recorded_by: int, recorded_at: string, confirmed_at: string|null}|WP_Error
	 */
	private function settle( Session $session, int $mentee_id, int $now ) {
		$saved = true;
		foreach ( $this->figures( $session->cohort_id, $mentee_id ) as $figure => $value ) {
			$saved = $saved && $this->members->set_progress( $session->cohort_id, $mentee_id, $figure, $value );
		}
		$row = $this->attendance->find( $session->id, $mentee_id );
		if ( ! $saved || null === $row ) {
			return self::not_saved();
		}
		if ( AttendanceRepository::ATTENDED === $row['status'] && ! $this->members->touch( $session->cohort_id, $mentee_id, min( $now, $session->ends() ) ) ) {
			return self::not_saved();
		}
		return $row;
	}

	/** @return Session|WP_Error The session, when it is scheduled and has started. */
	private function started( int $session_id, int $now ) {
		$session = $this->sessions->find( $session_id );
		if ( null === $session ) {
			return Session::not_found();
		}
		if ( Session::SCHEDULED !== $session->status ) {
			return SessionService::error( 'wayfinder_session_not_scheduled', __( 'This session was cancelled, so nobody attended it.', 'wayfinder' ), 409 );
		}
		if ( $session->starts > $now ) {
			return SessionService::error( 'wayfinder_session_not_started', __( 'This session has not started yet. Record who attended once it has.', 'wayfinder' ), 409 );
		}
		return $session;
	}

	private function is_mentee( int $cohort_id, int $user_id ): bool {
		$place = $user_id > 0 ? $this->members->find( $cohort_id, $user_id ) : null;
		return null !== $place && CohortMember::ENROLLED === $place->status && CohortMember::MENTEE === $place->role;
	}

	private static function not_saved(): WP_Error {
		return SessionService::error( 'wayfinder_attendance_not_saved', __( 'The attendance could not be saved. Nothing changed; try again.', 'wayfinder' ), 500 );
	}
}
