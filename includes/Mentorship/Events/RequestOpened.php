<?php
/**
 * A request was made: a mentee asked (a named mentor or any), a coordinator asked a mentor, or a mentor
 * offered. Fired once, after it is saved.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship\Events;

use Wayfinder\Mentorship\RequestRecord;
use Wayfinder\Platform\DomainEvent;

final class RequestOpened implements DomainEvent {

	public const HOOK = 'wayfinder_request_opened';

	public function __construct(
		public readonly RequestRecord $request,
		public readonly int $actor_id,
	) {
	}

	public function hook(): string {
		return self::HOOK;
	}
}
