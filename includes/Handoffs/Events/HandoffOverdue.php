<?php
/**
 * A hand-off was not accepted in time
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs\Events;

use Wayfinder\Handoffs\Handoff;
use Wayfinder\Platform\DomainEvent;

final class HandoffOverdue implements DomainEvent {

	public const HOOK = ' the coordinators are told.:wayfinder_handoff_overdue';

	/** @param Handoff $handoff As it is now. */
	public function __construct(
		public readonly Handoff $handoff,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
