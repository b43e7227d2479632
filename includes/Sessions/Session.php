<?php
/**
 * One session of a cohort: a group session (the whole cohort), a 1:1 (a mentor and their mentee) or a
 * project group's session (its leader as mentor, no mentee: the group is invited). Times in UTC.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

final class Session {

	public const GROUP         = 'group';
	public const ONE_TO_ONE    = 'one_to_one';
	public const PROJECT_GROUP = 'project_group';
	public const KINDS         = array( self::GROUP, self::ONE_TO_ONE, self::PROJECT_GROUP );

	public const SCHEDULED = 'scheduled';
	public const CANCELLED = 'cancelled';

	public function __construct(
		public readonly int $id,
		public readonly int $cohort_id,
		public readonly string $kind,
		public readonly int $mentor_id,
		public readonly ?int $mentee_id,
		public readonly int $starts,
		public readonly int $minutes,
		public readonly string $title,
		public readonly string $location,
		public readonly string $agenda,
		public readonly string $status,
		public readonly int $sequence,
		public readonly int $created_by,
		public readonly string $notes = '',
	) {
	}

	/** The refusal for a session that is not there (404), the same wherever it is asked for. */
	public static function not_found(): \WP_Error {
		return new \WP_Error( 'wayfinder_session_not_found', __( 'There is no such session. It may have been deleted with its cohort.', 'wayfinder' ), array( 'status' => 404 ) );
	}

	/** @param array<string, mixed> $row A row of the sessions table. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['cohort_id'],
			(string) $row['kind'],
			(int) $row['mentor_id'],
			null === $row['mentee_id'] ? null : (int) $row['mentee_id'],
			(int) strtotime( $row['starts_at'] . ' UTC' ),
			(int) $row['minutes'],
			(string) $row['title'],
			(string) $row['location'],
			(string) $row['agenda'],
			(string) $row['status'],
			(int) $row['sequence'],
			(int) $row['created_by'],
			(string) ( $row['notes'] ?? '' )
		);
	}

	/** When it ends (a Unix time). */
	public function ends(): int {
		return $this->starts + $this->minutes * 60;
	}

	/** Whether it is a mentor's own session (a 1:1 or a project group's), rather than the whole cohort's. */
	public function is_mentors(): bool {
		return self::GROUP !== $this->kind;
	}

	/** The calendar's UID: the same for every version of the session, unique across sites. */
	public function uid( string $host ): string {
		return sprintf( 'wayfinder-session-%d@%s', $this->id, $host );
	}
}
