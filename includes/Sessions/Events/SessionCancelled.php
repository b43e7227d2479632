<?php
/**
 * A cohort's session was cancelled: everyone invited hears of it, with the calendar invitation.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Sessions\Events;

use Wayfinder\Cohorts\Cohort;
use Wayfinder\Platform\DomainEvent;
use Wayfinder\Sessions\Session;

final class SessionCancelled implements DomainEvent {

	public const HOOK = 'wayfinder_session_cancelled';

	/** @param int $actor_id Who did it. */
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
