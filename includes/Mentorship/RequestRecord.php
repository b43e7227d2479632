<?php
/**
 * One row of the requests table, typed: who asks whom, about what, and where it stands.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

final class RequestRecord {

	/**
	 * @param int         $asked_mentor The mentor the request was made to or by; 0 for "any mentor" (even once a mentor took it).
	 * @param int|null    $mentor_id    The mentor named, or who took a request for any mentor; null while any mentor may.
	 * @param string|null $decided_at   When it was closed (GMT), or null while open.
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $type,
		public readonly int $mentee_id,
		public readonly ?int $mentor_id,
		public readonly int $asked_mentor,
		public readonly string $team,
		public readonly string $language,
		public readonly string $message,
		public readonly string $status,
		public readonly int $created_by,
		public readonly ?int $match_id,
		public readonly string $expires_at,
		public readonly ?string $decided_at,
		public readonly string $created_at,
	) {
	}

	/** A mentee's request for whichever mentor takes it (the queue). */
	public function for_any_mentor(): bool {
		return 'mentee_request' === $this->type && 0 === $this->asked_mentor;
	}

	public function is_open(): bool {
		return 'open' === $this->status;
	}

	/** Requests for any mentor wait until a mentor takes them or the mentee stops: they never expire. */
	public function expires(): bool {
		return ! $this->for_any_mentor();
	}

	/** @return list<int> Everyone the request concerns: the mentee, the mentor (named or who took it) and who made it. */
	public function people(): array {
		return array_values( array_unique( array_filter( array( $this->mentee_id, (int) $this->mentor_id, $this->created_by ) ) ) );
	}
}
