<?php
/**
 * A coordinator revoked an award, with a reason: its credentials are revoked in the status list, and
 * the badge leaves the person's profile.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Badges\Events;

use Wayfinder\Badges\Award;
use Wayfinder\Badges\Badge;
use Wayfinder\Platform\DomainEvent;

final class AwardRevoked implements DomainEvent {

	public const HOOK = 'wayfinder_award_revoked';

	/** @param Award $award As it is now (revoked). */
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
