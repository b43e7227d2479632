<?php
/**
 * Who took part in a program that ended and whether they still contribute: one outcome per person
 * and program (a cohort place, a waitlisted applicant of the cohort as the comparison group, an ended
 * 1:1 mentorship outside cohorts), and "still contributing at N months" for N = 1, 3, 6, 12: a verified
 * contribution dated after add_months(ended_on, N − 1) up to and including add_months(ended_on, N) —
 * the N-th month after the end — known (1 or 0) once that last day has passed in the site's time zone,
 * NULL before. Work is bounded: a finished cohort is queued (a pending marker) and its people added in
 * batches, the months are filled by the hourly tick, a batch at a time, and both are safe to run twice.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Impact;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortEnding;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Mentorship\MatchRepository;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Surveys\WaveTiming;

final class Outcomes {

	/** The option of the work still to do: cohorts to add (id => ended_on) and the 1:1 backfill's cursor. */
	public const STATE = 'wayfinder_impact_pending';

	/** People added, or outcomes measured, per batch. */
	public const BATCH = 500;

	/** Match end reasons after which the mentee never ran the mentorship (no outcome). */
	private const NOT_STARTED = array( 'mentor_declined', 'account_deleted' );

	public function __construct(
		private readonly OutcomeRepository $outcomes = new OutcomeRepository(),
		private readonly MatchRepository $matches = new MatchRepository(),
		private readonly ProfileRepository $profiles = new ProfileRepository(),
	) {
	}

	/** A cohort finished (at its end date or early): queue it and add a first batch of its people. */
	public function cohort_finished( int $cohort_id, string $ended_on, int $now ): void {
		$state                          = self::state();
		$state['cohorts'][ $cohort_id ] = $ended_on;
		self::save( $state );
		$this->add_pending( $now, self::BATCH );
	}

	/** A 1:1 mentorship outside cohorts ended: the mentee's outcome, unless they went on with another mentor. */
	public function match_ended( MatchRecord $match, string $reason, int $now ): void {
		if ( null !== $match->cohort_id || in_array( $reason, self::NOT_STARTED, true ) || null !== $this->matches->open_for_mentee( $match->mentee_id ) ) {
			return;
		}
		$this->add_match( $match->id, $match->mentee_id, $match->source, WaveTiming::day_of( $now ), $now );
	}

	/**
	 * The hourly work: add queued cohorts' people, continue the backfill of ended 1:1 mentorships, then
	 * measure the months that have passed. Bounded: at most BATCH of each a tick.
	 */
	public function tick( int $now ): void {
		$state = self::state();
		if ( ! $state['started'] ) {
			$this->start_backfill();
		}
		$this->add_pending( $now, self::BATCH );
		$this->backfill_matches( $now, self::BATCH );
		$this->measure_due( $now, self::BATCH );
	}

	/** Queues every finished cohort and every ended 1:1 mentorship (programs that ended before outcomes were kept). */
	public function start_backfill(): void {
		$state = self::state();
		foreach ( CohortPostType::at_stage( Cohort::FINISHED, 1000 ) as $cohort_id ) {
			$cohort = CohortPostType::find( $cohort_id );
			$ended  = CohortEnding::ended_on( $cohort_id ) ?? ( null === $cohort ? '' : $cohort->end_date );
			if ( '' !== $ended ) {
				$state['cohorts'][ $cohort_id ] = $ended;
			}
		}
		$state['matches_after'] = 0;
		$state['started']       = true;
		self::save( $state );
	}

	/** Adds up to $limit people of queued cohorts; a cohort with nobody left leaves the queue. */
	public function add_pending( int $now, int $limit ): int {
		$state = self::state();
		$added = 0;
		foreach ( $state['cohorts'] as $cohort_id => $ended_on ) {
			if ( $limit - $added <= 0 ) {
				break;
			}
			$mentees = $this->outcomes->cohort_mentees_without_outcome( (int) $cohort_id, $limit - $added );
			$rows    = array();
			foreach ( $mentees as $mentee ) {
				$rows[] = array(
					'user_id'    => $mentee['user_id'],
					'cohort_id'  => (int) $cohort_id,
					'match_id'   => 0,
					'origin'     => 'cohort',
					'team'       => $mentee['team'],
					'waitlisted' => 0,
					'graduated'  => $mentee['graduated'],
					'ended_on'   => $ended_on,
				);
			}
			$room = $limit - $added - count( $rows );
			if ( $room > 0 ) {
				foreach ( $this->outcomes->waitlisted_without_outcome( (int) $cohort_id, $room ) as $user_id ) {
					$rows[] = array(
						'user_id'    => $user_id,
						'cohort_id'  => (int) $cohort_id,
						'match_id'   => 0,
						'origin'     => 'waitlist',
						'team'       => '',
						'waitlisted' => 1,
						'graduated'  => 0,
						'ended_on'   => $ended_on,
					);
				}
			}
			$this->outcomes->add( $rows, $now );
			$added += count( $rows );
			if ( $limit - $added > 0 ) {
				unset( $state['cohorts'][ $cohort_id ] ); // Nobody left: the batch had room to spare.
			}
		}
		self::save( $state );
		if ( $added > 0 ) {
			ImpactFigures::forget();
			$this->measure_due( $now, self::BATCH );
		}
		return $added;
	}

	/** Continues the backfill of ended 1:1 mentorships outside cohorts, a batch. */
	public function backfill_matches( int $now, int $limit ): void {
		$state = self::state();
		if ( null === $state['matches_after'] ) {
			return;
		}
		$rows = $this->outcomes->ended_matches_after( $state['matches_after'], $limit );
		foreach ( $rows as $row ) {
			if ( null === $this->matches->open_for_mentee( $row['mentee_id'] ) ) {
				$ended = strtotime( $row['updated_at'] . ' UTC' );
				$this->add_match( $row['id'], $row['mentee_id'], $row['source'], WaveTiming::day_of( false === $ended ? $now : $ended ), $now );
			}
			$state['matches_after'] = $row['id'];
		}
		if ( count( $rows ) < $limit ) {
			$state['matches_after'] = null;
		}
		self::save( $state );
	}

	/** Measures, for up to $limit outcomes, the months that have passed; returns how many changed. */
	public function measure_due( int $now, int $limit ): int {
		$yesterday = WaveTiming::day_of( WaveTiming::start_of_day( WaveTiming::day_of( $now ) ) - 1 );
		$cutoffs   = array();
		foreach ( OutcomeRepository::MONTHS as $months ) {
			$cutoffs[ $months ] = self::latest_end_measured( $yesterday, $months );
		}
		$changed = 0;
		foreach ( $this->outcomes->due( $cutoffs, $limit ) as $row ) {
			$changed += $this->measure( $row['id'], $row['user_id'], $row['ended_on'], $now ) ? 1 : 0;
		}
		if ( $changed > 0 ) {
			ImpactFigures::forget();
		}
		return $changed;
	}

	/**
	 * A person's contribution was recorded, verified or rejected: measure their outcomes again. The
	 * kept figures are dropped when an outcome changed, or when $counted (a verified contribution came
	 * or went) and the person took part in a program (the contributions by month count them).
	 */
	public function remeasure( int $user_id, int $now, bool $counted = true ): void {
		$rows    = $this->outcomes->of_user( $user_id );
		$changed = $counted && array() !== $rows;
		foreach ( $rows as $row ) {
			$changed = $this->measure( $row['id'], $user_id, $row['ended_on'], $now ) || $changed;
		}
		if ( $changed ) {
			ImpactFigures::forget();
		}
	}

	/**
	 * Whether a person still contributed in each month after an end, as far as known today: months =>
	 * 1 (a verified contribution in that month), 0 (none), null (the month has not passed yet).
	 *
	 * @param list<string> $days The days of the person's verified contributions (Y-m-d).
	 * @return array<int, int|null>
	 */
	public static function active_months( string $ended_on, array $days, string $today ): array {
		$active = array();
		foreach ( OutcomeRepository::MONTHS as $months ) {
			$from  = WaveTiming::add_months( $ended_on, $months - 1 );
			$until = WaveTiming::add_months( $ended_on, $months );
			if ( $until >= $today ) {
				$active[ $months ] = null;
				continue;
			}
			$active[ $months ] = 0;
			foreach ( $days as $day ) {
				if ( $day > $from && $day <= $until ) {
					$active[ $months ] = 1;
					break;
				}
			}
		}
		return $active;
	}

	/**
	 * The latest end day whose N-th month is over by the end of $yesterday: add_months(end, N) ≤ yesterday.
	 * When yesterday is the last day of its month, every day of the month N months earlier counts
	 * (31 January + 1 month = 28 February).
	 */
	public static function latest_end_measured( string $yesterday, int $months ): string {
		$back = WaveTiming::add_months( $yesterday, -$months );
		if ( gmdate( 't', (int) strtotime( $yesterday . ' 00:00 UTC' ) ) === substr( $yesterday, 8, 2 ) ) {
			return substr( $back, 0, 8 ) . gmdate( 't', (int) strtotime( $back . ' 00:00 UTC' ) );
		}
		return $back;
	}

	private function measure( int $id, int $user_id, string $ended_on, int $now ): bool {
		$days = $this->outcomes->verified_days( $user_id, $ended_on, WaveTiming::add_months( $ended_on, 12 ) );
		return $this->outcomes->set_active( $id, self::active_months( $ended_on, $days, WaveTiming::day_of( $now ) ), $now );
	}

	private function add_match( int $match_id, int $mentee_id, string $source, string $ended_on, int $now ): void {
		$teams = $this->profiles->find( $mentee_id )->teams;
		$added = $this->outcomes->add(
			array(
				array(
					'user_id'    => $mentee_id,
					'cohort_id'  => 0,
					'match_id'   => $match_id,
					'origin'     => $source,
					'team'       => (string) ( $teams[0] ?? '' ),
					'waitlisted' => 0,
					'graduated'  => 0,
					'ended_on'   => $ended_on,
				),
			),
			$now
		);
		if ( $added > 0 ) {
			ImpactFigures::forget();
		}
	}

	/** @return array{cohorts: array<int, string>, matches_after: int|null, started: bool} */
	private static function state(): array {
		$state = get_option( self::STATE, array() );
		$state = is_array( $state ) ? $state : array();
		return array(
			'cohorts'       => isset( $state['cohorts'] ) && is_array( $state['cohorts'] ) ? array_map( 'strval', $state['cohorts'] ) : array(),
			'matches_after' => array_key_exists( 'matches_after', $state ) && null !== $state['matches_after'] ? (int) $state['matches_after'] : null,
			'started'       => ! empty( $state['started'] ),
		);
	}

	/** @param array{cohorts: array<int, string>, matches_after: int|null, started: bool} $state */
	private static function save( array $state ): void {
		update_option( self::STATE, $state, false );
	}
}
