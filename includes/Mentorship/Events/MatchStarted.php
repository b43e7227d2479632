<?php
/**
 * A match started active at once (automatic assignment, an accepted request, a backup or coordinator move).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship\Events;

use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\DomainEvent;

final class MatchStarted implements DomainEvent {

	public const HOOK = 'wayfinder_match_started';

	/** @param int $actor_id Who did it; 0 for the site itself. */
	public function __construct(
		public readonly MatchRecord $match,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
