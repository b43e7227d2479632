<?php
/**
 * One signed Open Badges 3.0 credential issued for an award: its public ID (a random UUID, the
 * credential's `urn:uuid:` id), the key that signed it, the VC-JWT itself, and whether it was revoked.
 * Its row ID is its index in the published status list.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Credentials;

final class Credential {

	public function __construct(
		public readonly int $id,
		public readonly string $uuid,
		public readonly int $award_id,
		public readonly int $user_id,
		public readonly string $kid,
		public readonly string $token,
		public readonly string $issued_at,
		public readonly ?string $revoked_at,
	) {
	}

	public function is_revoked(): bool {
		return null !== $this->revoked_at;
	}

	/** @param array<string, mixed> $row */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(string) $row['uuid'],
			(int) $row['award_id'],
			(int) $row['user_id'],
			(string) $row['kid'],
			(string) $row['token'],
			(string) $row['issued_at'],
			isset( $row['revoked_at'] ) ? (string) $row['revoked_at'] : null,
		);
	}
}
