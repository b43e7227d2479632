<?php
/**
 * Someone edited a mentoring profile through its route (the person, or a coordinator): fired once
 * after the profile was saved, with the profile as it was and as it is now. Mentoring listens — a
 * mentor who went away or retired, a person who started looking for a mentor.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Platform\DomainEvent;

final class ProfileEdited implements DomainEvent {

	public const HOOK = 'wayfinder_profile_edited';

	public function __construct(
		public readonly Profile $before,
		public readonly Profile $after,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
