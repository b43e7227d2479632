<?php
/**
 * One person asked to answer one wave (for the 1:1 waves, about one mentorship): when they were
 * asked, the day it is due, when the e-mail and the reminder went out, and when they answered. It
 * never says what they answered — for an anonymous survey nothing links the two.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Surveys;

final class Invitation {

	public function __construct(
		public readonly int $id,
		public readonly int $wave_id,
		public readonly int $user_id,
		public readonly int $match_id,
		public readonly string $invited_at,
		public readonly string $due_at,
		public readonly ?string $sent_at,
		public readonly ?string $reminded_at,
		public readonly ?string $answered_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the survey_invitations table. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['wave_id'],
			(int) $row['user_id'],
			(int) $row['match_id'],
			(string) $row['invited_at'],
			(string) $row['due_at'],
			isset( $row['sent_at'] ) ? (string) $row['sent_at'] : null,
			isset( $row['reminded_at'] ) ? (string) $row['reminded_at'] : null,
			isset( $row['answered_at'] ) ? (string) $row['answered_at'] : null,
		);
	}

	public function is_answered(): bool {
		return null !== $this->answered_at;
	}

	/** Whether it can still be answered at $now (a Unix time). */
	public function is_open( int $now ): bool {
		return ! $this->is_answered() && strtotime( $this->due_at . ' UTC' ) >= $now;
	}
}
