<?php
/**
 * One weekly check-in of a cohort mentee: the week it asks about, when it was asked, and the answers
 * ("What did you do this week?", "What is blocking you?") once given.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\CheckIns;

final class CheckIn {

	public function __construct(
		public readonly int $id,
		public readonly int $cohort_id,
		public readonly int $user_id,
		public readonly int $week,
		public readonly string $asked_at,
		public readonly string $answered_at,
		public readonly string $did,
		public readonly string $blocking,
	) {
	}

	/** @param array<string, mixed> $row A row of the checkins table. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['cohort_id'],
			(int) $row['user_id'],
			(int) $row['week'],
			(string) $row['asked_at'],
			(string) ( $row['answered_at'] ?? '' ),
			(string) $row['did'],
			(string) $row['blocking']
		);
	}

	public function answered(): bool {
		return '' !== $this->answered_at;
	}

	/** Whether it can still be answered (or its answers changed) at $now: for ANSWERABLE_DAYS after it was asked. */
	public function answerable( int $now ): bool {
		return $now <= (int) strtotime( $this->asked_at . ' UTC' ) + CheckInService::ANSWERABLE_DAYS * DAY_IN_SECONDS;
	}

	public static function not_found(): \WP_Error {
		return new \WP_Error( 'wayfinder_checkin_not_found', __( 'There is no such check-in, or it is not one you may see.', 'wayfinder' ), array( 'status' => 404 ) );
	}
}
