<?php
/**
 * A mentor, a team representative or a coordinator verified or rejected a contribution.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions\Events;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Platform\DomainEvent;

final class ContributionReviewed implements DomainEvent {

	public const HOOK = 'wayfinder_contribution_reviewed';

	/** @param Contribution $contribution As it is now (verified or rejected). */
	public function __construct(
		public readonly Contribution $contribution,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
