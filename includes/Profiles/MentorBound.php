<?php
/**
 * An upper bound on the score any mentor could reach with one mentee, worked out in SQL per mentor
 * (ProfileRepository::listed_mentors_by_bound()) so the best mentors are read first and the rest
 * only when they could still compete: full marks for language and teams, the hours of the week the
 * two could share at most, and the mentor's room as the engine weighs it.
 *
 * The hours: each hour of the mentee's week (UTC) counts when the mentor's kept week
 * (profiles.meet_hours, their own time) has an available hour at that moment — shifted by their time
 * zone's offset now, give or take an hour for a clock change within the horizon, and one hour more
 * for a half-hour offset. So it never counts fewer hours than the two share in any week.
 *
 * Pure PHP: no WordPress.
 *
 * @package Wayfinder
 */

declare(strict_types=1);

namespace Wayfinder\Profiles;

use Wayfinder\Matching\Criteria;

final class MentorBound {

	/**
	 * @param list<int>          $hours   The mentee's hours of the week in UTC (0: Monday 00:00), each once.
	 * @param array<string, int> $offsets Every time zone's offset now, in minutes (ZoneOffsets).
	 */
	public function __construct(
		public readonly array $hours,
		public readonly array $offsets,
		public readonly Criteria $criteria,
	) {
	}

	/** The bound for a mentor with $hours counted and this room (Scorer::load_component), in score points. */
	public function score( int $hours, float $room ): float {
		$w    = $this->criteria->weights;
		$time = $hours / $this->criteria->meeting_hours;
		return ( $w[ Criteria::LANGUAGES ] + $w[ Criteria::TEAMS ] + $w[ Criteria::TIME ] * ( $time > 1.0 ? 1.0 : $time ) + $w[ Criteria::LOAD ] * $room ) / $this->criteria->total_weight() * 100;
	}

	/**
	 * The ranges of a mentor's own week (0-based hours, start and length, split where the week wraps)
	 * to look in for each of the mentee's hours, for a time zone $offset minutes east of UTC.
	 *
	 * @return list<list<array{0: int, 1: int}>> One list of ranges per mentee hour.
	 */
	public function ranges( int $offset ): array {
		$week   = MeetingHours::WEEK;
		$length = 3 + ( 0 === $offset % 60 ? 0 : 1 );
		$ranges = array();
		foreach ( $this->hours as $hour ) {
			$local    = intdiv( $hour * 60 + $offset + 60 * $week, 60 ) % $week; // The local hour now (the week added keeps it positive).
			$start    = ( $local - 1 + $week ) % $week; // An hour either side: a clock change in the horizon.
			$end      = $start + $length;
			$ranges[] = $end <= $week ? array( array( $start, $length ) ) : array( array( $start, $week - $start ), array( 0, $end - $week ) );
		}
		return $ranges;
	}
}
