<?php
/**
 * Someone answered (or changed their answer to) the week-one fit check. A "no" has put the fit-check
 * warning on the mentee's place; the coordinators hear of it and may re-match the mentee.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\FitCheck\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\FitCheck\FitCheck;
use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\DomainEvent;

final class FitCheckAnswered implements DomainEvent {

	public const HOOK = 'wayfinder_fit_check_answered';

	/** @param bool $was_no Whether this person had said "no" before (a changed answer). */
	public function __construct(
		public readonly FitCheck $check,
		public readonly Cohort $cohort,
		public readonly MatchRecord $match,
		public readonly bool $was_no = false,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
