<?php
/**
 * How a closed cohort ended for one person, told once (the place's `closed_told_at` claims it):
 * a mentee graduated (with their hand-off to the team), is still working (their mentor stays, the
 * checklist says what is left) or had withdrawn; a mentor gets a summary of their mentees.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Graduation\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Cohorts\CohortMember;
use Wayfinder\Graduation\Checklist;
use Wayfinder\Handoffs\Handoff;
use Wayfinder\Platform\DomainEvent;

final class CohortOutcome implements DomainEvent {

	public const HOOK = 'wayfinder_cohort_outcome';

	public const GRADUATED = 'graduated';
	public const WORKING   = 'working';
	public const WITHDRAWN = 'withdrawn';
	public const MENTOR    = 'mentor';

	/**
	 * @param string                                                $outcome   One of the constants above.
	 * @param Checklist|null                                        $checklist A mentee's checklist as it stands.
	 * @param Handoff|null                                          $handoff   A graduate's hand-off to their team.
	 * @param int                                                   $mentor_id A mentee's mentor in the cohort (0: none).
	 * @param list<array{name: string, state: string, left: string}> $mentees   A mentor's mentees and how it ended for each.
	 */
	public function __construct(
		public readonly Cohort $cohort,
		public readonly CohortMember $member,
		public readonly string $outcome,
		public readonly ?Checklist $checklist = null,
		public readonly ?Handoff $handoff = null,
		public readonly int $mentor_id = 0,
		public readonly array $mentees = array(),
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
