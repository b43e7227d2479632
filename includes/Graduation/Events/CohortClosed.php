<?php
/**
 * A cohort reached its end date and closed: from now on it is finished. Each mentee is told how it
 * ended for them (graduated, still working, or left) in bounded batches after this.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Platform\DomainEvent;

final class CohortClosed implements DomainEvent {

	public const HOOK = 'wayfinder_cohort_closed';

	/** @param Cohort $cohort As it was before it closed. */
	public function __construct( public readonly Cohort $cohort ) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
