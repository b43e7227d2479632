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
	) {
	}

	/** Takes new mentees now: available, or away with an absence that has ended. */
	public function available_now(): bool {
		return 'available' === $this->mentor_status
			|| ( 'away' === $this->mentor_status && null !== $this->away_until && strtotime( $this->away_until ) < strtotime( 'today' ) );
	}
}
