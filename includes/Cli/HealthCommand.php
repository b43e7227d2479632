<?php
/**
 * WP-CLI: `wp wayfinder health` — the program at a glance (Cli\ProgramHealth's figures).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

/**
 * Shows how the program is doing on one screen.
 */
final class HealthCommand {

	public function __construct( private readonly ProgramHealth $health = new ProgramHealth() ) {
	}

	/**
	 * Shows how the program is doing on one screen.
	 *
	 * People waiting for a mentor and the longest wait, cohort mentees who need a coordinator (quiet pairs among them), hand-offs waiting for a
	 * team and those overdue, cohorts running, applications to review, and the mentors' room.
	 *
	 * ## OPTIONS
	 *
	 * [--format=<format>]
	 * : table, csv or yaml print one row per figure; json prints every figure by name, for monitoring.
	 * ---
	 * default: table
	 * options:
	 *   - table
	 *   - csv
	 *   - json
	 *   - yaml
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder health
	 *     wp wayfinder health --format=json | jq .waiting.count
	 *
	 * @param list<string>          $args       Positional arguments (none).
	 * @param array<string, string> $assoc_args Options.
	 */
	public function __invoke( array $args, array $assoc_args ): void {
		unset( $args );
		$figures = $this->health->figures( time() );
		$format  = $assoc_args['format'] ?? 'table';
		if ( 'json' === $format ) {
			\WP_CLI::line( (string) wp_json_encode( $figures, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) );
			return;
		}
		\WP_CLI\Utils\format_items( $format, ProgramHealth::rows( $figures ), array( 'what', 'count', 'detail' ) );
	}
}
