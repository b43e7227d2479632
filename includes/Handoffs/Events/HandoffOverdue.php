<?php
/**
 * A hand-off was not accepted in time: the coordinators are told.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs\Events;

use Wayfinder\Handoffs\Handoff;
use Wayfinder\Platform\DomainEvent;

final class HandoffOverdue implements DomainEvent {

	public const HOOK = 'wayfinder_handoff_overdue';

	/** @param Handoff $handoff As it is now (escalated). */
	public function __construct(
		public readonly Handoff $handoff,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
