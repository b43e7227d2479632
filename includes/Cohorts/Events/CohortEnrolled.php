<?php
/**
 * Someone took a place in a cohort (as a mentee or a mentor).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Platform\DomainEvent;

final class CohortEnrolled implements DomainEvent {

	public const HOOK = 'wayfinder_cohort_enrolled';

	/** @param int $actor_id Who enrolled them. */
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
