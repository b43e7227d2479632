<?php
/**
 * One cohort as the program reads it: the post's title and the fields CohortPostType registers,
 * with their defaults filled in. A small readonly record; CohortPostType::find() makes it.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Cohorts;

final class Cohort {

	public const ONE_TO_ONE    = 'one_to_one';
	public const PROJECT_GROUP = 'project_group';
	public const GROUP_ONLY    = 'group_only';
	public const MODES         = array( self::ONE_TO_ONE, self::PROJECT_GROUP, self::GROUP_ONLY );

	public const DRAFT    = 'draft';
	public const OPEN     = 'open';
	public const RUNNING  = 'running';
	public const FINISHED = 'finished';
	public const STAGES   = array( self::DRAFT, self::OPEN, self::RUNNING, self::FINISHED );

	/**
	 * @param list<string>                              $modes    What mentees can take part in (MODES).
	 * @param list<array{title: string, url: string}> $training Courses and handbook pages.
	 * @param list<string>                              $teams    Team slugs taking part.
	 */
	public function __construct(
		public readonly int $id,
		public readonly string $name,
		public readonly string $start_date,
		public readonly string $end_date,
		public readonly int $seats,
		public readonly int $mentor_places,
		public readonly int $reserved_seats,
		public readonly array $modes,
		public readonly int $one_to_one_sessions,
		public readonly int $group_sessions,
		public readonly array $training,
		public readonly array $teams,
		public readonly string $stage,
	) {
	}

	public function offers( string $mode ): bool {
		return in_array( $mode, $this->modes, true );
	}

	/** How many days from $start to $end (YYYY-MM-DD), both counted: 1 for one day, 0 or less when $end comes first. */
	public static function days( string $start, string $end ): int {
		return (int) round( ( strtotime( $end . ' 00:00:00 UTC' ) - strtotime( $start . ' 00:00:00 UTC' ) ) / DAY_IN_SECONDS ) + 1;
	}

	/** How many weeks it runs (a started week counts), 0 without dates. */
	public function weeks(): int {
		return '' === $this->start_date || '' === $this->end_date ? 0 : (int) ceil( self::days( $this->start_date, $this->end_date ) / 7 );
	}

	/** The week the cohort is in on this date (1 for its first), 0 before it starts and after it ends. */
	public function week_on( string $date ): int {
		if ( '' === $this->start_date || $date < $this->start_date || ( '' !== $this->end_date && $date > $this->end_date ) ) {
			return 0;
		}
		$days = (int) ( ( strtotime( $date . ' 00:00:00 UTC' ) - strtotime( $this->start_date . ' 00:00:00 UTC' ) ) / DAY_IN_SECONDS );
		return intdiv( $days, 7 ) + 1;
	}

	/** @return array<string, string> Mode => what it means, for people. */
	public static function mode_labels(): array {
		return array(
			self::ONE_TO_ONE    => __( 'Paired with a mentor (1:1)', 'wayfinder' ),
			self::PROJECT_GROUP => __( 'In a small project group led by a mentor', 'wayfinder' ),
			self::GROUP_ONLY    => __( 'In the group sessions only', 'wayfinder' ),
		);
	}

	/** @return array<string, string> Stage => its name, for people. */
	public static function stage_labels(): array {
		return array(
			self::DRAFT    => __( 'Draft', 'wayfinder' ),
			self::OPEN     => __( 'Open for applications', 'wayfinder' ),
			self::RUNNING  => __( 'Running', 'wayfinder' ),
			self::FINISHED => __( 'Finished', 'wayfinder' ),
		);
	}
}
