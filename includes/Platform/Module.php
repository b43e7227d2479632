<?php
/**
 * A feature folder's front door: it registers that feature's hooks, routes, blocks, cron jobs and
 * CLI commands. `Plugin` lists the modules and calls each once on `plugins_loaded`.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Platform;

interface Module {

	/** Adds the feature's hooks; nothing is built before WordPress fires them beyond what this asks of the services. */
	public function register( Container $services ): void;
}
