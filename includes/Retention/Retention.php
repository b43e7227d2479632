<?php
/**
 * The daily retention job: for each kind of personal data whose setting is not 0 (kept forever), the
 * subjects whose time is up — finished cohorts, closed requests, applications not selected, old
 * survey responses and audit entries, never a program still running — and in every table whose
 * declaration says its rows belong to such a subject, the declared text columns emptied. Rows stay:
 * who took part, when, counts and outcomes are the program's facts; only the words people wrote go.
 *
 * Bounded: at most BATCH rows a kind a run, each kind one transaction; a kind that filled its batch
 * asks for a follow-up run a few minutes later. Safe to run twice: a row without text is never
 * counted or written again, so a second run (or two at once) removes nothing more.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Retention;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortEnding;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Platform\Events;
use Wayfinder\Platform\Transaction;
use Wayfinder\Privacy\PersonalData;
use Wayfinder\Privacy\PersonalDataRepository;
use Wayfinder\Privacy\RetentionSubject;
use Wayfinder\Retention\Events\RetentionApplied;

final class Retention {

	/** Rows a kind a run. */
	public const BATCH = 500;

	/** The single event that continues a run whose batch was full. */
	public const CONTINUE_HOOK = 'wayfinder_retention_continue';

	/** Seconds before that follow-up. */
	public const PAUSE = 300;

	/** The most cohorts read at once (a program has a handful a year). */
	private const COHORTS = 1000;

	public function __construct(
		private readonly PersonalData $registry,
		private readonly PersonalDataRepository $rows = new PersonalDataRepository(),
		private readonly RetentionRepository $subjects = new RetentionRepository(),
	) {
	}

	/** One run at `$now`: removes what is due, at most `$batch` rows a kind, and says what it did. */
	public function run( int $now, int $batch = self::BATCH ): RetentionApplied {
		$removed = array();
		$months  = array();
		$failed  = array();
		foreach ( Kind::cases() as $kind ) {
			$months[ $kind->value ]  = RetentionSettings::months( $kind );
			$removed[ $kind->value ] = 0;
			if ( 0 === $months[ $kind->value ] ) {
				continue;
			}
			$cutoff = Cutoff::months_before( $now, $months[ $kind->value ] );
			try {
				$removed[ $kind->value ] = Transaction::run( fn (): int => $this->remove( $kind, $cutoff, $batch ) );
			} catch ( \RuntimeException $e ) {
				$failed[] = $kind->value;
			}
		}
		$applied = new RetentionApplied( $now, $removed, $months, $failed, in_array( $batch, $removed, true ) );
		if ( $applied->more && ! wp_next_scheduled( self::CONTINUE_HOOK ) ) {
			wp_schedule_single_event( time() + self::PAUSE, self::CONTINUE_HOOK );
		}
		Events::dispatch( $applied );
		return $applied;
	}

	/** Empties the text of up to `$batch` rows of one kind, table after table as declared. */
	private function remove( Kind $kind, Cutoff $cutoff, int $batch ): int {
		$done = 0;
		foreach ( $kind->subjects() as $subject ) {
			$due = $this->due( $subject, $cutoff );
			if ( '' === $due ) {
				continue;
			}
			foreach ( $this->registry->declarations() as $declaration ) {
				$column = $declaration->retention_column( $subject );
				if ( null === $column ) {
					continue;
				}
				$done += $this->rows->empty_text_of( $declaration, $column, $due, $batch - $done );
				if ( $done >= $batch ) {
					return $done;
				}
			}
		}
		return $done;
	}

	/** The due subjects of one sort, as SQL for `IN ( … )`; '' when there are none. */
	private function due( RetentionSubject $subject, Cutoff $cutoff ): string {
		return match ( $subject ) {
			RetentionSubject::COHORT          => RetentionRepository::ids( $this->ended_cohorts( $cutoff ) ),
			RetentionSubject::REQUEST         => $this->subjects->closed_requests( $cutoff ),
			RetentionSubject::APPLICATION     => $this->subjects->unselected_applications( CohortPostType::at_stage( Cohort::FINISHED, self::COHORTS ), $cutoff ),
			RetentionSubject::SURVEY_RESPONSE => $this->subjects->old_responses( $this->unfinished_cohorts(), $cutoff ),
			RetentionSubject::AUDIT_EVENT     => $this->subjects->old_events( $cutoff ),
		};
	}

	/** @return list<int> The finished cohorts that ended on the cutoff day or before. */
	private function ended_cohorts( Cutoff $cutoff ): array {
		$due = array();
		foreach ( CohortPostType::at_stage( Cohort::FINISHED, self::COHORTS ) as $cohort_id ) {
			// Cohorts finished before the day was kept fall back to their end date.
			$ended = CohortEnding::ended_on( $cohort_id );
			if ( null === $ended ) {
				$cohort = CohortPostType::find( $cohort_id );
				$ended  = null === $cohort ? '' : $cohort->end_date;
			}
			if ( '' !== $ended && $ended <= $cutoff->day ) {
				$due[] = $cohort_id;
			}
		}
		return $due;
	}

	/** @return list<int> The cohorts still to come or running: their survey answers wait. */
	private function unfinished_cohorts(): array {
		$cohorts = array();
		foreach ( array( Cohort::DRAFT, Cohort::OPEN, Cohort::RUNNING ) as $stage ) {
			$cohorts = array_merge( $cohorts, CohortPostType::at_stage( $stage, self::COHORTS ) );
		}
		return $cohorts;
	}
}
