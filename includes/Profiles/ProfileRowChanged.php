<?php
/**
 * A profile row changed outside a profile save — a mentor's count of mentees, or an absence that
 * ended — so whoever keeps a copy of it (the directory's listings) drops it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Platform\DomainEvent;

final class ProfileRowChanged implements DomainEvent {

	public const HOOK = 'wayfinder_profile_row_changed';

	public function __construct( public readonly int $user_id ) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
