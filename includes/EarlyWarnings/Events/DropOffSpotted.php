<?php
/**
 * A cohort mentee went quiet, missed a session or left a check-in unanswered: the warning was
 * raised on their place, and they are nudged.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\EarlyWarnings\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Platform\DomainEvent;

final class DropOffSpotted implements DomainEvent {

	public const HOOK = 'wayfinder_drop_off_spotted';

	/** @param string $kind What was spotted (Cohorts\EarlyWarning::KINDS). */
	public function __construct(
		public readonly Cohort $cohort,
		public readonly int $mentee_id,
		public readonly string $kind,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
