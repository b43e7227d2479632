<?php
/**
 * A mentee's mark on one training item: when they did it, and who confirmed it (0: nobody yet).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Training;

final class TrainingRecord {

	public function __construct(
		public readonly string $item_key,
		public readonly string $done_at,
		public readonly int $confirmed_by,
		public readonly string $confirmed_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the training_progress table. */
	public static function from_row( array $row ): self {
		return new self( (string) $row['item_key'], (string) $row['done_at'], (int) ( $row['confirmed_by'] ?? 0 ), (string) ( $row['confirmed_at'] ?? '' ) );
	}
}
