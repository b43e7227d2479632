<?php
/**
 * WP-CLI: `wp wayfinder export` — a cohort's places or the whole program as CSV (UTF-8, a header
 * row in words), to STDOUT or a file. The rows are ProgramExport's.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Cohorts\CohortPostType;

/**
 * Exports a cohort or the whole program as CSV.
 */
final class ExportCommand {

	public function __construct( private readonly ProgramExport $export = new ProgramExport() ) {
	}

	/**
	 * Exports a cohort's people as CSV.
	 *
	 * Each person with their role, way of taking part, mentor, status, graduation and hand-off team.
	 * Withdrawn people are listed too. No e-mail addresses.
	 *
	 * ## OPTIONS
	 *
	 * <cohort>
	 * : The cohort's ID (`wp wayfinder cohort list` shows them).
	 *
	 * [--file=<path>]
	 * : Write the CSV to this file instead of STDOUT. An existing file is replaced.
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder export cohort 42 > spring-cohort.csv
	 *     wp wayfinder export cohort 42 --file=/tmp/spring-cohort.csv
	 *
	 * @param list<string>          $args       The cohort.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function cohort( array $args, array $assoc_args ): void {
		$cohort = CohortPostType::find( (int) $args[0] );
		if ( null === $cohort ) {
			/* translators: %s: what was typed as a cohort's ID. */
			\WP_CLI::error( sprintf( __( 'There is no cohort %s. `wp wayfinder cohort list` shows them.', 'wayfinder' ), $args[0] ) );
		}
		$written = $this->write( $assoc_args['file'] ?? null, ProgramExport::cohort_header(), $this->export->cohort_rows( $cohort ) );
		if ( isset( $assoc_args['file'] ) ) {
			/* translators: 1: how many people, 2: the cohort's name, 3: a file path. */
			\WP_CLI::success( sprintf( _n( 'Exported %1$d person of %2$s to %3$s.', 'Exported %1$d people of %2$s to %3$s.', $written, 'wayfinder' ), $written, $cohort->name, $assoc_args['file'] ) );
		}
	}

	/**
	 * Exports the whole program as CSV.
	 *
	 * Every mentorship (who, with which mentor, how it started, its status) and every cohort place
	 * (as `export cohort` has them), one row each.
	 *
	 * ## OPTIONS
	 *
	 * [--file=<path>]
	 * : Write the CSV to this file instead of STDOUT. An existing file is replaced.
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder export program --file=/tmp/program.csv
	 *
	 * @param list<string>          $args       Positional arguments (none).
	 * @param array<string, string> $assoc_args Options.
	 */
	public function program( array $args, array $assoc_args ): void {
		unset( $args );
		$written = $this->write( $assoc_args['file'] ?? null, ProgramExport::program_header(), $this->export->program_rows() );
		if ( isset( $assoc_args['file'] ) ) {
			/* translators: 1: how many rows, 2: a file path. */
			\WP_CLI::success( sprintf( _n( 'Exported %1$d row to %2$s.', 'Exported %1$d rows to %2$s.', $written, 'wayfinder' ), $written, $assoc_args['file'] ) );
		}
	}

	/**
	 * Writes the header and the rows as CSV (RFC 4180) to the file, or to STDOUT.
	 *
	 * @param list<string>                   $header
	 * @param iterable<int, list<string>>    $rows
	 * @return int How many rows (besides the header).
	 */
	private function write( ?string $file, array $header, iterable $rows ): int {
		if ( null !== $file && ( '' === trim( $file ) || is_dir( $file ) ) ) {
			\WP_CLI::error( __( 'Give --file the path of a file to write, for example --file=/tmp/export.csv.', 'wayfinder' ) );
		}
		// A file the operator named, or STDOUT; a refusal is said below in words, not as a PHP warning.
		$handle = null === $file ? STDOUT : @fopen( $file, 'wb' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_fopen, WordPress.PHP.NoSilencedErrors.Discouraged
		if ( false === $handle ) {
			/* translators: %s: a file path. */
			\WP_CLI::error( sprintf( __( 'Could not write to %s. Check that its folder exists and that you may write there.', 'wayfinder' ), (string) $file ) );
		}
		fputcsv( $handle, $header, ',', '"', '' );
		$count = 0;
		foreach ( $rows as $row ) {
			if ( false === fputcsv( $handle, array_map( array( ProgramExport::class, 'cell' ), $row ), ',', '"', '' ) ) {
				break; // The reader went away (`| head`) or the disk is full: nothing more can be written.
			}
			++$count;
		}
		if ( null !== $file ) {
			fclose( $handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_fclose -- the file opened above.
		}
		return $count;
	}
}
