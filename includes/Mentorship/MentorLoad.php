<?php
/**
 * A mentor's stored status, capacity and number of mentees, for the Overview's load figures.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Mentorship;

final class MentorLoad {

	public function __construct(
		public readonly string $status,
		public readonly int $capacity,
		public readonly int $mentees,
	) {}
}
