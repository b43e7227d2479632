<?php
/**
 * The rules of a mentor's own sessions. A 1:1 is between a cohort mentee and their mentor in the
 * cohort (Cohorts\CohortPairs: the 1:1 match, else the project group's leader), proposed by that
 * mentor or a coordinator — never by anyone else, the mentee included. A project group's session is
 * proposed by the group's leader or a coordinator, for a leader who has a group. Times follow the
 * group sessions' rules (SessionService::refusal). Each is an event that carries the session; the
 * invitations go to its people alone (SessionService::invited).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Capabilities;
use Wayfinder\Platform\Events;
use Wayfinder\Sessions\Events\SessionScheduled;
use WP_Error;

final class MentorSessions {

	public function __construct(
		private readonly SessionRepository $sessions = new SessionRepository(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly CohortPairs $pairs = new CohortPairs(),
	) {
	}

	/**
	 * Whether the person may propose a 1:1 with this mentee: a coordinator, or the mentee's mentor in
	 * the cohort. The object-level check the REST route asks before anything else.
	 */
	public function may_propose_one_to_one( int $cohort_id, int $mentee_id, int $actor_id ): bool {
		return Capabilities::can_coordinate( $actor_id ) || $this->pairs->mentors( $cohort_id, $actor_id, $mentee_id );
	}

	/** Whether the person may propose a session for this leader's project group: a coordinator, or the leader. */
	public function may_propose_for_group( int $leader_id, int $actor_id ): bool {
		return Capabilities::can_coordinate( $actor_id ) || ( $actor_id > 0 && $actor_id === $leader_id );
	}

	/**
	 * A 1:1 between the mentee and their mentor in the cohort.
	 *
	 * @param array{starts: int, minutes: int, title: string, location: string, agenda: string} $fields An empty title becomes "1:1: mentor and mentee".
	 * @return Session|WP_Error
	 */
	public function propose_one_to_one( int $cohort_id, int $mentee_id, array $fields, int $actor_id, ?int $now = null ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		$place = $this->members->find( $cohort->id, $mentee_id );
		if ( null === $place || CohortMember::ENROLLED !== $place->status || CohortMember::MENTEE !== $place->role ) {
			/* translators: %s: the cohort's name. */
			return SessionService::error( 'wayfinder_not_a_cohort_mentee', sprintf( __( 'That person is not a mentee of %s, so there is no 1:1 to plan with them.', 'wayfinder' ), $cohort->name ), 404 );
		}
		$mentor_id = $this->pairs->mentor_of( $cohort->id, $mentee_id );
		if ( ! $this->may_propose_one_to_one( $cohort->id, $mentee_id, $actor_id ) ) {
			/* translators: %s: the mentee's name. */
			return SessionService::error( 'wayfinder_not_their_mentor', sprintf( __( 'Only the mentor of %s in this cohort, or a coordinator, plans their 1:1 sessions.', 'wayfinder' ), $place->name ), 403 );
		}
		if ( 0 === $mentor_id ) {
			/* translators: %s: the mentee's name. */
			return SessionService::error( 'wayfinder_no_cohort_mentor', sprintf( __( '%s has no mentor in this cohort yet. Pair them with a mentor first.', 'wayfinder' ), $place->name ), 409 );
		}
		if ( '' === trim( $fields['title'] ) ) {
			/* translators: 1: the mentor's name, 2: the mentee's name. */
			$fields['title'] = sprintf( __( '1:1: %1$s and %2$s', 'wayfinder' ), self::name( $mentor_id ), $place->name );
		}
		return $this->add( $cohort, Session::ONE_TO_ONE, $mentor_id, $mentee_id, $fields, $actor_id, $now );
	}

	/**
	 * A session of the leader's project group (the leader and the mentees they lead are invited).
	 *
	 * @param array{starts: int, minutes: int, title: string, location: string, agenda: string} $fields An empty title becomes "Project group of (leader)".
	 * @return Session|WP_Error
	 */
	public function schedule_for_group( int $cohort_id, int $leader_id, array $fields, int $actor_id, ?int $now = null ) {
		$cohort = CohortPostType::find( $cohort_id );
		if ( null === $cohort ) {
			return CohortPostType::not_found();
		}
		if ( ! $this->may_propose_for_group( $leader_id, $actor_id ) ) {
			return SessionService::error( 'wayfinder_not_the_leader', __( 'Only the mentor who leads a project group, or a coordinator, plans its sessions.', 'wayfinder' ), 403 );
		}
		if ( array() === $this->members->group_of( $cohort->id, $leader_id ) ) {
			/* translators: %s: the cohort's name. */
			return SessionService::error( 'wayfinder_no_project_group', sprintf( __( 'That mentor leads no project group in %s yet. Put mentees in their group first.', 'wayfinder' ), $cohort->name ), 409 );
		}
		if ( '' === trim( $fields['title'] ) ) {
			/* translators: %s: the leader's name. */
			$fields['title'] = sprintf( __( 'Project group of %s', 'wayfinder' ), self::name( $leader_id ) );
		}
		return $this->add( $cohort, Session::PROJECT_GROUP, $leader_id, null, $fields, $actor_id, $now );
	}

	/**
	 * @param array{starts: int, minutes: int, title: string, location: string, agenda: string} $fields
	 * @return Session|WP_Error
	 */
	private function add( Cohort $cohort, string $kind, int $mentor_id, ?int $mentee_id, array $fields, int $actor_id, ?int $now ) {
		$refused = SessionService::refusal( $cohort, $fields, $now ?? time() );
		if ( null !== $refused ) {
			return $refused;
		}
		$session = $this->sessions->add(
			array(
				'cohort_id'  => $cohort->id,
				'kind'       => $kind,
				'mentor_id'  => $mentor_id,
				'mentee_id'  => $mentee_id,
				'created_by' => $actor_id,
			) + $fields
		);
		if ( null === $session ) {
			return SessionService::error( 'wayfinder_session_not_saved', __( 'The session could not be saved. Nothing changed; try again.', 'wayfinder' ), 500 );
		}
		Events::dispatch( new SessionScheduled( $session, $cohort, $actor_id ) );
		return $session;
	}

	private static function name( int $user_id ): string {
		$user = get_userdata( $user_id );
		return $user ? $user->display_name : __( 'a mentor', 'wayfinder' );
	}
}
