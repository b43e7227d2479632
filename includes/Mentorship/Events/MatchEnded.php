<?php
/**
 * A proposed or active match ended (declined, given up, left, moved, the mentor left the program),
 * with the reason, who ended it, and what happened next for the mentee.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship\Events;

use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\DomainEvent;

class MatchEnded implements DomainEvent {

	public const HOOK = 'wayfinder_match_ended';

	/**
	 * @param MatchRecord $match    The match as it is now (ended or completed).
	 * @param int         $actor_id Who ended it; 0 for the site itself.
	 */
	public function __construct(
		public readonly MatchRecord $match,
		public readonly string $reason,
		public readonly int $actor_id,
		public readonly NextStep $next,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
