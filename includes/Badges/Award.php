<?php
/**
 * A badge someone earned: once per badge and person, with why (the mentorship, cohort or contribution
 * that earned it, or a coordinator's evidence), whether the person shows it, and its revocation.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges;

final class Award {

	/** Why: the object_id is a match (1:1 mentorship), a cohort, a contribution, or nothing (by hand). */
	public const FOR_MATCH        = 'match';
	public const FOR_COHORT       = 'cohort';
	public const FOR_CONTRIBUTION = 'contribution';
	public const BY_HAND          = 'by_hand';
	public const REASONS          = array( self::FOR_MATCH, self::FOR_COHORT, self::FOR_CONTRIBUTION, self::BY_HAND );

	public const EVIDENCE_LENGTH = 1000;
	public const REVOKE_LENGTH   = 500;

	/**
	 * @param int $awarded_by Who awarded it by hand; 0 when the site did (a rule).
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $badge_id,
		public readonly int $user_id,
		public readonly string $reason,
		public readonly int $object_id,
		public readonly string $evidence,
		public readonly int $awarded_by,
		public readonly string $awarded_at,
		public readonly bool $shown,
		public readonly ?string $revoked_at,
		public readonly int $revoked_by,
		public readonly string $revoke_reason,
	) {
	}

	public function is_revoked(): bool {
		return null !== $this->revoked_at;
	}

	/** @param array<string, mixed> $row */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['badge_id'],
			(int) $row['user_id'],
			(string) $row['reason'],
			(int) $row['object_id'],
			(string) ( $row['evidence'] ?? '' ),
			(int) ( $row['awarded_by'] ?? 0 ),
			(string) $row['awarded_at'],
			(bool) (int) $row['shown'],
			isset( $row['revoked_at'] ) ? (string) $row['revoked_at'] : null,
			(int) ( $row['revoked_by'] ?? 0 ),
			(string) ( $row['revoke_reason'] ?? '' ),
		);
	}
}
