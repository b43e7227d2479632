<?php
/**
 * One side's week-one fit check of a cohort pair: when it was asked, and — once answered — whether
 * the pairing is working and the note for the coordinators (private to them).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\FitCheck;

final class FitCheck {

	public const MENTEE = 'mentee';
	public const MENTOR = 'mentor';

	/** The longest note kept (the column's width). */
	public const NOTE_LENGTH = 500;

	public function __construct(
		public readonly int $id,
		public readonly int $cohort_id,
		public readonly int $match_id,
		public readonly int $user_id,
		public readonly string $side,
		public readonly string $asked_at,
		public readonly ?string $answered_at,
		public readonly ?bool $working,
		public readonly string $note,
	) {
	}

	/** @param array<string, mixed> $row A row of the fit_checks table. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['cohort_id'],
			(int) $row['match_id'],
			(int) $row['user_id'],
			(string) $row['side'],
			(string) $row['asked_at'],
			null === $row['answered_at'] ? null : (string) $row['answered_at'],
			null === $row['working'] ? null : 1 === (int) $row['working'],
			(string) $row['note'],
		);
	}

	public function is_answered(): bool {
		return null !== $this->answered_at;
	}

	/** Whether this side said the pairing is not working. */
	public function said_no(): bool {
		return false === $this->working;
	}
}
