<?php
/**
 * What members do from the community pages: every action as a form that also works without JavaScript.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\MyMentorship;

use Wayfinder\Platform\Container;
use Wayfinder\Platform\Module;

final class MyMentorshipModule implements Module {

	public function register( Container $services ): void { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter -- the same signature for every module.
		Actions::register();
	}
}
