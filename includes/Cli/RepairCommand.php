<?php
/**
 * WP-CLI: `wp wayfinder repair` — recomputes what Wayfinder stores beside the matches from the matches
 * themselves (each mentor's count of open matches), and the mentor directory's team and language rows
 * from the profiles. Safe to run any time; the hourly tick repairs the counts too.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Mentorship\MatchService;
use Wayfinder\Mentorship\WaitingLanguages;
use Wayfinder\Profiles\FacetRepository;

/**
 * Repairs mentors' counts and the lists made from the profiles.
 */
final class RepairCommand {

	public function __construct( private readonly MatchService $matches = new MatchService(), private readonly FacetRepository $facets = new FacetRepository() ) {
	}

	/**
	 * Repairs mentors' counts and the lists made from the profiles.
	 *
	 * Sets every mentor's stored count of mentees to the number of their proposed and active matches,
	 * and makes the directory's team and language rows again from the profiles.
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder repair
	 *
	 * @param string[] $args       Positional arguments (none).
	 * @param string[] $assoc_args Options (none).
	 */
	public function __invoke( array $args, array $assoc_args ): void {
		unset( $args, $assoc_args );
		$fixed = $this->matches->repair_counts();
		$lines = array();
		foreach ( $fixed as $mentor => $count ) {
			$lines[] = sprintf( 'mentor %d: %d stored, %d open matches', $mentor, $count['was'], $count['now'] );
		}
		if ( ! $this->facets->rebuild() ) {
			\WP_CLI::error( 'The mentor directory’s team and language rows could not be rebuilt: the database refused a statement. Check the database error log and run the command again.' );
		}
		if ( ! ( new WaitingLanguages() )->rebuild() ) {
			\WP_CLI::error( 'The waiting mentees’ language rows could not be rebuilt: the database refused a statement. Lists of waiting mentees read the queue itself meanwhile. Check the database error log and run the command again.' );
		}
		if ( ! ( new \Wayfinder\Profiles\NameWords() )->rebuild() ) {
			\WP_CLI::error( 'The words of people’s names that searches read could not be rebuilt: the database refused a statement. Searches of the People lists read the names themselves meanwhile. Check the database error log and run the command again.' );
		}
		\WP_CLI::success( array() === $fixed ? 'Every mentor’s count matches their matches.' : sprintf( 'Repaired the count of %d mentors (%s).', count( $fixed ), implode( '; ', $lines ) ) );
	}
}
