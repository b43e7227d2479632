<?php
/**
 * Someone submitted their application (a mentee's goes to stage 1, screening; a mentor's to the coordinators). Their confirmation e-mail (the first time only) and the automatic redaction pass (each time) listen; an edit of a submitted application in screening fires it again with `again`.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Applications\Events;

use Wayfinder\Applications\Application;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Platform\DomainEvent;

final class ApplicationSubmitted implements DomainEvent {

	public const HOOK = 'wayfinder_application_submitted';

	public function __construct(
		public readonly Application $application,
		public readonly Cohort $cohort,
		/** True when the applicant edited their submitted application (still in screening): redact again, tell nobody. */
		public readonly bool $again = false,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
