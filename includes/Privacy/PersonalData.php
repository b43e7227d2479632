<?php
/**
 * The registry of Wayfinder's tables and what each holds about people. It drives WordPress's personal
 * data exporter and eraser (Tools → Export / Erase Personal Data): one exporter and one eraser per
 * table with person columns, so a new table that declares itself gets both.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Privacy;

final class PersonalData {

	/** @var array<string, TableDeclaration> By short table name. */
	private array $tables = array();

	/** @var list<\Closure(): TableDeclaration> Declarations not made yet. */
	private array $pending = array();

	public function __construct(
		private readonly Exporter $exporter = new Exporter(),
		private readonly Eraser $eraser = new Eraser(),
	) {}

	/**
	 * Declares one table (again: replaces its declaration). Modules pass a function that makes the
	 * declaration, called when one is first needed, after translations are loaded.
	 *
	 * @param TableDeclaration|\Closure(): TableDeclaration $declaration
	 */
	public function table( TableDeclaration|\Closure $declaration ): void {
		if ( $declaration instanceof \Closure ) {
			$this->pending[] = $declaration;
			return;
		}
		$this->tables[ $declaration->table ] = $declaration;
	}

	/** @return array<string, TableDeclaration> Every declared table by its short name. */
	public function declarations(): array {
		while ( array() !== $this->pending ) {
			$declare = array_shift( $this->pending );
			$this->table( $declare() );
		}
		return $this->tables;
	}

	/**
	 * Adds an exporter per personal table to WordPress's list.
	 *
	 * @param mixed $exporters What WordPress and other plugins registered (an array).
	 * @return array<string, array<string, mixed>>
	 */
	public function add_exporters( mixed $exporters ): array {
		$exporters = is_array( $exporters ) ? $exporters : array();
		foreach ( $this->personal_tables() as $declaration ) {
			$exporters[ 'wayfinder-' . $declaration->table ] = array(
				/* translators: %s: what the table holds, e.g. "Mentoring requests". */
				'exporter_friendly_name' => sprintf( __( 'Mentorship: %s', 'wayfinder' ), $declaration->label ),
				'callback'               => fn ( string $email, int $page = 1 ): array => $this->exporter->export( $declaration, $email, $page ),
			);
		}
		return $exporters;
	}

	/**
	 * Adds an eraser per personal table to WordPress's list.
	 *
	 * @param mixed $erasers What WordPress and other plugins registered (an array).
	 * @return array<string, array<string, mixed>>
	 */
	public function add_erasers( mixed $erasers ): array {
		$erasers = is_array( $erasers ) ? $erasers : array();
		foreach ( $this->personal_tables() as $declaration ) {
			$erasers[ 'wayfinder-' . $declaration->table ] = array(
				/* translators: %s: what the table holds, e.g. "Mentoring requests". */
				'eraser_friendly_name' => sprintf( __( 'Mentorship: %s', 'wayfinder' ), $declaration->label ),
				'callback'             => fn ( string $email, int $page = 1 ): array|\WP_Error => $this->eraser->erase( $declaration, $email, $page ),
			);
		}
		return $erasers;
	}

	/** @return list<TableDeclaration> */
	private function personal_tables(): array {
		return array_values( array_filter( $this->declarations(), static fn ( TableDeclaration $declaration ): bool => $declaration->is_personal() ) );
	}
}
