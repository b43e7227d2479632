<?php
/**
 * The rules that award badges on their own, from what people did: a completed mentorship (Mentee and
 * Mentor), a graduation (Graduate, and Mentor for the graduate's mentor in the cohort), a verified
 * contribution to a team (that team's contributor badge) and a finished cohort (Cohort facilitator for
 * who led its group sessions). Each award is once per badge and person (the table's unique key); a
 * revoked one is never given back by a rule (Awarding::earn).
 *
 * After an upgrade from before badges existed (schema < 24) a backfill awards the same for past
 * history: a bounded batch of each kind on the hourly tick, resumable (a cursor per kind in an option)
 * and safe to run twice (awards are once). Backfilled awards e-mail nobody (see quietly()).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortPairs;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\Events\CohortFinished;
use Wayfinder\Contributions\Contribution;
use Wayfinder\Contributions\Events\ContributionRecorded;
use Wayfinder\Contributions\Events\ContributionReviewed;
use Wayfinder\Graduation\Events\MenteeGraduated;
use Wayfinder\Mentorship\Events\MatchCompleted;

final class BadgeRules {

	/** The option of the backfill still to do; absent when there is none. */
	public const BACKFILL = 'wayfinder_badges_backfill';

	/** Rows of each kind a tick reads (and finished cohorts, a tenth of it). */
	public const BATCH = 100;

	/**
	 * How deep in quietly() we are: awards made there tell nobody by e-mail.
	 *
	 * @var int
	 */
	private static int $quiet = 0;

	public function __construct(
		private readonly Awarding $awarding = new Awarding( new AwardRepository() ),
		private readonly HistoryRepository $history = new HistoryRepository(),
		private readonly CohortPairs $pairs = new CohortPairs(),
	) {
	}

	/**
	 * Runs the work so that the awards it makes e-mail nobody (the backfill of old history, the demo):
	 * Notifications\BadgeNotices asks is_quiet().
	 *
	 * @template T
	 * @param callable(): T $work
	 * @return T
	 */
	public static function quietly( callable $work ) {
		++self::$quiet;
		try {
			return $work();
		} finally {
			--self::$quiet;
		}
	}

	public static function is_quiet(): bool {
		return self::$quiet > 0;
	}

	/** A completed 1:1 mentorship: Mentee for the mentee, Mentor for the mentor. */
	public function match_completed( MatchCompleted $event ): void {
		$this->for_match( $event->match->id, $event->match->mentee_id, $event->match->mentor_id, time() );
	}

	/** A graduation: Graduate for the graduate, Mentor for their mentor in the cohort. */
	public function graduated( MenteeGraduated $event ): void {
		$cohort_id = $event->cohort->id;
		$this->for_graduation( $cohort_id, $event->member->user_id, $this->pairs->mentor_of( $cohort_id, $event->member->user_id ), time() );
	}

	/** A contribution recorded already verified (e.g. merged on GitHub). */
	public function contribution_recorded( ContributionRecorded $event ): void {
		$this->for_contribution( $event->contribution, time() );
	}

	/** A contribution a representative or coordinator verified. */
	public function contribution_reviewed( ContributionReviewed $event ): void {
		$this->for_contribution( $event->contribution, time() );
	}

	/** A finished cohort: Cohort facilitator for each person who led a group session that took place. */
	public function cohort_finished( CohortFinished $event ): void {
		$this->for_cohort( $event->cohort->id, time() );
	}

	/** After an upgrade from before schema 24: queues the past for the hourly ticks. */
	public function start_backfill(): void {
		update_option(
			self::BACKFILL,
			array(
				'matches'       => 0,
				'graduations'   => 0,
				'contributions' => 0,
				'cohorts'       => CohortPostType::at_stage( Cohort::FINISHED, 1000 ),
			),
			false
		);
	}

	/**
	 * The hourly work: the next batch of each kind of past history; the option goes when all is done.
	 * Quiet: people are not e-mailed about what they did long ago.
	 */
	public function tick( int $now, int $batch = self::BATCH ): void {
		$state = get_option( self::BACKFILL );
		if ( ! is_array( $state ) ) {
			return;
		}
		$state = self::quietly( fn (): array => $this->backfill( $state, $now, max( 1, $batch ) ) );
		if ( null === $state['matches'] && null === $state['graduations'] && null === $state['contributions'] && array() === $state['cohorts'] ) {
			delete_option( self::BACKFILL );
			return;
		}
		update_option( self::BACKFILL, $state, false );
	}

	/**
	 * @param array<string, mixed> $state
	 * @return array{matches: ?int, graduations: ?int, contributions: ?int, cohorts: list<int>}
	 */
	private function backfill( array $state, int $now, int $batch ): array {
		$cursor = static fn ( string $key ): ?int => isset( $state[ $key ] ) && is_numeric( $state[ $key ] ) ? (int) $state[ $key ] : null;
		$next   = array(
			'matches'       => $cursor( 'matches' ),
			'graduations'   => $cursor( 'graduations' ),
			'contributions' => $cursor( 'contributions' ),
			'cohorts'       => array_values( array_map( 'intval', is_array( $state['cohorts'] ?? null ) ? $state['cohorts'] : array() ) ),
		);
		if ( null !== $next['matches'] ) {
			$rows = $this->history->completed_matches( $next['matches'], $batch );
			foreach ( $rows as $row ) {
				$this->for_match( $row['id'], $row['mentee_id'], $row['mentor_id'], $now );
				$next['matches'] = $row['id'];
			}
			$next['matches'] = count( $rows ) < $batch ? null : $next['matches'];
		}
		if ( null !== $next['graduations'] ) {
			$rows = $this->history->graduations( $next['graduations'], $batch );
			foreach ( $rows as $row ) {
				$this->for_graduation( $row['cohort_id'], $row['user_id'], $row['mentor_id'], $now );
				$next['graduations'] = $row['id'];
			}
			$next['graduations'] = count( $rows ) < $batch ? null : $next['graduations'];
		}
		if ( null !== $next['contributions'] ) {
			$rows = $this->history->verified_contributions( $next['contributions'], $batch );
			foreach ( $rows as $row ) {
				$badge = BadgePostType::for_rule( Badge::TEAM_CONTRIBUTOR, $row['team'] );
				if ( null !== $badge ) {
					$this->awarding->earn( $badge, $row['user_id'], Award::FOR_CONTRIBUTION, $row['id'], $now );
				}
				$next['contributions'] = $row['id'];
			}
			$next['contributions'] = count( $rows ) < $batch ? null : $next['contributions'];
		}
		foreach ( array_splice( $next['cohorts'], 0, max( 1, intdiv( $batch, 10 ) ) ) as $cohort_id ) {
			$this->for_cohort( $cohort_id, $now );
		}
		return $next;
	}

	private function for_match( int $match_id, int $mentee_id, int $mentor_id, int $now ): void {
		$mentee = BadgePostType::for_rule( Badge::MENTEE );
		if ( null !== $mentee ) {
			$this->awarding->earn( $mentee, $mentee_id, Award::FOR_MATCH, $match_id, $now );
		}
		$mentor = BadgePostType::for_rule( Badge::MENTOR );
		if ( null !== $mentor && $mentor_id > 0 ) {
			$this->awarding->earn( $mentor, $mentor_id, Award::FOR_MATCH, $match_id, $now );
		}
	}

	private function for_graduation( int $cohort_id, int $graduate_id, int $mentor_id, int $now ): void {
		$graduate = BadgePostType::for_rule( Badge::GRADUATE );
		if ( null !== $graduate ) {
			$this->awarding->earn( $graduate, $graduate_id, Award::FOR_COHORT, $cohort_id, $now );
		}
		$mentor = BadgePostType::for_rule( Badge::MENTOR );
		if ( null !== $mentor && $mentor_id > 0 && $mentor_id !== $graduate_id ) {
			$this->awarding->earn( $mentor, $mentor_id, Award::FOR_COHORT, $cohort_id, $now );
		}
	}

	private function for_contribution( Contribution $contribution, int $now ): void {
		if ( Contribution::VERIFIED !== $contribution->status || '' === $contribution->team ) {
			return;
		}
		$badge = BadgePostType::for_rule( Badge::TEAM_CONTRIBUTOR, $contribution->team );
		if ( null !== $badge ) {
			$this->awarding->earn( $badge, $contribution->user_id, Award::FOR_CONTRIBUTION, $contribution->id, $now );
		}
	}

	private function for_cohort( int $cohort_id, int $now ): void {
		$badge = BadgePostType::for_rule( Badge::FACILITATOR );
		if ( null === $badge ) {
			return;
		}
		foreach ( $this->history->session_leaders( $cohort_id, $now ) as $leader ) {
			$this->awarding->earn( $badge, $leader, Award::FOR_COHORT, $cohort_id, $now );
		}
	}
}
