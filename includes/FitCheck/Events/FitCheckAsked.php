<?php
/**
 * One side of a cohort pair was asked the week-one fit check: they get an email with a link to
 * answer it in My mentorship.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\FitCheck\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\FitCheck\FitCheck;
use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\DomainEvent;

final class FitCheckAsked implements DomainEvent {

	public const HOOK = 'wayfinder_fit_check_asked';

	public function __construct(
		public readonly FitCheck $check,
		public readonly Cohort $cohort,
		public readonly MatchRecord $match,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
