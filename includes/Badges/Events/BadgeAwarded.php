<?php
/**
 * Someone earned a badge (by a rule or by hand), or a revoked award was given back: its credential is
 * issued and the person is told.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges\Events;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\Badge;
use Wayfinder\Platform\DomainEvent;

final class BadgeAwarded implements DomainEvent {

	public const HOOK = 'wayfinder_badge_awarded';

	/** @param int $actor_id The coordinator who awarded it by hand; 0 when a rule did. */
	public function __construct(
		public readonly Award $award,
		public readonly Badge $badge,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
