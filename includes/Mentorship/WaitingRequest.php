<?php
/**
 * An open request for any mentor, as the Overview names the person who has waited longest.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

final class WaitingRequest {

	/** @param string $created_at MySQL UTC datetime. */
	public function __construct(
		public readonly int $id,
		public readonly int $mentee_id,
		public readonly string $created_at,
	) {}
}
