<?php
/**
 * The cohort's selection was revealed and this applicant's decision (accepted, waitlisted, declined) is final; they are told.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Events;

use Wayfinder\Applications\Application;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Platform\DomainEvent;

final class ApplicationDecided implements DomainEvent {

	public const HOOK = 'wayfinder_application_decided';

	public function __construct(
		public readonly Application $application,
		public readonly Cohort $cohort,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
