<?php
/**
 * Who works with whom inside a cohort: a mentee paired 1:1 has an open match tied to the cohort
 * (source `cohort`), a mentee in a project group has the group's mentor as leader. The one place
 * that answers "whose mentor is this in the cohort" for sessions, check-ins, the plan and warnings.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Mentorship\MatchRepository;

final class CohortPairs {

	public function __construct(
		private readonly MatchRepository $matches = new MatchRepository(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
	) {
	}

	/** The mentee's open 1:1 match in the cohort, if paired. */
	public function match_of( int $cohort_id, int $mentee_id ): ?MatchRecord {
		$match = $this->matches->open_for_mentee( $mentee_id );
		return null !== $match && $cohort_id === $match->cohort_id ? $match : null;
	}

	/**
	 * The mentee's mentor in the cohort: their 1:1 mentor, else their project group's; 0 when neither,
	 * or when that mentor no longer holds a mentor's place in the cohort.
	 */
	public function mentor_of( int $cohort_id, int $mentee_id ): int {
		$match  = $this->match_of( $cohort_id, $mentee_id );
		$member = null === $match ? $this->members->find( $cohort_id, $mentee_id ) : null;
		$mentor = null !== $match ? $match->mentor_id : ( null !== $member && CohortMember::ENROLLED === $member->status ? $member->leader_id : 0 );
		return $mentor > 0 && $this->is_mentor_in( $cohort_id, $mentor ) ? $mentor : 0;
	}

	/** Whether the person holds a mentor's place in the cohort now. */
	public function is_mentor_in( int $cohort_id, int $user_id ): bool {
		$place = $this->members->find( $cohort_id, $user_id );
		return null !== $place && CohortMember::ENROLLED === $place->status && CohortMember::MENTOR === $place->role;
	}

	/** Whether $mentor_id mentors $mentee_id in the cohort (1:1 or in a project group). */
	public function mentors( int $cohort_id, int $mentor_id, int $mentee_id ): bool {
		return $mentor_id > 0 && $this->mentor_of( $cohort_id, $mentee_id ) === $mentor_id;
	}

	/**
	 * The mentees a mentor works with in the cohort: 1:1 pairs first, then the project group.
	 *
	 * @return list<int>
	 */
	public function mentees_of( int $cohort_id, int $mentor_id ): array {
		if ( ! $this->is_mentor_in( $cohort_id, $mentor_id ) ) {
			return array();
		}
		$ids = array();
		foreach ( $this->matches->open_of_mentor( $mentor_id ) as $match ) {
			if ( $cohort_id === $match->cohort_id ) {
				$ids[] = $match->mentee_id;
			}
		}
		foreach ( $this->members->group_of( $cohort_id, $mentor_id ) as $member ) {
			$ids[] = $member->user_id;
		}
		return array_values( array_unique( $ids ) );
	}
}
