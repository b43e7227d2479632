<?php
/**
 * A mentor who was away or retired is available again.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship\Events;

use Wayfinder\Mentorship\MatchRecord;
use Wayfinder\Platform\DomainEvent;
use Wayfinder\Profiles\Profile;

final class MentorBack implements DomainEvent {

	public const HOOK = 'wayfinder_mentor_back';

	/**
	 * @param Profile           $profile The mentor's profile as saved.
	 * @param list<MatchRecord> $matches The mentor's open matches.
	 * @param int               $actor_id Who changed the status; 0 for the site itself.
	 */
	public function __construct(
		public readonly Profile $profile,
		public readonly array $matches,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
