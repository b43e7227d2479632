<?php
/**
 * A cohort mentee was asked this week's check-in: they hear of it by email, with a link to answer.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\CheckIns\Events;

use Wayfinder\CheckIns\CheckIn;
use Wayfinder\Cohorts\Cohort;
use Wayfinder\Platform\DomainEvent;

final class CheckInAsked implements DomainEvent {

	public const HOOK = 'wayfinder_checkin_asked';

	public function __construct(
		public readonly CheckIn $checkin,
		public readonly Cohort $cohort,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
