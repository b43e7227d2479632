<?php
/**
 * A match's backup mentor was named or removed (the match carries the new backup, or none).
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship\Events;

use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\DomainEvent;

final class MatchBackupSet implements DomainEvent {

	public const HOOK = 'wayfinder_match_backup_set';

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
