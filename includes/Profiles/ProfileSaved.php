<?php
/**
 * A mentoring profile was saved: fired once by ProfileRepository::save() with the profile as stored.
 * The directory forgets what it kept about the person.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Platform\DomainEvent;

final class ProfileSaved implements DomainEvent {

	public const HOOK = 'wayfinder_profile_saved';

	/**
	 * @param bool $in_directory Whether the person is, or was until this save, in the mentor directory
	 *                           (false: the save changed nothing the directory summarises).
	 */
	public function __construct( public readonly Profile $profile, public readonly bool $in_directory = true ) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
