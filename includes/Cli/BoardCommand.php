<?php
/**
 * WP-CLI: `wp wayfinder board run <cohort>` — the cohort's matching board, as the admin's "Run" on
 * the board (Board\BoardService::run_in_cohort: its 1:1 mentees without a mentor over its own
 * mentors), and with --save the pairs saved as the board's "Save" does (BoardService::commit).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Board\BoardService;
use Wayfinder\Cohorts\CohortPostType;

/**
 * Runs a cohort's matching board.
 */
final class BoardCommand {

	public function __construct( private readonly BoardService $board = new BoardService() ) {
	}

	/**
	 * Proposes pairs for a cohort's mentees, and saves them with --save.
	 *
	 * The best pairs of the cohort's 1:1 mentees who have no mentor yet with its own mentors, and why
	 * each mentee left over could not be paired. Changes nothing unless --save.
	 *
	 * ## OPTIONS
	 *
	 * <cohort>
	 * : The cohort's ID (`wp wayfinder cohort list` shows them).
	 *
	 * [--save]
	 * : Save the proposed pairs, as the board's Save does: each starts active at once, tied to the cohort.
	 *
	 * [--format=<format>]
	 * : How to print the pairs: table, csv, json or yaml. json prints the whole result.
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
	 *     # See what the board proposes for cohort 42.
	 *     wp wayfinder board run 42
	 *
	 *     # Pair them.
	 *     wp wayfinder board run 42 --save
	 *
	 * @param list<string>          $args       The cohort.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function run( array $args, array $assoc_args ): void {
		$cohort = CohortPostType::find( (int) $args[0] );
		if ( null === $cohort ) {
			/* translators: %s: what was typed as a cohort's ID. */
			\WP_CLI::error( sprintf( __( 'There is no cohort %s. `wp wayfinder cohort list` shows them.', 'wayfinder' ), $args[0] ) );
		}
		$result = $this->board->run_in_cohort( $cohort->id, time() );
		$saved  = null;
		if ( isset( $assoc_args['save'] ) && array() !== $result['pairs'] ) {
			$pairs = array_map(
				static fn ( array $pair ): array => array(
					'mentee' => (int) $pair['mentee'],
					'mentor' => (int) $pair['mentor'],
				),
				$result['pairs']
			);
			$saved = $this->board->commit( $pairs, get_current_user_id(), $cohort->id );
		}
		$format = $assoc_args['format'] ?? 'table';
		if ( 'json' === $format ) {
			\WP_CLI::line( (string) wp_json_encode( $result + ( null === $saved ? array() : array( 'saved' => $saved ) ), JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) );
			return;
		}
		if ( array() !== $result['pairs'] ) {
			$rows = array_map(
				static fn ( array $pair ): array => array(
					'mentee' => $pair['mentee_name'],
					'mentor' => $pair['mentor_name'],
					'score'  => number_format_i18n( (float) $pair['score'], 2 ),
					'why'    => implode( ' ', array_map( 'strval', (array) $pair['reasons'] ) ),
				),
				$result['pairs']
			);
			\WP_CLI\Utils\format_items( $format, $rows, array( 'mentee', 'mentor', 'score', 'why' ) );
		}
		foreach ( $result['unmatched'] as $left ) {
			/* translators: 1: a mentee's name, 2: why they could not be paired, in a sentence. */
			\WP_CLI::log( sprintf( __( 'Not paired: %1$s. %2$s', 'wayfinder' ), $left['mentee_name'], $left['reason'] ) );
		}
		$this->summarise( $cohort->name, $result, $saved );
	}

	/**
	 * @param array{pairs: list<array<string, mixed>>, unmatched: list<array<string, mixed>>} $result
	 * @param array{saved: list<mixed>, failed: list<array{mentee: int, mentor: int, message: string}>}|null $saved
	 */
	private function summarise( string $cohort, array $result, ?array $saved ): void {
		$proposed = count( $result['pairs'] );
		$left     = count( $result['unmatched'] );
		if ( 0 === $proposed && 0 === $left ) {
			/* translators: %s: the cohort's name. */
			\WP_CLI::success( sprintf( __( 'Every 1:1 mentee of %s has a mentor already: nothing to pair.', 'wayfinder' ), $cohort ) );
			return;
		}
		if ( 0 === $proposed ) {
			/* translators: 1: the cohort's name, 2: how many mentees. */
			\WP_CLI::warning( sprintf( __( 'No pair can be made in %1$s: its %2$d mentees without a mentor are listed above, each with why.', 'wayfinder' ), $cohort, $left ) );
			return;
		}
		if ( null === $saved ) {
			\WP_CLI::success(
				sprintf(
					/* translators: 1: the cohort's name, 2: how many pairs, 3: how many mentees left over. */
					__( 'The board proposes %2$d pairs for %1$s; %3$d mentees could not be paired. Nothing was saved: run it again with --save to pair them.', 'wayfinder' ),
					$cohort,
					$proposed,
					$left
				)
			);
			return;
		}
		foreach ( $saved['failed'] as $failed ) {
			/* translators: 1: a mentee's name, 2: a mentor's name, 3: why, in a sentence. */
			\WP_CLI::warning( sprintf( __( '%1$s and %2$s were not paired: %3$s', 'wayfinder' ), \Wayfinder\Profiles\DisplayName::of( (int) $failed['mentee'] ), \Wayfinder\Profiles\DisplayName::of( (int) $failed['mentor'] ), $failed['message'] ) );
		}
		/* translators: 1: how many pairs, 2: the cohort's name, 3: how many were refused. */
		\WP_CLI::success( sprintf( __( 'Saved %1$d pairs in %2$s; %3$d were refused.', 'wayfinder' ), count( $saved['saved'] ), $cohort, count( $saved['failed'] ) ) );
	}
}
