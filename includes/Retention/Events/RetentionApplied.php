<?php
/**
 * A retention run finished: what it removed of each kind, under which settings, what failed and
 * whether more is due (a follow-up run is then scheduled). The retention log listens.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Retention\Events;

use Wayfinder\Platform\DomainEvent;

final class RetentionApplied implements DomainEvent {

	public const HOOK = 'wayfinder_retention_applied';

	/**
	 * @param int                $at      When it ran (the clock it was given).
	 * @param array<string, int> $removed Kind value => rows whose personal text was removed.
	 * @param array<string, int> $months  Kind value => the months the setting said (0: kept forever).
	 * @param list<string>       $failed  Kind values the database refused a change for.
	 * @param bool               $more    Whether a kind filled its batch, so more may be due.
	 */
	public function __construct(
		public readonly int $at,
		public readonly array $removed,
		public readonly array $months,
		public readonly array $failed,
		public readonly bool $more,
	) {
	}

	public function total(): int {
		return array_sum( $this->removed );
	}

	public function hook(): string {
		return self::HOOK;
	}
}
