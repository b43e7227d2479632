<?php
/**
 * One reviewer's blind review of one application: a row of the reviews table. Assigned, then done
 * (scores for every criterion of the cohort's rubric, their weighted mean as `total`), or set aside
 * as a conflict of interest (no scores count).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

final class Review {

	public const ASSIGNED = 'assigned';
	public const DONE     = 'done';
	public const CONFLICT = 'conflict';

	/** The longest note on a criterion, and the longest conflict note (the column's width). */
	public const NOTE_LENGTH     = 1000;
	public const CONFLICT_LENGTH = 500;

	/**
	 * @param array<string, int>    $scores Criterion key => 1..scale.
	 * @param array<string, string> $notes  Criterion key => the reviewer's note.
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $application_id,
		public readonly int $cohort_id,
		public readonly int $reviewer_id,
		public readonly string $status,
		public readonly array $scores,
		public readonly array $notes,
		public readonly ?float $total,
		public readonly string $conflict_note,
		public readonly string $assigned_at,
		public readonly ?string $submitted_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the reviews table. */
	public static function from_row( array $row ): self {
		$scores = array();
		$stored = json_decode( (string) $row['scores'], true );
		foreach ( is_array( $stored ) ? $stored : array() as $key => $score ) {
			if ( is_string( $key ) && is_numeric( $score ) ) {
				$scores[ $key ] = (int) $score;
			}
		}
		return new self(
			(int) $row['id'],
			(int) $row['application_id'],
			(int) $row['cohort_id'],
			(int) $row['reviewer_id'],
			(string) $row['status'],
			$scores,
			Application::texts( $row['notes'] ),
			null === $row['total'] ? null : (float) $row['total'],
			(string) $row['conflict_note'],
			(string) $row['assigned_at'],
			null === $row['submitted_at'] ? null : (string) $row['submitted_at'],
		);
	}

	/** Whether it counts towards the application's reviewers (a conflict does not). */
	public function counts(): bool {
		return self::CONFLICT !== $this->status;
	}
}
