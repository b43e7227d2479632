<?php
/**
 * How the program is doing, for an operator at a glance: people waiting for a mentor (and the
 * longest wait), cohort mentees whose early warning needs a coordinator (quiet pairs among them),
 * hand-offs waiting for a team and those overdue, cohorts running and open, applications waiting
 * for screening or reviews, and the mentors' room. Each figure is the one its feature's screen
 * shows (the Overview's ProgramFigures, the warnings of GET /cohorts/warnings, the hand-offs card).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Applications\Application;
use Wayfinder\Applications\ApplicationRepository;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMemberRepository;
use Wayfinder\Cohorts\CohortPostType;
use Wayfinder\Cohorts\EarlyWarning;
use Wayfinder\Handoffs\HandoffRepository;
use Wayfinder\Mentorship\ProgramFigures;
use Wayfinder\Platform\Settings;

final class ProgramHealth {

	/** Cohorts read per stage, at most (a program runs a handful at once). */
	private const COHORTS = 100;

	public function __construct(
		private readonly ProgramFigures $program = new ProgramFigures(),
		private readonly CohortMemberRepository $members = new CohortMemberRepository(),
		private readonly HandoffRepository $handoffs = new HandoffRepository(),
		private readonly ApplicationRepository $applications = new ApplicationRepository(),
	) {
	}

	/**
	 * @return array{waiting: array{count: int, longest: array{name: string, since: string, days: int}|null}, open_requests: int, proposed: int, warnings: array{total: int, quiet: int, missed_session: int, unanswered_checkin: int, fit_check: int}, handoffs: array{waiting: int, overdue: int}, cohorts: array{running: int, open: int}, applications: array{screening: int, review: int}, mentors: array{total: int, free: int, some: int, full: int, away: int}}
	 */
	public function figures( int $now ): array {
		$program = $this->program->all();
		$longest = $program['waiting']['longest'];
		$since   = null === $longest ? 0 : (int) strtotime( (string) $longest['since'] );
		$kinds   = $this->members->warning_counts( gmdate( 'Y-m-d H:i:s', $now - EarlyWarning::NUDGE_GRACE ), EarlyWarning::FIT_CHECK );
		$running = CohortPostType::at_stage( Cohort::RUNNING, self::COHORTS );
		$open    = CohortPostType::at_stage( Cohort::OPEN, self::COHORTS );
		$mentors = $program['mentors'];
		return array(
			'waiting'       => array(
				'count'   => (int) $program['waiting']['count'],
				'longest' => null === $longest ? null : array(
					'name'  => (string) $longest['name'],
					'since' => (string) wp_date( 'Y-m-d', $since ),
					'days'  => max( 0, intdiv( $now - $since, DAY_IN_SECONDS ) ),
				),
			),
			'open_requests' => (int) $program['open_requests'],
			'proposed'      => (int) $program['proposed'],
			'warnings'      => array(
				'total'                          => array_sum( $kinds ),
				EarlyWarning::QUIET              => $kinds[ EarlyWarning::QUIET ] ?? 0,
				EarlyWarning::MISSED_SESSION     => $kinds[ EarlyWarning::MISSED_SESSION ] ?? 0,
				EarlyWarning::UNANSWERED_CHECKIN => $kinds[ EarlyWarning::UNANSWERED_CHECKIN ] ?? 0,
				EarlyWarning::FIT_CHECK          => $kinds[ EarlyWarning::FIT_CHECK ] ?? 0,
			),
			'handoffs'      => $this->handoffs->waiting_counts( gmdate( 'Y-m-d H:i:s', $now - Settings::handoff_days() * DAY_IN_SECONDS ) ),
			'cohorts'       => array(
				'running' => count( $running ),
				'open'    => count( $open ),
			),
			'applications'  => $this->applications_waiting( array_merge( $open, $running ) ),
			'mentors'       => array(
				'total' => (int) $mentors['total'],
				'free'  => (int) $mentors['free'],
				'some'  => (int) $mentors['some'],
				'full'  => (int) $mentors['full'],
				'away'  => (int) $mentors['away'],
			),
		);
	}

	/**
	 * The health as rows of words for a table: what, how many, and what it means.
	 *
	 * @param array<string, mixed> $figures From figures().
	 * @return list<array{what: string, count: int, detail: string}>
	 */
	public static function rows( array $figures ): array {
		$longest = $figures['waiting']['longest'];
		return array(
			array(
				'what'   => __( 'Waiting for a mentor', 'wayfinder' ),
				'count'  => $figures['waiting']['count'],
				'detail' => null === $longest
					? __( 'Nobody is waiting.', 'wayfinder' )
					/* translators: 1: a person's name, 2: a date, 3: how many days. */
					: sprintf( _n( 'The longest wait: %1$s, since %2$s (%3$d day).', 'The longest wait: %1$s, since %2$s (%3$d days).', $longest['days'], 'wayfinder' ), $longest['name'], $longest['since'], $longest['days'] ),
			),
			array(
				'what'   => __( 'Proposals waiting for a mentor\'s answer', 'wayfinder' ),
				'count'  => $figures['proposed'],
				'detail' => '',
			),
			array(
				'what'   => __( 'Cohort mentees who need a coordinator', 'wayfinder' ),
				'count'  => $figures['warnings']['total'],
				/* translators: 1: quiet pairs, 2: missed sessions, 3: unanswered check-ins, 4: pairings said not to work. */
				'detail' => sprintf( __( 'Quiet pairs: %1$d. Missed a session: %2$d. Check-in unanswered: %3$d. Pairing not working: %4$d.', 'wayfinder' ), $figures['warnings'][ EarlyWarning::QUIET ], $figures['warnings'][ EarlyWarning::MISSED_SESSION ], $figures['warnings'][ EarlyWarning::UNANSWERED_CHECKIN ], $figures['warnings'][ EarlyWarning::FIT_CHECK ] ),
			),
			array(
				'what'   => __( 'Hand-offs waiting for a team', 'wayfinder' ),
				'count'  => $figures['handoffs']['waiting'],
				/* translators: 1: how many are overdue, 2: how many days a team has. */
				'detail' => sprintf( __( 'Overdue (waiting %2$d days or more): %1$d.', 'wayfinder' ), $figures['handoffs']['overdue'], Settings::handoff_days() ),
			),
			array(
				'what'   => __( 'Cohorts running', 'wayfinder' ),
				'count'  => $figures['cohorts']['running'],
				/* translators: %d: how many cohorts. */
				'detail' => sprintf( __( 'Open for applications: %d.', 'wayfinder' ), $figures['cohorts']['open'] ),
			),
			array(
				'what'   => __( 'Applications to review', 'wayfinder' ),
				'count'  => $figures['applications']['screening'] + $figures['applications']['review'],
				/* translators: 1: how many wait for screening, 2: how many are with reviewers. */
				'detail' => sprintf( __( 'Waiting for screening: %1$d. With reviewers: %2$d.', 'wayfinder' ), $figures['applications']['screening'], $figures['applications']['review'] ),
			),
			array(
				'what'   => __( 'Mentors', 'wayfinder' ),
				'count'  => $figures['mentors']['total'],
				/* translators: 1: mentors with nobody yet, 2: with some room, 3: full, 4: away. */
				'detail' => sprintf( __( 'With nobody yet: %1$d. With room for more: %2$d. Full: %3$d. Away: %4$d.', 'wayfinder' ), $figures['mentors']['free'], $figures['mentors']['some'], $figures['mentors']['full'], $figures['mentors']['away'] ),
			),
		);
	}

	/**
	 * Submitted applications to these cohorts still at screening or with reviewers.
	 *
	 * @param list<int> $cohort_ids
	 * @return array{screening: int, review: int}
	 */
	private function applications_waiting( array $cohort_ids ): array {
		$waiting = array(
			'screening' => 0,
			'review'    => 0,
		);
		foreach ( array_unique( $cohort_ids ) as $cohort_id ) {
			foreach ( array( Application::MENTEE, Application::MENTOR ) as $role ) {
				$counts                = $this->applications->counts( $cohort_id, $role );
				$waiting['screening'] += $counts[ Application::SCREENING ] ?? 0;
				$waiting['review']    += $counts[ Application::REVIEW ] ?? 0;
			}
		}
		return $waiting;
	}
}
