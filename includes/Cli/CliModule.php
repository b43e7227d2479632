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
			\WP_CLI::add_command( 'wayfinder export', $services->get( ExportCommand::class ) );
			\WP_CLI::add_command( 'wayfinder counters', $services->get( CountersCommand::class ) );
			\WP_CLI::add_command( 'wayfinder board', $services->get( BoardCommand::class ) );
			\WP_CLI::add_command( 'wayfinder survey', $services->get( SurveyCommand::class ) );
			\WP_CLI::add_command( 'wayfinder credentials', $services->get( CredentialsCommand::class ) );
			\WP_CLI::add_command( 'wayfinder health', $services->get( HealthCommand::class ) );
		}
	}
}
