<?php
/**
 * One stored run of the matching board, as its row says: where it stands and what its steps kept.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Board;

final class BoardRun {

	public const QUEUED  = 'queued';
	public const RUNNING = 'running';
	public const DONE    = 'done';
	public const FAILED  = 'failed';

	/** The steps, in order: candidates for a slice of mentees (many steps), the solve, the results. */
	public const PHASE_CANDIDATES = 'candidates';
	public const PHASE_SOLVE      = 'solve';
	public const PHASE_RESULTS    = 'results';
	public const PHASE_DONE       = 'done';

	/**
	 * @param list<int>            $mentees    The mentees to match, in order.
	 * @param array<string, mixed> $candidates What the candidate steps kept (BoardService::candidates()).
	 * @param array<string, mixed> $solution   What the solve kept (BoardService::solve()).
	 * @param array<string, mixed> $result     The finished run's body (as POST /board/run answers).
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $created_by,
		public readonly string $status,
		public readonly string $phase,
		public readonly int $total,
		public readonly int $done,
		public readonly int $clock,
		public readonly array $mentees,
		public readonly array $candidates,
		public readonly array $solution,
		public readonly array $result,
		public readonly string $error,
		public readonly ?string $lease_token,
		public readonly int $lease_until,
		public readonly int $attempts,
		public readonly string $created_at,
	) {
	}

	public function finished(): bool {
		return self::DONE === $this->status || self::FAILED === $this->status;
	}

	/** Whether a worker may take its next step now: unfinished, and nobody holds a live lease. */
	public function due( int $now ): bool {
		return ! $this->finished() && ( null === $this->lease_token || $this->lease_until < $now );
	}
}
