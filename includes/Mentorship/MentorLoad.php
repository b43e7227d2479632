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
		public readonly ?string $away_until = null,
		public readonly string $timezone = 'UTC',
	) {}

	/** Whether the mentor takes new mentees at this moment by the one availability rule (Matching\Absence). */
	public function takes_mentees( int $now ): bool {
		return \Wayfinder\Matching\Absence::takes_mentees( $this->status, $this->away_until, $this->timezone, $now );
	}
}
