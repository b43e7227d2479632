<?php
/**
 * One screener's edit to one answer's redacted text in stage 1: what it was, what it became, who and
 * when. A row of the application_edits table.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications;

final class ApplicationEdit {

	public function __construct(
		public readonly int $id,
		public readonly int $application_id,
		public readonly int $cohort_id,
		public readonly int $user_id,
		public readonly string $field,
		public readonly ?int $editor_id,
		public readonly string $before_text,
		public readonly string $after_text,
		public readonly string $edited_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the application_edits table. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['application_id'],
			(int) $row['cohort_id'],
			(int) $row['user_id'],
			(string) $row['field'],
			null === $row['editor_id'] ? null : (int) $row['editor_id'],
			(string) $row['before_text'],
			(string) $row['after_text'],
			(string) $row['edited_at'],
		);
	}
}
