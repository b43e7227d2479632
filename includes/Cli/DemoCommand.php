<?php
/**
 * WP-CLI: load the demo program.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Demo\DemoContent;
use Wayfinder\Demo\DemoPeople;

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
}
