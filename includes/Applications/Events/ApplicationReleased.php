<?php
/**
 * A screener released a mentee's redacted application to stage 2: reviewers are assigned to it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Events;

use Wayfinder\Applications\Application;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Platform\DomainEvent;

final class ApplicationReleased implements DomainEvent {

	public const HOOK = 'wayfinder_application_released';

	public function __construct(
		public readonly Application $application,
		public readonly Cohort $cohort,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
