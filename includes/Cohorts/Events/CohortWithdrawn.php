<?php
/**
 * Someone gave up their place in a cohort (or a coordinator withdrew them): the place is free again.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Platform\DomainEvent;

final class CohortWithdrawn implements DomainEvent {

	public const HOOK = 'wayfinder_cohort_withdrawn';

	/** @param int $actor_id Who withdrew them. */
	public function __construct(
		public readonly Cohort $cohort,
		public readonly CohortMember $member,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
