<?php
/**
 * One entry of the audit trail (the events table): who did what to which match or request, when and why.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

final class AuditEvent {

	/** @param array<string, mixed> $details */
	public function __construct(
		public readonly int $id,
		public readonly string $object_type,
		public readonly int $object_id,
		public readonly string $action,
		public readonly int $actor_id,
		public readonly string $reason,
		public readonly array $details,
		public readonly string $created_at,
	) {
	}

	/** @param array<string, mixed> $row */
	public static function from_row( array $row ): self {
		$details = json_decode( (string) $row['details'], true );
		return new self(
			(int) $row['id'],
			(string) $row['object_type'],
			(int) $row['object_id'],
			(string) $row['action'],
			(int) $row['actor_id'],
			(string) $row['reason'],
			is_array( $details ) ? $details : array(),
			(string) $row['created_at']
		);
	}
}
