<?php
/**
 * One session of a cohort: a group session (the whole cohort) or, later, a 1:1. Times in UTC.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions;

final class Session {

	public const GROUP      = 'group';
	public const ONE_TO_ONE = 'one_to_one';

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
			(int) $row['created_by']
		);
	}

	/** The calendar's UID: the same for every version of the session, unique across sites. */
	public function uid( string $host ): string {
		return sprintf( 'wayfinder-session-%d@%s', $this->id, $host );
	}
}
