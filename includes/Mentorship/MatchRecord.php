<?php
/**
 * One row of the matches table, as it was read. Read-only; `$match['status']` still reads a column
 * for code written against the older array rows (it is the property of the same name).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

/** @implements \ArrayAccess<string, int|string|null> */
final class MatchRecord implements \ArrayAccess {

	/** A proposal or a running match: both hold a place with the mentor and the mentee's one primary slot. */
	public const OPEN = array( 'proposed', 'active' );

	public function __construct(
		public readonly int $id,
		public readonly int $mentee_id,
		public readonly int $mentor_id,
		public readonly string $source,
		public readonly string $status,
		public readonly ?int $backup_mentor_id,
		public readonly int $created_by,
		public readonly string $end_reason,
		public readonly string $created_at,
		public readonly string $updated_at,
		public readonly ?int $cohort_id = null,
	) {
	}

	/** @param array<string, mixed> $row */
	public static function from_row( array $row ): self {
		return new self(
			(int) $row['id'],
			(int) $row['mentee_id'],
			(int) $row['mentor_id'],
			(string) $row['source'],
			(string) $row['status'],
			null === $row['backup_mentor_id'] ? null : (int) $row['backup_mentor_id'],
			(int) $row['created_by'],
			(string) $row['end_reason'],
			(string) $row['created_at'],
			(string) $row['updated_at'],
			empty( $row['cohort_id'] ) ? null : (int) $row['cohort_id']
		);
	}

	public function is_open(): bool {
		return in_array( $this->status, self::OPEN, true );
	}

	/** Whether this person is the mentee, the mentor or the backup mentor of the match. */
	public function involves( int $user_id ): bool {
		return in_array( $user_id, array( $this->mentee_id, $this->mentor_id, (int) $this->backup_mentor_id ), true );
	}

	/**
	 * The row as the older array form (column => value), for callers not yet moved to the record.
	 *
	 * @return array<string, int|string|null>
	 */
	public function to_array(): array {
		return array(
			'id'               => $this->id,
			'mentee_id'        => $this->mentee_id,
			'mentor_id'        => $this->mentor_id,
			'source'           => $this->source,
			'status'           => $this->status,
			'backup_mentor_id' => $this->backup_mentor_id,
			'created_by'       => $this->created_by,
			'end_reason'       => $this->end_reason,
			'created_at'       => $this->created_at,
			'updated_at'       => $this->updated_at,
			'cohort_id'        => $this->cohort_id,
		);
	}

	/** @param mixed $offset A column name. */
	public function offsetExists( $offset ): bool {
		return is_string( $offset ) && array_key_exists( $offset, $this->to_array() ) && null !== $this->to_array()[ $offset ];
	}

	/**
	 * @param mixed $offset A column name.
	 * @return int|string|null
	 */
	public function offsetGet( $offset ): mixed {
		return is_string( $offset ) ? ( $this->to_array()[ $offset ] ?? null ) : null;
	}

	/**
	 * @param mixed $offset
	 * @param mixed $value
	 */
	public function offsetSet( $offset, $value ): void {
		throw new \LogicException( 'A match record is read-only.' );
	}

	/** @param mixed $offset */
	public function offsetUnset( $offset ): void {
		throw new \LogicException( 'A match record is read-only.' );
	}
}
