<?php
/**
 * A cohort mentee graduated: their mentor or a coordinator confirmed it once the cohort's rule was
 * met. Later features listen (the survey after the program, badges and certificates).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Platform\DomainEvent;

final class MenteeGraduated implements DomainEvent {

	public const HOOK = 'wayfinder_mentee_graduated';

	/** @param CohortMember $member Their place, graduated. */
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
