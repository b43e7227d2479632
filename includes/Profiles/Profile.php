<?php
/**
 * One person's mentoring profile: where and when they are, what they speak and care about, and their
 * mentor and mentee settings.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

final class Profile {

	/**
	 * @param list<string>                           $languages
	 * @param list<string>                           $teams
	 * @param list<string>                           $skills
	 * @param list<array{0:int,1:string,2:string}>   $availability Weekly windows [ weekday, "HH:MM", "HH:MM" ].
	 * @param int|null                               $backup_mentor The mentor who covers this mentor's mentees while they are away.
	 */
	public function __construct(
		public readonly int $user_id,
		public string $timezone = 'UTC',
		public array $languages = array(),
		public array $teams = array(),
		public array $skills = array(),
		public array $availability = array(),
		public string $intro = '',
		public int $mentor_capacity = 3,
		public string $mentor_weight = 'normal',
		public string $mentor_status = 'available',
		public ?string $away_until = null,
		public bool $seeking = false,
		public ?int $preferred_mentor = null,
		public string $preferred_team = '',
		public string $preferred_language = '',
		public bool $sponsored = false,
		public readonly int $active_mentees = 0,
		public ?int $backup_mentor = null,
	) {
	}

	/** Takes new mentees now: available, or away with an absence whose last day is over (Availability). */
	public function available_now( ?int $now = null ): bool {
		return Availability::takes_mentees( $this, $now );
	}
}
