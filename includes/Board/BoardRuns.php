<?php
/**
 * A board run too big for one request runs in the background, in bounded steps kept in the database
 * (BoardRunRepository): the candidates for STEP_MENTEES mentees per step, then the solve, then the
 * result. Steps are driven by WP-Cron single events and by the coordinator's polls alike: whoever
 * finds the run due claims its next step with a lease (one conditional UPDATE), so two workers never
 * keep the same step; a worker that dies loses only its step, which the next one takes over once the
 * lease ends; a step is kept only by the lease holder, so nothing is done twice. A site without
 * working WP-Cron finishes its runs through the polls.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Board;

use WP_Error;

final class BoardRuns {

	/**
	 * Runs of at most this many mentees answer at once (a cohort of 150 mentees × 30 mentors takes
	 * well under a second); bigger ones run in the background. Sites change it with the filter
	 * `wayfinder_board_run_at_once_limit`.
	 */
	public const AT_ONCE_LIMIT = 150;

	public const AT_ONCE_FILTER = 'wayfinder_board_run_at_once_limit';

	/** The WP-Cron event that takes a run's next steps; its argument is the run's ID. */
	public const HOOK = 'wayfinder_board_run_step';

	/** Mentees whose candidates one step finds (a second or two with thousands of mentors). */
	public const STEP_MENTEES = 200;

	/** Seconds a worker holds a step before another may take it over. */
	public const LEASE = 120;

	/** A step tried this many times without being kept (its worker died each time) fails the run. */
	public const MAX_ATTEMPTS = 3;

	/** Seconds a run is kept after its last change; the hourly tick deletes older ones. */
	public const KEEP = 86400;

	/** Runs one hourly tick deletes at most. */
	public const CLEANUP_BATCH = 500;

	/** Seconds one WP-Cron event keeps taking steps before it hands over to the next event. */
	private const CRON_BUDGET = 20;

	/** @param int $step_mentees Mentees per candidates step (tests take smaller steps). */
	public function __construct(
		private readonly BoardService $board = new BoardService(),
		private readonly BoardRunRepository $runs = new BoardRunRepository(),
		private readonly int $step_mentees = self::STEP_MENTEES,
	) {
	}

	/** How many mentees a run may have and still answer at once (never less than 0). */
	public static function at_once_limit(): int {
		/**
		 * How many waiting mentees a board run may have and still answer in the request; more run in
		 * the background.
		 *
		 * @param int $limit Mentees; 150 by default.
		 */
		return max( 0, (int) apply_filters( self::AT_ONCE_FILTER, self::AT_ONCE_LIMIT ) ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.DynamicHooknameFound -- the constant is wayfinder_…
	}

	/**
	 * Stores a run of these mentees and queues its first step on WP-Cron.
	 *
	 * @param list<int> $mentees From BoardService::mentees_to_match().
	 */
	public function start( array $mentees, int $user_id ): BoardRun|WP_Error {
		$id  = $this->runs->insert( $user_id, $mentees, time() );
		$run = $id > 0 ? $this->runs->find( $id ) : null;
		if ( null === $run ) {
			return new WP_Error( 'wayfinder_board_run_not_stored', __( 'The run could not be started because the database did not store it. Try again; if it fails again, ask the site’s host to look at the database error log.', 'wayfinder' ), array( 'status' => 500 ) );
		}
		wp_schedule_single_event( time(), self::HOOK, array( $id ) );
		return $run;
	}

	public function find( int $id ): ?BoardRun {
		return $this->runs->find( $id );
	}

	/**
	 * What a poll does: a run that is due gets its next step from this request (so runs finish where
	 * WP-Cron does not work), then the run as it stands.
	 */
	public function poll( int $id ): ?BoardRun {
		$run = $this->runs->find( $id );
		if ( null !== $run && $run->due( time() ) ) {
			$this->step( $id );
			$run = $this->runs->find( $id );
		}
		return $run;
	}

	/**
	 * The WP-Cron event: a safety event first (if this worker dies, the run goes on after the lease),
	 * then steps until the run is finished or the time budget is spent, then the next event.
	 */
	public function work( int $id ): void {
		wp_clear_scheduled_hook( self::HOOK, array( $id ) );
		wp_schedule_single_event( time() + self::LEASE + 1, self::HOOK, array( $id ) );
		$until = time() + self::CRON_BUDGET;
		while ( time() < $until && $this->step( $id ) ) {
			continue;
		}
		wp_clear_scheduled_hook( self::HOOK, array( $id ) );
		$run = $this->runs->find( $id );
		if ( null !== $run && ! $run->finished() ) {
			// Due now: go on at once; held by another worker: look again once its lease ends.
			wp_schedule_single_event( $run->due( time() ) ? time() : $run->lease_until + 1, self::HOOK, array( $id ) );
		}
	}

	/**
	 * Claims the run's next step and does it. The step's work is kept only if this worker still holds
	 * the lease when it finishes.
	 *
	 * @return bool Whether a step was done and kept.
	 */
	public function step( int $id ): bool {
		$now = time();
		$this->runs->fail_stuck( $id, $now, self::MAX_ATTEMPTS, __( 'The run stopped: one of its steps failed three times in a row, which usually means the server ran out of time or memory. Run the board again with fewer mentees picked, or ask the site’s host to look at the PHP error log.', 'wayfinder' ) );
		$token = bin2hex( random_bytes( 16 ) );
		if ( ! $this->runs->claim( $id, $token, $now, $now + self::LEASE, self::MAX_ATTEMPTS ) ) {
			return false;
		}
		$run = $this->runs->find( $id );
		if ( null === $run ) {
			return false;
		}
		try {
			$changes = $this->next( $run );
		} catch ( \Throwable $error ) {
			$changes = array(
				'status' => BoardRun::FAILED,
				'error'  => __( 'The run stopped because the matching engine met data it could not use. Run the board again; if it fails again, ask the site’s host to look at the PHP error log.', 'wayfinder' ),
			);
			error_log( 'Wayfinder board run ' . $id . ': ' . $error->getMessage() ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- for the host; people see the sentence.
		}
		return $this->runs->finish_step( $id, $token, $changes );
	}

	/**
	 * The work of the run's next step, as the columns it changes.
	 *
	 * @return array<string, mixed>
	 */
	private function next( BoardRun $run ): array {
		switch ( $run->phase ) {
			case BoardRun::PHASE_CANDIDATES:
				$slice = array_slice( $run->mentees, $run->done, max( 1, $this->step_mentees ) );
				$done  = $run->done + count( $slice );
				return array(
					'candidates' => BoardService::merge( $run->candidates, $this->board->candidates( $slice, $run->clock ) ),
					'done'       => $done,
					'phase'      => $done >= $run->total ? BoardRun::PHASE_SOLVE : BoardRun::PHASE_CANDIDATES,
				);
			case BoardRun::PHASE_SOLVE:
				return array(
					'solution' => $this->board->solve( $run->candidates ),
					'phase'    => BoardRun::PHASE_RESULTS,
				);
			default:
				// The result replaces what the steps kept for it.
				return array(
					'result'     => $this->board->result( $run->candidates, $run->solution, $run->clock ),
					'candidates' => array(),
					'solution'   => array(),
					'phase'      => BoardRun::PHASE_DONE,
					'status'     => BoardRun::DONE,
				);
		}
	}

	/**
	 * The run as GET /board/runs/<id> answers: where it stands, progress with a sentence, and the
	 * result (as POST /board/run answers at once) when done, or why it failed.
	 *
	 * @return array<string, mixed>
	 */
	public function view( BoardRun $run ): array {
		$total = number_format_i18n( $run->total );
		$done  = BoardRun::PHASE_CANDIDATES === $run->phase ? $run->done : $run->total;
		switch ( true ) {
			case BoardRun::FAILED === $run->status:
				$message = $run->error;
				break;
			case BoardRun::DONE === $run->status:
				$pairs = count( (array) ( $run->result['pairs'] ?? array() ) );
				/* translators: 1: mentees matched, 2: mentees in the run. */
				$message = sprintf( _n( 'Done: %1$s of %2$s waiting mentee matched.', 'Done: %1$s of %2$s waiting mentees matched.', $run->total, 'wayfinder' ), number_format_i18n( $pairs ), $total );
				break;
			case BoardRun::QUEUED === $run->status:
				/* translators: %s: mentees in the run. */
				$message = sprintf( _n( 'Waiting to start: %s waiting mentee to match.', 'Waiting to start: %s waiting mentees to match.', $run->total, 'wayfinder' ), $total );
				break;
			case BoardRun::PHASE_CANDIDATES === $run->phase:
				/* translators: 1: mentees looked at so far, 2: mentees in the run. */
				$message = sprintf( _n( 'Looked for mentors for %1$s of %2$s waiting mentee…', 'Looked for mentors for %1$s of %2$s waiting mentees…', $run->total, 'wayfinder' ), number_format_i18n( $run->done ), $total );
				break;
			case BoardRun::PHASE_SOLVE === $run->phase:
				/* translators: %s: mentees in the run. */
				$message = sprintf( _n( 'Choosing the best pairs for %s waiting mentee…', 'Choosing the best pairs for all %s waiting mentees…', $run->total, 'wayfinder' ), $total );
				break;
			default:
				$message = __( 'Writing up the pairs and their reasons…', 'wayfinder' );
		}
		$view = array(
			'id'         => $run->id,
			'status'     => $run->status,
			'progress'   => array(
				'done'    => $done,
				'total'   => $run->total,
				'message' => $message,
			),
			'created_by' => $run->created_by,
			'created_at' => mysql_to_rfc3339( $run->created_at ),
		);
		if ( BoardRun::DONE === $run->status ) {
			$view['result'] = $run->result;
		}
		if ( BoardRun::FAILED === $run->status ) {
			$view['error'] = $run->error;
		}
		return $view;
	}

	/**
	 * The hourly tick: deletes runs nobody changed for a day (finished, or abandoned), bounded.
	 *
	 * @return int How many went.
	 */
	public function cleanup(): int {
		return $this->runs->delete_untouched_since( gmdate( 'Y-m-d H:i:s', time() - self::KEEP ), self::CLEANUP_BATCH );
	}

	/** A personal data erasure: every run goes, since any run may name the person (they are kept a day at most). */
	public function forget_all(): void {
		$this->runs->delete_all();
	}
}
