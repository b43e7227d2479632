<?php
/**
 * A contribution was recorded (by hand, from this site's activity or from GitHub).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Contributions\Events;

use Wayfinder\Contributions\Contribution;
use Wayfinder\Platform\DomainEvent;

final class ContributionRecorded implements DomainEvent {

	public const HOOK = 'wayfinder_contribution_recorded';

	public function __construct( public readonly Contribution $contribution ) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
