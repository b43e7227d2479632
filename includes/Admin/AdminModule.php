<?php
/**
 * The wp-admin side: the coordinator app's page, the roles and mentoring profile on the user screen.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Admin;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class AdminModule implements Module {

	public function register( Container $services ): void { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter -- the same signature for every module.
		AdminPage::register();
		UserRoles::register();
		MentoringProfile::register();
	}
}
