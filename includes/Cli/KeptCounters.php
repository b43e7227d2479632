<?php
/**
 * Every counter Wayfinder keeps beside the facts it counts, worked out again from those facts: the
 * mentors' open matches (MatchService::repair_counts), each mentee's standing (matched, or waiting
 * since), each cohort's places taken per role and project group, each cohort mentee's progress
 * figures (sessions, training, plan, check-ins — each recounted by the feature that owns it), and
 * the counts kept for a quarter hour (the directory's and the waiting list's), which are dropped.
 * Each step writes only what was wrong and says what it changed, so running it twice changes nothing
 * the second time.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\CheckIns\CheckInService;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Directory\MentorCounts;
use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\WaitingCounts;
use Wayfinder\Plans\PlanService;
use Wayfinder\Platform\Transaction;
use Wayfinder\Profiles\DisplayName;
use Wayfinder\Profiles\ProfileRepository;
use Wayfinder\Sessions\Attendance;
use Wayfinder\Training\TrainingService;

final class KeptCounters {

	/** Profile rows (by user ID) whose standing is worked out in one statement. */
	private const SPAN = 1000;

	/** Cohort mentees read a page. */
	private const PAGE = 100;

	public function __construct(
		private readonly MatchService $matches = new MatchService(),
		private readonly ProfileRepository $profiles = new ProfileRepository(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly Attendance $attendance = new Attendance(),
		private readonly TrainingService $training = new TrainingService(),
		private readonly PlanService $plans = new PlanService(),
		private readonly CheckInService $checkins = new CheckInService(),
	) {
	}

	/**
	 * Recomputes every kept counter.
	 *
	 * @return array{changes: list<string>, refused: list<string>} What changed, in sentences, and the steps the database refused.
	 */
	public function recompute(): array {
		$changes = array();
		$refused = array();
		// The quarter-hour counts first: the steps after may drop them too, and this one says so.
		$steps = array(
			'kept_counts'     => fn (): array => $this->kept_counts(),
			'mentor_counts'   => fn (): array => $this->mentor_counts(),
			'mentee_standing' => fn (): ?array => $this->mentee_standing(),
			'cohort_places'   => fn (): ?array => $this->cohort_places(),
			'progress'        => fn (): ?array => $this->progress(),
		);
		foreach ( $steps as $step => $run ) {
			$done = $run();
			if ( null === $done ) {
				$refused[] = self::step_name( $step );
				continue;
			}
			$changes = array_merge( $changes, $done );
		}
		return array(
			'changes' => $changes,
			'refused' => $refused,
		);
	}

	/** @return list<string> */
	private function mentor_counts(): array {
		$changes = array();
		foreach ( $this->matches->repair_counts() as $mentor => $count ) {
			/* translators: 1: a mentor's name, 2: the count kept, 3: the real count. */
			$changes[] = sprintf( __( 'Open matches of %1$s: %2$d kept, %3$d real.', 'wayfinder' ), DisplayName::of( (int) $mentor ), $count['was'], $count['now'] );
		}
		return $changes;
	}

	/** @return list<string>|null Null when the database refused a span. */
	private function mentee_standing(): ?array {
		$last      = (int) ( get_users(
			array(
				'number'  => 1,
				'orderby' => 'ID',
				'order'   => 'DESC',
				'fields'  => 'ID',
				'blog_id' => 0, // Every account of the network: profiles name accounts, not site members.
			)
		)[0] ?? 0 );
		$corrected = 0;
		for ( $after = 0; $after < $last; $after += self::SPAN ) {
			$done = $this->profiles->restand_span( $after, $after + self::SPAN );
			if ( false === $done ) {
				return null;
			}
			$corrected += $done;
		}
		return 0 === $corrected ? array() : array(
			/* translators: %d: how many people. */
			sprintf( _n( 'The standing as mentee (matched, or waiting since when) of %d person was corrected.', 'The standing as mentee (matched, or waiting since when) of %d people was corrected.', $corrected, 'wayfinder' ), $corrected ),
		);
	}

	/** @return list<string>|null Null when the database refused a counter. */
	private function cohort_places(): ?array {
		$changes = array();
		foreach ( $this->members->place_drift() as $drift ) {
			if ( ! $this->members->set_taken( $drift['cohort_id'], $drift['role'], $drift['now'] ) ) {
				return null;
			}
			$cohort = CohortPostType::find( $drift['cohort_id'] );
			/* translators: 1: a cohort's name, 2: which places (mentees', mentors' or a project group's), 3: the count kept, 4: the real count. */
			$changes[] = sprintf( __( 'Places taken in %1$s, %2$s: %3$d kept, %4$d real.', 'wayfinder' ), null === $cohort ? '#' . $drift['cohort_id'] : $cohort->name, self::places_name( $drift['role'] ), $drift['was'], $drift['now'] );
		}
		return $changes;
	}

	/** @return list<string>|null Null when the database refused a figure. */
	private function progress(): ?array {
		$changes = array();
		$labels  = self::figure_names();
		foreach ( CohortPostType::ids() as $cohort_id ) {
			for ( $page = 1; ; $page++ ) {
				$rows = $this->members->progress_page( $cohort_id, 'name', false, $page, self::PAGE );
				foreach ( $rows as $row ) {
					$mentee = (int) $row['user_id'];
					$real   = $this->attendance->figures( $cohort_id, $mentee ) + $this->training->figures( $cohort_id, $mentee ) + $this->plans->figures( $cohort_id, $mentee ) + $this->checkins->figures( $cohort_id, $mentee );
					$wrong  = array_filter( $real, static fn ( int $value, string $figure ): bool => (int) $row[ $figure ] !== $value, ARRAY_FILTER_USE_BOTH );
					if ( array() === $wrong ) {
						continue;
					}
					$writes = array();
					foreach ( $wrong as $figure => $value ) {
						$writes[] = fn (): bool => $this->members->set_progress( $cohort_id, $mentee, $figure, $value );
					}
					if ( ! Transaction::all( ...$writes ) ) {
						return null;
					}
					foreach ( $wrong as $figure => $value ) {
						/* translators: 1: a mentee's name, 2: a cohort's name, 3: what is counted, e.g. "training done", 4: the count kept, 5: the real count. */
						$changes[] = sprintf( __( '%1$s in %2$s, %3$s: %4$d kept, %5$d real.', 'wayfinder' ), (string) $row['display_name'], get_the_title( $cohort_id ), $labels[ $figure ] ?? $figure, (int) $row[ $figure ], $value );
					}
				}
				if ( count( $rows ) < self::PAGE ) {
					break;
				}
			}
		}
		return $changes;
	}

	/** @return list<string> */
	private function kept_counts(): array {
		$dropped = array();
		if ( false !== get_option( MentorCounts::OPTION ) ) {
			MentorCounts::forget();
			$dropped[] = __( 'The mentor directory\'s kept counts were dropped; they are counted again when next read.', 'wayfinder' );
		}
		if ( false !== get_option( WaitingCounts::OPTION ) ) {
			WaitingCounts::forget();
			$dropped[] = __( 'The kept counts of mentees waiting for a mentor were dropped; they are counted again when next read.', 'wayfinder' );
		}
		return $dropped;
	}

	/** Which places a counter counts, in words. */
	private static function places_name( string $role ): string {
		if ( CohortMember::MENTEE === $role ) {
			return __( 'mentees', 'wayfinder' );
		}
		if ( CohortMember::MENTOR === $role ) {
			return __( 'mentors', 'wayfinder' );
		}
		/* translators: %s: a mentor's name. */
		return sprintf( __( 'the project group of %s', 'wayfinder' ), DisplayName::of( (int) substr( $role, strlen( 'group:' ) ) ) );
	}

	/** @return array<string, string> Progress figure => what it counts, in words. */
	private static function figure_names(): array {
		return array(
			'one_to_ones_done'    => __( '1:1 sessions attended', 'wayfinder' ),
			'group_sessions_done' => __( 'group sessions attended', 'wayfinder' ),
			'training_done'       => __( 'training done', 'wayfinder' ),
			'plan_goals'          => __( 'goals in the plan', 'wayfinder' ),
			'plan_done'           => __( 'goals done', 'wayfinder' ),
			'checkins_answered'   => __( 'check-ins answered', 'wayfinder' ),
		);
	}

	/** A step the database refused, in words. */
	private static function step_name( string $step ): string {
		$names = array(
			'mentee_standing' => __( 'the mentees\' standing', 'wayfinder' ),
			'cohort_places'   => __( 'the cohorts\' places taken', 'wayfinder' ),
			'progress'        => __( 'the cohort mentees\' progress figures', 'wayfinder' ),
		);
		return $names[ $step ] ?? $step;
	}
}
