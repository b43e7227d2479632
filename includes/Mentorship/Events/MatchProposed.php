<?php
/**
 * A coordinator proposed a match: it holds the mentor's place; the mentor confirms or declines it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship\Events;

use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\DomainEvent;

final class MatchProposed implements DomainEvent {

	public const HOOK = 'wayfinder_match_proposed';

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
