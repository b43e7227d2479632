<?php
/**
 * A proposal became active: the mentor (or a coordinator) confirmed it, or nobody declined in time.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship\Events;

use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\DomainEvent;

final class MatchConfirmed implements DomainEvent {

	public const HOOK = 'wayfinder_match_confirmed';

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
