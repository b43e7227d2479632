<?php
/**
 * A request was closed — accepted, declined, cancelled or expired — carrying the request as it is now,
 * who closed it (0: the site, e.g. an expiry) and the reason they gave. Fired once per request closed.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship\Events;

use Wayfinder\Mentorship\RequestRecord;
use Wayfinder\Platform\DomainEvent;

final class RequestClosed implements DomainEvent {

	public const HOOK = 'wayfinder_request_closed';

	/** Why a request closed besides someone's answer: a match started for the mentee by another path. */
	public const BY_MATCH = 'match';
	/** The account of someone in it was deleted. */
	public const BY_DELETION = 'deletion';

	/**
	 * @param string $cause '' for someone's answer or an expiry; BY_MATCH or BY_DELETION otherwise.
	 */
	public function __construct(
		public readonly RequestRecord $request,
		public readonly int $actor_id,
		public readonly string $reason = '',
		public readonly string $cause = '',
	) {
	}

	/** The outcome: accepted, declined, cancelled or expired. */
	public function outcome(): string {
		return $this->request->status;
	}

	public function hook(): string {
		return self::HOOK;
	}
}
