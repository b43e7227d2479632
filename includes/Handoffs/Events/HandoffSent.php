<?php
/**
 * A graduate's introduction went to their team's representatives.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Handoffs\Events;

use Wayfinder\Handoffs\Handoff;
use Wayfinder\Platform\DomainEvent;

final class HandoffSent implements DomainEvent {

	public const HOOK = 'wayfinder_handoff_sent';

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
