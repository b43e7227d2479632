<?php
/**
 * A cohort's session starts within a day: everyone invited is reminded of it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Platform\DomainEvent;
use Wayfinder\Sessions\Session;

final class SessionReminderDue implements DomainEvent {

	public const HOOK = 'wayfinder_session_reminder_due';

	/** @param int $actor_id 0: the hourly tick. */
	public function __construct(
		public readonly Session $session,
		public readonly Cohort $cohort,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
