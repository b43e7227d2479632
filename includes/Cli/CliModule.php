<?php
/**
 * WP-CLI commands, registered only under WP-CLI.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cli;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class CliModule implements Module {

	public function register( Container $services ): void {
		if ( defined( 'WP_CLI' ) && WP_CLI ) {
			\WP_CLI::add_command( 'wayfinder demo', DemoCommand::class );
			\WP_CLI::add_command( 'wayfinder repair', $services->get( RepairCommand::class ) );
			\WP_CLI::add_command( 'wayfinder cohort', $services->get( CohortCommand::class ) );
		}
	}
}
