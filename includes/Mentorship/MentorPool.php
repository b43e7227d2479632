<?php
/**
 * The mentors the engine need look at for one mentee, narrowed in SQL without changing its answer.
 *
 * The engine leaves out, whatever the scores, every mentor its filter stops (retired, away, full,
 * "manual only"), every mentor outside a team the mentee asked within, and — when a shared language
 * is required — every mentor who speaks none of the mentee's languages. Such mentors never score and
 * never enter the engine's indexes for this mentee (its time index is sharded by language, its room
 * lists and bounds count only who could score), so leaving them out of the query leaves the choice,
 * its score and its tie-breaks (user ID order) as they were. Shared hours stay the engine's: a
 * window that touches no shared hour this week may share one in another week of the horizon (a
 * change of summer time), so they cannot be narrowed exactly in SQL.
 *
 * When nobody fits, the reason is the engine's own (CandidateGenerator::why_unmatched) over one
 * stand-in mentor per group of mentors who look alike to its filter, counted in one query.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

use Wayfinder\Matching\CandidateGenerator;
use Wayfinder\Matching\InstantMatcher;
use Wayfinder\Matching\Mentee;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\ScoredPair;
use Wayfinder\Matching\Scorer;
use Wayfinder\Matching\Unmatched;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;

final class MentorPool {

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly EnginePeople $people = new EnginePeople(),
	) {
	}

	/**
	 * The mentors who could be the engine's choice for this mentee: one query.
	 *
	 * @param string $team The team the mentee asked within ('' for none: any team).
	 * @return list<Mentor> By user ID.
	 */
	public function mentors( Mentee $mentee, Scorer $scorer, string $team ): array {
		$mentors = array_map(
			fn ( Profile $profile ): Mentor => $this->people->mentor( $profile ),
			$this->profiles->listed_mentors_with_room( $scorer->criteria->languages_required ? $mentee->languages : null, $team )
		);
		// The query's LIKE may ignore letter case; the team is matched exactly here.
		return '' === $team ? $mentors : array_values( array_filter( $mentors, static fn ( Mentor $mentor ): bool => in_array( $team, $mentor->teams, true ) ) );
	}

	/**
	 * The engine's instant choice among these mentors (by default the pool), or why there is none,
	 * as over every listed mentor in the team.
	 *
	 * @param list<Mentor>|null $mentors From mentors(), perhaps without some; null: read them.
	 * @return ScoredPair|Unmatched
	 */
	public function best( Mentee $mentee, Scorer $scorer, string $team, ?array $mentors = null ) {
		$best = ( new InstantMatcher( new CandidateGenerator( $scorer, $mentors ?? $this->mentors( $mentee, $scorer, $team ) ) ) )->best( $mentee );
		return $best instanceof ScoredPair ? $best : $this->why_unmatched( $mentee, $scorer, $team );
	}

	/**
	 * Why nobody fits, as CandidateGenerator::why_unmatched() says it over every listed mentor in the
	 * team: the same rule, over one stand-in per group that its filter cannot tell apart. One query.
	 */
	public function why_unmatched( Mentee $mentee, Scorer $scorer, string $team ): Unmatched {
		$stand_ins = array();
		foreach ( $this->profiles->listed_mentor_groups( $scorer->criteria->languages_required ? $mentee->languages : null, $team ) as $n => $group ) {
			$stand_ins[] = new Mentor( 'group-' . $n, 'UTC', $group['languages'], array(), array(), 1, $group['full'] ? 1 : 0, $group['weight'], $group['status'], $group['away'] );
		}
		return ( new CandidateGenerator( $scorer, $stand_ins ) )->why_unmatched( $mentee );
	}
}
