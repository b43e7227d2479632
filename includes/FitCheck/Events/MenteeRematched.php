<?php
/**
 * A coordinator found a cohort mentee another mentor after the fit check: the old match ended with
 * the reason `fit_check` and the new one started (its own MatchStarted introduces the new pair). The
 * side that did not say "no" is told kindly.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\FitCheck\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\DomainEvent;

final class MenteeRematched implements DomainEvent {

	public const HOOK = 'wayfinder_mentee_rematched';

	/**
	 * @param list<string> $said_no The sides ('mentee', 'mentor') that answered "no" at the fit check.
	 * @param int          $actor_id The coordinator.
	 */
	public function __construct(
		public readonly Cohort $cohort,
		public readonly MatchRecord $ended,
		public readonly MatchRecord $started,
		public readonly array $said_no,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
