<?php
/**
 * One person's place in a cohort: as a mentee (with the way they take part) or as a mentor.
 * A withdrawn place stays as the program's history and can be taken up again. A mentee in a
 * project group has the group's mentor as leader (0 otherwise).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

final class CohortMember {

	public const MENTEE = 'mentee';
	public const MENTOR = 'mentor';
	public const ROLES  = array( self::MENTEE, self::MENTOR );

	public const ENROLLED  = 'enrolled';
	public const WITHDRAWN = 'withdrawn';

	public function __construct(
		public readonly int $id,
		public readonly int $cohort_id,
		public readonly int $user_id,
		public readonly string $role,
		public readonly string $mode,
		public readonly string $status,
		public readonly int $enrolled_by,
		public readonly string $enrolled_at,
		public readonly string $name = '',
		public readonly int $leader_id = 0,
		public readonly ?string $graduated_at = null,
		public readonly int $graduated_by = 0,
		public readonly string $graduation_note = '',
	) {
	}

	/** Whether their mentor or a coordinator confirmed their graduation from the cohort. */
	public function has_graduated(): bool {
		return null !== $this->graduated_at;
	}

	/** @param array<string, mixed> $row A row of the cohort_members table, maybe with the person's display_name. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['cohort_id'],
			(int) $row['user_id'],
			(string) $row['role'],
			(string) $row['mode'],
			(string) $row['status'],
			(int) $row['enrolled_by'],
			(string) $row['enrolled_at'],
			(string) ( $row['display_name'] ?? '' ),
			(int) ( $row['leader_id'] ?? 0 ),
			isset( $row['graduated_at'] ) ? (string) $row['graduated_at'] : null,
			(int) ( $row['graduated_by'] ?? 0 ),
			(string) ( $row['graduation_note'] ?? '' )
		);
	}
}
