<?php
/**
 * Graduation: the cohort's rule, each mentee's checklist, confirming graduation and closing a cohort
 * at its end date (the feature's hooks are added here).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class GraduationModule implements Module {

	public function register( Container $services ): void {
	}
}
