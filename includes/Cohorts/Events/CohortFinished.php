<?php
/**
 * A cohort became finished — at its end date on the hourly tick, or early by a coordinator's hand —
 * with the day it ended (site time zone): the end date, or the day it was finished if that came first.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Platform\DomainEvent;

final class CohortFinished implements DomainEvent {

	public const HOOK = 'wayfinder_cohort_finished';

	/** @param string $ended_on Y-m-d in the site's time zone. */
	public function __construct(
		public readonly Cohort $cohort,
		public readonly string $ended_on,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
