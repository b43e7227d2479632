<?php
/**
 * WP-CLI: `wp wayfinder counters recompute` — every kept counter worked out again from the facts
 * it counts (Cli\KeptCounters), saying what changed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

/**
 * Recomputes the counters Wayfinder keeps.
 */
final class CountersCommand {

	public function __construct( private readonly KeptCounters $counters = new KeptCounters() ) {
	}

	/**
	 * Recomputes every kept counter and says what changed.
	 *
	 * Every counter Wayfinder keeps beside what it counts: each mentor's open matches, each mentee's standing (matched, or waiting since when), each cohort's places taken, each
	 * cohort mentee's progress figures (sessions, training, plan, check-ins), and the counts kept
	 * for a quarter hour. Prints each counter that was wrong, with the kept and the real count.
	 * Safe to run any time, and twice: a second run finds nothing to change.
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder counters recompute
	 *
	 * @param list<string>          $args       Positional arguments (none).
	 * @param array<string, string> $assoc_args Options (none).
	 */
	public function recompute( array $args, array $assoc_args ): void {
		unset( $args, $assoc_args );
		$done = $this->counters->recompute();
		foreach ( $done['changes'] as $change ) {
			\WP_CLI::log( $change );
		}
		if ( array() !== $done['refused'] ) {
			/* translators: %s: a list of counters. */
			\WP_CLI::error( sprintf( __( 'The database refused to write %s; the changes listed above were made. Check the database error log and run the command again.', 'wayfinder' ), implode( ', ', $done['refused'] ) ) );
		}
		\WP_CLI::success(
			array() === $done['changes']
				? __( 'Every kept counter was right: nothing changed.', 'wayfinder' )
				/* translators: %d: how many counters. */
				: sprintf( _n( 'Corrected %d kept counter.', 'Corrected %d kept counters.', count( $done['changes'] ), 'wayfinder' ), count( $done['changes'] ) )
		);
	}
}
