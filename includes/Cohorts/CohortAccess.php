<?php
/**
 * Who may see and act on a mentee's own work in a cohort (training, the plan, check-ins): the mentee
 * themself, their mentor in the cohort (CohortPairs) and coordinators. The one answer the three
 * features ask, so they never disagree about who is whose mentor.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Platform\Capabilities;
use WP_Error;

final class CohortAccess {

	public const MENTEE      = 'mentee';
	public const MENTOR      = 'mentor';
	public const COORDINATOR = 'coordinator';

	public function __construct(
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly CohortPairs $pairs = new CohortPairs(),
	) {
	}

	/** Whether the person holds a mentee's place in the cohort now. */
	public function is_mentee( int $cohort_id, int $user_id ): bool {
		$member = $user_id > 0 ? $this->members->find( $cohort_id, $user_id ) : null;
		return null !== $member && CohortMember::ENROLLED === $member->status && CohortMember::MENTEE === $member->role;
	}

	/**
	 * How $actor_id stands to $mentee_id's work in the cohort: MENTEE (their own), MENTOR (their
	 * cohort mentor), COORDINATOR, or '' (none of these; also when $mentee_id holds no mentee's place).
	 */
	public function role( int $cohort_id, int $mentee_id, int $actor_id ): string {
		if ( $actor_id <= 0 || ! $this->is_mentee( $cohort_id, $mentee_id ) ) {
			return '';
		}
		if ( $actor_id === $mentee_id ) {
			return self::MENTEE;
		}
		if ( $this->pairs->mentors( $cohort_id, $actor_id, $mentee_id ) ) {
			return self::MENTOR;
		}
		return Capabilities::can_coordinate( $actor_id ) ? self::COORDINATOR : '';
	}

	/**
	 * The refusal for someone who may not see the mentee's work: not logged in (401), a coordinator
	 * asking about someone without a mentee's place (404), anyone else (403).
	 */
	public function refusal( int $cohort_id, int $mentee_id, int $actor_id ): WP_Error {
		if ( $actor_id <= 0 ) {
			return new WP_Error( 'wayfinder_not_logged_in', __( 'Log in to see your cohort.', 'wayfinder' ), array( 'status' => 401 ) );
		}
		if ( ! $this->is_mentee( $cohort_id, $mentee_id ) && ( $actor_id === $mentee_id || Capabilities::can_coordinate( $actor_id ) ) ) {
			return new WP_Error( 'wayfinder_not_a_cohort_mentee', __( 'This person holds no mentee\'s place in this cohort.', 'wayfinder' ), array( 'status' => 404 ) );
		}
		return new WP_Error( 'wayfinder_not_your_mentee', __( 'You can see only your own cohort work, or that of the mentees you mentor in the cohort.', 'wayfinder' ), array( 'status' => 403 ) );
	}
}
