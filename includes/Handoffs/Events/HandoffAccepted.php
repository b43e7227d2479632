<?php
/**
 * A team representative accepted a graduate's hand-off and named a contact person in the team.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs\Events;

use Wayfinder\Handoffs\Handoff;
use Wayfinder\Platform\DomainEvent;

final class HandoffAccepted implements DomainEvent {

	public const HOOK = 'wayfinder_handoff_accepted';

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
