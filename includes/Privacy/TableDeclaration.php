<?php
/**
 * What one of Wayfinder's tables holds about people: the columns that name a person and what erasing
 * does by each, the columns of text people wrote, and what an export shows. Every table declares
 * itself once, from its feature's module (`PersonalData::table()`, with a function that makes the
 * declaration when it is first needed — after `init`, so its labels are translated); a table with
 * nothing personal declares no person columns, and gets no exporter or eraser. A table whose rows
 * belong to a program, an application, a survey response or an audit entry says by which column
 * (`retention`), so retention empties its text columns once that subject's time is up.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Privacy;

final class TableDeclaration {

	/**
	 * @param string                     $table       The short name, as `Schema::table()` takes it (e.g. `requests`).
	 * @param string                     $label       The group's label in an export (translated), e.g. "Mentoring requests".
	 * @param array<string, ErasePolicy> $people      Column that holds a user ID => what erasing that person does to the row.
	 * @param list<string>               $text        Columns of text a person wrote, emptied in rows kept as facts.
	 * @param array<string, string>      $columns     Column => its label (translated): what an export shows of each row.
	 * @param string                     $key         The primary key: one column, or several separated by commas (e.g. `mentor_id,mentee_id`).
	 * @param (\Closure(int): string)|null $kept        The sentence saying why N rows were kept as facts (with `_n()`).
	 * @param (\Closure(int): void)|null   $after_erase Called with the user ID once the table has been erased for them (e.g. to drop caches).
	 * @param array<string, \Closure(array<string, mixed>): string> $readable Column => the words an export shows for it, from the whole row (an ID as a name, a code as a sentence).
	 * @param array<string, string>      $retention   RetentionSubject value => the column naming the subject a row belongs to (e.g. `cohort` => `cohort_id`).
	 */
	public function __construct(
		public readonly string $table,
		public readonly string $label,
		public readonly array $people = array(),
		public readonly array $text = array(),
		public readonly array $columns = array(),
		public readonly string $key = 'id',
		public readonly ?\Closure $kept = null,
		public readonly ?\Closure $after_erase = null,
		public readonly array $readable = array(),
		public readonly array $retention = array(),
	) {
		foreach ( array_keys( $retention ) as $subject ) {
			if ( null === RetentionSubject::tryFrom( (string) $subject ) ) {
				throw new \InvalidArgumentException( sprintf( 'Not a retention subject: %s', esc_html( (string) $subject ) ) );
			}
		}
		foreach ( array_merge( array( $table ), $this->key_columns(), array_keys( $people ), $text, array_keys( $columns ), array_keys( $readable ), array_values( $retention ) ) as $name ) {
			if ( 1 !== preg_match( '/^[a-z][a-z0-9_]*$/', (string) $name ) ) {
				throw new \InvalidArgumentException( sprintf( 'Not a table or column name: %s', esc_html( (string) $name ) ) );
			}
		}
	}

	/** @return list<string> The primary key's columns. */
	public function key_columns(): array {
		return array_map( 'trim', explode( ',', $this->key ) );
	}

	/** Whether the table holds anything about a person (an anonymous table declares no person columns). */
	public function is_personal(): bool {
		return array() !== $this->people;
	}

	/** @return list<string> The columns with the given policy. */
	public function columns_with( ErasePolicy $policy ): array {
		return array_keys( array_filter( $this->people, static fn ( ErasePolicy $each ): bool => $each === $policy ) );
	}

	/** The column naming the subject of this kind that a row belongs to, or null when the table's rows belong to none. */
	public function retention_column( RetentionSubject $subject ): ?string {
		return $this->retention[ $subject->value ] ?? null;
	}

	/** @return list<string> The columns that make a row the person's data (exported): all but the anonymised references. */
	public function own_columns(): array {
		return array_merge( $this->columns_with( ErasePolicy::DELETE_ROW ), $this->columns_with( ErasePolicy::KEEP_FACT ) );
	}
}
