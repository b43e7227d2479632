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
 * The instant choice looks first at the mentors who share a team with the mentee: one who shares none
 * scores nothing for teams, so is worth at most full marks for everything else. When the best of
 * those who share a team is worth more than that, nobody else could be chosen or tie, and the rest
 * are never read; otherwise everyone is, as before.
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
use Wayfinder\Profiles\MentorRow;
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
	 * @param string    $team   The team the mentee asked within ('' for none: any team).
	 * @param list<int> $except Mentors to leave out (tried already).
	 * @return list<Mentor> By user ID.
	 */
	public function mentors( Mentee $mentee, Scorer $scorer, string $team, array $except = array() ): array {
		return $this->read( $mentee, $scorer, '' === $team ? array() : array( $team ), $except, $team );
	}

	/**
	 * Whether the engine has a choice for this mentee at all (some mentor passes its filters; best()
	 * would name one): one row read, however many mentors there are.
	 *
	 * @param string $team The team the mentee asked within ('' for none: any team).
	 */
	public function any_fits( Mentee $mentee, Scorer $scorer, string $team ): bool {
		$except = array_map( 'intval', array_merge( array( $mentee->id ), $mentee->excluded_mentors ) );
		return $this->profiles->any_mentor_with_room( $scorer->criteria->languages_required ? $mentee->languages : null, '' === $team ? array() : array( $team ), $except );
	}

	/**
	 * The engine's instant choice for this mentee, as over every listed mentor in the team, or why there
	 * is none. Those who share a team with the mentee first; everyone only when that cannot decide.
	 *
	 * @param list<int> $except Mentors to leave out (tried already).
	 * @return ScoredPair|Unmatched
	 */
	public function best( Mentee $mentee, Scorer $scorer, string $team, array $except = array() ) {
		if ( '' === $team && array() !== $mentee->teams ) {
			$best = self::choose( $mentee, $scorer, $this->read( $mentee, $scorer, $mentee->teams, $except, '' ) );
			if ( $best instanceof ScoredPair && $best->score - $scorer->criteria->fairness * $best->mentor->load > self::worth_without_a_team( $mentee, $scorer ) ) {
				return $best;
			}
		}
		$best = self::choose( $mentee, $scorer, $this->mentors( $mentee, $scorer, $team, $except ) );
		return $best instanceof ScoredPair ? $best : $this->why_unmatched( $mentee, $scorer, $team );
	}

	/**
	 * The engine's best $count candidates for this mentee over every team's mentors (the board's
	 * suggestions), best first: those who share a team with the mentee first, as best().
	 *
	 * @return list<ScoredPair>
	 */
	public function top( Mentee $mentee, Scorer $scorer, int $count ): array {
		if ( array() !== $mentee->teams ) {
			$top = array_slice( ( new CandidateGenerator( $scorer, $this->read( $mentee, $scorer, $mentee->teams, array(), '' ) ) )->top( $mentee ), 0, $count );
			if ( $count > 0 && count( $top ) === $count && $top[ $count - 1 ]->score > self::worth_without_a_team( $mentee, $scorer ) ) {
				return $top;
			}
		}
		return array_slice( ( new CandidateGenerator( $scorer, $this->mentors( $mentee, $scorer, '' ) ) )->top( $mentee ), 0, $count );
	}

	/**
	 * @param list<string> $teams  In at least one of these (empty: any).
	 * @param list<int>    $except
	 * @param string       $exact  The team to match exactly again ('' for none).
	 * @return list<Mentor>
	 */
	private function read( Mentee $mentee, Scorer $scorer, array $teams, array $except, string $exact ): array {
		$mentors = array();
		foreach ( $this->profiles->listed_mentors_with_room( $scorer->criteria->languages_required ? $mentee->languages : null, $teams ) as $row ) {
			// The query may ignore letter case; the team is matched exactly here.
			if ( ! in_array( $row->user_id, $except, true ) && ( '' === $exact || in_array( $exact, $row->teams, true ) ) ) {
				$mentors[] = $this->people->mentor_of_row( $row );
			}
		}
		return $mentors;
	}

	/** @param list<Mentor> $mentors */
	private static function choose( Mentee $mentee, Scorer $scorer, array $mentors ): ScoredPair|Unmatched {
		return ( new InstantMatcher( new CandidateGenerator( $scorer, $mentors ) ) )->best( $mentee );
	}

	/**
	 * The most a mentor who shares none of the mentee's teams can be worth: full marks for language,
	 * time and room (and the bonus, were they the one asked for), nothing for teams — plus what
	 * rounding a score can add.
	 */
	private static function worth_without_a_team( Mentee $mentee, Scorer $scorer ): float {
		$criteria = $scorer->criteria;
		$weights  = $criteria->weights;
		$others   = $weights[ Criteria::LANGUAGES ] + $weights[ Criteria::TIME ] + $weights[ Criteria::LOAD ];
		return $others / $criteria->total_weight() * 100 + ( null !== $mentee->preferred_mentor ? $criteria->preference_bonus : 0.0 ) + 0.01;
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
