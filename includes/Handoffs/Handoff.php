<?php
/**
 * A graduate's hand-off to a team: the team they chose, then — once they graduate — the introduction
 * sent to the team's representatives with their mentor's note, and the representative who accepted it
 * with the contact person in the team who will go on supporting them.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs;

final class Handoff {

	/** The team is chosen; nothing sent yet (the person has not graduated). */
	public const CHOSEN = 'chosen';
	/** Sent to the team's representatives, waiting for one of them to accept. */
	public const WAITING = 'waiting';
	/** A representative accepted and named a contact person. */
	public const ACCEPTED = 'accepted';
	public const STATUSES = array( self::CHOSEN, self::WAITING, self::ACCEPTED );

	/** The longest mentor's note and welcome kept. */
	public const TEXT_LENGTH = 2000;

	/**
	 * @param int $cohort_id The cohort they graduate from (0: a one-to-one mentorship outside cohorts).
	 */
	public function __construct(
		public readonly int $id,
		public readonly int $user_id,
		public readonly int $cohort_id,
		public readonly string $team,
		public readonly string $status,
		public readonly int $mentor_id,
		public readonly string $mentor_note,
		public readonly ?string $sent_at,
		public readonly int $accepted_by,
		public readonly int $contact_id,
		public readonly string $welcome,
		public readonly ?string $accepted_at,
		public readonly ?string $escalated_at,
		public readonly string $created_at,
	) {
	}

	/** @param array<string, mixed> $row A row of the handoffs table. */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['user_id'],
			(int) $row['cohort_id'],
			(string) $row['team'],
			(string) $row['status'],
			(int) ( $row['mentor_id'] ?? 0 ),
			(string) ( $row['mentor_note'] ?? '' ),
			isset( $row['sent_at'] ) ? (string) $row['sent_at'] : null,
			(int) ( $row['accepted_by'] ?? 0 ),
			(int) ( $row['contact_id'] ?? 0 ),
			(string) ( $row['welcome'] ?? '' ),
			isset( $row['accepted_at'] ) ? (string) $row['accepted_at'] : null,
			isset( $row['escalated_at'] ) ? (string) $row['escalated_at'] : null,
			(string) $row['created_at'],
		);
	}

	public function is_accepted(): bool {
		return self::ACCEPTED === $this->status;
	}
}
