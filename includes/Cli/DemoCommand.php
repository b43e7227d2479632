<?php
/**
 * WP-CLI: load the demo program, or a large one for scale tests.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Demo\DemoContent;
use Wayfinder\Demo\DemoPeople;
use Wayfinder\Demo\LargeProgram;

/**
 * Loads the demo program, or a large one for scale tests.
 */
final class DemoCommand {

	/**
	 * Creates (or refreshes) the demo mentors, mentees, coordinator, reviewer and team representative.
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder demo load
	 *
	 * @param string[] $args       Positional arguments (none).
	 * @param string[] $assoc_args Options (none).
	 */
	public function load( array $args, array $assoc_args ): void {
		unset( $args, $assoc_args );
		$counts = DemoContent::load();
		\WP_CLI::success( sprintf( 'Demo people: %d created, %d updated. Password for every demo account: %s', $counts['created'], $counts['updated'], DemoPeople::PASSWORD ) );
	}

	/**
	 * Creates a large program for scale tests: mentors and mentees with profiles, a queue of mentees
	 * waiting for any mentor, and running matches. Bulk SQL: 2,000 mentors and 10,000 mentees take
	 * seconds. Does nothing on a site that has the large program already (logins scale-mentor-…,
	 * scale-mentee-…). Every account's password is "password": never on a production site.
	 *
	 * ## OPTIONS
	 *
	 * [--mentors=<count>]
	 * : How many mentors.
	 * ---
	 * default: 2000
	 * ---
	 *
	 * [--mentees=<count>]
	 * : How many mentees.
	 * ---
	 * default: 10000
	 * ---
	 *
	 * [--seed=<number>]
	 * : The same seed gives the same program.
	 * ---
	 * default: 20250601
	 * ---
	 *
	 * ## EXAMPLES
	 *
	 *     wp wayfinder demo large --mentors=2000 --mentees=10000
	 *
	 * @param string[]              $args       Positional arguments (none).
	 * @param array<string, string> $assoc_args Options: mentors, mentees, seed.
	 */
	public function large( array $args, array $assoc_args ): void {
		unset( $args );
		$number = static function ( string $name, int $fallback, int $min, int $max ) use ( $assoc_args ): int {
			$value = $assoc_args[ $name ] ?? (string) $fallback;
			if ( ! preg_match( '/^\d{1,10}$/', $value ) || (int) $value < $min || (int) $value > $max ) {
				\WP_CLI::error( sprintf( '--%s must be a whole number from %d to %d.', $name, $min, $max ) );
			}
			return (int) $value;
		};
		$result = LargeProgram::generate( $number( 'mentors', 2000, 1, 1000000 ), $number( 'mentees', 10000, 0, 1000000 ), $number( 'seed', LargeProgram::DEFAULT_SEED, 0, 2147483647 ) );
		$what   = sprintf( '%d mentors, %d mentees (%d matched, %d waiting for a mentor)', $result['mentors'], $result['mentees'], $result['matched'], $result['waiting'] );
		if ( 'exists' === $result['status'] ) {
			\WP_CLI::warning( 'This site has a large program already; nothing was added. It holds ' . $what . '.' );
			return;
		}
		\WP_CLI::success( sprintf( 'Large program created in %.1f s: %s. Password for every account: %s', $result['seconds'], $what, DemoPeople::PASSWORD ) );
	}
}
