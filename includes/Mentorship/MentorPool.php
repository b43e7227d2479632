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
use Wayfinder\Matching\Criteria;
use Wayfinder\Matching\InstantMatcher;
use Wayfinder\Matching\Mentee;
use Wayfinder\Matching\Mentor;
use Wayfinder\Matching\ScoredPair;
use Wayfinder\Matching\Scorer;
use Wayfinder\Matching\Unmatched;
use Wayfinder\Profiles\Profile;
use Wayfinder\Profiles\ProfileRepository;

final class MentorPool {

	/** Mentors read first, most room first: often all the choice needs. */
	private const FIRST_CHUNK = 100;

	public function __construct(
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly EnginePeople $people = new EnginePeople(),
		private readonly int $first_chunk = self::FIRST_CHUNK,
	) {
	}

	/**
	 * The mentors who could be the engine's choice for this mentee: one query.
	 *
	 * @param string $team The team the mentee asked within ('' for none: any team).
	 * @return list<Mentor> By user ID.
	 */
	public function mentors( Mentee $mentee, Scorer $scorer, string $team ): array {
		return self::in_team(
			array_map(
				fn ( Profile $profile ): Mentor => $this->people->mentor( $profile ),
				$this->profiles->listed_mentors_with_room( $scorer->criteria->languages_required ? $mentee->languages : null, $team )
			),
			$team
		);
	}

	/**
	 * The database may ignore letter case; the team is matched exactly here.
	 *
	 * @param list<Mentor> $mentors
	 * @return list<Mentor>
	 */
	private static function in_team( array $mentors, string $team ): array {
		return '' === $team ? $mentors : array_values( array_filter( $mentors, static fn ( Mentor $mentor ): bool => in_array( $team, $mentor->teams, true ) ) );
	}

	/**
	 * The engine's instant choice among these mentors (by default the pool), or why there is none,
	 * as over every listed mentor in the team.
	 *
	 * @param list<Mentor>|null $mentors From mentors(), perhaps without some; null: the pool.
	 * @return ScoredPair|Unmatched
	 */
	public function best( Mentee $mentee, Scorer $scorer, string $team, ?array $mentors = null ) {
		if ( null === $mentors && 0.0 === $scorer->criteria->fairness ) {
			// Without fairness the instant choice is the best pair (InstantMatcher): read only enough.
			$best = $this->top( $mentee, $scorer, $team, 1 )[0] ?? null;
		} else {
			$best = ( new InstantMatcher( new CandidateGenerator( $scorer, $mentors ?? $this->mentors( $mentee, $scorer, $team ) ) ) )->best( $mentee );
		}
		return $best instanceof ScoredPair ? $best : $this->why_unmatched( $mentee, $scorer, $team );
	}

	/**
	 * The engine's $n best pairs for this mentee, best first: the first $n of CandidateGenerator::top()
	 * over the whole pool, in at most two reads. The first read takes the mentors with the most room
	 * as the engine weighs it. Everyone not read has at most the room of the last one read, so at most
	 * full marks for language, time and teams plus that room: when even that rounds below the n-th
	 * score the answer is in hand; otherwise a second read takes only those whose room could still
	 * beat the n-th score, or tie it with a lower user ID (ties go to the lower ID).
	 *
	 * @return list<ScoredPair>
	 */
	public function top( Mentee $mentee, Scorer $scorer, string $team, int $n ): array {
		$criteria  = $scorer->criteria;
		$n         = max( 1, min( $n, $criteria->top_k ) );
		$w         = $criteria->weights;
		$others    = $w[ Criteria::LANGUAGES ] + $w[ Criteria::TIME ] + $w[ Criteria::TEAMS ];
		$total     = $criteria->total_weight();
		$languages = $criteria->languages_required ? $mentee->languages : null;
		$chunk     = max( 1, $this->first_chunk );
		$first     = $this->profiles->listed_mentors_with_most_room( $languages, $team, $chunk );
		// The preferred mentor scores a bonus above any bound: always among those read.
		$read  = array_merge( $first, null === $mentee->preferred_mentor ? array() : $this->profiles->listed_mentors_with_room( $languages, $team, (int) $mentee->preferred_mentor ) );
		$pairs = $this->top_of( $read, $mentee, $scorer, $team, $n );
		if ( count( $first ) < $chunk ) {
			return $pairs; // That was the whole pool.
		}
		if ( count( $pairs ) < $n || $w[ Criteria::LOAD ] <= 0 ) {
			return $this->top_of( $this->profiles->listed_mentors_with_room( $languages, $team ), $mentee, $scorer, $team, $n );
		}
		$nth   = $pairs[ $n - 1 ];
		$bound = ( $others + $w[ Criteria::LOAD ] * $scorer->load_component( $this->people->mentor( $first[ $chunk - 1 ] ) ) ) / $total * 100;
		// Scores are compared rounded to hundredths: half a point either side, and a hair for arithmetic.
		if ( $bound + 1e-6 < $nth->score - 0.005 ) {
			return $pairs;
		}
		$room = static fn ( float $score ): float => ( ( $score - 1e-6 ) / 100 * $total - $others ) / $w[ Criteria::LOAD ];
		$more = $this->profiles->listed_mentors_with_room( $languages, $team, 0, array( $room( $nth->score + 0.005 ), $room( $nth->score - 0.005 ), (int) $nth->mentor->id ) );
		return $this->top_of( array_merge( $read, $more ), $mentee, $scorer, $team, $n );
	}

	/**
	 * The engine's $n best pairs among these mentors.
	 *
	 * @param list<Profile> $profiles
	 * @return list<ScoredPair>
	 */
	private function top_of( array $profiles, Mentee $mentee, Scorer $scorer, string $team, int $n ): array {
		$mentors = array();
		foreach ( $profiles as $profile ) {
			$mentors[ $profile->user_id ] = $this->people->mentor( $profile );
		}
		ksort( $mentors ); // By user ID, as over the whole pool: ties break alike.
		return array_slice( ( new CandidateGenerator( $scorer, self::in_team( array_values( $mentors ), $team ) ) )->top( $mentee ), 0, $n );
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
